#include "core/safetensorsreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcSafetensors, "cdm.safetensors")

namespace {

constexpr qint64 LengthPrefixSize = 8;

SafetensorsHeader failure(const QString &error)
{
    SafetensorsHeader result;
    result.error = error;
    return result;
}

// The end of the tensor data the header promises, or -1 when no tensor says.
qint64 declaredDataEnd(const QJsonObject &header)
{
    qint64 end = -1;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const QJsonArray offsets
            = it.value().toObject().value(QLatin1String("data_offsets")).toArray();
        if (offsets.size() == 2)
            end = qMax(end, qint64(offsets.at(1).toDouble()));
    }
    return end;
}

} // namespace

SafetensorsHeader SafetensorsReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is the system's error message
        return failure(tr("cannot open: %1").arg(file.errorString()));
    return read(file, file.size());
}

SafetensorsHeader SafetensorsReader::read(QIODevice &device, qint64 fileSize)
{
    if (fileSize == 0)
        return failure(tr("empty file (0 bytes)"));
    if (fileSize < LengthPrefixSize)
        //: %1 is the file's size in bytes (1 to 7)
        return failure(tr("not a safetensors file: only %1 bytes").arg(fileSize));

    char prefix[LengthPrefixSize];
    if (device.read(prefix, LengthPrefixSize) != LengthPrefixSize)
        //: %1 is the system's error message
        return failure(tr("cannot read the header length: %1").arg(device.errorString()));
    const quint64 length = qFromLittleEndian<quint64>(prefix);

    if (length == 0)
        return failure(tr("not a safetensors file: empty header"));
    if (length > quint64(MaxHeaderSize))
        //: %1 is the header length the file declares, %2 the limit, both in bytes
        return failure(tr("not a safetensors file: header length %1 exceeds the %2-byte limit")
                           .arg(length)
                           .arg(MaxHeaderSize));
    if (length > quint64(fileSize - LengthPrefixSize))
        //: %1 is the header length the file declares, %2 the bytes the file has after the
        //: length prefix
        return failure(tr("truncated: header needs %1 bytes, the file has %2")
                           .arg(length)
                           .arg(fileSize - LengthPrefixSize));

    const QByteArray json = device.read(qint64(length));
    if (json.size() != qsizetype(length))
        //: %1 is the header length in bytes
        return failure(tr("truncated: could not read the %1-byte header").arg(length));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        //: %1 is a byte offset in the header, %2 the JSON parser's error message
        return failure(tr("invalid header JSON at byte %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    if (!document.isObject())
        return failure(tr("invalid header: JSON is not an object"));

    SafetensorsHeader result;
    result.header = document.object();
    const QJsonValue metadata = result.header.value(QLatin1String("__metadata__"));
    if (metadata.isObject()) {
        result.metadata = metadata.toObject();
        result.hasMetadata = true;
    } else if (!metadata.isUndefined()) {
        return failure(tr("invalid header: __metadata__ is not an object"));
    }

    // A half-finished download has an intact header and too few tensor bytes behind it.
    const qint64 dataEnd = declaredDataEnd(result.header);
    const qint64 dataAvailable = fileSize - LengthPrefixSize - qint64(length);
    if (dataEnd > dataAvailable)
        //: %1 is the tensor data size the header declares, %2 the data the file has, in bytes
        return failure(tr("truncated: tensors need %1 bytes of data, the file has %2")
                           .arg(dataEnd)
                           .arg(dataAvailable));

    qCDebug(lcSafetensors) << "header" << length << "bytes, metadata keys"
                           << result.metadata.size();
    return result;
}
