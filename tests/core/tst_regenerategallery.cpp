#include "archivefiles.h"
#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/archivelock.h"
#include "core/filehistory.h"
#include "core/jsonfile.h"
#include "core/missinglist.h"
#include "core/regenerategallery.h"
#include "operationtoend.h"
#include "processmemory.h"
#include "runtoend.h"
#include "syntheticarchive.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTest>

namespace {

// Other bytes of the same length in place, the modification time put back (or moved by `shift`).
bool replaceInPlace(const QString &path, const QByteArray &from, const QByteArray &to,
                    qint64 shiftSeconds = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
    QByteArray bytes = file.readAll();
    if (from.size() != to.size() || !bytes.contains(from))
        return false;
    bytes.replace(from, to);
    return file.seek(0) && file.write(bytes) == bytes.size() && file.flush()
        && file.setFileTime(modified.addSecs(shiftSeconds), QFileDevice::FileModificationTime);
}

} // namespace

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

    // 100,000 models: the gallery writes the pages a batch at a time, and each model's card goes
    // to a file as its page is written (GalleryCache::record), read back when the index is
    // written: its peak memory grows with a batch, not with the models nor their cards.
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
        // One batch, and less than the index's text: each card held twice (in the index and in
        // the cache's lines) grew it by 23.8 MiB.
        QVERIFY2(grown < index + 12 * 1024, qPrintable(QStringLiteral("%1 KiB").arg(grown)));
#else
        QSKIP("peak memory is read from /proc/self/status");
