#include "app/cli/commandline.h"

#include "app/cli/configfile.h"
#include "core/archiverun.h"
#include "core/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <cmath>

namespace {

struct Conflict
{
    QString first;
    QString second;
    QString message;
};

// The Python tool's conflict rules, with its messages. "single" stands for --single.
const QList<Conflict> &conflicts()
{
    static const QString recheckAlone = QCoreApplication::translate(
        "CommandLine", "--recheck cannot be used with --onlyhtml, --onlyupdate, or --clean");
    static const QList<Conflict> rules {
        { QStringLiteral("images"), QStringLiteral("noimages"),
          QCoreApplication::translate("CommandLine",
                                      "Cannot use both --images and --noimages at the same time") },
        { QStringLiteral("onlynew"), QStringLiteral("onlyhtml"),
          QCoreApplication::translate(
              "CommandLine", "Cannot use both --onlynew and --onlyhtml at the same time") },
        { QStringLiteral("onlyupdate"), QStringLiteral("onlynew"),
          QCoreApplication::translate(
              "CommandLine", "Cannot use both --onlyupdate and --onlynew at the same time") },
        { QStringLiteral("onlyupdate"), QStringLiteral("onlyhtml"),
          QCoreApplication::translate(
              "CommandLine", "Cannot use both --onlyupdate and --onlyhtml at the same time") },
        { QStringLiteral("clean"), QStringLiteral("single"),
          QCoreApplication::translate("CommandLine",
                                      "--clean option can only be used with --all") },
        { QStringLiteral("clean"), QStringLiteral("onlyhtml"),
          QCoreApplication::translate(
              "CommandLine",
              "--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew") },
        { QStringLiteral("clean"), QStringLiteral("onlyupdate"),
          QCoreApplication::translate(
              "CommandLine",
              "--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew") },
        { QStringLiteral("clean"), QStringLiteral("onlynew"),
          QCoreApplication::translate(
              "CommandLine",
              "--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew") },
        { QStringLiteral("recheck"), QStringLiteral("onlyhtml"), recheckAlone },
        { QStringLiteral("recheck"), QStringLiteral("onlyupdate"), recheckAlone },
        { QStringLiteral("recheck"), QStringLiteral("clean"), recheckAlone },
    };
    return rules;
}

// "3-6" or "4.5" (seconds) -> a pause range; nullopt when malformed.
std::optional<std::pair<std::chrono::milliseconds, std::chrono::milliseconds>>
parsePause(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.isEmpty() || parts.size() > 2)
        return std::nullopt;
    bool okLow = false;
    bool okHigh = false;
    const double low = parts.constFirst().trimmed().toDouble(&okLow);
    const double high = parts.constLast().trimmed().toDouble(&okHigh);
    if (!okLow || !okHigh || !std::isfinite(low) || !std::isfinite(high) || low < 0 || high < low
        || high > 3600)
        return std::nullopt;
    return std::pair { std::chrono::milliseconds(qint64(low * 1000)),
                       std::chrono::milliseconds(qint64(high * 1000)) };
}

CommandLine usageError(const QString &message)
{
    CommandLine result;
    result.action = CommandLine::Action::UsageError;
    result.error = message;
    return result;
}

