#include "ui/detailspanetoggle.h"

#include "core/settings.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QTabWidget>

DetailsPaneToggle::DetailsPaneToggle(QDockWidget *dock, QTabWidget *tabs, QWidget *collection,
                                     Settings &settings, QObject *parent)
    : QObject(parent)
    , m_dock(dock)
    , m_tabs(tabs)
    , m_collection(collection)
    , m_settings(settings)
    , m_action(new QAction(tr("&Details pane"), this))
{
    m_action->setObjectName(QStringLiteral("Details Pane"));
    m_action->setCheckable(true);
    m_action->setChecked(settings.value(Settings::DetailsPaneShown));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_action, &QAction::toggled, this, [this](bool shown) {
        m_settings.setValue(Settings::DetailsPaneShown, shown);
        if (shown)
            m_tabs->setCurrentWidget(m_collection); // where the pane has something to show
        apply();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailsPaneToggle::apply);
    connect(m_dock, &QDockWidget::visibilityChanged, this, &DetailsPaneToggle::closedByUser);
    // The window's saved state shows or hides the pane as it was when the window closed, on
    // whichever tab: what holds is decided again when the window appears.
    m_dock->window()->installEventFilter(this);
}

bool DetailsPaneToggle::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock->window() && event->type() == QEvent::Show)
        apply();
    return QObject::eventFilter(watched, event);
}

void DetailsPaneToggle::apply()
{
    m_applying = true;
    m_dock->setVisible(m_action->isChecked() && m_tabs->currentWidget() == m_collection);
    m_applying = false;
}

void DetailsPaneToggle::closedByUser()
{
    // Hidden explicitly, in a shown window, and not by apply(): the pane's close button.
    if (!m_applying && m_dock->isHidden() && m_dock->window()->isVisible()
        && m_tabs->currentWidget() == m_collection)
        m_action->setChecked(false);
}
