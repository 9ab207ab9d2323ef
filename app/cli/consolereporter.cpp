#include "app/cli/consolereporter.h"

#include "app/cli/terminaltext.h"
#include "core/archiverun.h"
#include "core/displayformat.h"
#include "core/updatesavailable.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>

namespace {

std::atomic<FILE *> s_liveLineStream { nullptr };

// " (Early access until 12/31/2026)" after a newer version that is no plain download (its page
// says how to get it); empty for a public one.
QString noticeOf(const FileReport &update)
{
    const QString notice = UpdatesAvailable::notice(update.newerAccess, update.modelMode);
    return notice.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(notice);
}

QString statusWord(const FileReport &report)
{
    switch (report.status) {
    case FileReport::Status::Done:
        switch (report.civitai) {
        case FileReport::Civitai::NotChecked:
            return report.hashFromCache ? QCoreApplication::translate("ConsoleReporter", "cached")
                                        : QCoreApplication::translate("ConsoleReporter", "hashed");
        case FileReport::Civitai::Archived:
            return QCoreApplication::translate("ConsoleReporter", "archived");
        case FileReport::Civitai::UpToDate:
            return QCoreApplication::translate("ConsoleReporter", "up to date");
        case FileReport::Civitai::NotFound:
            return report.fromCivArchive
                ? QCoreApplication::translate("ConsoleReporter",
                                              "not on Civitai, archived from CivArchive")
                : QCoreApplication::translate("ConsoleReporter", "not on Civitai");
        }
        break;
    case FileReport::Status::Failed:
        return QCoreApplication::translate("ConsoleReporter", "FAILED");
    case FileReport::Status::Skipped:
        return QCoreApplication::translate("ConsoleReporter", "skipped");
    case FileReport::Status::Cancelled:
        return QCoreApplication::translate("ConsoleReporter", "cancelled");
    }
    return {};
}

} // namespace

ConsoleReporter::ConsoleReporter(ArchiveRun *run, CommandLine::Verbosity verbosity,
                                 bool interactive, FILE *out, QObject *parent)
    : QObject(parent)
    , m_verbosity(verbosity)
    , m_interactive(interactive && verbosity != CommandLine::Verbosity::Quiet)
    , m_out(out)
{
    connect(run, &ArchiveRun::progressChanged, this, &ConsoleReporter::showProgress);
    connect(run, &ArchiveRun::fileFinished, this, &ConsoleReporter::showFile);
    connect(run, &ArchiveRun::finished, this, &ConsoleReporter::showSummary);
    connect(run, &ArchiveRun::waiting, this, &ConsoleReporter::showWait);
}

ConsoleReporter::~ConsoleReporter()
{
    clearLiveLine();
}

int ConsoleReporter::exitCode(const RunSummary &summary)
{
    if (summary.cancelled)
        return 130; // the shell's convention for SIGINT
    if (summary.refusal == RunSummary::Refusal::ArchiveBusy)
        return 3;
    return summary.succeeded() ? 0 : 1;
}

void ConsoleReporter::clearLiveLine()
{
    if (FILE *stream = s_liveLineStream.exchange(nullptr)) {
        std::fputs("\r\033[K", stream);
        std::fflush(stream);
    }
}

void ConsoleReporter::print(const QString &line)
{
    clearLiveLine();
    // Whatever a name slipped into the line, it cannot reach the terminal as a control code.
    std::fputs(TerminalText::escapedKeepingLines(line).toUtf8().append('\n').constData(), m_out);
    std::fflush(m_out);
}

