#include "app/cli/clirunner.h"

#include "app/cli/consolereporter.h"
#include "app/cli/interrupthandler.h"
#include "app/cli/terminaltext.h"
#include "core/archivecleaner.h"
#include "core/archivelock.h"
#include "core/archivereader.h"
#include "core/archiverun.h"
#include "core/gallerywriter.h"
#include "core/imagejsonmigration.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace {

constexpr int UsageExitCode = 2;
constexpr int ArchiveBusyExitCode = 3; // another process writes this archive

bool isTerminal(FILE *stream)
{
    return isatty(fileno(stream)) != 0;
}

void printLine(FILE *stream, const QString &text)
{
    ConsoleReporter::clearLiveLine();
    // Names and server text inside `text` cannot reach the terminal as control codes.
    std::fputs(TerminalText::escapedKeepingLines(text).toUtf8().append('\n').constData(), stream);
    std::fflush(stream);
}

void logToStderr(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const char *const prefixes[]
        = { "debug: ", "warning: ", "error: ", "fatal: ", "info: " };
    // One message, one line: a name inside it cannot start a line of its own.
    printLine(stderr, QLatin1String(prefixes[type]) + TerminalText::escaped(message));
}

void configureLogging(CommandLine::Verbosity verbosity)
{
    qInstallMessageHandler(logToStderr);
    switch (verbosity) {
    case CommandLine::Verbosity::Quiet:
        QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
        break;
    case CommandLine::Verbosity::Normal:
        QLoggingCategory::setFilterRules(QStringLiteral("cdm.*.debug=false\ncdm.*.info=false"));
        break;
    case CommandLine::Verbosity::Verbose:
        QLoggingCategory::setFilterRules(QStringLiteral("cdm.*.debug=true"));
        break;
    }
}

int usageError(const QString &message)
{
    printLine(stderr,
              QStringLiteral("civitai-data-manager: %1").arg(TerminalText::escaped(message)));
    printLine(stderr,
              QCoreApplication::translate(
                  "CliRunner", "Try 'civitai-data-manager --help' for more information."));
    return UsageExitCode;
}

// The seed's prompt, for people who run it without --output in a terminal.
QString askForOutputDir()
{
    QTextStream in(stdin);
    for (;;) {
        printLine(
            stdout,
            QCoreApplication::translate("CliRunner",
                                        "Enter the path where you want to save the exported files "
                                        "(press Enter for current directory): "));
        if (in.atEnd())
            return {};
        const QString answer = in.readLine().trimmed();
        const QString path = answer.isEmpty() ? QDir::current().filePath(QStringLiteral("output"))
                                              : QDir::current().absoluteFilePath(answer);
        if (QFileInfo(path).isDir())
            return QDir::cleanPath(path);
        printLine(stdout,
                  QCoreApplication::translate("CliRunner",
                                              "Directory %1 doesn't exist. Create it? (y/n): ")
                      .arg(path));
        // "y" always works (scripts answer it); a translation may add its own ("o", "j", "s").
        const QString reply = in.readLine().trimmed();
        //: The letter that answers yes at the "(y/n)" prompt, as written in its translation
        const QString yes = QCoreApplication::translate("CliRunner", "y");
        if (reply.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
            || reply.compare(yes, Qt::CaseInsensitive) == 0)
            return QDir::cleanPath(path);
    }
}

// --onlyhtml: the gallery from what is archived; no hashing, no network.
int runOnlyHtml(const RunOptions &options, bool quiet)
{
    QStringList problems;
    const QList<ArchivedModel> models = ArchiveReader::readAll(options.outputDir, &problems);
    const QStringList errors = GalleryWriter::write(options.outputDir, models);
    for (const QString &problem : std::as_const(problems))
        printLine(stderr,
                  QCoreApplication::translate("CliRunner", "warning: %1")
                      .arg(TerminalText::escaped(problem)));
    for (const QString &error : errors)
        printLine(stderr,
                  QCoreApplication::translate("CliRunner", "Error: %1")
                      .arg(TerminalText::escaped(error)));
    if (!quiet)
        printLine(stdout,
                  QCoreApplication::translate("CliRunner", "Wrote %1/index.html and %2 model pages")
                      .arg(options.outputDir, QString::number(models.size())));
    return errors.isEmpty() ? 0 : 1;
}

