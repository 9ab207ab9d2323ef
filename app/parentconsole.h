#pragma once

// Windows only. The desktop program is a GUI-subsystem executable (no console window from the Start
// menu), so its command line has no console of its own: this borrows the console it was typed in,
// for people who run it there by hand. Scripts use civitai-data-manager-cli.exe, a console program
// that the shell waits for (README.md, "Command line").
namespace ParentConsole {

// Writes stdout and stderr (and reads stdin) through the parent's console, when there is one;
// streams the parent redirected to a file or pipe stay where they point.
void attach();

} // namespace ParentConsole
