#include "app/cli/clirunner.h"

#include "app/cli/consolereporter.h"
#include "app/cli/interrupthandler.h"
#include "app/cli/terminaltext.h"
#include "core/applyclean.h"
#include "core/archiverun.h"
#include "core/linkfile.h"
#include "core/migrateimagejson.h"
#include "core/planclean.h"
#include "core/regenerategallery.h"
#include "core/settings.h"
#include "core/unlinkfile.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
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
constexpr int InterruptedExitCode = 130; // the shell's convention for SIGINT

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

// The Python tool's prompt, for people who run it without --output in a terminal.
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

void printErrors(const QStringList &errors)
{
    for (const QString &error : errors)
        printLine(stderr,
                  QCoreApplication::translate("CliRunner", "Error: %1")
                      .arg(TerminalText::escaped(error)));
}

// Runs `operation` on the event loop to its end (Ctrl+C cancels it), prints its warnings and
// errors, and returns the exit code for its outcome.
int runOperation(ArchiveOperation &operation)
{
    InterruptHandler interrupts;
    QObject::connect(&interrupts, &InterruptHandler::interrupted, &operation, [&operation] {
        printLine(stderr,
                  QCoreApplication::translate("CliRunner",
                                              "Interrupted: finishing the step in progress..."));
        operation.cancel();
    });
    QEventLoop loop;
    QObject::connect(&operation, &ArchiveOperation::finished, &loop, &QEventLoop::quit);
    operation.start();
    loop.exec();
    for (const QString &warning : operation.warnings())
        printLine(stderr,
                  QCoreApplication::translate("CliRunner", "warning: %1")
                      .arg(TerminalText::escaped(warning)));
    switch (operation.outcome()) {
    case ArchiveOperation::Outcome::Done:
        return 0;
    case ArchiveOperation::Outcome::Busy:
        // The lock's own sentence names the holder.
        printLine(stderr, TerminalText::escaped(operation.errors().join(QLatin1Char('\n'))));
        return ArchiveBusyExitCode;
    case ArchiveOperation::Outcome::Cancelled:
        return InterruptedExitCode;
    case ArchiveOperation::Outcome::Failed:
        break;
    }
    printErrors(operation.errors());
    return 1;
}

// Done, or done but for some errors: what it did is worth a line.
bool ranThrough(const ArchiveOperation &operation)
{
    return operation.outcome() == ArchiveOperation::Outcome::Done
        || operation.outcome() == ArchiveOperation::Outcome::Failed;
}

// --onlyhtml: the gallery from what is archived; no hashing, no network.
int runOnlyHtml(const RunOptions &options, bool quiet)
{
    RegenerateGallery regenerate(options.outputDir);
    const int exitCode = runOperation(regenerate);
    if (ranThrough(regenerate) && !quiet)
        printLine(stdout,
                  QCoreApplication::translate("CliRunner", "Wrote %1/index.html and %2 model pages")
                      .arg(options.outputDir, QString::number(regenerate.modelCount())));
    return exitCode;
}

void printCleanPlan(const CleanPlan &plan, bool dryRun)
{
    const QString verb = dryRun ? QCoreApplication::translate("CliRunner", "Would remove")
                                : QCoreApplication::translate("CliRunner", "Removing");
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
                      .arg(TerminalText::escaped(kept.folder), TerminalText::escaped(kept.reason)));
    for (const QString &folder : plan.leftAlone)
        printLine(stdout,
                  QCoreApplication::translate("CliRunner",
                                              "Leaving %1/ alone: it holds files that are not ours")
                      .arg(TerminalText::escaped(folder)));
    printLine(stdout,
              QCoreApplication::translate("CliRunner",
                                          "%1 archive folder(s) to remove, %2 duplicate "
                                          "group(s). Model files are never touched.")
                  .arg(plan.removals.size())
                  .arg(plan.duplicates.size()));
}

