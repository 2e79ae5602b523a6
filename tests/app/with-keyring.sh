#!/bin/sh
# Runs a test with a desktop keyring of its own (issue 26): a private D-Bus session bus (dbus-run-session) with
# gnome-keyring-daemon's Secret Service on it, its login keyring created and unlocked in a temporary folder, so that
# QtKeychain reaches a real keyring through libsecret as on a desktop, and the user's own keyring is never touched.
#   with-keyring.sh TEST [ARGS…]
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring.sh: $tool is missing (./dev test installs dbus and gnome-keyring)" >&2; exit 1; }
done
XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_DATA_HOME XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"' EXIT
# The daemon prints the variables to export; --unlock reads the new login keyring's password on stdin.
dbus-run-session -- sh -c 'eval "$(printf %s zhisuan-test | gnome-keyring-daemon --unlock --components=secrets)" && export GNOME_KEYRING_CONTROL; "$@"' sh "$@"