void ConsoleReporter::showProgress(const RunProgress &progress)
{
    m_filesTotal = progress.filesTotal;
    if (!m_interactive)
        return;
    QString line = QCoreApplication::translate("ConsoleReporter", "[%1/%2] %3")
                       .arg(progress.filesDone)
                       .arg(progress.filesTotal)
                       .arg(TerminalText::escaped(progress.step));
    if (progress.bytesDone < progress.bytesTotal) { // while hashing; afterwards it only adds noise
        line += QCoreApplication::translate("ConsoleReporter", "  %1 / %2  %3 MB/s  ETA %4")
                    .arg(DisplayFormat::bytes(progress.bytesDone), DisplayFormat::bytes(progress.bytesTotal))
                    .arg(progress.bytesPerSecond() / 1e6, 0, 'f', 0)
                    .arg(DisplayFormat::duration(progress.etaSeconds()));
    }
    if (progress.requestsMade > 0)
        line += QCoreApplication::translate("ConsoleReporter", "  %1 requests")
                    .arg(progress.requestsMade);
    if (progress.waitMs > 0)
        line += QCoreApplication::translate("ConsoleReporter", "  waiting %1 s: %2")
                    .arg((progress.waitMs + 999) / 1000)
                    .arg(TerminalText::escaped(progress.waitReason));
    std::fputs(QStringLiteral("\r\033[K%1").arg(TerminalText::escaped(line)).toUtf8().constData(),
               m_out);
    std::fflush(m_out);
    s_liveLineStream = m_out;
}

void ConsoleReporter::showWait(RequestQueue::WaitKind kind, const QString &reason, qint64 msecs)
{
    // The live line shows every wait; a log gets the ones worth knowing about, not each polite
    // pause.
    if (m_interactive || m_verbosity == CommandLine::Verbosity::Quiet || msecs < 2000
        || kind == RequestQueue::WaitKind::PolitePause)
        return;
    print(QCoreApplication::translate("ConsoleReporter", "Waiting %1 s: %2")
              .arg((msecs + 999) / 1000)
              .arg(TerminalText::escaped(reason)));
}

void ConsoleReporter::showFile(const FileReport &report)
{
    ++m_filesReported;
    if (m_verbosity == CommandLine::Verbosity::Quiet && report.status != FileReport::Status::Failed)
        return;
    if (m_interactive && report.status != FileReport::Status::Failed
        && m_verbosity != CommandLine::Verbosity::Verbose)
        return; // the live line shows progress; only failures scroll by
    QString line = QCoreApplication::translate("ConsoleReporter", "[%1/%2] %3 %4")
                       .arg(m_filesReported)
                       .arg(m_filesTotal)
                       .arg(statusWord(report), TerminalText::escaped(report.path));
    if (!report.modelName.isEmpty())
        line += QCoreApplication::translate("ConsoleReporter", " (%1 %2, %3)")
                    .arg(TerminalText::escaped(report.modelName),
                         TerminalText::escaped(report.versionName),
                         TerminalText::escaped(report.modelType));
    if (report.previewsDownloaded > 0)
        line += QCoreApplication::translate("ConsoleReporter", ", %1 preview(s)")
                    .arg(report.previewsDownloaded);
    if (report.updateAvailable)
        line += QCoreApplication::translate("ConsoleReporter", ", newer version on Civitai")
            + noticeOf(report);
    if (!report.error.isEmpty())
        line += QStringLiteral(": ") + TerminalText::escaped(report.error);
    print(line);
}

// `updates` may be the first ones only (the summary keeps a few): `total` counts them all.
void ConsoleReporter::showUpdates(const QList<FileReport> &updates, int total)
{
    print(QCoreApplication::translate("ConsoleReporter", "Newer versions on Civitai:"));
    constexpr int Shown = 20;
    for (const FileReport &update : updates.mid(0, Shown))
        print(QStringLiteral("  %1: %2%3 %4")
                  .arg(TerminalText::escaped(update.path),
                       TerminalText::escaped(update.newerVersion), noticeOf(update),
                       TerminalText::escaped(update.newerVersionUrl)));
    if (total > Shown)
        print(QCoreApplication::translate("ConsoleReporter",
                                          "  ... and %1 more in updates_available.json")
                  .arg(total - Shown));
}

// Files Civitai forgot in this run; `removed` may be the first ones only, `total` counts them all.
void ConsoleReporter::showRemoved(const QList<FileReport> &removed, int total)
{
    print(QCoreApplication::translate(
        "ConsoleReporter",
        "Removed from Civitai since the last check (their archived data is kept):"));
    constexpr int Shown = 20;
    for (const FileReport &file : removed.mid(0, Shown)) {
        const QString name = file.modelName.isEmpty()
            ? QString()
            : QStringLiteral(" (%1 %2)")
                  .arg(TerminalText::escaped(file.modelName),
                       TerminalText::escaped(file.versionName));
        //: %1 is a model file's path with its model's name, %2 the date Civitai last knew it
        print(QCoreApplication::translate("ConsoleReporter", "  %1: last confirmed %2")
                  .arg(TerminalText::escaped(file.path) + name, file.removedSince));
    }
    if (total > Shown)
        print(
            QCoreApplication::translate("ConsoleReporter", "  ... and %1 more in file_history.json")
                .arg(total - Shown));
}

