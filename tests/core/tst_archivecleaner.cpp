// --clean, planned then applied, on archives a real run wrote: the folders of gone files go, those
// of unreachable or moved files stay (and say why), duplicates keep one archive, and folders
// that are not ours are left alone. Model files are never touched.
#include "collectionfolder.h"
#include "core/archivecleaner.h"
#include "core/archivewriter.h"
#include "core/jsonfile.h"
#include "core/modelscanner.h"
#include "core/processedfiles.h"
#include "hashtimestamp.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

class TestArchiveCleaner final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    QString addModel(const QString &relativePath, int seed)
    {
        const QString path = m_folder.models(relativePath);
        QDir().mkpath(QFileInfo(path).path());
        return SafetensorsFactory::write(path, SafetensorsFactory::build({}, seed)) ? path
                                                                                    : QString();
    }

    bool archive()
    {
        RunOptions options;
        options.sources = { m_folder.models() };
        options.outputDir = m_folder.output();
        options.lookUpCivitai = false;
        return runToEnd(options).succeeded();
    }

    std::optional<CleanPlan> prepare()
    {
        QString error;
        std::optional<CleanPlan> plan = ArchiveCleaner::prepare(
            { m_folder.models() }, ModelScanner::defaultExtensions(), m_folder.output(), &error);
        if (!plan)
            qWarning().noquote() << error;
        return plan;
    }

    QStringList apply(const CleanPlan &plan)
    {
        ProcessedFiles processed(m_folder.output());
        QString error;
        if (!processed.load(&error))
            return { error };
        return ArchiveCleaner::apply(plan, m_folder.output(), processed);
    }

    QStringList processedFiles()
    {
        ProcessedFiles processed(m_folder.output());
        processed.load();
        return processed.files();
    }

    static QStringList foldersOf(const QList<CleanPlan::Removal> &removals)
    {
        QStringList folders;
        for (const CleanPlan::Removal &removal : removals)
            folders.append(removal.folder);
        return folders;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void removesTheArchiveOfAGoneFileOnly()
    {
        const QString gone = addModel(QStringLiteral("gone.safetensors"), 20);
        const QString stays = addModel(QStringLiteral("stays.safetensors"), 21);
        QVERIFY(archive());
        QVERIFY(QFile::remove(gone));

        const std::optional<CleanPlan> plan = prepare();
        QVERIFY(plan);
        QCOMPARE(plan->removals.size(), 1);
        QCOMPARE(plan->removals.constFirst().folder, QStringLiteral("gone"));
        QCOMPARE(plan->removals.constFirst().reason, QStringLiteral("%1 is gone").arg(gone));
        QVERIFY(plan->kept.isEmpty());
        QVERIFY(plan->duplicates.isEmpty());
        QVERIFY(QDir(m_folder.output(QStringLiteral("gone"))).exists()); // a plan removes nothing

        QCOMPARE(apply(*plan), QStringList());
        QVERIFY(!QDir(m_folder.output(QStringLiteral("gone"))).exists());
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("stays/stays_hash.json"))));
        QVERIFY(QFile::exists(stays));
        QCOMPARE(processedFiles(), QStringList { stays });
    }

    void keepsTheArchiveOfAFileItCannotReach()
    {
        addModel(QStringLiteral("here.safetensors"), 22);
        const QString unmounted = addModel(QStringLiteral("drive/far.safetensors"), 23);
        const QString emptied = addModel(QStringLiteral("empty/near.safetensors"), 24);
        QVERIFY(archive());
        QVERIFY(QDir(m_folder.models(QStringLiteral("drive"))).removeRecursively());
        QVERIFY(QFile::remove(emptied)); // its folder stays, empty, as a mount point does

        const std::optional<CleanPlan> plan = prepare();
        QVERIFY(plan);
        QVERIFY(plan->removals.isEmpty());
        QCOMPARE(foldersOf(plan->kept),
                 (QStringList { QStringLiteral("far"), QStringLiteral("near") }));
        QVERIFY2(plan->kept.at(0).reason.contains(QLatin1String("does not exist")),
                 qPrintable(plan->kept.at(0).reason));
        QVERIFY2(plan->kept.at(1).reason.contains(QLatin1String("is empty")),
                 qPrintable(plan->kept.at(1).reason));
        QCOMPARE(ArchiveCleaner::whyNotGone(unmounted), plan->kept.at(0).reason);

        QCOMPARE(apply(*plan), QStringList());
        QVERIFY(QDir(m_folder.output(QStringLiteral("far"))).exists());
        QVERIFY(QDir(m_folder.output(QStringLiteral("near"))).exists());
        QCOMPARE(processedFiles().size(), 3);
    }

    void removesOurFolderThatNoModelIsNamedLike()
    {
        addModel(QStringLiteral("a.safetensors"), 25);
        QVERIFY(archive());
        const ModelFolder stray(m_folder.output(), QStringLiteral("stray"));
        QVERIFY(ArchiveWriter::ensureFolder(stray, nullptr));
        QVERIFY(ArchiveWriter::writeHash(stray, QStringLiteral("stray.safetensors"),
                                         QString(64, QLatin1Char('e')), nullptr));

        const std::optional<CleanPlan> plan = prepare();
        QVERIFY(plan);
        QCOMPARE(foldersOf(plan->removals), QStringList { QStringLiteral("stray") });
        QCOMPARE(plan->removals.constFirst().reason, QStringLiteral("no model file named like it"));
        QCOMPARE(apply(*plan), QStringList());
        QVERIFY(!QDir(stray.path()).exists());
    }

    void leavesAloneFoldersThatAreNotOurs()
    {
        addModel(QStringLiteral("a.safetensors"), 26);
        QVERIFY(archive());
        // A folder of the user's, and one of ours where the user added a note.
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("holiday photos"))));
        QVERIFY(JsonFile::write(m_folder.output(QStringLiteral("holiday photos/beach.jpeg")),
                                QByteArray("x")));
        const ModelFolder noted(m_folder.output(), QStringLiteral("noted"));
        QVERIFY(ArchiveWriter::ensureFolder(noted, nullptr));
        QVERIFY(ArchiveWriter::writeHash(noted, QStringLiteral("noted.safetensors"),
                                         QString(64, QLatin1Char('f')), nullptr));
        QVERIFY(JsonFile::write(noted.path() + QStringLiteral("/noted_notes.txt"), QByteArray("mine")));

        const std::optional<CleanPlan> plan = prepare();
        QVERIFY(plan);
        QVERIFY(plan->removals.isEmpty());
        QCOMPARE(plan->leftAlone,
                 (QStringList { QStringLiteral("holiday photos"), QStringLiteral("noted") }));
        QCOMPARE(apply(*plan), QStringList());
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("holiday photos/beach.jpeg"))));
        QVERIFY(QFile::exists(noted.path() + QStringLiteral("/noted_notes.txt")));
    }

    void keepsTheNewestArchiveOfDuplicatesAndListsThem()
    {
        const QString older = addModel(QStringLiteral("lighthouse.safetensors"), 27);
        const QString newer = addModel(QStringLiteral("lighthouse2.safetensors"), 27);
        QVERIFY(archive());
        QVERIFY(setHashTimestamp(m_folder.output(), QStringLiteral("lighthouse"),
                                 QStringLiteral("2024-01-01T00:00:00")));
        QVERIFY(setHashTimestamp(m_folder.output(), QStringLiteral("lighthouse2"),
                                 QStringLiteral("2025-01-01T00:00:00")));

        const std::optional<CleanPlan> plan = prepare();
        QVERIFY(plan);
        QCOMPARE(plan->duplicates.size(), 1);
        QCOMPARE(plan->duplicates.constFirst().kept, newer);
        QCOMPARE(plan->duplicates.constFirst().removed, QStringList { older });
        QCOMPARE(foldersOf(plan->removals), QStringList { QStringLiteral("lighthouse") });
        QCOMPARE(plan->removals.constFirst().reason, QStringLiteral("duplicate of %1").arg(newer));

        QCOMPARE(apply(*plan), QStringList());
        QVERIFY(!QDir(m_folder.output(QStringLiteral("lighthouse"))).exists());
        QVERIFY(QDir(m_folder.output(QStringLiteral("lighthouse2"))).exists());
        QVERIFY(QFile::exists(older) && QFile::exists(newer)); // the model files stay
        QFile list(m_folder.output(QStringLiteral("duplicate_models.txt")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(list.readAll());
        QVERIFY2(text.contains(QStringLiteral("Hash: %1\nKept: %2\nRemoved:\n  - %3\n")
                                   .arg(plan->duplicates.constFirst().sha256, newer, older)),
                 qPrintable(text));
    }

    void followsAMovedFileInsteadOfRemovingItsArchive()
    {
        const QString before = addModel(QStringLiteral("old place/m.safetensors"), 28);
        QVERIFY(archive());
        QVERIFY(QDir().mkpath(m_folder.models(QStringLiteral("new place"))));
        const QString after = m_folder.models(QStringLiteral("new place/m.safetensors"));
        QVERIFY(QFile::rename(before, after));

        const std::optional<CleanPlan> plan = prepare();
        QVERIFY(plan);
        QVERIFY(plan->removals.isEmpty());
        QCOMPARE(plan->moved.value(before), after);
        QCOMPARE(apply(*plan), QStringList());
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("m/m_hash.json"))));
        QCOMPARE(processedFiles(), QStringList { after });
    }

    void refusesToPlanWithoutModels()
    {
        addModel(QStringLiteral("a.safetensors"), 29);
        QVERIFY(archive());
        QVERIFY(QDir(m_folder.models()).removeRecursively());
        QVERIFY(QDir().mkpath(m_folder.models()));
        QString error;
        QVERIFY(!ArchiveCleaner::prepare({ m_folder.models() }, ModelScanner::defaultExtensions(),
                                         m_folder.output(), &error));
        QVERIFY2(error.startsWith(QLatin1String("refusing to clean: no model files found")),
                 qPrintable(error));
        QVERIFY(QDir(m_folder.output(QStringLiteral("a"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestArchiveCleaner)
#include "tst_archivecleaner.moc"
