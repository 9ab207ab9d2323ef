#include "app/cli/configfile.h"

#include "core/jsonfile.h"
#include "core/runoptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

const QStringList &ConfigFile::pythonToolFlags()
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

const QStringList &ConfigFile::extraFlags()
{
    static const QStringList flags { QStringLiteral("rehash"), QStringLiteral("dry-run"),
                                     QStringLiteral("civarchive"), QStringLiteral("recheck") };
    return flags;
}

namespace {

// A whole number from `low` to `high`, or nothing.
std::optional<int> wholeNumber(const QJsonValue &value, int low, int high)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < low || number > high)
        return std::nullopt;
    return int(number);
}

// A boolean flag or a path ('single', 'all', 'output'): reads it into `config`, or says why not.
std::optional<QString> readConfigFlagOrPath(const QString &path, const QString &key,
                                            const QJsonValue &value, GivenSettings &config)
{
    if (ConfigFile::pythonToolFlags().contains(key) || ConfigFile::extraFlags().contains(key)) {
        if (!value.isBool())
            //: %1 is the config file's path, %2 a setting's name (do not translate it)
            return QCoreApplication::translate(
                       "CommandLine", "Error in config file %1: '%2' must be a boolean value")
                .arg(path, key);
        if (value.toBool())
            config.flags.insert(key);
        return std::nullopt;
    }
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
    return std::nullopt;
}

// 'extensions', 'threads', 'preview-downloads', 'api-base', 'pause'; other keys are ignored, so a
// config written for a newer version still loads. `chosen`: see ConfigFile::read().
std::optional<QString> readConfigValue(const QString &path, bool chosen, const QString &key,
                                       const QJsonValue &value, GivenSettings &config)
{
    if (key == QLatin1String("extensions") && !value.isString() && !value.isArray()) {
        //: %1 is the config file's path; 'extensions' is a setting's name (do not translate
        //: it)
        return QCoreApplication::translate(
                   "CommandLine",
                   "Error in config file %1: 'extensions' must be a text or a list of texts")
            .arg(path);
    } else if (key == QLatin1String("api-base") && !value.isString()
               && !(value.isArray()
                    && std::all_of(value.toArray().cbegin(), value.toArray().cend(),
                                   [](const QJsonValue &item) { return item.isString(); }))) {
        //: %1 is the config file's path; 'api-base' is a setting's name (do not translate it)
        return QCoreApplication::translate(
                   "CommandLine",
                   "Error in config file %1: 'api-base' must be a text or a list of texts")
            .arg(path);
    } else if (key == QLatin1String("pause") && !value.isString() && !value.isDouble()) {
        //: %1 is the config file's path, %2 a setting's name (do not translate it)
        return QCoreApplication::translate("CommandLine",
                                           "Error in config file %1: '%2' must be a text")
            .arg(path, key);
    } else if (key == QLatin1String("extensions")) {
        config.extensions = value.isArray()
            ? value.toVariant().toStringList().join(QLatin1Char(','))
            : value.toString();
    } else if (key == QLatin1String("threads")) {
        const std::optional<int> threads = wholeNumber(value, 1, 64);
        if (!threads)
            //: %1 is the config file's path; 'threads' is a setting's name (do not
            //: translate it)
            return QCoreApplication::translate(
                       "CommandLine",
                       "Error in config file %1: 'threads' must be a number from 1 to 64")
                .arg(path);
        config.threads = *threads;
    } else if (key == QLatin1String("preview-downloads")) {
        const std::optional<int> downloads = wholeNumber(value, 1, RunOptions::MaxPreviewDownloads);
        if (!downloads)
            //: %1 is the config file's path, %2 the largest number allowed; 'preview-downloads'
            //: is a setting's name (do not translate it)
            return QCoreApplication::translate("CommandLine",
                                               "Error in config file %1: 'preview-downloads' must "
                                               "be a number from 1 to %2")
                .arg(path)
                .arg(RunOptions::MaxPreviewDownloads);
        config.previewDownloads = *downloads;
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
        config.apiBases = value.isArray()
            ? value.toVariant().toStringList()
            : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (key == QLatin1String("pause")) {
        config.pause = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> ConfigFile::read(const QString &path, bool chosen, GivenSettings &config)
{
    QString error;
    const auto root = JsonFile::readObject(path, &error);
    if (!root)
        //: %1 is the config file's path, %2 why it cannot be read
        return QCoreApplication::translate("CommandLine", "Error in config file %1: %2")
            .arg(path, error);

    for (auto it = root->begin(); it != root->end(); ++it) {
        const QString key = it.key();
        const bool isFlagOrPath = ConfigFile::pythonToolFlags().contains(key)
            || ConfigFile::extraFlags().contains(key) || key == QLatin1String("single")
            || key == QLatin1String("all") || key == QLatin1String("output");
        const auto failure = isFlagOrPath ? readConfigFlagOrPath(path, key, it.value(), config)
                                          : readConfigValue(path, chosen, key, it.value(), config);
        if (failure)
            return failure;
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
