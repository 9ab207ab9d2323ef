#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// What one source (the command line or a config file) asks for, before the two are merged.
struct GivenSettings
{
    QSet<QString> flags; // set booleans, plus "single" when the source is a file
    QString single;
    QString all;
    bool hasAll = false;
    QString output;
    QString extensions;
    int threads = 0;
    int previewDownloads = 0; // 0: not given
    QStringList apiBases; // in the order given
    QString pause;
    QString civArchiveBase; // command line only
};

// config.json, the Python tool's settings file: the same names as the command line's flags.
namespace ConfigFile {

// The Python tool's boolean flags, the same on the command line and in config.json.
const QStringList &pythonToolFlags();
// Our own booleans, also allowed in config.json.
const QStringList &extraFlags();

// Reads `path` into `config`, or says why it cannot be used. `chosen`: the file was named with
// --config. Only then may it say where the API key goes: a config.json that happens to be in
// the working folder (a downloaded model pack's) may not.
std::optional<QString> read(const QString &path, bool chosen, GivenSettings &config);

} // namespace ConfigFile
