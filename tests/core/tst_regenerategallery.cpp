#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/archivelock.h"
#include "core/regenerategallery.h"
#include "operationtoend.h"
#include "processmemory.h"
#include "runtoend.h"
#include "syntheticarchive.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTest>

class TestRegenerateGallery final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    // An archive of two models without a gallery.
    void archiveWithoutGallery()
    {
        QVERIFY(
            archiveOffline(m_folder.models(),
                           { QStringLiteral("one.safetensors"), QStringLiteral("two.safetensors") },
                           m_folder.output()));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("index.html"))));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void writesTheGalleryOffTheCallersThreadAndReleasesTheLock()
    {
        archiveWithoutGallery();
        RegenerateGallery regenerate(m_folder.output());
        QThread *workThread = nullptr;
        QVERIFY(operationToEnd(regenerate, &workThread));
        QCOMPARE(regenerate.outcome(), ArchiveOperation::Outcome::Done);
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(regenerate.modelCount(), 2);
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("index.html"))));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("one/one.html"))));
        // Held while the operation lives (a following step could take it over), then released.
        ArchiveLock other(m_folder.output());
        QCOMPARE(other.tryLock(), ArchiveLock::Result::Busy);
    }

    void releasesTheLockWhenDeleted()
    {
        archiveWithoutGallery();
        {
            RegenerateGallery regenerate(m_folder.output());
            QVERIFY(operationToEnd(regenerate));
        }
        ArchiveLock other(m_folder.output());
        QCOMPARE(other.tryLock(), ArchiveLock::Result::Locked);
    }

    void refusesAnArchiveAnotherWriterHolds()
    {
        archiveWithoutGallery();
        QLockFile holder(m_folder.output(ArchiveLayout::lockFileName()));
        QVERIFY(holder.tryLock(0));
        RegenerateGallery regenerate(m_folder.output());
        QVERIFY(operationToEnd(regenerate));
        QCOMPARE(regenerate.outcome(), ArchiveOperation::Outcome::Busy);
        QCOMPARE(regenerate.errors().size(), 1);
        QVERIFY2(regenerate.errors().constFirst().contains(
                     QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(regenerate.errors().constFirst()));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("index.html"))));
    }

    void cancelledAtItsStepWritesNothing()
    {
        archiveWithoutGallery();
        RegenerateGallery regenerate(m_folder.output());
        // Cancelled as the step is announced, on the work thread: the step must not run.
        connect(
            &regenerate, &ArchiveOperation::progressChanged, &regenerate,
            [&regenerate] { regenerate.cancel(); }, Qt::DirectConnection);
        QVERIFY(operationToEnd(regenerate));
        QCOMPARE(regenerate.outcome(), ArchiveOperation::Outcome::Cancelled);
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("index.html"))));
    }

    // 100,000 models: the gallery keeps each model's card for the index while it writes the
    // pages a batch at a time, so its peak memory grows with the cards' text, not the models.
    void writesTheGalleryInMemoryOfAboutItsIndex()
    {
#ifdef Q_OS_LINUX
        constexpr int Models = 6000;
        QString error;
        QVERIFY2(SyntheticArchive::write(m_folder.output(), Models, &error), qPrintable(error));
        QVERIFY(ProcessMemory::resetPeak());
        const qint64 before = ProcessMemory::kib("VmRSS");
        const RegenerateGallery::Written written = RegenerateGallery::write(m_folder.output());
        const qint64 grown = ProcessMemory::kib("VmHWM") - before;
        QCOMPARE(written.models, Models);
        QVERIFY(written.errors.isEmpty());
        const qint64 index
            = QFileInfo(m_folder.output(QStringLiteral("_gallery/models.js"))).size() / 1024;
        qInfo("%d models: models.js %lld KiB, peak memory grew %lld KiB", Models, index, grown);
        QVERIFY(before > 0 && index > 0);
        // The index's text a few times over (cards, the file, its comparison) and one batch.
        QVERIFY2(grown < 4 * index + 16 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(grown)));
#else
        QSKIP("peak memory is read from /proc/self/status");
#endif
    }

    void reportsWhatCannotBeWritten()
    {
        archiveWithoutGallery();
        // A folder where the index page should go: the page cannot be written.
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("index.html"))));
        RegenerateGallery regenerate(m_folder.output());
        QVERIFY(operationToEnd(regenerate));
        QCOMPARE(regenerate.outcome(), ArchiveOperation::Outcome::Failed);
        QVERIFY(!regenerate.errors().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegenerateGallery)
#include "tst_regenerategallery.moc"
