#!/usr/bin/env bash
# install-test.sh BUILD_DIR VERSION CPACK FAKE_CIVITAI ICON_SIZES SKIP_CODE
#
# The .deb as a user gets it: builds it with CPack from BUILD_DIR, installs it with apt-get, checks
# its file list, runs the installed /usr/bin/civitai-data-manager headless against the fake
# Civitai and starts its window, then purges the package again (also on failure).
# Installing into the system needs root: as another user the test is skipped (SKIP_CODE).
set -euo pipefail

build=$1 version=$2 cpack=$3 fake_civitai=$4 icon_sizes=$5 skip_code=$6
package=civitai-data-manager
program=/usr/bin/$package
app_id=io.github.civitai_data_manager.CivitaiDataManager

skip() {
    echo "SKIPPED: $*"
    exit "$skip_code"
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

[ "$(id -u)" -eq 0 ] || skip "installs a .deb into the system: run as root (CI does)"
for tool in apt-get dpkg dpkg-deb dpkg-shlibdeps file flock; do
    command -v "$tool" >/dev/null ||
        skip "$tool is missing (Debian: apt-get install dpkg-dev file util-linux)"
done
[ -f "$build/CPackConfig.cmake" ] || fail "no CPackConfig.cmake in $build"

# Other checkouts on this machine may run the same test: one at a time.
mkdir -p /run/lock
exec 9>/run/lock/civitai-data-manager-package-test.lock
flock --wait 900 9 || fail "another package test kept the lock for 15 minutes"
# Marks an installation made by this test, so one left behind by a killed run (a CTest timeout
# sends SIGKILL: no trap runs) is purged by the next run, and a user's own is never touched.
marker=/run/lock/civitai-data-manager-package-test.installed
is_installed() {
    dpkg-query --show --showformat='${Status}' "$package" 2>/dev/null | grep -q ' installed$'
}
purge() {
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=300 "$package"
}
if is_installed; then
    [ -e "$marker" ] || skip "$package is already installed here; the test does not replace or purge it"
    step "Purging the package an interrupted run left installed"
    purge >/dev/null || fail "could not purge the package an interrupted run left installed"
fi
rm -f "$marker"

rm -rf /tmp/cdm-package-test.* # what killed runs left (the lock is ours)
work=$(mktemp -d /tmp/cdm-package-test.XXXXXX)
chmod 755 "$work" # apt reads the .deb as user _apt
installed=no
server_pid=
gui_pid=
cleanup() {
    code=$?
    set +e # clean up everything, whatever fails
    [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
    wait 2>/dev/null
    if [ "$installed" = yes ]; then
        step "Purging $package"
        if purge >"$work/purge.log" 2>&1; then
            rm -f "$marker"
        else
            cat "$work/purge.log"
            code=1
        fi
        if [ -e "$program" ]; then
            echo "FAIL: $program is still there after the purge" >&2
            code=1
        fi
    fi
    rm -rf "$work"
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP # through cleanup

step "Packaging with cpack -G DEB"
"$cpack" -G DEB -B "$work/package" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
arch=$(dpkg --print-architecture)
deb=$work/package/${package}_${version}-1_${arch}.deb
[ -f "$deb" ] || { ls -l "$work/package"; fail "no ${deb##*/}"; }
echo "${deb##*/}: $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Package Version Architecture Section Maintainer Installed-Size Depends \
    Recommends Homepage
[ "$(dpkg-deb --field "$deb" Version)" = "$version-1" ] || fail "the package's version is not $version-1"
dpkg-deb --field "$deb" Depends | grep -q libqt6core6 || fail "Depends lacks Qt: shlibdeps did not run"

step "Installing with apt-get"
touch "$marker"
installed=yes # purge also what a failed installation left
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "$deb" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "apt-get install failed"; }

step "Checking the installed files (dpkg -L)"
files=()
while IFS= read -r path; do
    [ -d "$path" ] || files+=("$path")
done < <(dpkg -L "$package")
printf '  %s\n' "${files[@]}"
expected=("$program"
    /usr/share/applications/$package.desktop
    /usr/share/metainfo/$app_id.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/$package.svg
    /usr/share/doc/$package/copyright)
for size in ${icon_sizes//,/ }; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$package.png")
done
for path in "${expected[@]}"; do
    printf '%s\n' "${files[@]}" | grep -qxF "$path" || fail "the package lacks $path"
done
printf '%s\n' "${files[@]}" | grep -qE "^/usr/share/man/man1/$package\.1(\.gz)?$" ||
    fail "the package lacks the man page"
# Only the program and its data: no test or benchmark programs, static libraries or headers.
allowed="^($program|/usr/share/(applications/$package\.desktop|metainfo/$app_id\.metainfo\.xml"
allowed+="|icons/hicolor/[^/]+/apps/$package\.(png|svg)|man/man1/$package\.1(\.gz)?"
allowed+="|doc/$package/.+|$package/.+))$"
unexpected=$(printf '%s\n' "${files[@]}" | grep -vE "$allowed" || true)
[ -z "$unexpected" ] || fail "the package holds files it should not: $unexpected"
[ -x "$program" ] || fail "$program is not executable"
if readelf -d "$program" | grep -qE 'RPATH|RUNPATH'; then
    fail "$program has an RPATH/RUNPATH: $(readelf -d "$program" | grep -E 'RPATH|RUNPATH')"
fi

# The installed program runs with a home of its own, so it neither reads nor changes root's.
mkdir -p "$work/home" "$work/cwd"
run_installed() {
    (cd "$work/cwd" && env -u CIVITAI_API_KEY -u CIVITAI_API_BASE HOME="$work/home" \
        XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" \
        XDG_DATA_HOME="$work/home/.local/share" XDG_RUNTIME_DIR="$work/home/run" "$@")
}
mkdir -p -m 700 "$work/home/run"

step "$program --version"
shown=$(run_installed "$program" --version)
echo "$shown"
[ "${shown##* }" = "$version" ] || fail "--version says '$shown', not $version"

step "Translations from the installed program"
# No language chosen: the system's (LC_ALL) decides. The .qm files are inside the program.
help_fr=$(run_installed env LC_ALL=fr_FR.UTF-8 "$program" --help)
help_ja=$(run_installed env LC_ALL=ja_JP.UTF-8 "$program" --help)
help_c=$(run_installed env LC_ALL=C "$program" --help)
grep -q 'Process one model file' <<<"$help_c" || fail "--help in English lacks its text"
grep -q 'fichier' <<<"$help_fr" || { echo "$help_fr"; fail "--help is not in French under LC_ALL=fr_FR.UTF-8"; }
grep -q 'ファイル' <<<"$help_ja" || { echo "$help_ja"; fail "--help is not in Japanese under LC_ALL=ja_JP.UTF-8"; }
echo "--help speaks English, French and Japanese"

# A minimal valid safetensors file: 8-byte little-endian header length, JSON header, tensor data.
write_safetensors() {
    local header=$2 length
    length=${#header}
    {
        printf "\\x$(printf %02x $((length & 255)))\\x$(printf %02x $((length >> 8 & 255)))"
        printf '\0\0\0\0\0\0%s' "$header"
        printf '\0\0\200\77' # one F32: 1.0
    } >"$1"
}
step "Headless run against the fake Civitai"
models=$work/models output=$work/archive
mkdir -p "$models/loras"
write_safetensors "$models/loras/packaged_lora.safetensors" \
    '{"__metadata__":{"ss_output_name":"packaged_lora","ss_tag_frequency":"{\"img\":{\"pkgtoken\":3}}"},"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}'
write_safetensors "$models/packaged_checkpoint.safetensors" \
    '{"__metadata__":{"format":"pt"},"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}'

"$fake_civitai" --collection "$models" >"$work/fake.log" 2>&1 &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^Fake Civitai listening on //p' "$work/fake.log")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/fake.log"; fail "the fake Civitai quit"; }
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/fake.log"; fail "the fake Civitai did not report its address"; }
echo "fake Civitai: $url ($(head -1 "$work/fake.log"))"
# In German: the gallery is written in the program's language.
run_installed env LC_ALL=de_DE.UTF-8 "$program" --all "$models" --output "$output" --api-base "$url" \
    --noimages --notimeout >"$work/run.log" 2>&1 || { cat "$work/run.log"; fail "the headless run failed"; }
tail -3 "$work/run.log"
for path in index.html _gallery processed_files.json packaged_lora/packaged_lora_hash.json \
    packaged_lora/packaged_lora_metadata.json packaged_lora/packaged_lora_civitai_model.json \
    packaged_lora/packaged_lora_civitai_model_version.json packaged_lora/packaged_lora.html \
    packaged_checkpoint/packaged_checkpoint.html; do
    [ -e "$output/$path" ] || { ls -R "$output"; fail "the archive lacks $path"; }
done
grep -q pkgtoken "$output/packaged_lora/packaged_lora.html" ||
    fail "the model page lacks the trigger word from the safetensors metadata"
grep -q '<html lang="de">' "$output/index.html" || fail "the gallery is not in German under LC_ALL=de_DE.UTF-8"
grep -q '"Missing from Civitai":' "$output/_gallery/text.js" || fail "the gallery scripts' text is not translated"
echo "archive: $(find "$output" -type f | wc -l) files, index.html and 2 model folders, in German"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=

step "Starting the installed window"
# As the desktop file does (Exec=civitai-data-manager %F): with a models folder. QtWebEngine's
# Chromium refuses to run as root with its sandbox on.
gui=(env QTWEBENGINE_DISABLE_SANDBOX=1 sh -c 'echo $$ >"$0"; exec "$@"' "$work/gui.pid"
    "$program" "$models")
if command -v xvfb-run >/dev/null; then
    run_installed xvfb-run -a -s "-screen 0 1280x800x24" "${gui[@]}" >"$work/gui.log" 2>&1 &
else
    echo "(xvfb-run is missing: the offscreen platform instead)"
    run_installed env QT_QPA_PLATFORM=offscreen "${gui[@]}" >"$work/gui.log" 2>&1 &
fi
launcher_pid=$!
for _ in $(seq 150); do
    [ -s "$work/gui.pid" ] && break
    kill -0 "$launcher_pid" 2>/dev/null || break
    sleep 0.1
done
[ -s "$work/gui.pid" ] || { cat "$work/gui.log"; fail "the window was never started"; }
gui_pid=$(cat "$work/gui.pid")
sleep 3
if ! kill -0 "$gui_pid" 2>/dev/null; then
    wait "$launcher_pid" && code=0 || code=$?
    cat "$work/gui.log"
    fail "the window quit within 3 seconds (exit code $code)"
fi
[ "$(readlink "/proc/$gui_pid/exe")" = "$program" ] || fail "process $gui_pid is not $program"
echo "$program (pid $gui_pid) still running after 3 s"
kill "$gui_pid"
gui_pid=
wait "$launcher_pid" 2>/dev/null || true
echo "The window's output:"
cat "$work/gui.log"
# What Qt and QtWebEngine print when they cannot find their parts in the installed paths.
if grep -E 'Could not find QtWebEngineProcess|Qt platform plugin|Cannot load library|not found at' "$work/gui.log"; then
    fail "the window reported missing files"
fi
echo "PASS"
