#include "syntheticarchive.h"

#include "core/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStringList>

namespace {

// A plain write, not JsonFile's atomic one: its sync to disk per file makes 40,000 files take
// minutes, and a test archive that a crash spoils is simply written again. A file that already
// holds these bytes (the previous test run's) is left alone: rewriting is slow on a busy disk.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (file.size() == bytes.size() && file.open(QIODevice::ReadOnly) && file.readAll() == bytes)
        return true;
    file.close();
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size())
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

namespace SyntheticArchive {

bool write(const QString &folder, int count, QString *error)
{
    const QString fixtures = QStringLiteral(CDM_FIXTURES_DIR "/");
    const auto version
        = JsonFile::readObject(fixtures + QStringLiteral("model-version-by-hash.json"), error);
    const auto model = JsonFile::readObject(fixtures + QStringLiteral("model.json"), error);
    if (!version || !model)
        return false;
    const QByteArray modelBytes = JsonFile::format(*model);
    // Keep in step with tests/gallery/synthetic.test.mjs, which derives its expectations.
    static const QStringList types { QStringLiteral("LORA"), QStringLiteral("Checkpoint"),
                                     QStringLiteral("TextualInversion"), QStringLiteral("LoCon"),
                                     QStringLiteral("VAE") };
    static const QStringList bases { QStringLiteral("SDXL 1.0"), QStringLiteral("SD 1.5"),
                                     QStringLiteral("Pony"), QStringLiteral("Flux.1 D"),
                                     QStringLiteral("Illustrious") };
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("model_%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString base = folder + QLatin1Char('/') + name + QLatin1Char('/') + name;
        if (!QDir().mkpath(folder + QLatin1Char('/') + name)) {
            if (error)
                *error = QStringLiteral("cannot create %1/%2").arg(folder, name);
            return false;
        }
        QJsonObject v = *version;
        QJsonObject summary = v.value(QLatin1String("model")).toObject();
        summary.insert(QStringLiteral("name"), QStringLiteral("Lighthouse Style %1").arg(i));
        summary.insert(QStringLiteral("type"), types.at(i % types.size()));
        v.insert(QStringLiteral("model"), summary);
        v.insert(QStringLiteral("baseModel"), bases.at(i % bases.size()));
        v.insert(QStringLiteral("trainedWords"),
                 QJsonArray { QStringLiteral("beacon_%1").arg(i, 5, 10, QLatin1Char('0')),
                              QStringLiteral("lighthouse style") });
        v.insert(QStringLiteral("stats"),
                 QJsonObject { { QStringLiteral("downloadCount"), (i * 7919) % 100000 } });
        const QJsonObject hash {
            { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
            { QStringLiteral("hash_value"), QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')) },
            { QStringLiteral("filename"), name + QStringLiteral(".safetensors") },
            { QStringLiteral("timestamp"), QStringLiteral("2026-01-01T00:00:00.000000") }
        };
        if (!writeFile(base + QStringLiteral("_civitai_model_version.json"), JsonFile::format(v),
                       error)
            || !writeFile(base + QStringLiteral("_civitai_model.json"), modelBytes, error)
            || !writeFile(base + QStringLiteral("_hash.json"), JsonFile::format(hash), error)
            || !writeFile(base + QStringLiteral("_preview_0.jpeg"), QByteArray("jpeg"), error))
            return false;
    }
    return true;
}

} // namespace SyntheticArchive
