#include "democollection.h"

#include "fakecivitai.h"
#include "filehasher.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QJsonObject>

namespace DemoCollection {

namespace {

QJsonObject tags(std::initializer_list<std::pair<const char *, int>> counts)
{
    QJsonObject tagCounts;
    for (const auto &[tag, count] : counts)
        tagCounts.insert(QString::fromUtf8(tag), count);
    return QJsonObject { { QStringLiteral("10_dataset"), tagCounts } };
}

} // namespace

QList<ModelFile> files()
{
    using SafetensorsFactory::build;
    using SafetensorsFactory::loraMetadata;
    return {
        { QStringLiteral("loras/sdxl/lighthouse_style_xl_v1.safetensors"),
          build(loraMetadata(), 4096) },
        { QStringLiteral("loras/sdxl/lighthouse_style_xl_v2.safetensors"),
          build(loraMetadata(), 4100) },
        { QStringLiteral("loras/flux/[FLUX.1 [dev] - LoRa] [Style] 'True Real Photography' "
                         "[SPECTRUM #0001].safetensors"),
          build(loraMetadata(tags(
                    { { "true real photography", 52 }, { "film grain", 17 }, { "portrait", 9 } })),
                8192) },
        { QStringLiteral("loras/flux/neon city 🌃 v2.safetensors"),
          build(loraMetadata(tags({ { "neon city", 33 }, { "rain", 12 }, { "night", 11 } })), 2048),
          false },
        { QStringLiteral("loras/sd15/水墨画 ink wash.safetensors"),
          build(loraMetadata(tags({ { "ink wash painting", 40 }, { "monochrome", 22 } })), 1024) },
        { QStringLiteral("checkpoints/tiny_checkpoint.safetensors"), build({}, 65536) },
        { QStringLiteral("loras/sdxl/half_downloaded.safetensors"),
          build(loraMetadata(), 65536).left(20000) },
    };
}

bool write(const QString &folder, QString *error)
{
    const QDir root(folder);
    for (const ModelFile &file : files()) {
        if (!SafetensorsFactory::write(root.filePath(file.relativePath), file.bytes)) {
            *error = QStringLiteral("cannot write %1").arg(root.filePath(file.relativePath));
            return false;
        }
    }
    return true;
}

void publish(FakeCivitai &server)
{
    int versionId = 7000;
    for (const ModelFile &file : files()) {
        if (!file.onCivitai)
            continue;
        // Both lighthouse files are versions of one model: it is fetched once.
        const int modelId = file.relativePath.contains(QLatin1String("lighthouse"))
            ? 4000
            : 4100 + versionId % 100;
        server.addModelFile(FileHasher::hashBytes(file.bytes), modelId, ++versionId, 2);
    }
}

} // namespace DemoCollection