int runClean(const RunOptions &options, bool quiet)
{
    QString error;
    const std::optional<CleanPlan> prepared
        = ArchiveCleaner::prepare(options.sources, options.extensions, options.outputDir, &error);
    if (!prepared) {
        printLine(stderr,
                  QCoreApplication::translate("CliRunner", "Error: %1")
                      .arg(TerminalText::escaped(error)));
        return 1;
    }
    const CleanPlan &plan = *prepared;

    const QString verb = options.dryRun ? QCoreApplication::translate("CliRunner", "Would remove")
                                        : QCoreApplication::translate("CliRunner", "Removing");
    if (!quiet) {
        for (const CleanPlan::Removal &removal : plan.removals)
            printLine(stdout,
                      QStringLiteral("%1 %2/ (%3)")
                          .arg(verb, TerminalText::escaped(removal.folder),
                               TerminalText::escaped(removal.reason)));
        for (const CleanPlan::Removal &kept : plan.kept)
            printLine(stdout,
                      //: %1 is an archive folder, %2 why it is kept (its model file cannot be
                      //: reached, e.g. on an unmounted drive)
                      QCoreApplication::translate("CliRunner", "Keeping %1/: %2")
                          .arg(TerminalText::escaped(kept.folder),
                               TerminalText::escaped(kept.reason)));
        for (const QString &folder : plan.leftAlone)
            printLine(stdout,
                      QCoreApplication::translate(
                          "CliRunner", "Leaving %1/ alone: it holds files that are not ours")
                          .arg(TerminalText::escaped(folder)));
        printLine(stdout,
                  QCoreApplication::translate("CliRunner",
                                              "%1 archive folder(s) to remove, %2 duplicate "
                                              "group(s). Model files are never touched.")
                      .arg(plan.removals.size())
                      .arg(plan.duplicates.size()));
    }
    if (options.dryRun) {
        if (!quiet)
            printLine(stdout,
                      QCoreApplication::translate("CliRunner", "Dry run: nothing was changed."));
        return 0;
    }
    ProcessedFiles processed(options.outputDir);
    if (!processed.load(&error)) {
        printLine(stderr,
                  QCoreApplication::translate("CliRunner", "Error: %1")
                      .arg(TerminalText::escaped(error)));
        return 1;
    }
    const QStringList errors = ArchiveCleaner::apply(plan, options.outputDir, processed);
    for (const QString &message : errors)
        printLine(stderr,
                  QCoreApplication::translate("CliRunner", "Error: %1")
                      .arg(TerminalText::escaped(message)));
    return errors.isEmpty() ? 0 : 1;
}

int runImageJsonMigration(const RunOptions &options, bool quiet)
{
    QStringList errors;
    const int written = ImageJsonMigration::run(options.outputDir, &errors);
    for (const QString &message : std::as_const(errors))
        printLine(stderr,
                  QCoreApplication::translate("CliRunner", "Error: %1")
                      .arg(TerminalText::escaped(message)));
    if (!quiet)
        printLine(
            stdout,
            QCoreApplication::translate("CliRunner", "Generated %1 JSON files for preview images")
                .arg(written));
    return errors.isEmpty() ? 0 : 1;
}

} // namespace