void ConsoleReporter::showSummary(const RunSummary &summary)
{
    clearLiveLine();
    if (summary.refusal != RunSummary::Refusal::None) {
        // Nothing ran: the lock's sentence alone, where errors go.
        std::fputs(
            TerminalText::escapedKeepingLines(summary.fatalError).toUtf8().append('\n').constData(),
            stderr);
        return;
    }
    if (!summary.fatalError.isEmpty())
        print(QCoreApplication::translate("ConsoleReporter", "Error: %1")
                  .arg(TerminalText::escaped(summary.fatalError)));
    if (m_verbosity == CommandLine::Verbosity::Quiet && summary.failures.isEmpty())
        return;

    const double seconds = summary.elapsedMs / 1000.0;
    QString line
        = QCoreApplication::translate("ConsoleReporter",
                                      "%1 in %2 s: %3 files found, %4 done, %5 hashed (%6")
              .arg(summary.cancelled ? QCoreApplication::translate("ConsoleReporter", "Interrupted")
                                     : QCoreApplication::translate("ConsoleReporter", "Finished"))
              .arg(seconds, 0, 'f', 1)
              .arg(summary.filesFound)
              .arg(summary.filesDone)
              .arg(summary.filesHashed)
              .arg(DisplayFormat::bytes(summary.bytesHashed));
    if (summary.elapsedMs > 0
        && summary.bytesHashed >= 100 * 1000 * 1000) // a rate of tiny runs means nothing
        line += QCoreApplication::translate("ConsoleReporter", " at %1 MB/s")
                    .arg(summary.bytesHashed / 1e3 / summary.elapsedMs, 0, 'f', 0);
    line += QCoreApplication::translate("ConsoleReporter", "), %1 from cache")
                .arg(summary.filesFromCache);
    if (summary.filesSkipped > 0)
        line += QCoreApplication::translate("ConsoleReporter", ", %1 skipped")
                    .arg(summary.filesSkipped);
    line += QCoreApplication::translate("ConsoleReporter", ", %1 failed.")
                .arg(summary.failures.size());
    print(line);
    if (summary.requestsMade > 0)
        print(
            QCoreApplication::translate(
                "ConsoleReporter",
                "Civitai: %1 requests, %2 up to date, %3 not on Civitai, %4 preview(s) downloaded, "
                "%5 with a newer version (updates_available.json).")
                .arg(summary.requestsMade)
                .arg(summary.filesUpToDate)
                .arg(summary.filesNotOnCivitai)
                .arg(summary.previewsDownloaded)
                .arg(summary.updatesAvailable));

    if (!summary.updates.isEmpty() && m_verbosity != CommandLine::Verbosity::Quiet)
        showUpdates(summary.updates, summary.updatesAvailable);
    if (!summary.removed.isEmpty() && m_verbosity != CommandLine::Verbosity::Quiet)
        showRemoved(summary.removed, summary.filesRemoved);
    if (!summary.warnings.isEmpty()) {
        print(QCoreApplication::translate("ConsoleReporter", "Warnings:"));
        for (const QString &warning : summary.warnings)
            print(QStringLiteral("  %1").arg(TerminalText::escaped(warning)));
    }
    if (!summary.failures.isEmpty()) {
        print(QCoreApplication::translate("ConsoleReporter", "Failed files:"));
        for (const FileReport &failure : summary.failures)
            print(QStringLiteral("  %1: %2")
                      .arg(TerminalText::escaped(failure.path),
                           TerminalText::escaped(failure.error)));
    }
    if (summary.cancelled)
        print(QCoreApplication::translate(
            "ConsoleReporter", "Progress was saved; run the same command again to resume."));
}
