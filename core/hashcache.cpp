#include "core/hashcache.h"

#include "core/archivelayout.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcHashCache, "cdm.hashcache")

namespace {

constexpr int FormatVersion = 1;

// 64-bit numbers are stored as strings: JSON numbers are doubles and would lose nanoseconds.
QString number(qint64 value)
{
    return QString::number(value);
}
QString number(quint64 value)
{
    return QString::number(value);
}

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

QString HashCache::identityKey(const FileIdentity &identity)
{
    return QStringLiteral("%1:%2:%3:%4")
        .arg(number(identity.device), number(identity.inode), number(identity.size),
             number(identity.modifiedNs));
}

HashCache::HashCache(const QString &outputDir)
    : JsonStateFile(ArchiveLayout(outputDir).hashCache())
{ }

void HashCache::clear()
{
    m_byPath.clear();
    m_byIdentity.clear();
}

void HashCache::unreadable()
{
    qCWarning(lcHashCache) << "ignoring unreadable hash cache" << path();
}

bool HashCache::fromJson(const QJsonObject &root, QString *error)
{
    if (root.value(QLatin1String("version")).toInt() != FormatVersion) {
        if (error)
            //: %1 is the path of the hash cache file
            *error = tr("%1 has an unknown format version").arg(path());
        return false;
    }
    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        FileIdentity identity;
        identity.size = entry.value(QLatin1String("size")).toString().toLongLong();
        identity.modifiedNs = entry.value(QLatin1String("mtime_ns")).toString().toLongLong();
        identity.device = entry.value(QLatin1String("device")).toString().toULongLong();
        identity.inode = entry.value(QLatin1String("inode")).toString().toULongLong();
        const QString sha256 = entry.value(QLatin1String("sha256")).toString();
        const QString filePath = entry.value(QLatin1String("path")).toString();
        if (filePath.isEmpty() || !isSha256(sha256) || !identity.isValid())
            continue;
        m_byPath.insert(filePath, { identity, sha256 });
        if (identity.hasInode())
            m_byIdentity.insert(identityKey(identity), sha256);
    }
    qCDebug(lcHashCache) << "loaded" << m_byPath.size() << "cached hashes";
    return true;
}

QJsonObject HashCache::toJson() const
{
    QStringList paths = m_byPath.keys();
    paths.sort(); // stable file contents for the same cache
    QJsonArray entries;
    for (const QString &filePath : std::as_const(paths)) {
        const Entry &entry = m_byPath.value(filePath);
        entries.append(QJsonObject {
            { QStringLiteral("path"), filePath },
            { QStringLiteral("size"), number(entry.identity.size) },
            { QStringLiteral("mtime_ns"), number(entry.identity.modifiedNs) },
            { QStringLiteral("device"), number(entry.identity.device) },
            { QStringLiteral("inode"), number(entry.identity.inode) },
            { QStringLiteral("sha256"), entry.sha256 },
        });
    }
    return { { QStringLiteral("version"), FormatVersion }, { QStringLiteral("entries"), entries } };
}

std::optional<QString> HashCache::lookup(const QString &path, const FileIdentity &identity) const
{
    if (!identity.isValid())
        return std::nullopt;
    const auto byPath = m_byPath.constFind(path);
    if (byPath != m_byPath.constEnd() && byPath->identity == identity)
        return byPath->sha256;
    if (identity.hasInode()) {
        const auto moved = m_byIdentity.constFind(identityKey(identity));
        if (moved != m_byIdentity.constEnd())
            return moved.value();
    }
    return std::nullopt;
}

void HashCache::insert(const QString &path, const FileIdentity &identity, const QString &sha256)
{
    const auto existing = m_byPath.constFind(path);
    if (existing != m_byPath.constEnd() && existing->identity == identity
        && existing->sha256 == sha256)
        return;
    m_byPath.insert(path, { identity, sha256 });
    if (identity.hasInode())
        m_byIdentity.insert(identityKey(identity), sha256);
    setDirty();
}

std::optional<FileIdentity> HashCache::recordedIdentity(const QString &path) const
{
    const auto entry = m_byPath.constFind(path);
    if (entry == m_byPath.constEnd())
        return std::nullopt;
    return entry->identity;
}

void HashCache::follow(const QString &oldPath, const QString &newPath, const FileIdentity &identity)
{
    const auto entry = m_byPath.constFind(oldPath);
    if (entry == m_byPath.constEnd())
        return;
    const Entry moved = *entry;
    m_byPath.erase(entry);
    setDirty();
    if (moved.identity == identity && !m_byPath.contains(newPath))
        m_byPath.insert(newPath, moved);
}
