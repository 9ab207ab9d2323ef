#include "core/statefile.h"

#include "core/jsonfile.h"

#include <QFile>

StateFile::StateFile(QString path)
    : m_path(std::move(path))
{ }

bool StateFile::load(QString *error)
{
    clear();
    m_dirty = false;
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

bool StateFile::save(QString *error)
{
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
