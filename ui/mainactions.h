#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;

// The window's actions, with their shortcuts, icons and tips, placed in its menus and toolbar.
// The window connects them to what they do and enables them.
class MainActions final
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow) // the window's own words

public:
    explicit MainActions(QMainWindow *window);

    QAction *addFolder;
    QAction *addFile;
    QAction *start;
    QAction *recheck;
    QAction *pause; // checkable
    QAction *cancel;
    QAction *regenerate;
    QAction *clean;
    QAction *openOutput;
    QAction *preferences;
    QAction *quit;

private:
    void createMenus(QMainWindow *window);
    static void showAbout(QMainWindow *window);
};
