// The run's log in the window: every logging category's messages, from any thread, one line each,
// and nothing once the panel is gone.
#include "ui/logpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QThread>

Q_LOGGING_CATEGORY(lcTestLog, "cdm.test.log")

namespace {

QPushButton *button(LogPanel &panel, const QString &text)
{
    const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestLogPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEachMessageAsALineWithItsLevelAndCategory()
    {
        LogPanel panel;
        qCInfo(lcTestLog) << "scanning" << 3 << "folders";
        qCWarning(lcTestLog).noquote() << "cannot read /models/x";
        qCDebug(lcTestLog) << "too detailed for the window";
        qCInfo(lcTestLog) << "done";
        QTRY_VERIFY(panel.text().endsWith(QLatin1String("done")));
        const QStringList lines = panel.text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        static const QRegularExpression time(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d "));
        QVERIFY2(time.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).endsWith(QLatin1String(" info cdm.test.log: scanning 3 folders")),
                 qPrintable(lines.at(0)));
        QVERIFY2(
            lines.at(1).endsWith(QLatin1String(" warning cdm.test.log: cannot read /models/x")),
            qPrintable(lines.at(1)));
    }

    void keepsLoggingWhilePanelsCloseInAnyOrder()
    {
        // Two windows, the first closed first: its handler must not be left calling itself.
        auto *first = new LogPanel;
        LogPanel second;
        delete first;
        qCInfo(lcTestLog) << "after the first closed";
        QTRY_VERIFY(second.text().endsWith(QLatin1String("after the first closed")));
    }

    void takesMessagesFromOtherThreads()
    {
        LogPanel panel;
        QThread *thread = QThread::create([] { qCInfo(lcTestLog) << "from a pool thread"; });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QTRY_VERIFY(panel.text().endsWith(QLatin1String("info cdm.test.log: from a pool thread")));
    }

    void takesManyLinesInAFewBatches()
    {
        // A run over 100,000 files can end with a thousand failures logged at once: laid out one
        // by one, or all in one go, they would keep the window from repainting for a moment.
        LogPanel panel;
        auto *text = panel.findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QSignalSpy changes(text->document(), &QTextDocument::contentsChange);
        for (int i = 0; i < 1000; ++i)
            panel.appendLine(QStringLiteral("line %1").arg(i));
        QCOMPARE(panel.text().count(QLatin1Char('\n')), 999); // already there for a copy
        QTRY_COMPARE(text->document()->blockCount(), 1000);
        QCOMPARE(text->toPlainText(), panel.text());
        QVERIFY2(changes.size() >= 5 && changes.size() <= 20,
                 qPrintable(QString::number(changes.size())));
    }

    void copiesAndClearsTheLog()
    {
        LogPanel panel;
        panel.appendLine(QStringLiteral("first"));
        panel.appendLine(QStringLiteral("second"));
        button(panel, QStringLiteral("&Copy log"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("first\nsecond"));
        button(panel, QStringLiteral("C&lear"))->click();
        QCOMPARE(panel.text(), QString());
    }

    void handsMessagesBackWhenGone()
    {
        {
            LogPanel panel;
        }
        // With the panel gone, logging goes on without it (no dangling handler).
        qCInfo(lcTestLog) << "after the panel";
        LogPanel later;
        qCInfo(lcTestLog) << "to the new panel";
        QTRY_VERIFY(later.text().endsWith(QLatin1String("to the new panel")));
        QVERIFY(!later.text().contains(QLatin1String("after the panel")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestLogPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logpanel.moc"
