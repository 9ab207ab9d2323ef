// Issue 15 §1 end to end: the built program run again and again against a fake Civitai that
// changes its mind; file_history.json records each change, the archive keeps what it had.
#include "archivefiles.h"
#include "clirun.h"
#include "collectionfolder.h"
#include "core/filehasher.h"
#include "core/filehistory.h"
#include "core/jsonfile.h"
#include "core/runreport.h"
#include "fakecivitai.h"
#include "processmemory.h"
#include "safetensorsfactory.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>

#include <ctime>

namespace {

// Each file under `folder` with its bytes and modification time (to the nanosecond the file
// system keeps, as far as Qt tells).
QMap<QString, std::pair<QByteArray, qint64>> snapshot(const QString &folder, const QString &except)
{
    QMap<QString, std::pair<QByteArray, qint64>> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (file.fileName() != except)
            files.insert(file.filePath(),
                         { readFile(file.filePath()),
                           file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch() });
    }
    return files;
}

QStringList changesOf(const QJsonObject &entry)
{
    QStringList changes;
    for (const QJsonValue &transition : entry.value(QLatin1String("transitions")).toArray())
        changes.append(transition.toObject().value(QLatin1String("change")).toString());
    return changes;
}

} // namespace

class TestFileHistory final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    FakeCivitai m_server;
    QString m_knownHash;

    CliResult run(const QStringList &extra = {})
    {
        CliRun run;
        run.arguments = QStringList { QStringLiteral("--all"), m_folder.models(),
                                      QStringLiteral("--output"), m_folder.output() }
            + extra;
        run.apiBase = m_server.baseUrl();
        return run.run();
    }

    QJsonObject history(const QString &folder = QStringLiteral("known"))
    {
        FileHistory history(m_folder.output());
        if (!history.load())
            return {};
        return history.entry(folder);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        QVERIFY(m_folder.reset());
        m_server.forgetModel(555);
        const QByteArray known = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 96);
        m_knownHash = FileHasher::hashBytes(known);
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")), known));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("never.safetensors")),
                                          SafetensorsFactory::build({}, 112)));
        m_server.addModelFile(m_knownHash, 555, 666, 2);
        const CliResult first = run({ QStringLiteral("--images") });
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        const QJsonObject entry = history();
        QCOMPARE(entry.value(QLatin1String("civitai")).toString(), QStringLiteral("found"));
        QCOMPARE(entry.value(QLatin1String("last_confirmed_host")).toString(),
                 m_server.baseUrl().toString());
        QCOMPARE(entry.value(QLatin1String("sha256")).toString(), m_knownHash.toLower());
        QVERIFY(!entry.value(QLatin1String("first_archived")).toString().isEmpty());
        QVERIFY(changesOf(entry).isEmpty());
        QCOMPARE(history(QStringLiteral("never")).value(QLatin1String("civitai")).toString(),
                 QStringLiteral("never_found"));
    }

    void aRemovedModelIsListedAndItsArchiveLeftUntouched()
    {
        const QString archived = m_folder.output(QStringLiteral("known"));
        // The model's gallery page is no archived data: it shows the removal.
        const auto before = snapshot(archived, QStringLiteral("known.html"));
        QVERIFY(before.size() >= 6); // hash, metadata, version, model, previews and their records
        const QString lastConfirmed = history().value(QLatin1String("last_confirmed")).toString();

        m_server.forgetModel(555);
        const CliResult second = run({ QStringLiteral("--images") });
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QVERIFY2(second.out.contains(QLatin1String("Removed from Civitai since the last check")),
                 qPrintable(second.out));
        QVERIFY2(second.out.contains(m_folder.models(QStringLiteral("known.safetensors"))
                                     + QStringLiteral(": last confirmed ")
                                     + lastConfirmed.left(10)),
                 qPrintable(second.out));
        QVERIFY2(!second.out.contains(QLatin1String("never.safetensors: last confirmed")),
                 qPrintable(second.out));
        QCOMPARE(snapshot(archived, QStringLiteral("known.html")), before);
        QVERIFY(missingNames(m_folder.output()).contains(QStringLiteral("known.safetensors")));
        QJsonObject entry = history();
        QCOMPARE(entry.value(QLatin1String("civitai")).toString(), QStringLiteral("removed"));
        QCOMPARE(FileHistory::removedSince(entry), lastConfirmed);
        QCOMPARE(changesOf(entry), QStringList { QStringLiteral("removed_from_civitai") });
        // The gallery says so: the page written again with its badge and history.
        const QByteArray page = readFile(m_folder.output(QStringLiteral("known/known.html")));
        QVERIFY(page.contains("<p class=\"badge removed\">"));
        QVERIFY(page.contains("</time> Removed from Civitai</li>"));

        // Still gone: nothing new to say, and the history stays as it was.
        const QByteArray recorded = readFile(m_folder.output(FileHistory::fileName()));
        const CliResult third = run();
        QVERIFY2(!third.out.contains(QLatin1String("Removed from Civitai")), qPrintable(third.out));
        QCOMPARE(readFile(m_folder.output(FileHistory::fileName())), recorded);

        // Back on Civitai: found again, no longer removed or missing.
        m_server.addModelFile(m_knownHash, 555, 666, 2);
        const CliResult fourth = run();
        QVERIFY2(fourth.exitCode == 0, qPrintable(fourth.out + fourth.err));
        entry = history();
        QCOMPARE(entry.value(QLatin1String("civitai")).toString(), QStringLiteral("found"));
        QCOMPARE(changesOf(entry),
                 (QStringList { QStringLiteral("removed_from_civitai"),
                                QStringLiteral("found_again") }));
        QVERIFY(!missingNames(m_folder.output()).contains(QStringLiteral("known.safetensors")));
    }

    // A first run of 100,000 files notes each one, and the history keeps every entry to the end:
    // each costs its own texts (the newer version's link) and little more.
    void holdsAnEntryInLittleMoreThanItsText()
    {
#ifdef Q_OS_LINUX
        constexpr int Files = 100000;
        QStringList folders;
        QStringList paths;
        for (int i = 0; i < Files; ++i) {
            folders.append(QStringLiteral("lora_%1").arg(i, 6, 10, QLatin1Char('0')));
            paths.append(QStringLiteral("/models/%1/lora_%2.safetensors").arg(i / 1000).arg(i));
        }
        QTemporaryDir dir;
        FileHistory history(dir.path());
        FileReport report;
        report.status = FileReport::Status::Done;
        report.civitai = FileReport::Civitai::Archived;
        report.sourceHost = QStringLiteral("https://civitai.red");
        report.updateAvailable = true;
        const QDateTime now(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        const qint64 before = ProcessMemory::kib("VmRSS");
        for (int i = 0; i < Files; ++i) {
            report.path = paths.at(i);
            report.folder = folders.at(i);
            report.sha256 = FileHasher::hashBytes(QByteArray::number(i));
            report.newerVersionUrl
                = QStringLiteral("https://civitai.red/models/%1?modelVersionId=%2").arg(i).arg(i);
            history.note(report, now);
        }
        const qint64 perEntry = (ProcessMemory::kib("VmRSS") - before) * 1024 / Files;
        qInfo("%lld bytes an entry beside its path and folder", perEntry);
        QCOMPARE(history.count(), Files);
        QVERIFY2(perEntry < 440, qPrintable(QStringLiteral("%1 bytes").arg(perEntry)));
#else
        QSKIP("memory is read from /proc/self/status");
#endif
    }

    // Only changes are due for a write: a confirmation the same day is none.
    void aConfirmationTheSameDayChangesNothing()
    {
        FileHistory history(m_folder.output());
        QVERIFY(history.load());
        FileReport report;
        report.path = m_folder.models(QStringLiteral("known.safetensors"));
        report.folder = QStringLiteral("known");
        report.sha256 = m_knownHash;
        report.civitai = FileReport::Civitai::UpToDate;
        report.sourceHost = m_server.baseUrl().toString();
        const QDateTime today(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC);
        history.note(report, today);
        QVERIFY(history.saveChanges());
        history.note(report, today.addSecs(60));
        QVERIFY(!history.isDirty());
        history.note(report, today.addDays(1));
        QVERIFY(history.isDirty());
        QCOMPARE(history.entry(QStringLiteral("known")).value(QLatin1String("last_confirmed")),
                 today.addDays(1).date().toString(Qt::ISODate));
    }

    // Days and times are UTC, read back as written whatever the local time zone (a day read as
    // local midnight was the day before east of Greenwich, and every file "changed" each run).
    void itsDatesReadBackAsWrittenInAnyTimeZone()
    {
#ifdef Q_OS_UNIX
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "Asia/Tokyo");
        tzset();
        auto restore = qScopeGuard([&] {
            zone.isNull() ? qunsetenv("TZ") : qputenv("TZ", zone);
            tzset();
        });
        QVERIFY(JsonFile::write(
            m_folder.output(FileHistory::fileName()),
            QByteArray(R"({"version": 1, "files": {"known": {"path": "/m/known.safetensors",
                "sha256": "ab", "first_archived": "2026-05-31T23:30:00Z", "civitai": "found",
                "last_confirmed": "2026-06-01"}, "other": {"path": "/m/other.safetensors",
                "sha256": "cd", "first_archived": "2026-06-01T12:00:00+02:00",
                "civitai": "never_found"}}})")));
        FileHistory history(m_folder.output());
        QVERIFY(history.load());
        const QJsonObject known = history.entry(QStringLiteral("known"));
        QCOMPARE(known.value(QLatin1String("first_archived")).toString(),
                 QStringLiteral("2026-05-31T23:30:00Z"));
        QCOMPARE(known.value(QLatin1String("last_confirmed")).toString(),
                 QStringLiteral("2026-06-01"));
        QCOMPARE(history.entry(QStringLiteral("other")).value(QLatin1String("first_archived")),
                 QStringLiteral("2026-06-01T10:00:00Z"));
