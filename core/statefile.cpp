#include "core/statefile.h"

#include "core/changedfilewriter.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
#include "core/sharedstrings.h"

#include <QFile>

#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

StateFile::StateFile(QString path)
    : m_path(std::move(path))
{ }

bool StateFile::load(QString *error)
{
    clear();
    m_dirty = false;
    m_unloaded = false;
    if (!QFile::exists(m_path))
        return true;
    const bool loaded = read(error);
    if (!loaded) {
        clear();
        unreadable();
    }
    m_dirty = false; // what was read is what is on disk
    return loaded;
}

QString StateFile::shared(const QString &text) const
{
    return m_sharedStrings ? m_sharedStrings->shared(text) : text;
}

bool StateFile::unload()
{
    if (m_dirty)
        return false;
    clear();
    m_unloaded = true;
    return true;
}

bool StateFile::save(QString *error)
{
    if (m_unloaded) // an empty state, not the one on disk
        return true;
    if (!keptOnDisk()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            if (error)
                //: %1 is a file path
                *error = tr("cannot remove %1").arg(m_path);
            return false;
        }
    } else if (!saveInPieces(error)) {
        return false;
    }
    m_dirty = false;
    written();
    return true;
}

bool StateFile::saveInPieces(QString *error) const
{
    // Pieces of about this size: neither an entry at a time nor the whole text.
    constexpr qsizetype PieceSize = 256 * 1024;
    ChangedFileWriter file(m_path);
    QByteArray piece;
    const auto flush = [&] {
        const bool appended = file.append(piece, error);
        piece.clear();
        return appended;
    };
    const bool made = writePieces([&](QByteArrayView bytes) {
        piece += bytes;
        return piece.size() < PieceSize || flush();
    });
    return made && flush() && file.finish(error);
}

bool JsonStateFile::read(QString *error)
{
    const std::optional<QJsonObject> root = JsonFile::readObject(path(), error);
    return root && fromJson(*root, error);
}

bool JsonStateFile::writePieces(const Sink &sink) const
{
    return sink(JsonFile::format(toJson()));
}

bool StateFileBytes::open(QString *error)
{
    if (m_file.open(QIODevice::ReadOnly) && m_file.size() > 0) {
        if (const uchar *mapped = m_file.map(0, m_file.size())) {
            m_bytes = QByteArrayView(reinterpret_cast<const char *>(mapped), m_file.size());
            m_mapped = true;
            return true;
        }
    }
    std::optional<QByteArray> read = JsonFile::readBytes(m_file.fileName(), error);
    if (!read)
        return false;
    m_read = std::move(*read);
    m_bytes = m_read;
    return true;
}

qsizetype StateFileBytes::count(QByteArrayView text, char c)
{
    if (text.isEmpty())
        return 0;
    qsizetype count = 0;
    const char *const end = text.end();
    for (const char *p = text.begin();
         (p = static_cast<const char *>(std::memchr(p, c, size_t(end - p)))); ++p)
        ++count;
    return count;
}

qsizetype StateFileBytes::countForgetting(QByteArrayView text, char c)
{
    qsizetype counted = 0;
    for (qsizetype at = 0; at < text.size(); at += ForgetStep) {
        counted += count(text.sliced(at, qMin(ForgetStep, text.size() - at)), c);
        forgetBefore(text.data() + qMin(at + ForgetStep, text.size()));
    }
    return counted;
}

void StateFileBytes::forgetBefore(const char *position)
{
#ifdef Q_OS_UNIX
    static const qsizetype page = sysconf(_SC_PAGESIZE);
    if (!m_mapped || position < m_bytes.data() || position > m_bytes.data() + m_bytes.size())
        return;
    const qsizetype upTo = (position - m_bytes.data()) / page * page;
    if (upTo < m_forgotten) // a walk through the bytes again, from their start
        m_forgotten = 0;
    if (upTo - m_forgotten < ForgetStep && position != m_bytes.data() + m_bytes.size())
        return;
    madvise(const_cast<char *>(m_bytes.data()) + m_forgotten, size_t(upTo - m_forgotten),
            MADV_DONTNEED);
    m_forgotten = upTo;
#else
    Q_UNUSED(position);
#endif
}

bool StreamedJsonStateFile::read(QString *error)
{
    StateFileBytes file(path());
    if (!file.open(error))
        return false;
    QString problem;
    bool membersOk = true;
    const bool walked = JsonStream::forEachMember(
        file.bytes(),
        [&](const QString &key, QByteArrayView value) {
            if (membersOk)
                membersOk = readMember(key, value, &problem);
        },
        &problem);
    if (!walked || !membersOk) {
        if (error)
            *error = JsonFile::notAnObjectError(path(), problem);
        return false;
    }
    return membersRead(error);
}
