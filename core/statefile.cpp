#include "core/statefile.h"

#include "core/jsonfile.h"
#include "core/jsonstream.h"
#include "core/sharedstrings.h"

#include <QFile>

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
    const std::optional<QByteArray> bytes = contents();
    if (!bytes) {
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            if (error)
                //: %1 is a file path
                *error = tr("cannot remove %1").arg(m_path);
            return false;
        }
    } else if (!JsonFile::write(m_path, *bytes, error)) {
        return false;
    }
    m_dirty = false;
    written();
    return true;
}

bool JsonStateFile::read(QString *error)
{
    const std::optional<QJsonObject> root = JsonFile::readObject(path(), error);
    return root && fromJson(*root, error);
}

std::optional<QByteArray> JsonStateFile::contents() const
{
    return text();
}

QByteArray JsonStateFile::text() const
{
    return JsonFile::format(toJson());
}

bool StreamedJsonStateFile::read(QString *error)
{
    const std::optional<QByteArray> bytes = JsonFile::readBytes(path(), error);
    if (!bytes)
        return false;
    QString problem;
    bool membersOk = true;
    const bool walked = JsonStream::forEachMember(
        *bytes,
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
