#include "ui/logpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int MaxLines = 20000;
constexpr int LinesPerPass = 100; // a few milliseconds of text layout

// Guarded: threads log while a window may be closing. Every open panel shows every message (they
// are the process's); the handler is installed while at least one panel is open, so panels may
// close in any order without leaving a handler that points at itself.
QMutex s_panelMutex;
QList<LogPanel *> s_panels;
QtMessageHandler s_previous = nullptr;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("error");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return {};
}

// Runs on whichever thread logged: the line reaches the panel through its event loop.
void forwardToPanel(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_previous)
        s_previous(type, context, message);
    if (type == QtDebugMsg)
        return;
    const QString line = QStringLiteral("%1 %2 %3: %4")
                             .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                                  levelName(type), QLatin1String(context.category), message);
    const QMutexLocker locker(&s_panelMutex);
    for (LogPanel *panel : std::as_const(s_panels))
        QMetaObject::invokeMethod(
            panel, [panel, line] { panel->appendLine(line); }, Qt::QueuedConnection);
}

} // namespace

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Run log"));

    auto *copy = new QPushButton(tr("&Copy log"), this);
    copy->setAccessibleName(tr("Copy the whole log"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });
    auto *clear = new QPushButton(tr("C&lear"), this);
    connect(clear, &QPushButton::clicked, this, &LogPanel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    const QMutexLocker locker(&s_panelMutex);
    if (s_panels.isEmpty())
        s_previous = qInstallMessageHandler(forwardToPanel);
    s_panels.append(this);
}

LogPanel::~LogPanel()
{
    const QMutexLocker locker(&s_panelMutex);
    s_panels.removeOne(this);
    if (s_panels.isEmpty())
        qInstallMessageHandler(s_previous);
}

QString LogPanel::text() const
{
    const QString shown = m_text->toPlainText();
    if (m_pending.isEmpty())
        return shown;
    const QString pending = m_pending.join(QLatin1Char('\n'));
    return shown.isEmpty() ? pending : shown + QLatin1Char('\n') + pending;
}

void LogPanel::appendLine(const QString &line)
{
    m_pending.append(line);
    if (!std::exchange(m_appendScheduled, true))
        QTimer::singleShot(0, this, &LogPanel::appendPending);
}

void LogPanel::appendPending()
{
    m_appendScheduled = false;
    const qsizetype count = qMin<qsizetype>(m_pending.size(), LinesPerPass);
    if (count == 0)
        return;
    m_text->appendPlainText(m_pending.mid(0, count).join(QLatin1Char('\n')));
    m_pending.remove(0, count);
    if (!m_pending.isEmpty() && !std::exchange(m_appendScheduled, true))
        QTimer::singleShot(0, this, &LogPanel::appendPending);
}

void LogPanel::clear()
{
    m_pending.clear();
    m_text->clear();
}
