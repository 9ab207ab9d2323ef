#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/archivelock.h"
#include "core/regenerategallery.h"
#include "operationtoend.h"
#include "runtoend.h"

#include <QFile>
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
