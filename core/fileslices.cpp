#include "core/fileslices.h"

FileSlices::FileSlices(const QString &path)
    : m_file(path)
{ }

QByteArrayView FileSlices::read(qint64 offset, qint64 size)
{
    const bool buffered
        = offset >= m_bufferOffset && offset + size <= m_bufferOffset + qint64(m_buffer.size());
    if (!buffered) {
        m_buffer.clear();
        m_bufferOffset = offset;
        // Unbuffered: this class is the buffer.
        if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return {};
        if (m_file.pos() != offset && !m_file.seek(offset))
            return {};
        m_buffer.resize(qMax(size, BufferSize));
        const qint64 got = m_file.read(m_buffer.data(), m_buffer.size());
        m_buffer.resize(qMax<qint64>(got, 0));
    }
    return QByteArrayView(m_buffer)
        .sliced(offset - m_bufferOffset)
        .first(qMin(size, m_bufferOffset + qint64(m_buffer.size()) - offset));
}
