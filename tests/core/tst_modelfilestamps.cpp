// The stamps that spare an unchanged re-run reading every archived model file back: trusted only
// while the file is the one stamped.
#include "core/archivelayout.h"
#include "core/modelfilestamps.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestModelFileStamps final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void trustsAStampWhileItsFileIsUnchanged()
    {
        const QString model = write(QStringLiteral("a_civitai_model.json"), "{\"id\": 1}");
        const QByteArray digest = ModelFileStamps::digestOf({ { QStringLiteral("id"), 1 } });
        QCOMPARE(digest.size(), 32);
        ModelFileStamps stamps(m_dir.path());
        QVERIFY(!stamps.isCurrent(QStringLiteral("a"), model, digest));
        stamps.record(QStringLiteral("a"), model, digest);
        QVERIFY(stamps.isDirty());
        QVERIFY(stamps.isCurrent(QStringLiteral("a"), model, digest));
        QVERIFY(!stamps.isCurrent(QStringLiteral("b"), model, digest));
        QVERIFY(!stamps.isCurrent(QStringLiteral("a"), model,
                                  ModelFileStamps::digestOf({ { QStringLiteral("id"), 2 } })));

        // Kept across runs; a damaged line costs only its folder.
        QVERIFY(stamps.save());
        QFile file(ArchiveLayout(m_dir.path()).modelStamps());
        QVERIFY(file.open(QIODevice::Append));
        file.write("[\"b\", \"00\"\n");
        file.close();
        ModelFileStamps reread(m_dir.path());
        QVERIFY(reread.load());
        QVERIFY(reread.isCurrent(QStringLiteral("a"), model, digest));
    }

    // The files of one model share its answer: its digest is computed once for them, and a
    // different answer for the same model (another host's, or a changed one) gets its own.
    void aModelsDigestFollowsItsAnswer()
    {
        ModelFileStamps stamps(m_dir.path());
        const QJsonObject model { { QStringLiteral("id"), 5 },
                                  { QStringLiteral("description"), QStringLiteral("first") } };
        const QByteArray digest = stamps.fingerprintOfModel(model).digest;
        QCOMPARE(digest, ModelFileStamps::digestOf(ModelFileStamps::fingerprintOf(model)));
        QCOMPARE(stamps.fingerprintOfModel(model).digest, digest);

        QJsonObject changed = model;
        changed.insert(QStringLiteral("description"), QStringLiteral("second"));
        const ModelFileStamps::Fingerprint again = stamps.fingerprintOfModel(changed);
        QCOMPARE(again.digest, ModelFileStamps::digestOf(ModelFileStamps::fingerprintOf(changed)));
        QVERIFY(again.digest != digest);
        QCOMPARE(again.fingerprint, ModelFileStamps::fingerprintOf(changed));
    }

    // A folder's archived version is kept with its stamp, to the nanosecond of its file's time.
    void keepsEachFoldersVersionRecordAcrossRuns()
    {
        VersionRecord record = VersionRecord::of(
            { { QStringLiteral("id"), 7 },
              { QStringLiteral("modelId"), 3 },
              { QStringLiteral("name"), QStringLiteral("v7") },
              { QStringLiteral("source_host"), QStringLiteral("https://civitai.red") },
              { QStringLiteral("model"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("M") } } },
              { QStringLiteral("images"), QJsonArray { QJsonObject(), QJsonObject() } } });
        QCOMPARE(record.imageCount, 2);
        record.stamp = {}; // not kept: the digest of the model's listing of it is
        record.listedDigest = QByteArray(32, '\xfe');
        record.fileSize = 10;
        record.fileModifiedNs = 1796056967740123457;
        record.folderModifiedNs = 1796056967740123459;
        record.previewsOnDisk = 1;
        ModelFileStamps stamps(m_dir.path());
        stamps.recordVersion(QStringLiteral("d"), record);
        QVERIFY(stamps.isDirty());
        QVERIFY(stamps.save());
        stamps.recordVersion(QStringLiteral("d"), record);
        QVERIFY(!stamps.isDirty());

        ModelFileStamps reread(m_dir.path());
        QVERIFY(reread.load());
        QVERIFY(reread.version(QStringLiteral("d")));
        QCOMPARE(reread.version(QStringLiteral("d"))->toJson(), record.toJson());
        QVERIFY(*reread.version(QStringLiteral("d")) == record);
        QVERIFY(!reread.version(QStringLiteral("e")));
    }

    void distrustsAFileChangedSince()
    {
        const QString model = write(QStringLiteral("c_civitai_model.json"), "{\"id\": 3}");
        const QByteArray digest = ModelFileStamps::digestOf({ { QStringLiteral("id"), 3 } });
        ModelFileStamps stamps(m_dir.path());
        stamps.record(QStringLiteral("c"), model, digest);

        // Same size, another modification time: someone wrote it.
        QFile file(model);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                 QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(!stamps.isCurrent(QStringLiteral("c"), model, digest));

        stamps.record(QStringLiteral("c"), model, digest);
        QVERIFY(stamps.isCurrent(QStringLiteral("c"), model, digest));
        write(QStringLiteral("c_civitai_model.json"), "{\"id\": 3, \"x\": 1}");
        QVERIFY(!stamps.isCurrent(QStringLiteral("c"), model, digest));
        QVERIFY(QFile::remove(model));
        QVERIFY(!stamps.isCurrent(QStringLiteral("c"), model, digest));
    }
};

QTEST_GUILESS_MAIN(TestModelFileStamps)
#include "tst_modelfilestamps.moc"
