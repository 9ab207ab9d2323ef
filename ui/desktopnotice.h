#pragma once

#include <QString>

class QWidget;

// Tells the desktop, not only the window, what the user must not miss (models Civitai removed):
// a notification from the tray where the desktop has one, else the window asks for attention.
namespace DesktopNotice {

void show(QWidget *window, const QString &title, const QString &message);

} // namespace DesktopNotice
