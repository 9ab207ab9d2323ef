#!/usr/bin/env python3
"""Parses the translation units that branch on the platform (or include a POSIX header) as
MinGW-w64 sees Windows.

Usage: windows_syntax.py SOURCE_DIR BUILD_DIR SKIP_CODE

Each unit is compiled with -fsyntax-only, with its own flags from BUILD_DIR's
compile_commands.json, Debian's Qt 6 headers and MinGW-w64's Windows headers: the Windows
branches (Q_OS_WIN) are parsed and type-checked, nothing is linked or run. Headers MinGW has
but MSVC lacks (unistd.h, dirent.h...) are replaced by ones that fail (msvc-lacks/), so an
unguarded POSIX include shows. Exits SKIP_CODE when MinGW-w64 is not installed.
"""
import json
import pathlib
import re
import shlex
import shutil
import subprocess
import sys

COMPILER = "x86_64-w64-mingw32-g++"
# A platform branch, or a system header that hints at one (a POSIX call without a branch).
PLATFORM_BRANCH = re.compile(r"\bQ_OS_(WIN|UNIX|LINUX|DARWIN)\b|\b_WIN32\b"
                             r"|#\s*include\s*<(unistd|fcntl|dirent|utime|pthread|sys/\w+)\.h>")
KEPT_FLAG = re.compile(r"^-(D|I|isystem|std=|W|f(?!PIC))")
GLIBC_DIRS = ("/usr/include", "/usr/include/x86_64-linux-gnu")
# Built on Windows only, so absent from a Linux build's compile_commands: checked with the flags
# of the unit that uses them.
WINDOWS_ONLY = {"app/parentconsole.cpp": "app/main.cpp"}


def units(source_dir, build_dir):
    """compile_commands entries for our sources that have a platform branch."""
    entries = json.loads((build_dir / "compile_commands.json").read_text())
    chosen = {}
    for entry in entries:
        path = pathlib.Path(entry["file"])
        if not path.is_relative_to(source_dir) or path.is_relative_to(build_dir):
            continue
        if PLATFORM_BRANCH.search(path.read_text(errors="replace")):
            chosen.setdefault(path, entry)  # one build of each source is enough
    for unit, like in WINDOWS_ONLY.items():
        if source_dir / like in chosen:
            chosen[source_dir / unit] = chosen[source_dir / like]
    return chosen


def windows_flags(entry, source_dir):
    words = shlex.split(entry.get("command") or shlex.join(entry["arguments"]))
    flags, words = [], iter(words)
    for word in words:
        option = [word, next(words)] if word in ("-I", "-isystem", "-D") else [word]
        if re.sub(r"^-(I|isystem)", "", "".join(option)) in GLIBC_DIRS:
            continue  # glibc's headers, never Windows'
        if KEPT_FLAG.match(word):
            flags += option
    poisoned = source_dir / "tests" / "portability" / "msvc-lacks"
    return ["-fsyntax-only", "-Werror", "-DUNICODE", "-D_UNICODE", f"-I{poisoned}"] + flags


def main():
    source_dir, build_dir = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    if not shutil.which(COMPILER):
        print(f"{COMPILER} not found: apt-get install g++-mingw-w64-x86-64-win32")
        return int(sys.argv[3])
    failed = 0
    for path, entry in sorted(units(source_dir, build_dir).items()):
        result = subprocess.run([COMPILER, *windows_flags(entry, source_dir), str(path)],
                                cwd=entry["directory"], capture_output=True, text=True)
        print(("ok   " if result.returncode == 0 else "FAIL ") + str(path.relative_to(source_dir)))
        if result.returncode != 0:
            failed += 1
            print(result.stderr[-4000:])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
