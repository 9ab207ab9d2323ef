#include "core/filehasher.h"
#include "core/pausegate.h"
#include "faildevice.h"
#include "safetensorsfactory.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

class TestFileHasher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesKnownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty")
            << QByteArray()
            << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a")
            << QByteArray(1000000, 'a')
            << QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void matchesKnownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(FileHasher::hashBytes(input), expected);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vector.bin"));
        QVERIFY(SafetensorsFactory::write(path, input));
        QCOMPARE(FileHasher::hashFile(path).sha256, expected);
    }

    void agreesWithSha256sumAcrossChunkBoundaries()
    {
        // 2.5 chunks plus an odd tail, so every read size occurs.
        QByteArray data(FileHasher::ChunkSize * 5 / 2 + 3, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("random [x] #1 %.safetensors"));
        QVERIFY(SafetensorsFactory::write(path, data));

        QProcess sha256sum;
        sha256sum.start(QStringLiteral("sha256sum"), { path });
        QVERIFY(sha256sum.waitForFinished());
        const QString expected = QString::fromLatin1(sha256sum.readAllStandardOutput().left(64));
        QCOMPARE(expected.size(), 64);

        std::atomic<qint64> bytesDone { 0 };
        const HashOutcome outcome = FileHasher::hashFile(path, { .bytesDone = &bytesDone });
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.sha256, expected);
        QCOMPARE(bytesDone.load(), qint64(data.size()));
    }

    void stopsWhenCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QVERIFY(SafetensorsFactory::write(path, QByteArray(FileHasher::ChunkSize * 3, 'x')));
        const std::atomic_bool cancel { true };
        std::atomic<qint64> bytesDone { 0 };
        const HashOutcome outcome
            = FileHasher::hashFile(path, { .cancel = &cancel, .bytesDone = &bytesDone });
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.sha256.isEmpty());
        QCOMPARE(bytesDone.load(), 0);
    }

    void waitsWhilePausedThenFinishes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paused.bin"));
        const QByteArray data(FileHasher::ChunkSize * 2, 'p');
        QVERIFY(SafetensorsFactory::write(path, data));
        PauseGate gate;
        gate.setPaused(true);
        std::atomic<qint64> fileBytes { 0 };
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QFuture<HashOutcome> hash = QtConcurrent::run(&pool, [&] {
            return FileHasher::hashFile(path, { .pause = &gate, .fileBytesDone = &fileBytes });
        });
        // Twice the bytes, started later, hashed to the end beside it: time enough for the
        // paused hash to have finished.
        const QString control = dir.filePath(QStringLiteral("control.bin"));
        QVERIFY(SafetensorsFactory::write(control, data + data));
        QCOMPARE(
            QtConcurrent::run(&pool, [&] { return FileHasher::hashFile(control); }).result().sha256,
            FileHasher::hashBytes(data + data));
        QVERIFY(!hash.isFinished());
        QCOMPARE(fileBytes.load(), 0);
        gate.setPaused(false);
        QCOMPARE(hash.result().sha256, FileHasher::hashBytes(data));
        QCOMPARE(fileBytes.load(), data.size());
    }

    void cancelEndsAPausedHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paused.bin"));
        QVERIFY(SafetensorsFactory::write(path, QByteArray(1000, 'p')));
        PauseGate gate;
        gate.setPaused(true);
        std::atomic_bool cancel { false };
        QFuture<HashOutcome> hash = QtConcurrent::run(
            [&] { return FileHasher::hashFile(path, { .cancel = &cancel, .pause = &gate }); });
        QTest::qWait(150);
        cancel = true;
        QVERIFY(hash.result().cancelled); // without anyone opening the gate
    }

    void reportsMissingFile()
    {
        const HashOutcome outcome
            = FileHasher::hashFile(QStringLiteral("/nonexistent/model.safetensors"));
        QVERIFY(!outcome.ok());
        QVERIFY(!outcome.cancelled);
        QVERIFY(outcome.sha256.isEmpty());
        QVERIFY(!outcome.error.isEmpty());
    }

    void reportsReadErrorMidFile()
    {
        FailDevice device(QByteArray(FileHasher::ChunkSize * 2, 'x'), FileHasher::ChunkSize + 100);
        QVERIFY(device.open(QIODevice::ReadOnly));
        const HashOutcome outcome = FileHasher::hashDevice(device);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.sha256.isEmpty());
        QVERIFY2(outcome.error.contains(QLatin1String("Input/output error")),
                 qPrintable(outcome.error));
    }
};

QTEST_GUILESS_MAIN(TestFileHasher)
#include "tst_filehasher.moc"
