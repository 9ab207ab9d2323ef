#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QTabWidget;
class Settings;

// The details pane describes the file selected in the collection, so it stands beside the
// Collection tab only: the gallery and the other tabs get the window's whole width (the gallery's
// desktop layout in a narrow window). View → Details pane (Ctrl+I) and the pane's close button say
// whether the user wants it; that choice is remembered.
class DetailsPaneToggle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPaneToggle)

public:
    DetailsPaneToggle(QDockWidget *dock, QTabWidget *tabs, QWidget *collection,
                      Settings &settings, QObject *parent = nullptr);

    QAction *action() const { return m_action; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void closedByUser();

    QDockWidget *m_dock;
    QTabWidget *m_tabs;
    QWidget *m_collection;
    Settings &m_settings;
    QAction *m_action;
    bool m_applying = false;
};
