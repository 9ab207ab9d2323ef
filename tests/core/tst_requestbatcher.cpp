// Grouping files into batched requests: full batches at once, partial ones only when nothing of
// theirs is on its way (so keys pile up behind the polite pause), each key asked for once.
#include "core/requestbatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace std::chrono_literals;

class TestRequestBatcher final : public QObject
{
    Q_OBJECT

private:
    QList<QStringList> m_sent;

    std::unique_ptr<RequestBatcher<QString>> batcher(int limit, std::chrono::milliseconds delay)
    {
        m_sent.clear();
        return std::make_unique<RequestBatcher<QString>>(
            limit, delay, this, [this](const QStringList &keys) { m_sent.append(keys); });
    }

private Q_SLOTS:
    void sendsAFullBatchAtOnce()
    {
        const auto batches = batcher(3, 1h);
        batches->add(QStringLiteral("a"), 1);
        batches->add(QStringLiteral("b"), 2);
        QVERIFY(m_sent.isEmpty());
        batches->add(QStringLiteral("c"), 3);
        QCOMPARE(m_sent, (QList<QStringList> { { u"a"_s, u"b"_s, u"c"_s } }));
        // Full batches do not wait for answers: the queue paces them.
        for (const char *key : { "d", "e", "f" })
            batches->add(QString::fromLatin1(key), 4);
        QCOMPARE(m_sent.size(), 2);
    }

    void asksForAKeyOnceForEveryFileWaitingForIt()
    {
        const auto batches = batcher(10, 1h);
        batches->add(QStringLiteral("same"), 1);
        batches->add(QStringLiteral("same"), 2);
        batches->flush();
        QCOMPARE(m_sent, (QList<QStringList> { { u"same"_s } }));
        // Still waiting for the answer: a third file joins it instead of asking again.
        batches->add(QStringLiteral("same"), 3);
        batches->flush();
        QCOMPARE(m_sent.size(), 1);
        QCOMPARE(batches->take(QStringLiteral("same")), (QList<int> { 1, 2, 3 }));
        QVERIFY(batches->take(QStringLiteral("same")).isEmpty());
    }

    void sendsAPartialBatchAfterItsDelay()
    {
        const auto batches = batcher(10, 20ms);
        batches->add(QStringLiteral("a"), 1);
        QVERIFY(m_sent.isEmpty());
        QTRY_COMPARE(m_sent, (QList<QStringList> { { u"a"_s } }));
    }

    void sendsWhatComesAfterAFlushAtTheEndOfTheBurst()
    {
        const auto batches = batcher(10, 1h);
        batches->flush();
        batches->add(QStringLiteral("a"), 1);
        batches->add(QStringLiteral("b"), 2);
        QVERIFY(m_sent.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_sent, (QList<QStringList> { { u"a"_s, u"b"_s } }), 1000);
    }

    void letsPartialBatchesPileUpWhileOneIsOnItsWay()
    {
        const auto batches = batcher(10, 1h);
        batches->add(QStringLiteral("a"), 1);
        batches->flush();
        QCOMPARE(m_sent.size(), 1);
        batches->add(QStringLiteral("b"), 2);
        batches->add(QStringLiteral("c"), 3);
        batches->flush();
        QCOMPARE(m_sent.size(), 1); // "a" is not answered yet
        batches->answered();
        QCOMPARE(m_sent, (QList<QStringList> { { u"a"_s }, { u"b"_s, u"c"_s } }));
    }

    void keepsAtMostItsLimitOnTheirWay()
    {
        const auto batches = batcher(2, 1h);
        batches->setMaxOnItsWay(1);
        for (const char *key : { "a", "b", "c", "d", "e" })
            batches->add(QString::fromLatin1(key), 1);
        QCOMPARE(m_sent, (QList<QStringList> { { u"a"_s, u"b"_s } }));
        batches->answered();
        QCOMPARE(m_sent.size(), 2);
        batches->flush();
        batches->answered();
        QCOMPARE(m_sent, (QList<QStringList> { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s }, { u"e"_s } }));
    }

    void sendsNothingWhileHeld()
    {
        const auto batches = batcher(2, 1h);
        batches->setHeld(true);
        for (const char *key : { "a", "b", "c" })
            batches->add(QString::fromLatin1(key), 1);
        batches->flush();
        QVERIFY(m_sent.isEmpty());
        batches->setHeld(false);
        QCOMPARE(m_sent, (QList<QStringList> { { u"a"_s, u"b"_s } }));
        batches->answered();
        QCOMPARE(m_sent.size(), 2);
    }

    void givesBackEveryWaitingFileOnCancel()
    {
        const auto batches = batcher(10, 1h);
        batches->add(QStringLiteral("a"), 1);
        batches->flush();
        batches->add(QStringLiteral("b"), 2);
        QList<int> files = batches->takeAll();
        std::sort(files.begin(), files.end());
        QCOMPARE(files, (QList<int> { 1, 2 }));
        batches->answered();
        QCOMPARE(m_sent.size(), 1); // "b" was given back, not sent
    }
};

QTEST_GUILESS_MAIN(TestRequestBatcher)
#include "tst_requestbatcher.moc"
