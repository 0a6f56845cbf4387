#!/usr/bin/env bash
# A real LRS for the LRS test (tests/report/test_lrs.py) and for trying `report --to-lrs` by hand:
# Ralph (ralph-malph on PyPI), in its own virtual environment (it pins its own web stack, so it
# never goes into .venv).
#
#   scripts/ralph.sh install                 make .cache/ralph-venv (once; later runs reuse it)
#   RALPH_PASSWORD=... scripts/ralph.sh serve DIR PORT USER
#                                            an LRS at http://127.0.0.1:PORT/xAPI/ whose one
#                                            user is USER; statements and auth file in DIR
#
# `serve` installs first when needed, writes DIR/auth.json (Ralph's format: the password as a
# bcrypt hash, never on a command line) and runs `ralph runserver --backend fs` until stopped.
# Ralph's file backend writes its file once: it stores a first POST and answers every later one
# that holds a statement it has not seen with 500 (a re-send of what it holds is a 204).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RALPH_VERSION="5.1.0"
# ralph's `lrs` extra imports requests (its OIDC module) without requiring it
PINS=("ralph-malph[cli,lrs]==$RALPH_VERSION" "requests==2.34.2")
RALPH_VENV="${FRONTDESK_RALPH_VENV:-$here/.cache/ralph-venv}"

install_ralph() {
    local stamp="$RALPH_VENV/.ralph-$RALPH_VERSION"
    [ -f "$stamp" ] && return 0
    local python="${PYTHON:-python3}"
    mkdir -p "$(dirname "$RALPH_VENV")"
    exec 9>"$RALPH_VENV.lock"
    flock 9  # one install at a time; a run that waited finds it done
    if [ ! -f "$stamp" ]; then
        echo "installing Ralph $RALPH_VERSION into $RALPH_VENV (once; about a minute) ..." >&2
        rm -rf "$RALPH_VENV"
        if ! { "$python" -m venv "$RALPH_VENV" &&
            "$RALPH_VENV/bin/python" -m pip install -q "${PINS[@]}"; } >"$RALPH_VENV.log" 2>&1; then
            tail -n 20 "$RALPH_VENV.log" >&2
            echo "installing Ralph failed; the whole log is in $RALPH_VENV.log" >&2
            exit 2
        fi
        touch "$stamp"
        rm -f "$RALPH_VENV.log"
    fi
    exec 9>&-
}

serve_ralph() {
    local dir="$1" port="$2" user="$3"
    : "${RALPH_PASSWORD:?set RALPH_PASSWORD to the password of $user}"
    install_ralph
    mkdir -p "$dir/data" "$dir/app"
    "$RALPH_VENV/bin/python" - "$dir/auth.json" "$user" <<'EOF'
import json, os, sys

import bcrypt

path, user = sys.argv[1], sys.argv[2]
password = os.environ["RALPH_PASSWORD"].encode("utf-8")
entry = {
    "agent": {"account": {"homePage": "urn:frontdesk:lrs", "name": user}, "objectType": "Agent"},
    "scopes": ["all"],
    "hash": bcrypt.hashpw(password, bcrypt.gensalt(rounds=4)).decode("ascii"),
    "username": user,
}
with open(path, "w", encoding="utf-8") as f:
    json.dump([entry], f)
EOF
    unset RALPH_PASSWORD
    cd "$dir"  # runserver reloads on changes to the files under its folder: this one
    RALPH_APP_DIR="$dir/app" RALPH_AUTH_FILE="$dir/auth.json" exec "$RALPH_VENV/bin/ralph" \
        runserver --backend fs --host 127.0.0.1 --port "$port" \
        --fs-default-directory-path "$dir/data"
}

case "${1:-}" in
    install) install_ralph ;;
    serve) shift; [ $# -eq 3 ] || { echo "usage: $0 serve DIR PORT USER" >&2; exit 2; }; serve_ralph "$@" ;;
    *) echo "usage: $0 install | serve DIR PORT USER" >&2; exit 2 ;;
esac
