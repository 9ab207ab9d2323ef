// The stamps that spare an unchanged re-run reading every archived model file back: trusted only
// while the file is the one stamped.
#include "core/archivelayout.h"
#include "core/filehasher.h"
#include "core/modelfilestamps.h"
#include "processmemory.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A model answer's digest (ModelAnswer::digest()), of any text.
Sha256Digest digestOf(const QByteArray &text)
{
    return Sha256Digest::fromBytes(FileHasher::digestOf(text));
}

} // namespace

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
        const Sha256Digest digest = digestOf("1");
        QVERIFY(!digest.isEmpty());
        ModelFileStamps stamps(m_dir.path());
        QVERIFY(!stamps.isCurrent(QStringLiteral("a"), model, digest));
        stamps.record(QStringLiteral("a"), model, digest);
        QVERIFY(stamps.isDirty());
        QVERIFY(stamps.isCurrent(QStringLiteral("a"), model, digest));
        QVERIFY(!stamps.isCurrent(QStringLiteral("b"), model, digest));
        QVERIFY(!stamps.isCurrent(QStringLiteral("a"), model, digestOf("2")));

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

    // A digest is 32 bytes or 64 hex digits, either case; anything else is none.
    void aDigestIsItsBytesOrNone()
    {
        const QByteArray bytes = QByteArray::fromHex(FileHasher::hashBytes("x").toLatin1());
        const Sha256Digest digest = Sha256Digest::fromBytes(bytes);
        QCOMPARE(digest.bytes(), QByteArrayView(bytes));
        QCOMPARE(digest.toHex(), bytes.toHex());
        QCOMPARE(Sha256Digest::fromHex(bytes.toHex().toUpper()), digest);
        QVERIFY(Sha256Digest::fromHex(bytes.toHex().chopped(2)).isEmpty());
        QVERIFY(Sha256Digest::fromHex(bytes.toHex().replace(0, 1, "g")).isEmpty());
        QVERIFY(Sha256Digest::fromBytes(bytes.chopped(1)).isEmpty());
        QVERIFY(Sha256Digest().toHex().isEmpty());
    }

    // A folder's archived version is kept with its stamp, to the nanosecond of its file's time.
    void keepsEachFoldersVersionRecordAcrossRuns()
    {
        VersionRecord record = VersionRecord::of(
            { { QStringLiteral("id"), 7 },
              { QStringLiteral("modelId"), 3 },
              { QStringLiteral("name"), QStringLiteral("v7") },
              { QStringLiteral("createdAt"), QStringLiteral("2024-12-30T08:00:00.000Z") },
              { QStringLiteral("publishedAt"), QStringLiteral("2025-01-01T09:05:22.250Z") },
              { QStringLiteral("source_host"), QStringLiteral("https://civitai.red") },
              { QStringLiteral("model"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("M") } } },
              { QStringLiteral("images"), QJsonArray { QJsonObject(), QJsonObject() } } });
        QCOMPARE(record.imageCount, 2);
        QCOMPARE(record.local().publishedMs, 1735722322250);
        record.stamp = {}; // not kept: the digest of the model's listing of it is
        record.listedDigest = Sha256Digest::fromBytes(QByteArray(32, '\xfe'));
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

    // A first run of 100,000 files records a version for each folder, and keeps every record to
    // the end: each costs its strings and little more.
    void holdsAVersionRecordInLittleMoreThanItsText()
    {
#ifdef Q_OS_LINUX
        constexpr int Folders = 100000;
        QStringList folders;
        for (int i = 0; i < Folders; ++i)
            folders.append(QStringLiteral("lora_%1").arg(i, 6, 10, QLatin1Char('0')));
        const QString host = QStringLiteral("https://civitai.red"); // shared by the run
        ModelFileStamps stamps(m_dir.path());
        const qint64 before = ProcessMemory::kib("VmRSS");
        for (int i = 0; i < Folders; ++i) {
            VersionRecord record;
            record.versionId = 200000 + i;
            record.modelId = 100000 + i;
            record.sourceHost = host;
            record.listedDigest = Sha256Digest::fromBytes(QByteArray(32, char(i)));
            record.publishedMs = 1735722322250 + i;
            // As each answer's parse makes them: a string of their own each.
            record.versionName = QStringLiteral("v%1").arg(i);
            record.modelName = QStringLiteral("Lighthouse Style %1").arg(i);
            record.modelType = QString::fromLatin1(QByteArrayView("LORA"));
            record.imageCount = 4;
            record.fileSize = 4096 + i;
            record.fileModifiedNs = 1796056967740123457 + i;
            record.folderModifiedNs = 1796056967740123459 + i;
            record.previewsOnDisk = 4;
            stamps.recordVersion(folders.at(i), record);
        }
        const qint64 perFolder = (ProcessMemory::kib("VmRSS") - before) * 1024 / Folders;
        qInfo("%lld bytes a folder beside its name", perFolder);
        QCOMPARE(stamps.version(folders.at(7))->versionName, QStringLiteral("v7"));
        QVERIFY2(perFolder < 500, qPrintable(QStringLiteral("%1 bytes").arg(perFolder)));
#else
        QSKIP("memory is read from /proc/self/status");
#endif
    }

    // As the build before kept it: the local version as JSON text.
    void readsTheVersionRecordOfAnOlderBuild()
    {
        write(ArchiveLayout::modelStampsName(),
              "[\"lora_1\",\"bb99a077f43346b3d83496912d3b2f4496b9021805fdb1fdc955d0d6c003dad3\",19143,"
              "1796050046031,[23025,10680,\"http://127.0.0.1:32879\",false,"
              "\"6108b495e3a5ae98181bfa1bac655d3445eb3656c85b33ab0b0df88e5d68ee95\","
              "\"{\\\"createdAt\\\":\\\"2025-03-02T18:04:11.512Z\\\",\\\"id\\\":23025,"
              "\\\"name\\\":\\\"v23025\\\",\\\"source_host\\\":\\\"http://127.0.0.1:32879\\\"}\","
              "\"v23025\",\"Model 10680\",\"LORA\",1,3789,1796050045929924608,1796050503999677621,1]]\n");
        ModelFileStamps stamps(m_dir.path());
        QVERIFY(stamps.load());
        const VersionRecord *record = stamps.version(QStringLiteral("lora_1"));
        QVERIFY(record);
        const LocalVersion local = record->local();
        QCOMPARE(local.id, 23025);
        QCOMPARE(local.name, QStringLiteral("v23025"));
        QCOMPARE(local.sourceHost, QStringLiteral("http://127.0.0.1:32879"));
        QCOMPARE(local.publishedMs, 1740938651512); // its createdAt: it has no publishedAt
    }

    void distrustsAFileChangedSince()
    {
        const QString model = write(QStringLiteral("c_civitai_model.json"), "{\"id\": 3}");
        const Sha256Digest digest = digestOf("3");
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
