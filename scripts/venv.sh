# Sourced by ./play and ./test: makes .venv/ on first use and installs the project into it.
# Re-installs when pyproject.toml changes, so a pull that adds a dependency just works.
VENV="${FRONTDESK_VENV:-$here/.venv}"

ensure_venv() {
    local extras="$1"
    local python="${PYTHON:-python3}"
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "frontdesk needs Python 3.11 or newer as '$python' (set PYTHON=... to choose one)" >&2
        exit 2
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$python" -m venv "$VENV" || {
            echo "could not make a virtual environment; on Debian/Ubuntu: apt-get install python3-venv" >&2
            exit 2
        }
    fi
    local stamp="$VENV/.installed$extras"
    local pins="$here/scripts/constraints.txt"  # the exact tool versions the tests pin
    if [ ! -f "$stamp" ] || [ "$here/pyproject.toml" -nt "$stamp" ] || [ "$pins" -nt "$stamp" ]; then
        local log="$VENV/install.log"
        echo "Installing frontdesk into $VENV (the first time takes about a minute) ..." >&2
        if ! { "$VENV/bin/python" -m pip install --upgrade pip \
                && "$VENV/bin/python" -m pip install -c "$pins" -e "$here$extras"; } >"$log" 2>&1; then
            tail -n 20 "$log" >&2
            echo "installing frontdesk failed; the whole log is in $log" >&2
            exit 2
        fi
        touch "$stamp"
    fi
}