// What to archive and where, the Python tool's modes, and the config file.
QList<QCommandLineOption> pythonToolOptions()
{
    return {
        { QStringLiteral("single"),
          QCoreApplication::translate("CommandLine", "Process one model file."),
          QStringLiteral("FILE") },
        { QStringLiteral("all"),
          QCoreApplication::translate("CommandLine",
                                      "Process every model file in DIR, recursively."),
          QStringLiteral("DIR") },
        { QStringLiteral("output"),
          QCoreApplication::translate(
              "CommandLine", "Output (archive) folder. Asked for when missing and on a terminal."),
          QStringLiteral("DIR") },
        { QStringLiteral("notimeout"),
          QCoreApplication::translate("CommandLine",
                                      "No pause between Civitai requests (may hit rate limits).") },
        { QStringLiteral("images"),
          QCoreApplication::translate("CommandLine",
                                      "Download all preview images, not only the first.") },
        { QStringLiteral("noimages"),
          QCoreApplication::translate("CommandLine", "Download no preview images.") },
        { QStringLiteral("generateimagejson"),
          QCoreApplication::translate(
              "CommandLine",
              "Write <name>_preview_N.json for archives made before the Python tool's v1.3.") },
        { QStringLiteral("onlynew"),
          QCoreApplication::translate("CommandLine", "Only process files not processed before.") },
        { QStringLiteral("skipmissing"),
          QCoreApplication::translate(
              "CommandLine", "With --onlynew: skip files listed in missing_from_civitai.txt.") },
        { QStringLiteral("onlyupdate"),
          QCoreApplication::translate(
              "CommandLine", "Only refresh Civitai data of processed files (no hashing).") },
        { QStringLiteral("onlyhtml"),
          QCoreApplication::translate("CommandLine",
                                      "Only regenerate the HTML pages (no network).") },
        { QStringLiteral("clean"),
          QCoreApplication::translate(
              "CommandLine",
              "Remove archive folders of models no longer in DIR; list duplicates.") },
        { QStringLiteral("noconfig"),
          QCoreApplication::translate("CommandLine", "Ignore config.json.") },
        { QStringLiteral("config"),
          QCoreApplication::translate(
              "CommandLine",
              "Read settings from FILE instead of ./config.json. Command-line flags win over it."),
          QStringLiteral("FILE") },
    };
}

// How: scanning, hashing, Civitai's hosts and pacing, logging.
QList<QCommandLineOption> ownOptions()
{
    return {
        { QStringLiteral("extensions"),
          QCoreApplication::translate("CommandLine",
                                      "Model file extensions to scan (default: safetensors; known: "
                                      "safetensors,ckpt,pt,pth,bin,gguf)."),
          QStringLiteral("LIST") },
        { QStringLiteral("threads"),
          QCoreApplication::translate("CommandLine", "Files hashed in parallel (default: %1).")
              .arg(ArchiveRun::defaultHashThreads()),
          QStringLiteral("N") },
        { QStringLiteral("rehash"),
          QCoreApplication::translate("CommandLine",
                                      "Hash every file again, ignoring the hash cache.") },
        { QStringLiteral("recheck"),
          QCoreApplication::translate("CommandLine", "Look every file up again; no previews.") },
        { QStringLiteral("api-base"),
          QCoreApplication::translate(
              "CommandLine",
              "Civitai API address; give it again for more hosts, asked in turn (default: "
              "$CIVITAI_API_BASE, else https://civitai.red then https://civitai.com). "
              "An API key is read from $CIVITAI_API_KEY."),
          QStringLiteral("URL") },
        { QStringLiteral("preview-downloads"),
          QCoreApplication::translate("CommandLine",
                                      "Previews downloaded at once from Civitai's image host, "
                                      "beside the lookups (default: %1, at most %2).")
              .arg(RunOptions::DefaultPreviewDownloads)
              .arg(RunOptions::MaxPreviewDownloads),
          QStringLiteral("N") },
        { QStringLiteral("pause"),
          QCoreApplication::translate(
              "CommandLine", "Random pause between Civitai requests, in seconds (default: 3-6)."),
          QStringLiteral("MIN-MAX") },
        { QStringLiteral("civarchive"),
          QCoreApplication::translate(
              "CommandLine",
              "Also look files up on CivArchive, a third party: their SHA-256 hashes are sent "
              "there. Archives what Civitai forgot and where each file still exists.") },
        { QStringLiteral("civarchive-base"),
          QCoreApplication::translate("CommandLine",
                                      "CivArchive API address (default: $CIVARCHIVE_BASE_URL, "
                                      "else https://civarchive.com/api/v1)."),
          QStringLiteral("URL") },
        { QStringLiteral("dry-run"),
          QCoreApplication::translate("CommandLine",
                                      "With --clean: only show what would be removed.") },
        { { QStringLiteral("v"), QStringLiteral("verbose") },
          QCoreApplication::translate("CommandLine", "Log details.") },
        { { QStringLiteral("q"), QStringLiteral("quiet") },
          QCoreApplication::translate("CommandLine", "Print only errors.") },
    };
}

