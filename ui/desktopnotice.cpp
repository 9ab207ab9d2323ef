#include "ui/desktopnotice.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace DesktopNotice {

void show(QWidget *window, const QString &title, const QString &message)
{
    QApplication::alert(window);
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    // A tray icon only for as long as the message shows: the app does not live in the tray.
    auto *tray = new QSystemTrayIcon(window->windowIcon(), window);
    tray->show();
    tray->showMessage(title, message, QSystemTrayIcon::Information);
    QTimer::singleShot(std::chrono::seconds(30), tray, &QObject::deleteLater);
}

} // namespace DesktopNotice
