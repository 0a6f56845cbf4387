# Sourced by ./test: the browser test needs Chromium (Debian's `chromium`). Installs it with
# apt-get when it is missing and we may (root, or passwordless sudo); else says how, and the
# browser test will fail and say so too.
ensure_chromium() {
    if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
        return 0
    fi
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
    fi
    if [ "$sudo" != none ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing chromium for the browser test (apt-get)..." >&2
        $sudo apt-get update -qq >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null 2>&1 ||
            echo "could not install chromium; the browser test will fail" >&2
    else
        echo "Chromium is missing: install it (Debian/Ubuntu: apt-get install chromium)" >&2
    fi
}