// Manual links: a file whose hash Civitai does not know, tied to a version by hand.
QList<QCommandLineOption> linkOptions()
{
    return {
        { QStringLiteral("link"),
          QCoreApplication::translate(
              "CommandLine",
              "Link FILE by hand to the Civitai model version whose address or id follows, and "
              "archive it (with --output)."),
          QStringLiteral("FILE") },
        { QStringLiteral("unlink"),
          QCoreApplication::translate("CommandLine",
                                      "Remove the manual link of FILE (with --output)."),
          QStringLiteral("FILE") },
    };
}

QList<QCommandLineOption> commandLineOptions()
{
    return pythonToolOptions() + ownOptions() + linkOptions();
}

// --link FILE TARGET / --unlink FILE: one file, the only positional argument is the target, and
// the modes that choose other files or operations do not go with them. FILE becomes --single.
std::optional<QString> readLinkArguments(const QCommandLineParser &parser, GivenSettings &cli,
                                         CommandLine &result)
{
    const bool link = parser.isSet(QStringLiteral("link"));
    const QString option = link ? QStringLiteral("--link") : QStringLiteral("--unlink");
    if (link && parser.isSet(QStringLiteral("unlink")))
        return QCoreApplication::translate("CommandLine",
                                           "Cannot use both --link and --unlink at the same time");
    for (const char *other : { "single", "all", "clean", "onlyhtml", "onlyupdate", "onlynew",
                               "generateimagejson", "dry-run" }) {
        if (parser.isSet(QLatin1String(other)))
            //: %1 is --link or --unlink, %2 another option
            return QCoreApplication::translate("CommandLine", "%1 cannot be used with --%2")
                .arg(option, QLatin1String(other));
    }
    const QStringList positional = parser.positionalArguments();
    if (link && positional.size() != 1)
        return QCoreApplication::translate(
            "CommandLine",
            "--link FILE needs one Civitai address or model version id after it, e.g. --link "
            "model.safetensors https://civitai.com/models/123?modelVersionId=456");
    if (!link && !positional.isEmpty())
        //: %1 is the argument as given
        return QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
            .arg(positional.constFirst());
    cli.single = parser.value(link ? QStringLiteral("link") : QStringLiteral("unlink"));
    cli.flags.insert(QStringLiteral("single"));
    result.linkTarget = positional.value(0);
    return std::nullopt;
}

// -h/--help, and --version alone: -v is --verbose, as in the Python tool (Qt's
// addVersionOption() would claim -v too).
std::pair<QCommandLineOption, QCommandLineOption> helpAndVersionOptions()
{
    return { QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
                                QCoreApplication::translate("CommandLine", "Show this help.")),
             QCommandLineOption(QStringLiteral("version"),
                                QCoreApplication::translate("CommandLine", "Show the version.")) };
}

// What the command line asks for, or why it cannot be meant.
std::optional<QString> readCommandLine(const QCommandLineParser &parser, GivenSettings &cli)
{
    for (const QString &flag : ConfigFile::pythonToolFlags() + ConfigFile::extraFlags()) {
        if (parser.isSet(flag))
            cli.flags.insert(flag);
    }
    if (parser.isSet(QStringLiteral("single"))) {
        cli.single = parser.value(QStringLiteral("single"));
        cli.flags.insert(QStringLiteral("single"));
    }
    if (parser.isSet(QStringLiteral("all"))) {
        cli.all = parser.value(QStringLiteral("all"));
        cli.hasAll = true;
    }
    if (cli.flags.contains(QStringLiteral("single")) && cli.hasAll)
        return QCoreApplication::translate("CommandLine",
                                           "argument --all: not allowed with argument --single");
    cli.output = parser.value(QStringLiteral("output"));
    cli.extensions = parser.value(QStringLiteral("extensions"));
    cli.apiBases = parser.values(QStringLiteral("api-base"));
    cli.pause = parser.value(QStringLiteral("pause"));
    cli.civArchiveBase = parser.value(QStringLiteral("civarchive-base"));
    // A count from 1 to `high` into `value` (0 when not given); false when it is none.
    const auto readCount = [&parser](const QString &name, int high, int *value) {
        bool ok = false;
        *value = parser.value(name).toInt(&ok);
        return !parser.isSet(name) || (ok && *value >= 1 && *value <= high);
    };
    if (!readCount(QStringLiteral("threads"), 64, &cli.threads))
        return QCoreApplication::translate("CommandLine", "--threads takes a number from 1 to 64");
    if (!readCount(QStringLiteral("preview-downloads"), RunOptions::MaxPreviewDownloads,
                   &cli.previewDownloads))
        //: %1 is the largest number allowed
        return QCoreApplication::translate("CommandLine",
                                           "--preview-downloads takes a number from 1 to %1")
            .arg(RunOptions::MaxPreviewDownloads);
    return std::nullopt;
}

