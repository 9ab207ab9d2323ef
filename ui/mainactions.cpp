#include "ui/mainactions.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

MainActions::MainActions(QMainWindow *window)
{
    // The object name stays English whatever the language: tests and accessibility tools find
    // actions by it.
    auto makeAction
        = [window](const QString &objectName, const QString &text, const QKeySequence &shortcut,
                   QStyle::StandardPixmap icon, const QString &tip) {
              auto *action = new QAction(window->style()->standardIcon(icon), text, window);
              action->setObjectName(objectName);
              action->setShortcut(shortcut);
              action->setToolTip(
                  tip + QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText)));
              action->setStatusTip(tip);
              return action;
          };
    addFolder = makeAction(QStringLiteral("Add Folder"), tr("Add &folder…"), QKeySequence::Open,
                           QStyle::SP_DirOpenIcon, tr("Add a models folder"));
    addFile = makeAction(QStringLiteral("Add Files"), tr("Add fi&les…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStyle::SP_FileIcon,
                         tr("Add single model files"));
    start = makeAction(QStringLiteral("Start"), tr("&Start"), QKeySequence(Qt::Key_F5),
                       QStyle::SP_MediaPlay, tr("Archive every source now"));
    recheck = makeAction(QStringLiteral("Recheck"), tr("&Re-check on Civitai"),
                         QKeySequence(Qt::CTRL | Qt::Key_F5), QStyle::SP_BrowserReload,
                         tr("Look every archived file up on Civitai again, to find what was "
                            "removed or changed; downloads no previews"));
    pause = makeAction(QStringLiteral("Pause"), tr("&Pause"), QKeySequence(Qt::Key_F6),
                       QStyle::SP_MediaPause, tr("Pause or resume the run"));
    pause->setCheckable(true);
    cancel
        = makeAction(QStringLiteral("Cancel"), tr("&Cancel"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
                     QStyle::SP_MediaStop, tr("Stop the run; what finished is kept and saved"));
    regenerate = makeAction(QStringLiteral("Regenerate Gallery"), tr("Re&generate gallery"),
                            QKeySequence(Qt::CTRL | Qt::Key_G), QStyle::SP_BrowserReload,
                            tr("Write the HTML gallery again from the archive, offline"));
    clean = makeAction(QStringLiteral("Clean Archive"), tr("Clea&n archive…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), QStyle::SP_TrashIcon,
                       tr("Remove archive folders of models that are gone (asks first)"));
    openOutput = makeAction(QStringLiteral("Open Output Folder"), tr("Open &output folder"),
                            QKeySequence(Qt::CTRL | Qt::Key_E), QStyle::SP_DirLinkIcon,
                            tr("Show the archive in the file manager"));
    preferences
        = makeAction(QStringLiteral("Settings"), tr("&Settings…"),
                     QKeySequence(Qt::CTRL | Qt::Key_Comma), QStyle::SP_FileDialogDetailedView,
                     tr("Civitai API key, request pacing, files, appearance"));
    preferences->setMenuRole(QAction::PreferencesRole);
    quit = makeAction(QStringLiteral("Quit"), tr("&Quit"), QKeySequence::Quit,
                      QStyle::SP_DialogCloseButton, tr("Quit"));
    createMenus(window);
}

void MainActions::createMenus(QMainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addActions({ addFolder, addFile, openOutput });
    file->addSeparator();
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);
    QMenu *run = window->menuBar()->addMenu(tr("&Run"));
    run->addActions({ start, recheck, pause, cancel });
    run->addSeparator();
    run->addActions({ regenerate, clean });

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Civitai Data Manager"), window,
                                     [window] { showAbout(window); });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolBar = window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({ addFolder, start, pause, cancel });
    toolBar->addSeparator();
    toolBar->addActions({ regenerate, clean, openOutput });
}

void MainActions::showAbout(QMainWindow *window)
{
    QMessageBox::about(
        window, tr("About Civitai Data Manager"),
        tr("<h3>Civitai Data Manager %1</h3>"
           "<p>Keeps what Civitai knows about your models (trigger words, descriptions, previews "
           "and their prompts) on your own disk, even after a model is deleted there. It only "
           "ever reads your model files.</p>"
           "<p>Released under the MIT licence.</p>"
           "<p>A native rewrite of the Python <i>civitai-data-manager</i> by jeremysltn, whose "
           "archive layout and command line it keeps. Built with Qt %2, QtKeychain and OpenSSL; "
           "the gallery sanitizes descriptions with DOMPurify (Apache 2.0 or MPL 2.0).</p>"
           "<p>Not affiliated with Civitai.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}
