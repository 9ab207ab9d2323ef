// What the command line prints for a run: the live progress line on a terminal, one line per
// file in a log, the summary, the failures, and nothing from a name that reaches the terminal as
// a control code. The run's signals are emitted by hand; the lines land in a temporary file.
#include "app/cli/consolereporter.h"
#include "core/archiverun.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

#include <cstdio>
#include <memory>

namespace {

struct CloseFile
{
    void operator()(FILE *file) const { std::fclose(file); }
};

FileReport archived(const QString &path)
{
    FileReport report;
    report.path = path;
    report.civitai = FileReport::Civitai::Archived;
    report.modelName = QStringLiteral("Lighthouse");
    report.versionName = QStringLiteral("v2");
    report.modelType = QStringLiteral("LORA");
    report.previewsDownloaded = 2;
    return report;
}

FileReport failed(const QString &path, const QString &error)
{
    FileReport report;
    report.path = path;
    report.status = FileReport::Status::Failed;
    report.error = error;
    return report;
}

RunProgress progressOf(int done, int total)
{
    RunProgress progress;
    progress.filesDone = done;
    progress.filesTotal = total;
    progress.step = QStringLiteral("hashing");
    return progress;
}

} // namespace

class TestConsoleReporter final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FILE, CloseFile> m_out;
    std::unique_ptr<ArchiveRun> m_run;

    std::unique_ptr<ConsoleReporter> reporter(CommandLine::Verbosity verbosity, bool interactive)
    {
        return std::make_unique<ConsoleReporter>(m_run.get(), verbosity, interactive, m_out.get());
    }

    // Everything printed so far.
    QString printed() const
    {
        std::fflush(m_out.get());
        const long size = std::ftell(m_out.get());
        QByteArray bytes(size, '\0');
        std::rewind(m_out.get());
        const size_t read = std::fread(bytes.data(), 1, size_t(size), m_out.get());
        std::fseek(m_out.get(), 0, SEEK_END);
        return QString::fromUtf8(bytes.left(qsizetype(read)));
    }

