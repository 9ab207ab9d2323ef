#include "ui/windowmenus.h"

#include "core/settings.h"
#include "core/version.h"
#include "ui/collectionview.h"
#include "ui/detailspanetoggle.h"
#include "ui/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// The menu bar's last menu, Help (MainActions adds it last): new menus go before it.
QAction *helpMenuAction(QMainWindow *window)
{
    const QList<QAction *> actions = window->menuBar()->actions();
    return actions.isEmpty() ? nullptr : actions.constLast();
}

} // namespace

WindowMenus::WindowMenus(QMainWindow *window, const Parts &parts)
    : QObject(window)
    , m_parts(parts)
{
    createViewMenu(window);
    createFindMenu(window);
    extendHelpMenu(window);
    addRecentMenu(window);
}

void WindowMenus::rememberSources(Settings &settings, const QStringList &paths)
{
    constexpr int Remembered = 10;
    QStringList recent = settings.value(Settings::RecentSources);
    for (const QString &path : paths) {
        recent.removeAll(QDir::cleanPath(path));
        recent.prepend(QDir::cleanPath(path));
    }
    settings.setValue(Settings::RecentSources, recent.mid(0, Remembered));
}

void WindowMenus::addRecentMenu(QMainWindow *window)
{
    QMenu *file = window->menuBar()->actions().constFirst()->menu();
    auto *recent = new QMenu(tr("&Recent folders"), file);
    file->insertMenu(file->actions().value(3), recent); // after Add folder, Add files, Open output
    // Built when opened: the list changes with every folder added.
    connect(recent, &QMenu::aboutToShow, this, [this, recent] {
        recent->clear();
        const QStringList paths = m_parts.settings->value(Settings::RecentSources);
        for (const QString &path : paths) {
            QAction *action = recent->addAction(QDir::toNativeSeparators(path));
            action->setEnabled(QFileInfo::exists(path));
            connect(action, &QAction::triggered, this,
                    [this, path] { m_parts.addSources({ path }); });
        }
        if (paths.isEmpty())
            recent->addAction(tr("No folders yet"))->setEnabled(false);
    });
}

QString WindowMenus::issuesUrl()
{
    return QStringLiteral(CDM_ISSUES_URL);
}

void WindowMenus::createViewMenu(QMainWindow *window)
{
    auto *view = new QMenu(tr("&View"), window);
    window->menuBar()->insertMenu(helpMenuAction(window), view);
    QAction *sources = view->addAction(tr("&Sources panel"));
    sources->setObjectName(QStringLiteral("Sources Panel"));
    sources->setCheckable(true);
    sources->setChecked(true);
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QWidget *panel = m_parts.sourcesPanel;
    connect(sources, &QAction::toggled, panel, &QWidget::setVisible);
    auto *details = new DetailsPaneToggle(m_parts.details, m_parts.tabs, m_parts.collection,
                                          *m_parts.settings, this);
    view->addAction(details->action());

    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    const Settings::Theme current = m_parts.settings->value(Settings::AppTheme);
    const std::pair<Settings::Theme, QString> choices[] = {
        { Settings::Theme::System, tr("System") },
        { Settings::Theme::Light, tr("Light") },
        { Settings::Theme::Dark, tr("Dark") },
    };
    for (const auto &[theme, name] : choices) {
        QAction *action = themes->addAction(name);
        action->setCheckable(true);
        action->setChecked(theme == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            m_parts.settings->setValue(Settings::AppTheme, theme);
            if (auto *application = qobject_cast<QApplication *>(QCoreApplication::instance()))
                Theme::apply(*application, theme);
        });
    }
}

void WindowMenus::createFindMenu(QMainWindow *window)
{
    auto *menu = new QMenu(tr("F&ind"), window);
    window->menuBar()->insertMenu(helpMenuAction(window), menu);
    QAction *find = menu->addAction(tr("&Find in the collection"));
    find->setObjectName(QStringLiteral("Find"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_parts.tabs->setCurrentWidget(m_parts.collection);
        m_parts.collection->find();
    });
}

void WindowMenus::extendHelpMenu(QMainWindow *window)
{
    QMenu *help = helpMenuAction(window)->menu();
    QAction *first = help->actions().value(0);
    QAction *guide = new QAction(tr("&User guide"), help);
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, window, [window] { showUserGuide(window); });
    QAction *report = new QAction(tr("&Report a problem"), help);
    connect(report, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(QUrl(issuesUrl())); });
    help->insertActions(first, { guide, report });
    help->insertSeparator(first);
}

void WindowMenus::showUserGuide(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("User guide"));
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    text->setSource(QUrl(QStringLiteral("qrc:/guide/userguide.html")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}
