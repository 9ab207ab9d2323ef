#!/bin/sh
# Runs a test inside a private D-Bus session (started by dbus-run-session around this script)
# with gnome-keyring as the Secret Service, unlocked, and HOME in a fresh temporary folder, so
# the test never touches the developer's own keychain and can look for files holding the key.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A new login keyring with password "pw", unlocked; the daemon leaves with the session bus.
printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
CDM_TEST_REAL_KEYCHAIN=1 "$@"
