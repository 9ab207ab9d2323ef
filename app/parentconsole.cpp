#include "app/parentconsole.h"

#include <qt_windows.h>

#include <cstdio>
#include <io.h>

namespace ParentConsole {

void attach()
{
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer, the Start menu or a program without a console
    // The C runtime set up its streams at start, before there was a console: a stream with no
    // file behind it (_fileno < 0) is reopened on the console; a redirected one has a file.
    const auto reopen = [](FILE *stream, const char *device, const char *mode) {
        FILE *reopened = nullptr;
        if (_fileno(stream) < 0)
            freopen_s(&reopened, device, mode, stream); // failing, the stream stays as it was
    };
    reopen(stdout, "CONOUT$", "w");
    reopen(stderr, "CONOUT$", "w");
    reopen(stdin, "CONIN$", "r");
}

} // namespace ParentConsole
