#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QIODevice;

// What a .safetensors header holds: the whole JSON header (tensor table included) and its
// `__metadata__` object (kohya's `ss_*` training keys), or a per-file error.
struct SafetensorsHeader
{
    QJsonObject header;
    QJsonObject metadata;
    bool hasMetadata = false;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Reads the header of a .safetensors file: an 8-byte little-endian length, then that many bytes
// of UTF-8 JSON. Validates strictly, since truncated downloads and renamed non-model files are
// common in real collections, and it only ever reads: model files are never modified.
class SafetensorsReader final
{
    Q_DECLARE_TR_FUNCTIONS(SafetensorsReader)

public:
    static constexpr qint64 MaxHeaderSize = 100 * 1000 * 1000;

    static SafetensorsHeader read(const QString &path);
    static SafetensorsHeader read(QIODevice &device, qint64 fileSize);
};
