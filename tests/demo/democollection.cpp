// Writes a small demo collection of synthetic model files: LoRAs with kohya training metadata
// (their trigger words are what the archive keeps), names with awkward characters, a checkpoint
// without metadata, and one truncated download.
#include "safetensorsfactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: cdm-demo-collection FOLDER\n", stderr);
        return 2;
    }
    const QDir root(arguments.at(1));

    auto tags = [](std::initializer_list<std::pair<const char *, int>> counts) {
        QJsonObject tagCounts;
        for (const auto &[tag, count] : counts)
            tagCounts.insert(QString::fromUtf8(tag), count);
        return QJsonObject { { QStringLiteral("10_dataset"), tagCounts } };
    };
    using SafetensorsFactory::build;
    using SafetensorsFactory::loraMetadata;

    const QList<std::pair<QString, QByteArray>> files {
        { QStringLiteral("loras/sdxl/lighthouse_style_xl.safetensors"),
          build(loraMetadata(), 4096) },
        { QStringLiteral("loras/flux/[FLUX.1 [dev] - LoRa] [Style] 'True Real Photography' "
                         "[SPECTRUM #0001].safetensors"),
          build(loraMetadata(tags(
                    { { "true real photography", 52 }, { "film grain", 17 }, { "portrait", 9 } })),
                8192) },
        { QStringLiteral("loras/flux/neon city 🌃 v2.safetensors"),
          build(loraMetadata(tags({ { "neon city", 33 }, { "rain", 12 }, { "night", 11 } })),
                2048) },
        { QStringLiteral("loras/sd15/水墨画 ink wash.safetensors"),
          build(loraMetadata(tags({ { "ink wash painting", 40 }, { "monochrome", 22 } })), 1024) },
        { QStringLiteral("checkpoints/tiny_checkpoint.safetensors"), build({}, 65536) },
        { QStringLiteral("loras/sdxl/half_downloaded.safetensors"),
          build(loraMetadata(), 65536).left(20000) },
    };
    for (const auto &[name, bytes] : files) {
        if (!SafetensorsFactory::write(root.filePath(name), bytes)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(root.filePath(name)));
            return 1;
        }
    }
    std::printf("Demo collection: %d model files in %s\n", int(files.size()),
                qPrintable(root.absolutePath()));
    return 0;
}
