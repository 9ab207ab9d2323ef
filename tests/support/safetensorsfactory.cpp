#include "safetensorsfactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace SafetensorsFactory {

QByteArray withRawHeader(const QByteArray &header, qint64 dataBytes)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian<quint64>(quint64(header.size()), bytes.data());
    bytes += header;
    QByteArray data(dataBytes, '\0');
    for (qint64 i = 0; i < dataBytes; ++i)
        data[i] = char(i * 31 + 7);
    return bytes + data;
}

QByteArray build(const QJsonObject &metadata, qint64 dataBytes)
{
    QJsonObject header {
        { QStringLiteral("lora_unet_down.weight"),
          QJsonObject { { QStringLiteral("dtype"), QStringLiteral("F32") },
                        { QStringLiteral("shape"), QJsonArray { dataBytes / 4 } },
                        { QStringLiteral("data_offsets"), QJsonArray { 0, dataBytes } } } },
    };
    if (!metadata.isEmpty())
        header.insert(QStringLiteral("__metadata__"), metadata);
    return withRawHeader(QJsonDocument(header).toJson(QJsonDocument::Compact), dataBytes);
}

QJsonObject loraMetadata(const QJsonObject &tagFrequency)
{
    const QJsonObject tags = tagFrequency.isEmpty()
        ? QJsonObject { { QStringLiteral("10_lighthouse"),
                          QJsonObject { { QStringLiteral("lighthouse style"), 40 },
                                        { QStringLiteral("dusk lighting"), 12 },
                                        { QStringLiteral("1girl"), 3 } } } }
        : tagFrequency;
    return {
        { QStringLiteral("ss_network_module"), QStringLiteral("networks.lora") },
        { QStringLiteral("ss_network_dim"), QStringLiteral("32") },
        { QStringLiteral("ss_network_alpha"), QStringLiteral("16") },
        { QStringLiteral("ss_sd_model_name"), QStringLiteral("sd_xl_base_1.0.safetensors") },
        { QStringLiteral("ss_resolution"), QStringLiteral("(1024, 1024)") },
        { QStringLiteral("ss_num_epochs"), QStringLiteral("10") },
        { QStringLiteral("ss_tag_frequency"),
          QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)) },
    };
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeSparse(const QString &path, qint64 size)
{
    if (!write(path, build(loraMetadata())))
        return false;
    QFile file(path);
    return file.resize(size);
}

} // namespace SafetensorsFactory