int CliRunner::run(const CommandLine &commandLine)
{
    switch (commandLine.action) {
    case CommandLine::Action::Help:
        printLine(stdout, CommandLine::helpText());
        return 0;
    case CommandLine::Action::Version:
        printLine(stdout,
                  QStringLiteral("civitai-data-manager %1").arg(QLatin1String(CDM_VERSION)));
        return 0;
    case CommandLine::Action::UsageError:
        return usageError(commandLine.error);
    case CommandLine::Action::Gui:
    case CommandLine::Action::Run:
        break;
    }

    configureLogging(commandLine.verbosity);
    const bool quiet = commandLine.verbosity == CommandLine::Verbosity::Quiet;
    if (!quiet) {
        for (const QString &notice : commandLine.notices)
            printLine(stdout, TerminalText::escaped(notice));
    }

    RunOptions options = commandLine.options;
    const QByteArray apiBase = qgetenv("CIVITAI_API_BASE");
    if (!commandLine.apiBaseGiven && !apiBase.isEmpty()) {
        options.apiBase = QUrl(QString::fromUtf8(apiBase), QUrl::StrictMode);
        if (!options.apiBase.isValid() || options.apiBase.host().isEmpty())
            return usageError(QCoreApplication::translate(
                "CliRunner", "CIVITAI_API_BASE is not an http(s) address"));
    }
    options.apiKey = QString::fromUtf8(qgetenv("CIVITAI_API_KEY"));
    for (const QString &source : std::as_const(options.sources)) {
        const QFileInfo info(source);
        if (options.singleFile && !info.isFile()) {
            if (info.isDir())
                //: %1 is the path as given; --all is an option (do not translate it)
                return usageError(
                    QCoreApplication::translate("CliRunner", "Error: %1 is a folder: use --all %1")
                        .arg(source));
            if (info.exists())
                //: %1 is the path as given
                return usageError(
                    QCoreApplication::translate(
                        "CliRunner", "Error: %1 is not a regular file (a pipe, socket or device)")
                        .arg(source));
            return usageError(
                QCoreApplication::translate("CliRunner", "Error: File %1 not found").arg(source));
        }
        if (!options.singleFile && !info.isDir()) {
            if (info.exists())
                //: %1 is the path as given; --single is an option (do not translate it)
                return usageError(QCoreApplication::translate(
                                      "CliRunner", "Error: %1 is not a folder: use --single %1")
                                      .arg(source));
            return usageError(
                QCoreApplication::translate("CliRunner", "Error: Directory %1 not found")
                    .arg(source));
        }
    }

    if (!commandLine.outputGiven) {
        if (!isTerminal(stdin))
            return usageError(QCoreApplication::translate(
                "CliRunner", "--output DIR is required when not running in a terminal"));
        options.outputDir = askForOutputDir();
        if (options.outputDir.isEmpty())
            return usageError(QCoreApplication::translate("CliRunner", "no output folder given"));
        if (const auto error = CommandLine::checkOutputDir(options.outputDir))
            return usageError(*error);
    }
    // One archive, one writer, for every mode. A dry run takes it too: it only reads, but it
    // should read an archive that no one is changing under it. A run creates the folder (as it
    // would anyway); the other modes lock it only if there is one.
    const bool createsOutput = !options.clean && !options.onlyHtml && !options.generateImageJson;
    if (createsOutput)
        QDir().mkpath(options.outputDir);
    ArchiveLock lock(options.outputDir);
    if (QFileInfo(options.outputDir).isDir()) {
        switch (lock.tryLock()) {
        case ArchiveLock::Result::Locked:
            break;
        case ArchiveLock::Result::Busy:
            printLine(stderr, lock.errorString());
            return ArchiveBusyExitCode;
        case ArchiveLock::Result::Failed:
            // A read-only archive can still be read; anything that writes fails on its own.
            if (!(options.clean && options.dryRun)) {
                printLine(stderr, lock.errorString());
                return 1;
            }
            break;
        }
    }
    if (options.clean)
        return runClean(options, quiet);
    if (options.generateImageJson)
        return runImageJsonMigration(options, quiet);
    if (options.onlyHtml)
        return runOnlyHtml(options, quiet);

    ArchiveRun run(options);
    ConsoleReporter reporter(&run, commandLine.verbosity, isTerminal(stdout));
    InterruptHandler interrupts;
    QObject::connect(&interrupts, &InterruptHandler::interrupted, &run, [&run] {
        printLine(stderr,
                  QCoreApplication::translate(
                      "CliRunner", "Interrupted: finishing the files in progress and saving..."));
        run.cancel();
    });
    int exitCode = 1;
    QObject::connect(&run, &ArchiveRun::finished, &run, [&exitCode](const RunSummary &summary) {
        exitCode = ConsoleReporter::exitCode(summary);
        QCoreApplication::quit();
    });
    if (!quiet)
        printLine(stdout,
                  QCoreApplication::translate("CliRunner", "Archiving %1 into %2")
                      .arg(options.sources.join(QStringLiteral(", ")), options.outputDir));
    run.start();
    if (run.isRunning())
        QCoreApplication::exec();
    return exitCode;
}