private Q_SLOTS:
    void init()
    {
        m_out.reset(std::tmpfile());
        QVERIFY(m_out);
        m_run = std::make_unique<ArchiveRun>(RunOptions {});
    }

    void cleanup()
    {
        m_run.reset();
        m_out.reset();
    }

    void printsOneLinePerFileInALog()
    {
        const auto console = reporter(CommandLine::Verbosity::Normal, false);
        Q_EMIT m_run->progressChanged(progressOf(0, 2));
        FileReport update = archived(QStringLiteral("/models/lighthouse.safetensors"));
        update.updateAvailable = true;
        Q_EMIT m_run->fileFinished(update);
        FileReport cached;
        cached.path = QStringLiteral("/models/plain.safetensors");
        cached.hashFromCache = true;
        Q_EMIT m_run->fileFinished(cached);
        QCOMPARE(printed(),
                 QStringLiteral("[1/2] archived /models/lighthouse.safetensors (Lighthouse v2, "
                                "LORA), 2 preview(s), newer version on Civitai\n"
                                "[2/2] cached /models/plain.safetensors\n"));
    }

    // A newer version that is early access or paid, or of an archived model, says so wherever it
    // is listed: the page link, never a plain download.
    void tellsAGatedNewerVersionFromADownload()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        const auto console = reporter(CommandLine::Verbosity::Normal, false);
        Q_EMIT m_run->progressChanged(progressOf(0, 2));
        FileReport early = archived(QStringLiteral("/models/early.safetensors"));
        early.updateAvailable = true;
        early.newerVersion = QStringLiteral("v3");
        early.newerVersionUrl = QStringLiteral("https://civitai.com/models/7?modelVersionId=3");
        early.newerAccess = { VersionAccess::Kind::EarlyAccess,
                              QDateTime(QDate(2099, 12, 31), QTime(12, 0), Qt::UTC) };
        FileReport paid = archived(QStringLiteral("/models/paid.safetensors"));
        paid.updateAvailable = true;
        paid.newerVersion = QStringLiteral("v9");
        paid.newerVersionUrl = QStringLiteral("https://civitai.com/models/8?modelVersionId=9");
        paid.newerAccess = { VersionAccess::Kind::Paid, {} };
        paid.modelMode = ModelMode::Mode::Archived;
        Q_EMIT m_run->fileFinished(early);
        Q_EMIT m_run->fileFinished(paid);
        RunSummary summary;
        summary.updates = { early, paid };
        Q_EMIT m_run->finished(summary);
        const QStringList lines = printed().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0),
                 QStringLiteral("[1/2] archived /models/early.safetensors (Lighthouse v2, LORA), 2 "
                                "preview(s), newer version on Civitai (Early access until "
                                "12/31/2099)"));
        QCOMPARE(
            lines.value(1),
            QStringLiteral("[2/2] archived /models/paid.safetensors (Lighthouse v2, LORA), 2 "
                           "preview(s), newer version on Civitai (Paid · Archived on Civitai)"));
        const int list = int(lines.indexOf(QStringLiteral("Newer versions on Civitai:")));
        QVERIFY2(list > 0, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.value(list + 1),
                 QStringLiteral("  /models/early.safetensors: v3 (Early access until 12/31/2099) "
                                "https://civitai.com/models/7?modelVersionId=3"));
        QCOMPARE(lines.value(list + 2),
                 QStringLiteral("  /models/paid.safetensors: v9 (Paid · Archived on Civitai) "
                                "https://civitai.com/models/8?modelVersionId=9"));
    }

    void showsALiveLineOnATerminalAndScrollsOnlyFailures()
    {
        const auto console = reporter(CommandLine::Verbosity::Normal, true);
        RunProgress progress = progressOf(1, 3);
        progress.bytesDone = 1 << 20;
        progress.bytesTotal = 3 << 20;
        progress.elapsedMs = 1000;
        progress.requestsMade = 4;
        Q_EMIT m_run->progressChanged(progress);
        QCOMPARE(printed(),
                 QStringLiteral(
                     "\r\033[K[1/3] hashing  1.0 MiB / 3.0 MiB  1 MB/s  ETA 0:02  4 requests"));
        Q_EMIT m_run->fileFinished(archived(QStringLiteral("/models/a.safetensors")));
        Q_EMIT m_run->fileFinished(
            failed(QStringLiteral("/models/b.safetensors"), QStringLiteral("cannot read it")));
        // The failure erases the live line, then has a line of its own.
        QVERIFY2(printed().endsWith(QStringLiteral(
                     "\r\033[K[2/3] FAILED /models/b.safetensors: cannot read it\n")),
                 qPrintable(printed()));
        QVERIFY(!printed().contains(QLatin1String("a.safetensors")));
    }

    void keepsQuietButForFailures()
    {
        const auto console = reporter(CommandLine::Verbosity::Quiet, true);
        Q_EMIT m_run->progressChanged(progressOf(0, 2));
        Q_EMIT m_run->fileFinished(archived(QStringLiteral("/models/a.safetensors")));
        RunSummary summary;
        summary.filesFound = 1;
        summary.filesDone = 1;
        Q_EMIT m_run->finished(summary);
        QCOMPARE(printed(), QString());

        Q_EMIT m_run->fileFinished(
            failed(QStringLiteral("/models/b.safetensors"), QStringLiteral("gone")));
        QCOMPARE(printed(), QStringLiteral("[2/2] FAILED /models/b.safetensors: gone\n"));
    }

    void summarisesTheRunAndListsTheFailures()
    {
        const auto console = reporter(CommandLine::Verbosity::Normal, false);
        RunSummary summary;
        summary.filesFound = 3;
        summary.filesDone = 2;
        summary.filesHashed = 2;
        summary.filesFromCache = 1;
        summary.bytesHashed = 2048;
        summary.elapsedMs = 1500;
        summary.requestsMade = 5;
        summary.filesUpToDate = 1;
        summary.filesNotOnCivitai = 1;
        summary.previewsDownloaded = 2;
        summary.warnings = { QStringLiteral("a preview was too large") };
        summary.failures = { failed(QStringLiteral("/models/c.safetensors"),
                                    QStringLiteral("not a safetensors file")) };
        Q_EMIT m_run->finished(summary);
        const QStringList lines = printed().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0),
                 QStringLiteral("Finished in 1.5 s: 3 files found, 2 done, 2 hashed (2.0 KiB), 1 "
                                "from cache, 1 failed."));
        QCOMPARE(lines.value(1),
                 QStringLiteral("Civitai: 5 requests, 1 up to date, 1 not on Civitai, 2 preview(s) "
                                "downloaded, 0 with a newer version (updates_available.json)."));
        QCOMPARE(
            lines.mid(2),
            (QStringList { QStringLiteral("Warnings:"), QStringLiteral("  a preview was too large"),
                           QStringLiteral("Failed files:"),
                           QStringLiteral("  /models/c.safetensors: not a safetensors file"),
                           QString() }));
        QCOMPARE(ConsoleReporter::exitCode(summary), 1);
    }

    void saysHowToResumeAnInterruptedRun()
    {
        const auto console = reporter(CommandLine::Verbosity::Normal, false);
        RunSummary summary;
        summary.cancelled = true;
        Q_EMIT m_run->finished(summary);
        QVERIFY2(printed().startsWith(QLatin1String("Interrupted in 0.0 s: ")),
                 qPrintable(printed()));
        QVERIFY2(printed().endsWith(
                     QLatin1String("Progress was saved; run the same command again to resume.\n")),
                 qPrintable(printed()));
        QCOMPARE(ConsoleReporter::exitCode(summary), 130);
        QCOMPARE(ConsoleReporter::exitCode(RunSummary {}), 0);
    }

    void printsNoControlCodeFromANameOrAnAnswer()
    {
        const auto console = reporter(CommandLine::Verbosity::Normal, false);
        Q_EMIT m_run->progressChanged(progressOf(0, 1));
        FileReport report = archived(QStringLiteral("/models/\x1b]0;owned\x07\nfake.safetensors"));
        report.modelName = QStringLiteral("Evil\x1b[2J");
        Q_EMIT m_run->fileFinished(report);
        RunSummary summary;
        summary.fatalError = QStringLiteral("disk\rfull");
        Q_EMIT m_run->finished(summary);
        const QString out = printed();
        QVERIFY2(out.contains(QLatin1String(
                     "/models/\\x1b]0;owned\\x07\\nfake.safetensors (Evil\\x1b[2J v2")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Error: disk\\rfull\n")), qPrintable(out));
        for (const QChar c : out)
            QVERIFY2(c == QLatin1Char('\n') || c.category() != QChar::Other_Control,
                     qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestConsoleReporter)
#include "tst_consolereporter.moc"