// config.json: --config FILE, else ./config.json unless --noconfig. Notes in `result` which
// file was read.
std::optional<QString> readConfigFile(const QCommandLineParser &parser, const QString &workingDir,
                                      GivenSettings &config, CommandLine &result)
{
    if (parser.isSet(QStringLiteral("noconfig")))
        return std::nullopt;
    QString path = parser.value(QStringLiteral("config"));
    const bool explicitConfig = !path.isEmpty();
    if (!explicitConfig)
        path = QDir(workingDir).filePath(QStringLiteral("config.json"));
    if (explicitConfig && !QFileInfo::exists(path))
        return QCoreApplication::translate("CommandLine", "Config file not found: %1").arg(path);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    if (const auto error = ConfigFile::read(path, explicitConfig, config))
        return error;
    result.configFile = QFileInfo(path).absoluteFilePath();
    result.notices.append(
        QCoreApplication::translate("CommandLine", "Read settings from %1").arg(result.configFile));
    return std::nullopt;
}

// The command line wins. Its source (--single/--all) replaces the config's.
GivenSettings merge(const GivenSettings &config, const GivenSettings &cli)
{
    GivenSettings merged = config;
    if (cli.flags.contains(QStringLiteral("single")) || cli.hasAll) {
        merged.flags.remove(QStringLiteral("single"));
        merged.single = cli.single;
        merged.all = cli.all;
        merged.hasAll = cli.hasAll;
    }
    merged.flags += cli.flags;
    if (!cli.output.isEmpty())
        merged.output = cli.output;
    if (!cli.extensions.isEmpty())
        merged.extensions = cli.extensions;
    if (cli.threads > 0)
        merged.threads = cli.threads;
    if (cli.previewDownloads > 0)
        merged.previewDownloads = cli.previewDownloads;
    if (!cli.apiBases.isEmpty())
        merged.apiBases = cli.apiBases;
    if (!cli.pause.isEmpty())
        merged.pause = cli.pause;
    merged.civArchiveBase = cli.civArchiveBase;
    return merged;
}

// Two flags that conflict: the one given on the command line wins over the config's; both
// given in the same place are an error.
std::optional<QString> resolveConflicts(GivenSettings &merged, const GivenSettings &cli)
{
    for (const Conflict &rule : conflicts()) {
        if (!merged.flags.contains(rule.first) || !merged.flags.contains(rule.second))
            continue;
        const bool firstOnCli = cli.flags.contains(rule.first);
        const bool secondOnCli = cli.flags.contains(rule.second);
        if (firstOnCli && !secondOnCli)
            merged.flags.remove(rule.second);
        else if (secondOnCli && !firstOnCli)
            merged.flags.remove(rule.first);
        else
            //: %1 says which two options conflict
            return QCoreApplication::translate("CommandLine", "Error: %1").arg(rule.message);
    }
    return std::nullopt;
}

// The booleans: what the run does and how.
void setFlags(const QSet<QString> &flags, CommandLine &result)
{
    RunOptions &options = result.options;
    result.singleFile = flags.contains(QStringLiteral("single"));
    result.dryRun = flags.contains(QStringLiteral("dry-run"));
    // As the Python tool decides when several are given.
    if (flags.contains(QStringLiteral("clean")))
        result.operation = CommandLine::Operation::Clean;
    else if (flags.contains(QStringLiteral("generateimagejson")))
        result.operation = CommandLine::Operation::MigrateImageJson;
    else if (flags.contains(QStringLiteral("onlyhtml")))
        result.operation = CommandLine::Operation::RegenerateGallery;
    options.noTimeout = flags.contains(QStringLiteral("notimeout"));
    options.previews = flags.contains(QStringLiteral("noimages")) ? RunOptions::Previews::None
        : flags.contains(QStringLiteral("images"))                ? RunOptions::Previews::All
                                                                  : RunOptions::Previews::First;
    options.onlyNew = flags.contains(QStringLiteral("onlynew"));
    options.skipMissing = flags.contains(QStringLiteral("skipmissing"));
    options.onlyUpdate = flags.contains(QStringLiteral("onlyupdate"));
    options.rehash = flags.contains(QStringLiteral("rehash"));
    options.useCivArchive = flags.contains(QStringLiteral("civarchive"));
    options.recheck = flags.contains(QStringLiteral("recheck"));
    if (options.recheck && options.onlyNew) // a re-check looks at every file
        result.notices.append(QCoreApplication::translate(
            "CommandLine",
            "--recheck ignores --onlynew and --skipmissing: it looks at every file"));
    if (options.recheck)
        options.onlyNew = options.skipMissing = false;
}

