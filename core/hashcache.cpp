#include "core/hashcache.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHashCache, "cdm.hashcache")

namespace {

constexpr int FormatVersion = 1;
constexpr qsizetype MinJournal = 10000; // entries appended before the cache is written whole
const QLatin1String HashFileKey("hash_file"); // read by versions since 2026-12; others drop it

// 64-bit numbers are stored as strings: JSON numbers are doubles and would lose nanoseconds.
QString number(qint64 value)
{
    return QString::number(value);
}
QString number(quint64 value)
{
    return QString::number(value);
}

// A number stored as a string, as QString::toLongLong() or toULongLong() reads it: 0 when it is
// none. Plain digits, the common case, without a conversion call.
template<typename Integer> Integer numberIn(QByteArrayView value)
{
    QByteArray decoded;
    const QByteArrayView text = JsonStream::utf8(value, decoded);
    if (!text.isEmpty() && text.size() <= 18
        && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        Integer number = 0;
        for (const char c : text)
            number = number * 10 + Integer(c - '0');
        return number;
    }
    const QByteArray copy = text.toByteArray();
    if constexpr (std::is_signed_v<Integer>)
        return copy.toLongLong();
    else
        return copy.toULongLong();
}

} // namespace

Sha256Digest HashCache::digestOf(const QString &sha256)
{
    return Sha256Digest::fromHex(sha256.toLatin1());
}

QString HashCache::hexOf(const Sha256Digest &digest)
{
    return QString::fromLatin1(digest.toHex());
}

const Sha256Digest *HashCache::storedDigest(const QString &path, const FileIdentity &identity) const
{
    if (identity.hasInode()) {
        const auto found = m_byIdentity.constFind(identity);
        return found == m_byIdentity.constEnd() ? nullptr : &found.value();
    }
    const auto found = m_withoutInode.constFind(path);
    return found == m_withoutInode.constEnd() ? nullptr : &found.value();
}

void HashCache::storeDigest(const QString &path, const FileIdentity &identity,
                            const Sha256Digest &digest)
{
    if (identity.hasInode())
        m_byIdentity.insert(identity, digest);
    else
        m_withoutInode.insert(path, digest);
}

HashCache::HashCache(const QString &outputDir)
    : StreamedJsonStateFile(ArchiveLayout(outputDir).hashCache())
{ }

void HashCache::clear()
{
    m_byPath.clear();
    m_byIdentity.clear();
    m_withoutInode.clear();
    m_changed.clear();
    m_journalled = 0;
    m_formatRead = 0;
}

QString HashCache::journalPath() const
{
    return path() + QStringLiteral(".journal");
}

// One entry of hash_cache.json; a path with no entry is written as removed.
QJsonObject HashCache::entryJson(const QString &filePath) const
{
    const auto entry = m_byPath.constFind(filePath);
    const Sha256Digest *digest
        = entry == m_byPath.constEnd() ? nullptr : storedDigest(filePath, entry->identity);
    if (!digest)
        return { { QStringLiteral("path"), filePath }, { QStringLiteral("removed"), true } };
    QJsonObject json {
        { QStringLiteral("path"), filePath },
        { QStringLiteral("size"), number(entry->identity.size) },
        { QStringLiteral("mtime_ns"), number(entry->identity.modifiedNs) },
        { QStringLiteral("device"), number(entry->identity.device) },
        { QStringLiteral("inode"), number(entry->identity.inode) },
        { QStringLiteral("sha256"), hexOf(*digest) },
    };
    if (entry->hashFile != 0)
        json.insert(HashFileKey, number(entry->hashFile));
    return json;
}

// One entry's text, read field by field: an entry that is not a valid object is skipped.
void HashCache::apply(QByteArrayView entry)
{
    QString filePath;
    bool removed = false;
    FileIdentity identity;
    quint64 hashFile = 0;
    QByteArray decoded;
    QByteArrayView sha256;
    const bool read = JsonStream::readObject(entry, [&](QByteArrayView key, QByteArrayView value) {
        if (key == "path")
            filePath = JsonStream::string(value);
        else if (key == "removed")
            removed = JsonStream::boolean(value).value_or(false);
        else if (key == "size")
            identity.size = numberIn<qint64>(value);
        else if (key == "mtime_ns")
            identity.modifiedNs = numberIn<qint64>(value);
        else if (key == "device")
            identity.device = numberIn<quint64>(value);
        else if (key == "inode")
            identity.inode = numberIn<quint64>(value);
        else if (key == "sha256")
            sha256 = JsonStream::utf8(value, decoded);
        else if (key == HashFileKey)
            hashFile = numberIn<quint64>(value);
    });
    if (!read || filePath.isEmpty())
        return;
    filePath = shared(filePath);
    if (removed) {
        m_byPath.remove(filePath);
        m_withoutInode.remove(filePath);
        return;
    }
    const Sha256Digest digest = Sha256Digest::fromHex(sha256);
    if (digest.isEmpty() || !identity.isValid())
        return;
    m_byPath.insert(filePath, { identity, hashFile });
    storeDigest(filePath, identity, digest);
}

