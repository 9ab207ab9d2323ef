#include "democollection.h"

#include "core/filehasher.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>

namespace DemoCollection {

namespace {

QJsonObject tags(std::initializer_list<std::pair<const char *, int>> counts)
{
    QJsonObject tagCounts;
    for (const auto &[tag, count] : counts)
        tagCounts.insert(QString::fromUtf8(tag), count);
    return QJsonObject { { QStringLiteral("10_dataset"), tagCounts } };
}

std::pair<QByteArray, QString> picture(int imageId)
{
    QImage image(512, 768, QImage::Format_RGB32);
    QPainter painter(&image);
    const int hue = (imageId % 1000) * 47 % 360;
    QLinearGradient sky(0, 0, 0, image.height());
    sky.setColorAt(0, QColor::fromHsv(hue, 120, 250));
    sky.setColorAt(1, QColor::fromHsv((hue + 60) % 360, 200, 90));
    painter.fillRect(image.rect(), sky);
    QRadialGradient sun(QPointF(150 + imageId % 200, 260), 140);
    sun.setColorAt(0, QColor(255, 240, 200, 230));
    sun.setColorAt(1, QColor(255, 240, 200, 0));
    painter.fillRect(image.rect(), sun);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv((hue + 180) % 360, 160, 60));
    painter.drawEllipse(QPointF(256, 900), 520, 330);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return { png, QStringLiteral("image/png") };
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
    server.setImageMaker(picture);
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
