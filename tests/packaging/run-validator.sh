#!/bin/sh
# run-validator.sh SKIP_CODE DEBIAN_PACKAGE TOOL ARGS...
# Runs a validator and fails when it exits non-zero or prints an error or a warning
# ("file: error: ...", "file:12: warning: ..."); hints and pedantic notes pass. Exits with SKIP_CODE, which CTest reports as skipped, when the tool is
# not installed.
skip_code=$1 package=$2 tool=$3
shift 3
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (Debian: apt-get install $package): skipped"
    exit "$skip_code"
fi
echo "$tool $*"
output=$("$tool" "$@" 2>&1)
code=$?
[ -n "$output" ] && echo "$output"
echo "exit code $code"
if [ "$code" -ne 0 ] || echo "$output" | grep -qE '(^|:) *(error|warning):'; then
    echo "FAIL: $tool found problems"
    exit 1
fi
