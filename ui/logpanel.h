#pragma once

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

    QString text() const;
    void appendLine(const QString &line);

private:
    QPlainTextEdit *m_text;
};