int runClean(const CommandLine &commandLine, bool quiet)
{
    const RunOptions &options = commandLine.options;
    // A dry run only reads: a read-only archive is fine. The lock, held from the plan to the
    // last removal, keeps any other writer from changing what the plan saw.
    PlanClean planning(options.sources, options.extensions, options.outputDir, commandLine.dryRun);
    if (const int exitCode = runOperation(planning); exitCode != 0)
        return exitCode;
    if (!quiet)
        printCleanPlan(planning.plan(), commandLine.dryRun);
    if (commandLine.dryRun) {
        if (!quiet)
            printLine(stdout,
                      QCoreApplication::translate("CliRunner", "Dry run: nothing was changed."));
        return 0;
    }
    ApplyClean applying(planning.plan(), options.outputDir, planning.lock());
    return runOperation(applying);
}

int runImageJsonMigration(const RunOptions &options, bool quiet)
{
    MigrateImageJson migration(options.outputDir);
    const int exitCode = runOperation(migration);
    if (ranThrough(migration) && !quiet)
        printLine(
            stdout,
            QCoreApplication::translate("CliRunner", "Generated %1 JSON files for preview images")
                .arg(migration.writtenCount()));
    return exitCode;
}

int runArchive(const CommandLine &commandLine, bool quiet)
{
    const RunOptions &options = commandLine.options;
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
    run.start();
    if (!run.isRunning())
        return exitCode; // refused at once (the archive is busy or cannot be created)
    // Said once the run holds the archive; its first file's line comes from the event loop.
    if (!quiet)
        printLine(stdout,
                  QCoreApplication::translate("CliRunner", "Archiving %1 into %2")
                      .arg(options.sources.join(QStringLiteral(", ")), options.outputDir));
    QCoreApplication::exec();
    return exitCode;
}

// --link FILE TARGET: the version is found, the link recorded and the file archived (its run
// reports as any run does); a bad address is a usage error, and nothing is written unless the
// version was found.
int runLink(const CommandLine &commandLine, bool quiet)
{
    LinkFile link(commandLine.options, commandLine.linkTarget);
    ConsoleReporter reporter(link.run(), commandLine.verbosity, isTerminal(stdout));
    InterruptHandler interrupts;
    QObject::connect(&interrupts, &InterruptHandler::interrupted, &link, [&link] {
        printLine(stderr,
                  QCoreApplication::translate(
                      "CliRunner", "Interrupted: finishing the files in progress and saving..."));
        link.cancel();
    });
    QObject::connect(&link, &LinkFile::linked, &link, [quiet](const ManualLink &linked) {
        if (!quiet)
            printLine(stdout,
                      //: %1 is a model file, %2 a Civitai model version id, %3 a model id, %4
                      //: the API host
                      QCoreApplication::translate(
                          "CliRunner", "Linking %1 to Civitai model version %2 (model %3, %4)")
                          .arg(linked.file)
                          .arg(linked.versionId)
                          .arg(linked.modelId)
                          .arg(linked.sourceHost));
    });
    int runExitCode = 0;
    QObject::connect(link.run(), &ArchiveRun::finished, &link,
                     [&runExitCode](const RunSummary &summary) {
                         runExitCode = ConsoleReporter::exitCode(summary);
                     });
    QEventLoop loop;
    QObject::connect(&link, &LinkFile::finished, &loop, &QEventLoop::quit);
    link.start();
    loop.exec();
    switch (link.outcome()) {
    case LinkFile::Outcome::Linked:
        return runExitCode;
    case LinkFile::Outcome::BadTarget:
        return usageError(link.error());
    case LinkFile::Outcome::Busy:
        printLine(stderr, TerminalText::escaped(link.error()));
        return ArchiveBusyExitCode;
    case LinkFile::Outcome::Cancelled:
        return InterruptedExitCode;
    case LinkFile::Outcome::NotFound:
    case LinkFile::Outcome::Failed:
        break;
    }
    printErrors({ link.error() });
    return 1;
}

