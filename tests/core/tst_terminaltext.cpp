#include "app/cli/terminaltext.h"

#include <QTest>

class TestTerminalText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("名前 🔥 \"a\" C:\\models")
                               << QStringLiteral("名前 🔥 \"a\" C:\\models");
        QTest::newRow("line break") << QStringLiteral("a\nFAKE") << QStringLiteral("a\\nFAKE");
        QTest::newRow("clear screen") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
        QTest::newRow("title") << QStringLiteral("\x1b]0;t\x07")
                               << QStringLiteral("\\x1b]0;t\\x07");
        QTest::newRow("cr tab nul")
            << QString::fromUtf16(u"a\r\tb\0c", 6) << QStringLiteral("a\\r\\tb\\x00c");
        QTest::newRow("del and C1 CSI")
            << QString::fromUtf16(u"\u007f\u009b2J") << QStringLiteral("\\x7f\\u009b2J");
        QTest::newRow("bidi override")
            << QString::fromUtf16(u"evil\u202etxt.exe") << QStringLiteral("evil\\u202etxt.exe");
    }

    void escapesControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(TerminalText::escaped(text), escaped);
    }

    void keepsAMessagesOwnLineBreaks()
    {
        QCOMPARE(TerminalText::escapedKeepingLines(QStringLiteral("one\ntwo\x1b[1A\r")),
                 QStringLiteral("one\ntwo\\x1b[1A\\r"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
