#pragma once

#include <QObject>

#include <functional>

class CollectionView;
class QDockWidget;
class QMainWindow;
class QTabWidget;
class QWidget;
class Settings;

// The menus beside File and Run: View (sources panel, details pane, theme), Find, and Help's
// user guide and "Report a problem". What they show is remembered in the settings' window state.
class WindowMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowMenus)

public:
    struct Parts
    {
        QWidget *sourcesPanel;
        QDockWidget *details;
        CollectionView *collection;
        QTabWidget *tabs;
        Settings *settings;
        std::function<void(const QStringList &)> addSources;
    };
    WindowMenus(QMainWindow *window, const Parts &parts);

    // Remembers folders the user added, for File → Recent folders.
    static void rememberSources(Settings &settings, const QStringList &paths);
    static QString issuesUrl();
    static void showUserGuide(QWidget *parent);

private:
    void createViewMenu(QMainWindow *window);
    void createFindMenu(QMainWindow *window);
    void extendHelpMenu(QMainWindow *window);
    void addRecentMenu(QMainWindow *window);

    Parts m_parts;
};