#endif
    }

    // An unchanged archive's gallery is checked by listing its folders: a model whose files kept
    // their names, sizes and times is neither read nor rendered again.
    void checksAnUnchangedGalleryWithoutReadingItsModels()
    {
        archiveWithoutGallery();
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        const QString page = m_folder.output(QStringLiteral("one/one.html"));
        const QByteArray before = readFile(page);
        QVERIFY(before.contains("one.safetensors"));
        const QByteArray index = readFile(m_folder.output(QStringLiteral("_gallery/models.js")));
        // Read again, these bytes would change the page.
        QVERIFY(replaceInPlace(m_folder.output(QStringLiteral("one/one_hash.json")),
                               "one.safetensors", "onE.safetensors"));
        const RegenerateGallery::Written written = RegenerateGallery::write(m_folder.output());
        QCOMPARE(written.models, 2);
        QCOMPARE(readFile(page), before);
        QCOMPARE(readFile(m_folder.output(QStringLiteral("_gallery/models.js"))), index);
    }

    // A model's folder is looked at, not each of its files: what changes the folder (a file
    // added, removed, or replaced as every program writing the archive safely does) or its page
    // writes the page again.
    void rewritesThePagesOfWhatChanged()
    {
        archiveWithoutGallery();
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        const QString twoPage = m_folder.output(QStringLiteral("two/two.html"));
        const QString twoHash = m_folder.output(QStringLiteral("two/two_hash.json"));
        QByteArray hash = readFile(twoHash);
        QVERIFY(JsonFile::write(twoHash, hash.replace("two.safetensors", "twO.safetensors")));
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        QVERIFY(readFile(twoPage).contains("twO.safetensors")); // replaced

        const QString preview = m_folder.output(QStringLiteral("two/two_preview_0.jpeg"));
        QVERIFY(JsonFile::write(preview, QByteArray("\xff\xd8\xff")));
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        QVERIFY(readFile(twoPage).contains("two_preview_0.jpeg")); // added
        QVERIFY(QFile::remove(preview));
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        QVERIFY(!readFile(twoPage).contains("two_preview_0.jpeg")); // removed

        QVERIFY(QFile::remove(twoPage));
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        QVERIFY(readFile(twoPage).contains("twO.safetensors")); // its page was gone
        // Its page written over in place, its time put back.
        const QByteArray page = readFile(twoPage);
        QVERIFY(replaceInPlace(twoPage, "twO.safetensors", "TWO.safetensors"));
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        QCOMPARE(readFile(twoPage), page);

        // The missing list is shown on every page: a change reads every folder again.
        const QString onePage = m_folder.output(QStringLiteral("one/one.html"));
        QVERIFY(replaceInPlace(m_folder.output(QStringLiteral("one/one_hash.json")),
                               "one.safetensors", "onE.safetensors"));
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        QVERIFY(readFile(onePage).contains("one.safetensors"));
        MissingList missing(m_folder.output());
        missing.markMissing(QStringLiteral("/elsewhere/other.safetensors"));
        QVERIFY(missing.save());
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        QVERIFY(readFile(onePage).contains("onE.safetensors"));
    }

    // A folder put back from a copy (a backup restored with its times) is not taken for the
    // folder the page was written from.
    void rewritesThePageOfAFolderPutBack()
    {
        archiveWithoutGallery();
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        const QString two = m_folder.output(QStringLiteral("two"));
        const QString copy = m_folder.output(QStringLiteral("copy"));
        QVERIFY(QDir().mkpath(copy));
        for (const QString &file : QDir(two).entryList(QDir::Files))
            QVERIFY(QFile::copy(two + QLatin1Char('/') + file, copy + QLatin1Char('/') + file));
        QVERIFY(replaceInPlace(copy + QStringLiteral("/two_hash.json"), "two.safetensors",
                               "twO.safetensors"));
        QVERIFY(QDir(two).removeRecursively());
        QVERIFY(QDir().rename(copy, two));
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        QVERIFY(readFile(two + QStringLiteral("/two.html")).contains("twO.safetensors"));
    }

    // An unchanged gallery is checked without its models or the last gallery's cards in memory:
    // 100,000 models are checked in tens of megabytes.
    void checksAnUnchangedGalleryInLittleMemory()
    {
#ifdef Q_OS_LINUX
        constexpr int Models = 6000;
        QString error;
        QVERIFY2(SyntheticArchive::write(m_folder.output(), Models, &error), qPrintable(error));
        QVERIFY(RegenerateGallery::write(m_folder.output()).errors.isEmpty());
        const QString index = m_folder.output(QStringLiteral("_gallery/models.js"));
        const QDateTime written = QFileInfo(index).lastModified();
        const ProcessMemory::PeakGrowth growth; // what the first gallery freed is given back
        QVERIFY(growth.started());
        const RegenerateGallery::Written checked = RegenerateGallery::write(m_folder.output());
        const qint64 grown = growth.kib();
        QCOMPARE(checked.models, Models);
        QVERIFY(checked.errors.isEmpty());
        QCOMPARE(QFileInfo(index).lastModified(), written);
        const qint64 indexSize = QFileInfo(index).size() / 1024;
        qInfo("%d models: models.js %lld KiB, peak memory grew %lld KiB", Models, indexSize, grown);
        QVERIFY2(grown < indexSize, qPrintable(QStringLiteral("%1 KiB").arg(grown)));
#else
        QSKIP("peak memory is read from /proc/self/status");
#endif
    }

    // A run hands the gallery the history it has loaded: the pages show it, and the file is not
    // read again (here it is gone, so what the pages show can only come from the one given).
    void writesThePagesWithTheHistoryItIsGiven()
    {
        archiveWithoutGallery();
        FileHistory history(m_folder.output());
        QVERIFY(history.load());
        QVERIFY(history.count() == 2 && history.isAsOnDisk());
        QVERIFY(QFile::remove(m_folder.output(FileHistory::fileName())));
        QVERIFY(RegenerateGallery::write(m_folder.output(), &history).errors.isEmpty());
        QVERIFY(readFile(m_folder.output(QStringLiteral("one/one.html")))
                    .contains("<section class=\"history\">"));
    }

    // The cards recorded while the pages are written go to a file that lasts as long as the
    // gallery's writing; one left by a gallery cut short goes at the next.
    void leavesNoRecordedCardsBehind()
    {
        archiveWithoutGallery();
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("_gallery"))));
        QFile leftover(m_folder.output(QStringLiteral("_gallery/pages.cache.recorded.AbC123")));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        const RegenerateGallery::Written written = RegenerateGallery::write(m_folder.output());
        QCOMPARE(written.models, 2);
        QVERIFY(written.errors.isEmpty());
        QCOMPARE(QDir(m_folder.output(QStringLiteral("_gallery")))
                     .entryList({ QStringLiteral("*.recorded.*") }, QDir::Files | QDir::Hidden),
                 QStringList());
        // The index has both cards, read back from the recorded file.
        const QByteArray index = readFile(m_folder.output(QStringLiteral("_gallery/models.js")));
        QVERIFY(index.contains("one.safetensors"));
        QVERIFY(index.contains("two.safetensors"));
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