// A crash can cut the last line short: it is skipped, and what came before is kept.
void HashCache::replayJournal()
{
    QFile journal(journalPath());
    if (!journal.open(QIODevice::ReadOnly))
        return;
    while (!journal.atEnd()) {
        apply(journal.readLine());
        ++m_journalled;
    }
}

bool HashCache::saveChanges(QString *error)
{
    if (!isDirty())
        return true;
    if (!QFile::exists(path())
        || m_journalled + m_changed.size() > qMax<qsizetype>(MinJournal, size()))
        return compact(error);
    QByteArray lines;
    for (const QString &filePath : std::as_const(m_changed))
        lines += QJsonDocument(entryJson(filePath)).toJson(QJsonDocument::Compact) + '\n';
    QFile journal(journalPath());
    if (!journal.open(QIODevice::WriteOnly | QIODevice::Append)
        || !JsonFile::writeAll(journal, lines, error) || !JsonFile::flushToDisk(journal, error)) {
        if (error && error->isEmpty())
            //: %1 is a file path, %2 the system's error message
            *error = tr("cannot write %1: %2").arg(journalPath(), journal.errorString());
        return false;
    }
    m_journalled += m_changed.size();
    m_changed.clear();
    setSaved();
    return true;
}

bool HashCache::compact(QString *error)
{
    if (!isDirty() && !QFile::exists(journalPath()))
        return true;
    return save(error);
}

// hash_cache.json now holds everything: the journal's entries are in it.
void HashCache::written()
{
    m_changed.clear();
    m_journalled = 0;
    if (QFile::exists(journalPath()) && !QFile::remove(journalPath()))
        qCWarning(lcHashCache) << "cannot remove" << journalPath();
}

void HashCache::unreadable()
{
    qCWarning(lcHashCache) << "ignoring unreadable hash cache" << path();
}

bool HashCache::readMember(const QString &key, QByteArrayView value, QString *error)
{
    if (key == QLatin1String("version"))
        m_formatRead = JsonStream::parse(value).toInt();
    else if (key == QLatin1String("entries")) {
        // At most an entry a brace: growing to 100,000 would hash every path again many times.
        const qsizetype most = StateFileBytes::count(value, '{');
        m_byPath.reserve(m_byPath.size() + most);
        m_byIdentity.reserve(m_byIdentity.size() + most);
        return JsonStream::forEachElement(
            value, [this](QByteArrayView entry) { apply(entry); }, error);
    }
    return true;
}

bool HashCache::membersRead(QString *error)
{
    if (m_formatRead != FormatVersion) {
        if (error)
            //: %1 is the path of the hash cache file
            *error = tr("%1 has an unknown format version").arg(path());
        return false;
    }
    replayJournal();
    qCDebug(lcHashCache) << "loaded" << m_byPath.size() << "cached hashes";
    return true;
}

// An entry at a time: a JSON document of 100,000 entries would cost five times the text.
bool HashCache::writePieces(const Sink &sink) const
{
    QStringList paths = m_byPath.keys();
    paths.sort(); // stable file contents for the same cache
    return JsonFile::writeWithArray(sink, { { QStringLiteral("version"), FormatVersion } },
                                    QStringLiteral("entries"), paths.size(),
                                    [&](qsizetype i) { return entryJson(paths.at(i)); });
}

std::optional<QString> HashCache::lookup(const QString &path, const FileIdentity &identity,
                                         quint64 *hashFile) const
{
    if (hashFile)
        *hashFile = 0;
    if (!identity.isValid())
        return std::nullopt;
    const auto byPath = m_byPath.constFind(path);
    if (byPath != m_byPath.constEnd() && byPath->identity == identity) {
        const Sha256Digest *digest = storedDigest(path, identity);
        if (!digest)
            return std::nullopt;
        if (hashFile)
            *hashFile = byPath->hashFile;
        return hexOf(*digest);
    }
    if (identity.hasInode()) {
        const auto moved = m_byIdentity.constFind(identity);
        if (moved != m_byIdentity.constEnd())
            return hexOf(moved.value());
    }
    return std::nullopt;
}

void HashCache::insert(const QString &path, const FileIdentity &identity, const QString &sha256,
                       quint64 hashFile)
{
    const Sha256Digest digest = digestOf(sha256);
    if (digest.isEmpty())
        return; // no hash: nothing to remember
    const auto existing = m_byPath.constFind(path);
    if (existing != m_byPath.constEnd() && existing->identity == identity
        && existing->hashFile == hashFile) {
        const Sha256Digest *known = storedDigest(path, identity);
        if (known && *known == digest)
            return;
    }
    m_byPath.insert(path, { identity, hashFile });
    storeDigest(path, identity, digest);
    m_changed.append(path);
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
    Entry moved = *entry;
    moved.hashFile = 0; // it names the file by its old name
    const Sha256Digest *known = storedDigest(oldPath, moved.identity);
    const Sha256Digest digest = known ? *known : Sha256Digest();
    m_byPath.erase(entry);
    m_withoutInode.remove(oldPath);
    m_changed.append(oldPath);
    setDirty();
    if (moved.identity == identity && !digest.isEmpty() && !m_byPath.contains(newPath)) {
        m_byPath.insert(newPath, moved);
        storeDigest(newPath, identity, digest);
        m_changed.append(newPath);
    }
}