int runUnlink(const CommandLine &commandLine, bool quiet)
{
    UnlinkFile unlink(commandLine.options.outputDir, commandLine.options.sources.value(0));
    const int exitCode = runOperation(unlink);
    if (const auto removed = unlink.removed(); removed && !quiet)
        printLine(stdout,
                  //: %1 is a model file, %2 a Civitai model version id
                  QCoreApplication::translate(
                      "CliRunner",
                      "Removed the link of %1 to Civitai model version %2. Its archive stays; the "
                      "next run looks the file up by its hash.")
                      .arg(removed->file)
                      .arg(removed->versionId));
    return exitCode;
}

// Why a source given on the command line cannot be read as asked, or nothing.
std::optional<QString> checkSource(const QString &source, bool singleFile)
{
    const QFileInfo info(source);
    if (singleFile && !info.isFile()) {
        if (info.isDir())
            //: %1 is the path as given; --all is an option (do not translate it)
            return QCoreApplication::translate("CliRunner", "Error: %1 is a folder: use --all %1")
                .arg(source);
        if (info.exists())
            //: %1 is the path as given
            return QCoreApplication::translate(
                       "CliRunner", "Error: %1 is not a regular file (a pipe, socket or device)")
                .arg(source);
        return QCoreApplication::translate("CliRunner", "Error: File %1 not found").arg(source);
    }
    if (!singleFile && !info.isDir()) {
        if (info.exists())
            //: %1 is the path as given; --single is an option (do not translate it)
            return QCoreApplication::translate("CliRunner",
                                               "Error: %1 is not a folder: use --single %1")
                .arg(source);
        return QCoreApplication::translate("CliRunner", "Error: Directory %1 not found")
            .arg(source);
    }
    return std::nullopt;
}

// The environment, the sources and the output folder, or why the command line cannot run.
std::optional<QString> completeOptions(const CommandLine &commandLine, RunOptions &options)
{
    QString error;
    if (const auto apiBases = Settings::environmentApiBases(&error);
        apiBases && !commandLine.apiBaseGiven)
        options.apiBases = *apiBases;
    else if (!error.isEmpty() && !commandLine.apiBaseGiven)
        return error;
    if (const auto base = Settings::environmentCivArchiveBase(&error);
        base && !commandLine.civArchiveBaseGiven)
        options.civArchiveBase = *base;
    else if (!error.isEmpty() && !commandLine.civArchiveBaseGiven)
        return error;
    options.apiKey = Settings::environmentApiKey();
    // A file unlinked may be gone already: its link goes all the same.
    for (const QString &source : std::as_const(options.sources)) {
        if (const auto sourceError = checkSource(source, commandLine.singleFile);
            sourceError && commandLine.operation != CommandLine::Operation::Unlink)
            return sourceError;
    }
    if (commandLine.outputGiven)
        return std::nullopt;
    if (!isTerminal(stdin))
        return QCoreApplication::translate(
            "CliRunner", "--output DIR is required when not running in a terminal");
    options.outputDir = askForOutputDir();
    if (options.outputDir.isEmpty())
        return QCoreApplication::translate("CliRunner", "no output folder given");
    return CommandLine::checkOutputDir(options.outputDir);
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

    CommandLine completed = commandLine;
    if (const auto error = completeOptions(commandLine, completed.options))
        return usageError(*error);
    // Each operation takes the archive's lock: one archive, one writer, for every mode.
    switch (completed.operation) {
    case CommandLine::Operation::Archive:
        return runArchive(completed, quiet);
    case CommandLine::Operation::RegenerateGallery:
        return runOnlyHtml(completed.options, quiet);
    case CommandLine::Operation::Clean:
        return runClean(completed, quiet);
    case CommandLine::Operation::MigrateImageJson:
        return runImageJsonMigration(completed.options, quiet);
    case CommandLine::Operation::Link:
        return runLink(completed, quiet);
    case CommandLine::Operation::Unlink:
        return runUnlink(completed, quiet);
    }
    return 1;
}
