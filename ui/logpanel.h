#pragma once

#include <QStringList>
#include <QWidget>

class QPlainTextEdit;

// The run's log: every QLoggingCategory message (from any thread) as a line, selectable and
// copyable, bounded so a long session does not grow without end.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    QString text() const; // with the lines still on their way to the view
    void appendLine(const QString &line);

private:
    void appendPending();
    void clear();

    QPlainTextEdit *m_text;
    // Lines reach the view a batch at a time, each batch in its own pass of the event loop: a
    // run that ends with a thousand failures logs them at once, and laying them all out in one go
    // would keep the window from repainting.
    QStringList m_pending;
    bool m_appendScheduled = false;
};
