#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;
class QSplitter;

// When the window opens or gets narrower, the side panels give way before the collection: the details
// pane shrinks to a quarter of the window and the sources panel to under a third (each not
// below its minimum). A panel the user widened stays as wide until the window shrinks
// or opens again.
class NarrowWindowFit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NarrowWindowFit)

public:
    NarrowWindowFit(QMainWindow *window, QSplitter *splitter, QDockWidget *details);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QMainWindow *m_window;
    QSplitter *m_splitter; // the sources panel first, the tabs second
    QDockWidget *m_details;
};
