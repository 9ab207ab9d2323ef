#include "app/cli/commandline.h"

#include "core/archiverun.h"
#include "core/jsonfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace {

// The seed's boolean flags: the same names on the command line and in config.json.
const QStringList &seedFlags()
{
    static const QStringList flags { QStringLiteral("notimeout"),
                                     QStringLiteral("images"),
                                     QStringLiteral("generateimagejson"),
                                     QStringLiteral("noimages"),
                                     QStringLiteral("onlynew"),
                                     QStringLiteral("skipmissing"),
                                     QStringLiteral("onlyhtml"),
                                     QStringLiteral("onlyupdate"),
                                     QStringLiteral("clean") };
    return flags;
}

// Our own booleans, also allowed in config.json.
const QStringList &extraFlags()
{
    static const QStringList flags { QStringLiteral("rehash"), QStringLiteral("dry-run") };
    return flags;
}

struct Conflict
{
    QString first;
    QString second;
    QString message;
};

// The seed's conflict rules, with its messages. "single" stands for --single.
const QList<Conflict> &conflicts()
{
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
    };
    return rules;
}

// Settings from one source (command line or config file) before they are merged.
struct Settings
{
    QSet<QString> flags; // set booleans, plus "single" when the source is a file
    QString single;
    QString all;
    bool hasAll = false;
    QString output;
    QString extensions;
    int threads = 0;
    QString apiBase;
    QString pause;
};

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

QList<QCommandLineOption> commandLineOptions()
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
        { QStringLiteral("api-base"),
          QCoreApplication::translate(
              "CommandLine",
              "Civitai API address (default: $CIVITAI_API_BASE, else https://civitai.com). "
              "An API key is read from $CIVITAI_API_KEY."),
          QStringLiteral("URL") },
        { QStringLiteral("pause"),
          QCoreApplication::translate(
              "CommandLine", "Random pause between Civitai requests, in seconds (default: 3-6)."),
          QStringLiteral("MIN-MAX") },
        { QStringLiteral("dry-run"),
          QCoreApplication::translate("CommandLine",
                                      "With --clean: only show what would be removed.") },
        { { QStringLiteral("v"), QStringLiteral("verbose") },
          QCoreApplication::translate("CommandLine", "Log details.") },
        { { QStringLiteral("q"), QStringLiteral("quiet") },
          QCoreApplication::translate("CommandLine", "Print only errors.") },
    };
}

