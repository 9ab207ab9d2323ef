#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Builds synthetic .safetensors files for tests: valid LoRA-like ones and every kind of broken one.
namespace SafetensorsFactory {

// A header with one F32 tensor of `dataBytes` bytes and, if given, `__metadata__`.
QByteArray build(const QJsonObject &metadata = {}, qint64 dataBytes = 16);
// Length prefix + exactly these header bytes + data bytes.
QByteArray withRawHeader(const QByteArray &header, qint64 dataBytes = 0);

// kohya-style metadata, with ss_tag_frequency stored as a JSON string as kohya does.
QJsonObject loraMetadata(const QJsonObject &tagFrequency = {});

bool write(const QString &path, const QByteArray &bytes);
// A valid file of `size` bytes whose tail is sparse (holes read as zeros, cost no disk).
bool writeSparse(const QString &path, qint64 size);

} // namespace SafetensorsFactory
