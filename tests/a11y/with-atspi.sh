#!/bin/sh
# Runs a command on an accessibility bus of its own (issue 29): a private D-Bus session (dbus-run-session) on which
# at-spi2-core's bus launcher starts the AT-SPI bus and its registry, as a desktop session does, so that a Qt program
# started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 publishes its tree there and pyatspi reads it. Needs an X display
# (./dev test runs CTest under xvfb-run; without one this script starts its own with xvfb-run).
#   with-atspi.sh COMMAND [ARGS…]
# Exits 77 (CTest's SKIP_RETURN_CODE) only when the bus cannot be started, saying why; a missing tool that ./dev test
# installs is a failure, not a skip.
set -eu
SKIP=77
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "with-atspi.sh: no X display and no xvfb-run (./dev test installs xvfb)" >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1600x1000x24" sh "$0" "$@"
fi
for tool in dbus-run-session dbus-send; do
    command -v "$tool" >/dev/null || { echo "with-atspi.sh: $tool is missing (./dev test installs dbus)" >&2; exit 1; }
done
LAUNCHER=
for dir in /usr/libexec /usr/lib/at-spi2-core /usr/lib/at-spi2; do
    [ -x "$dir/at-spi-bus-launcher" ] && LAUNCHER=$dir/at-spi-bus-launcher && break
done
[ -n "$LAUNCHER" ] || { echo "with-atspi.sh: at-spi-bus-launcher is missing (./dev test installs at-spi2-core)" >&2; exit 1; }
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
export LAUNCHER SKIP
# Inside the session: start the launcher (it starts the accessibility bus, whose registry D-Bus activates), wait until
# it answers with the bus's address, then run the command; the session bus ends with it and takes the rest along.
dbus-run-session -- sh -c '
    "$LAUNCHER" --launch-immediately &
    launcher=$!
    address=
    for i in $(seq 1 50); do
        address=$(dbus-send --session --print-reply=literal --reply-timeout=2000 --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress 2>/dev/null || true)
        [ -n "$address" ] && break
        sleep 0.2
    done
    if [ -z "$address" ]; then
        echo "SKIP: the AT-SPI bus did not start (at-spi-bus-launcher gave no address on the session bus)" >&2
        kill "$launcher" 2>/dev/null || true
        exit "$SKIP"
    fi
    echo "with-atspi.sh: accessibility bus at$address" >&2
    status=0
    "$@" || status=$?
    kill "$launcher" 2>/dev/null || true
    exit "$status"
' sh "$@"