// `chosen`: the file was named with --config. Only then may it say where the API key goes: a
// config.json that happens to be in the working folder (a downloaded model pack's) may not.
std::optional<QString> readConfig(const QString &path, bool chosen, Settings &config)
{
    QString error;
    const auto root = JsonFile::readObject(path, &error);
    if (!root)
        //: %1 is the config file's path, %2 why it cannot be read
        return QCoreApplication::translate("CommandLine", "Error in config file %1: %2")
            .arg(path, error);

    for (auto it = root->begin(); it != root->end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (seedFlags().contains(key) || extraFlags().contains(key)) {
            if (!value.isBool())
                //: %1 is the config file's path, %2 a setting's name (do not translate it)
                return QCoreApplication::translate(
                           "CommandLine", "Error in config file %1: '%2' must be a boolean value")
                    .arg(path, key);
            if (value.toBool())
                config.flags.insert(key);
        } else if (key == QLatin1String("single") || key == QLatin1String("all")
                   || key == QLatin1String("output")) {
            if (!value.isString())
                //: %1 is the config file's path, %2 a setting's name (do not translate it)
                return QCoreApplication::translate("CommandLine",
                                                   "Error in config file %1: '%2' must be a path")
                    .arg(path, key);
            if (key == QLatin1String("single")) {
                config.single = value.toString();
                config.flags.insert(QStringLiteral("single"));
            } else if (key == QLatin1String("all")) {
                config.all = value.toString();
                config.hasAll = true;
            } else {
                config.output = value.toString();
            }
        } else if (key == QLatin1String("extensions") && !value.isString() && !value.isArray()) {
            //: %1 is the config file's path; 'extensions' is a setting's name (do not translate
            //: it)
            return QCoreApplication::translate(
                       "CommandLine",
                       "Error in config file %1: 'extensions' must be a text or a list of texts")
                .arg(path);
        } else if ((key == QLatin1String("pause") && !value.isString() && !value.isDouble())
                   || (key == QLatin1String("api-base") && !value.isString())) {
            //: %1 is the config file's path, %2 a setting's name (do not translate it)
            return QCoreApplication::translate("CommandLine",
                                               "Error in config file %1: '%2' must be a text")
                .arg(path, key);
        } else if (key == QLatin1String("extensions")) {
            config.extensions = value.isArray()
                ? value.toVariant().toStringList().join(QLatin1Char(','))
                : value.toString();
        } else if (key == QLatin1String("threads")) {
            const double threads = value.toDouble(-1);
            if (!value.isDouble() || threads != std::floor(threads) || threads < 1 || threads > 64)
                //: %1 is the config file's path; 'threads' is a setting's name (do not
                //: translate it)
                return QCoreApplication::translate(
                           "CommandLine",
                           "Error in config file %1: 'threads' must be a number from 1 to 64")
                    .arg(path);
            config.threads = int(threads);
        } else if (key == QLatin1String("api-base")) {
            if (!chosen)
                //: %1 is the config file's path; 'api-base' is a setting's name and --config,
                //: --api-base and --noconfig are options (do not translate them)
                return QCoreApplication::translate(
                           "CommandLine",
                           "Error in config file %1: 'api-base' is only read from a file named "
                           "with --config, because the API key is sent to that address. If you "
                           "trust this file, run with --config %1; else use --noconfig, or "
                           "--api-base URL.")
                    .arg(path);
            config.apiBase = value.toString();
        } else if (key == QLatin1String("pause")) {
            config.pause = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
        }
        // Other keys are ignored, so a config written for a newer version still loads.
    }
    if (!config.single.isEmpty() && config.hasAll)
        //: %1 is the config file's path; 'single' and 'all' are setting names (do not translate
        //: them)
        return QCoreApplication::translate(
                   "CommandLine",
                   "Error in config file %1: config must specify either 'single' or "
                   "'all' path, but not both")
            .arg(path);
    return std::nullopt;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, const QString &workingDir)
{
    if (arguments.isEmpty())
        return {}; // no arguments: the window

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(commandLineOptions());
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("CommandLine", "Show this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QCoreApplication::translate("CommandLine", "Show the version."));
    parser.addOption(help);
    parser.addOption(version);

    if (!parser.parse(QStringList { QStringLiteral("civitai-data-manager") } + arguments))
        return usageError(parser.errorText());

    CommandLine result;
    if (parser.isSet(help)) {
        result.action = Action::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Version;
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        //: %1 is the argument as given; FILE and DIR are placeholders of the command's syntax
        return usageError(
            QCoreApplication::translate("CommandLine",
                                        "Unexpected argument: %1 (use --single FILE or --all DIR)")
                .arg(parser.positionalArguments().constFirst()));

    Settings cli;
    for (const QString &flag : seedFlags() + extraFlags()) {
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
        return usageError(QCoreApplication::translate(
            "CommandLine", "argument --all: not allowed with argument --single"));
    cli.output = parser.value(QStringLiteral("output"));
    cli.extensions = parser.value(QStringLiteral("extensions"));
    cli.apiBase = parser.value(QStringLiteral("api-base"));
    cli.pause = parser.value(QStringLiteral("pause"));
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        cli.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || cli.threads < 1 || cli.threads > 64)
            return usageError(QCoreApplication::translate("CommandLine",
                                                          "--threads takes a number from 1 to 64"));
    }

    // config.json: --config FILE, else ./config.json unless --noconfig.
    Settings config;
    if (!parser.isSet(QStringLiteral("noconfig"))) {
        QString path = parser.value(QStringLiteral("config"));
        const bool explicitConfig = !path.isEmpty();
        if (!explicitConfig)
            path = QDir(workingDir).filePath(QStringLiteral("config.json"));
        if (explicitConfig && !QFileInfo::exists(path))
            return usageError(
                QCoreApplication::translate("CommandLine", "Config file not found: %1").arg(path));
        if (QFileInfo::exists(path)) {
            if (const auto error = readConfig(path, explicitConfig, config))
                return usageError(*error);
            result.configFile = QFileInfo(path).absoluteFilePath();
            result.notices.append(
                QCoreApplication::translate("CommandLine", "Read settings from %1")
                    .arg(result.configFile));
        }
    }

    // Merge: the command line wins. Its source (--single/--all) replaces the config's.
    Settings merged = config;
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
    if (!cli.apiBase.isEmpty())
        merged.apiBase = cli.apiBase;
    if (!cli.pause.isEmpty())
        merged.pause = cli.pause;

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
            return usageError(
                QCoreApplication::translate("CommandLine", "Error: %1").arg(rule.message));
    }

    RunOptions &options = result.options;
    const QSet<QString> &flags = merged.flags;
    result.singleFile = flags.contains(QStringLiteral("single"));
    result.dryRun = flags.contains(QStringLiteral("dry-run"));
    // As the Python tool decides when several are given.
    if (flags.contains(QStringLiteral("clean")))
        result.operation = Operation::Clean;
    else if (flags.contains(QStringLiteral("generateimagejson")))
        result.operation = Operation::MigrateImageJson;
    else if (flags.contains(QStringLiteral("onlyhtml")))
        result.operation = Operation::RegenerateGallery;
    options.noTimeout = flags.contains(QStringLiteral("notimeout"));
    options.previews = flags.contains(QStringLiteral("noimages")) ? RunOptions::Previews::None
        : flags.contains(QStringLiteral("images"))                ? RunOptions::Previews::All
                                                                  : RunOptions::Previews::First;
    options.onlyNew = flags.contains(QStringLiteral("onlynew"));
    options.skipMissing = flags.contains(QStringLiteral("skipmissing"));
    options.onlyUpdate = flags.contains(QStringLiteral("onlyupdate"));
    options.rehash = flags.contains(QStringLiteral("rehash"));
    options.hashThreads = merged.threads;

    if (!merged.apiBase.isEmpty()) {
        const QUrl apiBase(merged.apiBase, QUrl::StrictMode);
        if (!apiBase.isValid() || apiBase.host().isEmpty()
            || (apiBase.scheme() != QLatin1String("https")
                && apiBase.scheme() != QLatin1String("http")))
            //: %1 is the address as given
            return usageError(QCoreApplication::translate(
                                  "CommandLine", "--api-base needs an http(s) address, not '%1'")
                                  .arg(merged.apiBase));
        options.apiBase = apiBase;
        result.apiBaseGiven = true;
    }
    if (!merged.pause.isEmpty()) {
        const auto pause = parsePause(merged.pause);
        if (!pause)
            //: %1 is the value as given; MIN-MAX is a placeholder of the command's syntax
            return usageError(
                QCoreApplication::translate("CommandLine",
                                            "--pause takes seconds as MIN-MAX (e.g. 3-6), not '%1'")
                    .arg(merged.pause));
        options.minPause = pause->first;
        options.maxPause = pause->second;
    }
    if (result.dryRun && result.operation != Operation::Clean)
        result.notices.append(QCoreApplication::translate(
            "CommandLine", "--dry-run only has an effect with --clean"));

    if (result.singleFile) {
        if (merged.single.isEmpty())
            return usageError(
                QCoreApplication::translate("CommandLine", "--single needs a model file"));
        options.sources = { merged.single };
    } else if (merged.hasAll) {
        // The seed's migration is run as `--all "" --output DIR --generateimagejson`.
        if (merged.all.isEmpty() && result.operation != Operation::MigrateImageJson)
            return usageError(QCoreApplication::translate("CommandLine", "--all needs a folder"));
        if (!merged.all.isEmpty())
            options.sources = { merged.all };
    } else {
        return usageError(QCoreApplication::translate(
            "CommandLine", "one of the arguments --single --all is required"));
    }

    if (!merged.extensions.isEmpty()) {
        options.extensions = ModelScanner::parseExtensionList(merged.extensions);
        if (options.extensions.isEmpty())
            return usageError(QCoreApplication::translate(
                "CommandLine", "--extensions needs at least one extension"));
    }
    if (options.skipMissing && !options.onlyNew)
        result.notices.append(QCoreApplication::translate(
            "CommandLine", "--skipmissing only has an effect with --onlynew"));

    result.outputGiven = !merged.output.isEmpty();
    if (result.outputGiven)
        options.outputDir = QDir::cleanPath(QDir(workingDir).absoluteFilePath(merged.output));
    for (QString &source : options.sources)
        source = QDir::cleanPath(QDir(workingDir).absoluteFilePath(source));
    if (result.outputGiven) {
        if (const auto error = checkOutputDir(options.outputDir))
            return usageError(*error);
    }

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
    parser.addHelpOption();
    parser.addVersionOption();
    return parser.helpText();
}