// --api-base and --pause, checked.
std::optional<QString> setNetworkValues(const GivenSettings &merged, CommandLine &result)
{
    RunOptions &options = result.options;
    if (!merged.apiBases.isEmpty()) {
        for (const QString &given : merged.apiBases) {
            if (!Settings::parseApiBases({ given }))
                //: %1 is the address as given
                return QCoreApplication::translate("CommandLine",
                                                   "--api-base needs an http(s) address, not '%1'")
                    .arg(given);
        }
        options.apiBases = *Settings::parseApiBases(merged.apiBases);
        result.apiBaseGiven = true;
    }
    if (!merged.civArchiveBase.isEmpty()) {
        const QUrl base(merged.civArchiveBase.trimmed(), QUrl::StrictMode);
        if (!Settings::isValidApiBase(base))
            //: %1 is the address as given
            return QCoreApplication::translate(
                       "CommandLine", "--civarchive-base needs an http(s) address, not '%1'")
                .arg(merged.civArchiveBase);
        options.civArchiveBase = base;
        result.civArchiveBaseGiven = true;
    }
    if (!merged.pause.isEmpty()) {
        const auto pause = parsePause(merged.pause);
        if (!pause)
            //: %1 is the value as given; MIN-MAX is a placeholder of the command's syntax
            return QCoreApplication::translate(
                       "CommandLine", "--pause takes seconds as MIN-MAX (e.g. 3-6), not '%1'")
                .arg(merged.pause);
        options.minPause = pause->first;
        options.maxPause = pause->second;
    }
    return std::nullopt;
}

// The model file or folder, the extensions to scan and the output folder, as absolute paths.
std::optional<QString> setPaths(const GivenSettings &merged, const QString &workingDir,
                                CommandLine &result)
{
    RunOptions &options = result.options;
    if (result.singleFile) {
        if (merged.single.isEmpty())
            return QCoreApplication::translate("CommandLine", "--single needs a model file");
        options.sources = { merged.single };
    } else if (merged.hasAll) {
        // The Python tool's migration is run as `--all "" --output DIR --generateimagejson`.
        if (merged.all.isEmpty() && result.operation != CommandLine::Operation::MigrateImageJson)
            return QCoreApplication::translate("CommandLine", "--all needs a folder");
        if (!merged.all.isEmpty())
            options.sources = { merged.all };
    } else {
        return QCoreApplication::translate("CommandLine",
                                           "one of the arguments --single --all is required");
    }
    if (!merged.extensions.isEmpty()) {
        options.extensions = ModelScanner::parseExtensionList(merged.extensions);
        if (options.extensions.isEmpty())
            return QCoreApplication::translate("CommandLine",
                                               "--extensions needs at least one extension");
    }
    if (options.skipMissing && !options.onlyNew)
        result.notices.append(QCoreApplication::translate(
            "CommandLine", "--skipmissing only has an effect with --onlynew"));

    result.outputGiven = !merged.output.isEmpty();
    if (result.outputGiven)
        options.outputDir = QDir::cleanPath(QDir(workingDir).absoluteFilePath(merged.output));
    for (QString &source : options.sources)
        source = QDir::cleanPath(QDir(workingDir).absoluteFilePath(source));
    if (result.outputGiven)
        return CommandLine::checkOutputDir(options.outputDir);
    return std::nullopt;
}

