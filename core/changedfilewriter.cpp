#include "core/changedfilewriter.h"

#include "core/jsonfile.h"

using JsonFile::writeError;

ChangedFileWriter::ChangedFileWriter(QString path)
    : m_path(std::move(path))
    , m_old(m_path)
{
    if (m_old.open(QIODevice::ReadOnly))
        m_oldSize = m_old.size(); // once: QFile asks the system each time
    else
        m_old.close(); // nothing to compare with: the first piece starts the new file
}

ChangedFileWriter::~ChangedFileWriter()
{
    if (m_new)
        m_new->cancelWriting();
}

bool ChangedFileWriter::append(QByteArrayView bytes, QString *error)
{
    if (!m_new && m_old.isOpen() && m_matched + bytes.size() <= m_oldSize) {
        // Asked for no more than the piece: read(N) allocates N bytes.
        const QByteArray old = m_old.read(bytes.size());
        if (old == bytes) {
            m_matched += bytes.size();
            return true;
        }
    }
    if (!m_new && !diverge(error))
        return false;
    QString reason;
    if (JsonFile::writeAll(*m_new, bytes, &reason))
        return true;
    if (error)
        *error = writeError(m_path, reason);
    return false;
}

// The new file starts with the bytes that matched so far, copied from the old one.
bool ChangedFileWriter::diverge(QString *error)
{
    m_new = std::make_unique<QSaveFile>(m_path);
    if (!m_new->open(QIODevice::WriteOnly)) {
        if (error)
            *error = writeError(m_path, m_new->errorString());
        return false;
    }
    constexpr qint64 ChunkSize = 1024 * 1024;
    QString reason;
    bool copied = !m_old.isOpen() || m_old.seek(0);
    for (qint64 done = 0; copied && done < m_matched; done += ChunkSize) {
        const QByteArray chunk = m_old.read(qMin(ChunkSize, m_matched - done));
        copied = chunk.size() == qMin(ChunkSize, m_matched - done)
            && JsonFile::writeAll(*m_new, chunk, &reason);
    }
    m_old.close();
    if (!copied && error)
        *error = writeError(m_path, reason.isEmpty() ? m_old.errorString() : reason);
    return copied;
}

bool ChangedFileWriter::finish(QString *error)
{
    if (!m_new && m_old.isOpen() && m_matched == m_oldSize)
        return true; // the same bytes: the file is left as it was
    if (!m_new && !diverge(error))
        return false;
    QString reason;
    if (!JsonFile::flushToDisk(*m_new, &reason)) {
        if (error)
            *error = writeError(m_path, reason);
        return false;
    }
    const bool committed = m_new->commit();
    if (!committed && error)
        *error = writeError(m_path, m_new->errorString());
    m_new.reset();
    return committed;
}
