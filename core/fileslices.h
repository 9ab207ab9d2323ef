#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

// Reads pieces of a file at rising offsets, gaps between them allowed, through one large buffer:
// QFile::seek drops QFile's buffer, so a piece a seek costs two system calls (the gallery reads
// a card from each line of its cache, 100,000 of them in a large archive).
class FileSlices final
{
public:
    explicit FileSlices(const QString &path);

    // The `size` bytes at `offset`; shorter when the file ends or cannot be read. Valid until the
    // next call.
    QByteArrayView read(qint64 offset, qint64 size);

private:
    static constexpr qint64 BufferSize = 256 * 1024;

    QFile m_file;
    QByteArray m_buffer;
    qint64 m_bufferOffset = 0; // of m_buffer's first byte in the file
};