// The run's options from the merged settings, or why they cannot be meant.
std::optional<QString> buildOptions(const GivenSettings &merged, const QString &workingDir,
                                    CommandLine &result)
{
    setFlags(merged.flags, result);
    result.options.hashThreads = merged.threads;
    if (merged.previewDownloads > 0)
        result.options.previewDownloads = merged.previewDownloads;
    if (const auto error = setNetworkValues(merged, result))
        return error;
    if (result.dryRun && result.operation != CommandLine::Operation::Clean)
        result.notices.append(QCoreApplication::translate(
            "CommandLine", "--dry-run only has an effect with --clean"));
    return setPaths(merged, workingDir, result);
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, const QString &workingDir)
{
    if (arguments.isEmpty())
        return {}; // no arguments: the window

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(commandLineOptions());
    const auto [help, version] = helpAndVersionOptions();
    parser.addOption(help);
    parser.addOption(version);

    if (!parser.parse(QStringList { QStringLiteral("civitai-data-manager") } + arguments))
        return usageError(parser.errorText());

    CommandLine result;
    if (parser.isSet(help) || parser.isSet(version)) {
        result.action = parser.isSet(help) ? Action::Help : Action::Version;
        return result;
    }
    const bool linking
        = parser.isSet(QStringLiteral("link")) || parser.isSet(QStringLiteral("unlink"));
    GivenSettings cli;
    if (linking) {
        if (const auto error = readLinkArguments(parser, cli, result))
            return usageError(*error);
    } else if (!parser.positionalArguments().isEmpty())
        //: %1 is the argument as given; FILE and DIR are placeholders of the command's syntax
        return usageError(
            QCoreApplication::translate("CommandLine",
                                        "Unexpected argument: %1 (use --single FILE or --all DIR)")
                .arg(parser.positionalArguments().constFirst()));

    // Each step runs only when those before it found nothing wrong.
    GivenSettings config;
    GivenSettings merged;
    std::optional<QString> error = readCommandLine(parser, cli);
    if (!error)
        error = readConfigFile(parser, workingDir, config, result);
    if (!error) {
        merged = merge(config, cli);
        error = resolveConflicts(merged, cli);
    }
    if (!error)
        error = buildOptions(merged, workingDir, result);
    if (error)
        return usageError(*error);
    if (linking) // whatever config.json says: one file, one operation
        result.operation = parser.isSet(QStringLiteral("link")) ? Operation::Link
                                                                 : Operation::Unlink;

    if (parser.isSet(QStringLiteral("quiet")))
        result.verbosity = Verbosity::Quiet;
    else if (parser.isSet(QStringLiteral("verbose")))
        result.verbosity = Verbosity::Verbose;
    result.action = Action::Run;
    return result;
}

std::optional<QString> CommandLine::checkOutputDir(const QString &outputDir)
{
    // Compared as the file system sees them, so that a symlink to / is / too.
    const auto real = [](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
    };
    const QString output = real(outputDir);
    if (QDir(output).isRoot())
        //: %1 is the folder as given
        return QCoreApplication::translate("CommandLine",
                                           "--output %1 is the root of the file system: give the "
                                           "archive a folder of its own")
            .arg(outputDir);
    if (output == real(QDir::homePath()))
        //: %1 is the folder as given
        return QCoreApplication::translate(
                   "CommandLine",
                   "--output %1 is your home folder: give the archive a folder of its own")
            .arg(outputDir);
    return std::nullopt;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Archive Civitai metadata, trigger words and previews for local model files.\n"
        "With no arguments the desktop window opens; with --single or --all it runs headless.\n\n"
        "Settings are also read from config.json in the current folder (or --config FILE), with "
        "the\n"
        "same names as the flags (\"all\", \"output\", \"images\": true, ...). Flags given on the\n"
        "command line win over the config file. Only a file named with --config may set\n"
        "\"api-base\", the address the API key is sent to.\n\n"
        "Exit codes: 0 all went well, 1 some files failed (listed at the end), 2 usage error,\n"
        "3 the archive is in use by another run, 130 interrupted (Ctrl-C; the next run resumes)."));
    parser.addOptions(commandLineOptions());
    const auto [help, version] = helpAndVersionOptions();
    parser.addOption(help);
    parser.addOption(version);
    return parser.helpText();
}