#else
        QSKIP("sets the time zone through TZ");
#endif
    }

    // 100,000 files' history is read an entry at a time, not parsed whole beside its entries;
    // laid out otherwise (by hand, by another program), it reads the same.
    void readsALargeHistoryAnEntryAtATime()
    {
#ifdef Q_OS_LINUX
        constexpr int Files = 20000;
        QByteArray lines = "{\n    \"version\": 1,\n    \"files\": {";
        for (int i = 0; i < Files; ++i)
            lines += QByteArray(i ? ",\n        " : "\n        ") + "\"model_"
                + QByteArray::number(i) + "\": {\"path\": \"/collection/models/model_"
                + QByteArray::number(i) + ".safetensors\", \"sha256\": \""
                + FileHasher::hashBytes(QByteArray::number(i)).toLatin1()
                + "\", \"first_archived\": \"2026-05-31T23:30:00Z\", \"civitai\": \"found\", "
                  "\"last_confirmed\": \"2026-06-01\", \"last_confirmed_host\": "
                  "\"https://civitai.red\", \"transitions\": [{\"date\": \"2026-06-01T10:00:00Z\", "
                  "\"change\": \"found_again\"}]}";
        lines += "\n    }\n}\n";
        const QString path = m_folder.output(FileHistory::fileName());
        QVERIFY(JsonFile::write(path, lines));
        const ProcessMemory::PeakGrowth growth;
        QVERIFY(growth.started());
        FileHistory history(m_folder.output());
        QVERIFY(history.load());
        const qint64 grown = growth.kib();
        QCOMPARE(history.count(), Files);
        qInfo("%d files: %lld KiB of history, peak memory grew %lld KiB", Files,
              qint64(lines.size() / 1024), grown);
        QVERIFY2(grown < 4 * lines.size() / 1024, qPrintable(QStringLiteral("%1 KiB").arg(grown)));
        const QJsonObject entry = history.entry(QStringLiteral("model_17"));

        QVERIFY(
            JsonFile::write(path, QJsonDocument::fromJson(lines).toJson(QJsonDocument::Indented)));
        FileHistory indented(m_folder.output());
        QVERIFY(indented.load());
        QCOMPARE(indented.count(), Files);
        QCOMPARE(indented.entry(QStringLiteral("model_17")), entry);
        QCOMPARE(entry.value(QLatin1String("last_confirmed_host")).toString(),
                 QStringLiteral("https://civitai.red"));
        QCOMPARE(changesOf(entry), QStringList { QStringLiteral("found_again") });

        // Saved a piece at a time: never the whole text in memory.
        FileReport report;
        report.path = QStringLiteral("/collection/models/new.safetensors");
        report.folder = QStringLiteral("new");
        report.sha256 = FileHasher::hashBytes("new");
        report.civitai = FileReport::Civitai::UpToDate;
        indented.note(report);
        QVERIFY(indented.isDirty());
        const ProcessMemory::PeakGrowth saveGrowth;
        QVERIFY(saveGrowth.started());
        QVERIFY(indented.saveChanges());
        const qint64 grownBySave = saveGrowth.kib();
        const qint64 savedKib = QFileInfo(path).size() / 1024;
        qInfo("saving %lld KiB of history grew the peak by %lld KiB", savedKib, grownBySave);
        QVERIFY2(grownBySave < savedKib / 2,
                 qPrintable(QStringLiteral("%1 KiB").arg(grownBySave)));
        FileHistory saved(m_folder.output());
        QVERIFY(saved.load());
        QCOMPARE(saved.count(), Files + 1);
        QCOMPARE(saved.entry(QStringLiteral("model_17")), entry);
#else
        QSKIP("peak memory is read from /proc/self/status");
#endif
    }

    // The window reads the removed files after every run: in one pass that gives the file's
    // pages back as it goes (mapped, they count as resident: 40 MB at 100,000 files). What
    // the peak grows by is then about 4 MB, for 10 MB of history as for 20 MB.
    void listsTheRemovedFilesWithoutHoldingTheHistory()
    {
#ifdef Q_OS_LINUX
        constexpr int Files = 80000;
        QByteArray text = "{\"version\": 1, \"files\": {";
        for (int i = 0; i < Files; ++i)
            text += QByteArray(i ? ", " : "") + "\"model_" + QByteArray::number(i)
                + "\": {\"path\": \"/collection/models/model_" + QByteArray::number(i)
                + ".safetensors\", \"sha256\": \""
                + FileHasher::hashBytes(QByteArray::number(i)).toLatin1()
                + "\", \"first_archived\": \"2026-05-31T23:30:00Z\", \"civitai\": \""
                + (i % 1000 == 7 ? "removed" : "found")
                + "\", \"last_confirmed\": \"2026-06-01\", \"transitions\": []}";
        text += "}}";
        QVERIFY(JsonFile::write(m_folder.output(FileHistory::fileName()), text));

        const ProcessMemory::PeakGrowth growth;
        QVERIFY(growth.started());
        const QHash<QString, QString> removed = FileHistory::removedFiles(m_folder.output());
        const qint64 grown = growth.kib();
        QCOMPARE(removed.size(), Files / 1000);
        QCOMPARE(removed.value(QStringLiteral("model_79007")), QStringLiteral("2026-06-01"));
        qInfo("%lld KiB of history, peak memory grew %lld KiB", qint64(text.size() / 1024), grown);
        QVERIFY2(grown < text.size() / 1024 / 3, qPrintable(QStringLiteral("%1 KiB").arg(grown)));
#else
        QSKIP("peak memory is read from /proc/self/status");
#endif
    }

    void aModeChangeIsRecorded_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("key");
        QTest::newRow("archived") << QStringLiteral("Archived") << QStringLiteral("archived");
        QTest::newRow("taken down") << QStringLiteral("TakenDown") << QStringLiteral("taken_down");
    }

    void aModeChangeIsRecorded()
    {
        QFETCH(QString, mode);
        QFETCH(QString, key);
        m_server.setModelMode(555, mode);
        const CliResult second = run();
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        const QJsonObject entry = history();
        QCOMPARE(entry.value(QLatin1String("model_mode")).toString(), key);
        QCOMPARE(changesOf(entry), QStringList { QStringLiteral("model_mode") });
        const QJsonObject change
            = entry.value(QLatin1String("transitions")).toArray().at(0).toObject();
        QCOMPARE(change.value(QLatin1String("from")).toString(), QStringLiteral("normal"));
        QCOMPARE(change.value(QLatin1String("to")).toString(), key);
        QCOMPARE(entry.value(QLatin1String("civitai")).toString(), QStringLiteral("found"));
    }

    void aNewerVersionIsRecordedOnce()
    {
        m_server.addModelFile(QStringLiteral("ab").repeated(32), 555, 667, 1);
        const CliResult second = run();
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QJsonObject entry = history();
        QCOMPARE(changesOf(entry), QStringList { QStringLiteral("newer_version") });
        QCOMPARE(entry.value(QLatin1String("transitions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("version"))
                     .toString(),
                 QStringLiteral("v667"));
        run();
        QCOMPARE(changesOf(history()), QStringList { QStringLiteral("newer_version") });
    }

    void aChangedAndAGoneFileAreRecorded()
    {
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")),
                                          SafetensorsFactory::build({}, 130)));
        QVERIFY(QFile::remove(m_folder.models(QStringLiteral("never.safetensors"))));
        const CliResult second = run();
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        // Another file in its place is not the old one removed from Civitai.
        QVERIFY2(!second.out.contains(QLatin1String("Removed from Civitai")),
                 qPrintable(second.out));
        const QJsonObject changed = history();
        QCOMPARE(changesOf(changed), QStringList { QStringLiteral("file_changed") });
        QCOMPARE(changed.value(QLatin1String("civitai")).toString(), QStringLiteral("never_found"));
        const QJsonObject gone = history(QStringLiteral("never"));
        QCOMPARE(changesOf(gone), QStringList { QStringLiteral("gone_from_disk") });
        QCOMPARE(gone.value(QLatin1String("on_disk")).toBool(true), false);
    }

    // Only the history changes: the gallery's cache must not keep the page as it was.
    void aFileGoneFromDiskIsOnItsPage()
    {
        QVERIFY(QFile::remove(m_folder.models(QStringLiteral("never.safetensors"))));
        const CliResult second = run();
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QCOMPARE(changesOf(history(QStringLiteral("never"))),
                 QStringList { QStringLiteral("gone_from_disk") });
        QVERIFY(readFile(m_folder.output(QStringLiteral("never/never.html")))
                    .contains("</time> The model file is gone from disk</li>"));
    }

    // A history that cannot be read is the user's: it is reported and left as it is.
    void aDamagedHistoryIsLeftAsItIs()
    {
        const QString path = m_folder.output(FileHistory::fileName());
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{\"files\": [");
        damaged.close();
        m_server.forgetModel(555);
        const CliResult second = run();
        QVERIFY2(second.out.contains(FileHistory::fileName()), qPrintable(second.out));
        QCOMPARE(readFile(path), QByteArray("{\"files\": ["));
    }

    void anArchiveOlderThanItsHistoryStillTellsARemoval()
    {
        QVERIFY(QFile::remove(m_folder.output(FileHistory::fileName())));
        m_server.forgetModel(555);
        const CliResult second = run();
        QVERIFY2(second.out.contains(QLatin1String("Removed from Civitai since the last check")),
                 qPrintable(second.out));
        QCOMPARE(history().value(QLatin1String("civitai")).toString(), QStringLiteral("removed"));
    }

    // Issue 15 §1: --recheck looks at the files --onlynew would skip, and downloads nothing.
    void aRecheckSeesWhatOnlyNewSkipsAndDownloadsNothing()
    {
        const QString preview = m_folder.output(QStringLiteral("known/known_preview_1.mp4"));
        QVERIFY(QFile::remove(preview)); // an ordinary run would fetch it again
        m_server.addModelFile(QStringLiteral("cd").repeated(32), 555, 667, 1);
        m_server.clearRequests();
        const QStringList shortcuts { QStringLiteral("--onlynew"), QStringLiteral("--skipmissing"),
                                      QStringLiteral("--images") };
        const CliResult recheck = run(shortcuts + QStringList { QStringLiteral("--recheck") });
        QVERIFY2(recheck.exitCode == 0, qPrintable(recheck.out + recheck.err));
        QVERIFY2(
            recheck.err.contains(QLatin1String("--recheck ignores --onlynew and --skipmissing"))
                || recheck.out.contains(
                    QLatin1String("--recheck ignores --onlynew and --skipmissing")),
            qPrintable(recheck.out + recheck.err));
        QCOMPARE(changesOf(history()), QStringList { QStringLiteral("newer_version") });
        QVERIFY(!QFile::exists(preview));
        QStringList asked;
        for (const FakeCivitai::Request &request : m_server.requests())
            asked.append(request.path);
        // Both files sorted in one request, the known one's model in another: nothing else.
        QCOMPARE(asked,
                 (QStringList { QStringLiteral("/api/v1/model-versions/by-hash/ids"),
                                QStringLiteral("/api/v1/models") }));

        const CliResult conflict
            = run({ QStringLiteral("--recheck"), QStringLiteral("--onlyupdate") });
        QCOMPARE(conflict.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestFileHistory)
#include "tst_filehistory.moc"
