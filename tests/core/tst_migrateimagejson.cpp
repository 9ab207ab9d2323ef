#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/archivelock.h"
#include "core/jsonfile.h"
#include "core/migrateimagejson.h"
#include "operationtoend.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>
#include <QTest>

class TestMigrateImageJson final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    QJsonObject m_version;

    // An archive from before the Python tool's v1.3: a preview without its JSON.
    void oldArchive()
    {
        m_version
            = QJsonObject { { QStringLiteral("id"), 2 },
                            { QStringLiteral("images"),
                              QJsonArray { QJsonObject { { QStringLiteral("seed"), 7 } },
                                           QJsonObject { { QStringLiteral("seed"), 8 } } } } };
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("old"))));
        QVERIFY(JsonFile::write(
            m_folder.output(QStringLiteral("old/old_civitai_model_version.json")), m_version));
        QVERIFY(SafetensorsFactory::write(m_folder.output(QStringLiteral("old/old_preview_0.jpeg")),
                                          "jpeg"));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void writesTheJsonOfEachPreviewOffTheCallersThread()
    {
        oldArchive();
        MigrateImageJson migration(m_folder.output());
        QThread *workThread = nullptr;
        QVERIFY(operationToEnd(migration, &workThread));
        QCOMPARE(migration.outcome(), ArchiveOperation::Outcome::Done);
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(migration.writtenCount(), 1);
        const auto image
            = JsonFile::readObject(m_folder.output(QStringLiteral("old/old_preview_0.json")));
        QVERIFY(image);
        QCOMPARE(image->value(QLatin1String("seed")).toInt(), 7);
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("old/old_preview_1.json"))));
    }

    void refusesAnArchiveAnotherWriterHolds()
    {
        oldArchive();
        QLockFile holder(m_folder.output(ArchiveLayout::lockFileName()));
        QVERIFY(holder.tryLock(0));
        MigrateImageJson migration(m_folder.output());
        QVERIFY(operationToEnd(migration));
        QCOMPARE(migration.outcome(), ArchiveOperation::Outcome::Busy);
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("old/old_preview_0.json"))));
    }

    void cancelledWritesNothing()
    {
        oldArchive();
        MigrateImageJson migration(m_folder.output());
        connect(
            &migration, &ArchiveOperation::progressChanged, &migration,
            [&migration] { migration.cancel(); }, Qt::DirectConnection);
        QVERIFY(operationToEnd(migration));
        QCOMPARE(migration.outcome(), ArchiveOperation::Outcome::Cancelled);
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("old/old_preview_0.json"))));
    }
};

QTEST_GUILESS_MAIN(TestMigrateImageJson)
#include "tst_migrateimagejson.moc"
