#pragma once

#include <QString>

// Text from outside (file names, Civitai's names and answers) made safe to print on a terminal:
// control characters are shown as escapes (\n, \r, \t, \x1b, \u009b), so a name cannot move the
// cursor, clear the screen, retitle the window or start a line of its own. Backslashes stay as
// they are (Windows paths read as paths).
namespace TerminalText {

// For one field (a name, an error): every control character escaped, line breaks too.
QString escaped(const QString &text);
// For a whole message about to be printed: the same, but its own line breaks stay.
QString escapedKeepingLines(const QString &text);

} // namespace TerminalText
