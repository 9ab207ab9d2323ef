#pragma once

#include <QIcon>

// The application's icon for windows and dialogs.
namespace AppIcon {

// The desktop theme's "civitai-data-manager" icon when one is installed (a theme may restyle it),
// else every rendered size compiled into the program, so an uninstalled build has it too.
QIcon icon();

// Only the compiled-in sizes (what icon() falls back to).
QIcon builtIn();

} // namespace AppIcon
