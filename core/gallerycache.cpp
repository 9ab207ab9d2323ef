#include "core/gallerycache.h"

#include "core/archivelayout.h"
#include "core/filehasher.h"
#include "core/filehistory.h"
#include "core/fileidentity.h"
#include "core/jsonfile.h"
#include "core/translations.h"
#include "core/version.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace {

constexpr char Format[] = "cdm-gallery-cache 2"; // 2: display names, dates, unreadable files

// A file as the stamps see it: name, size and modification time (in milliseconds, as
// QFileInfo gave it, read without QFileInfo's local QDateTime: it costs a time zone look-up).
void addFile(QByteArray &stamp, const QString &path)
{
    const FileIdentity file = FileIdentity::of(path);
    stamp += QStringView(path).sliced(path.lastIndexOf(QLatin1Char('/')) + 1).toUtf8() + '\0';
    stamp += QByteArray::number(file.size) + '\0';
    stamp += QByteArray::number(file.isValid() ? file.modifiedNs / 1000000 : 0) + '\n';
}

QByteArray digestOf(const QByteArray &stamp)
{
    return FileHasher::hashBytes(stamp).toLatin1();
}

} // namespace

GalleryCache::GalleryCache(QString outputDir)
    : m_outputDir(std::move(outputDir))
{ }

QString GalleryCache::path() const
{
    return ArchiveLayout(m_outputDir).assetsFolder() + QStringLiteral("/pages.cache");
}

// What every page depends on beside its own folder.
QByteArray GalleryCache::key() const
{
    const ArchiveLayout layout(m_outputDir);
    QByteArray key = QByteArray(Format) + '\n' + CDM_VERSION + '\n'
        + Translations::current().toUtf8() + '\n';
    addFile(key, layout.missingList());
    addFile(key, layout.updatesAvailable());
    return digestOf(key);
}

QByteArray GalleryCache::folderStamp(const QString &folder) const
{
    QByteArray stamp;
    // Names sorted as QDir::entryList(Name) sorts them, without its QFileInfo for each.
    QStringList files;
    QDirIterator it(ModelFolder(m_outputDir, folder).path(), QDir::Files | QDir::Hidden);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    for (const QString &file : files)
        addFile(stamp, file);
    if (m_history)
        stamp += m_history->galleryStamp(folder);
    return digestOf(stamp);
}

void GalleryCache::load()
{
    QFile file(path());
    m_changed = true;
    if (!file.open(QIODevice::ReadOnly) || file.readLine().trimmed() != key())
        return;
    m_changed = false;
    // folder \t stamp \t sha256 \t card: folder names never hold a tab, cards never a newline.
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QList<QByteArray> fields = line.chopped(line.endsWith('\n') ? 1 : 0).split('\t');
        if (fields.size() == 4 && !fields.at(3).isEmpty())
            m_last.insert(QString::fromUtf8(fields.at(0)),
                          { fields.at(1), fields.at(3), QString::fromLatin1(fields.at(2)) });
    }
}

std::optional<GalleryCache::Entry> GalleryCache::takeCurrent(const QString &folder)
{
    const auto last = m_last.constFind(folder);
    if (last == m_last.constEnd())
        return std::nullopt;
    const Entry entry = *last;
    m_last.erase(last);
    if (entry.stamp != folderStamp(folder)) {
        m_changed = true;
        return std::nullopt;
    }
    m_next.insert(folder, entry);
    return entry;
}

void GalleryCache::record(const QString &folder, const QByteArray &card, const QString &sha256)
{
    m_next.insert(folder, { folderStamp(folder), card, sha256 });
    m_changed = true;
}

bool GalleryCache::save(QString *error) const
{
    if (!m_changed && m_last.isEmpty()) // every entry read was current: the file says it all
        return true;
    QSaveFile file(path());
    bool ok = file.open(QIODevice::WriteOnly) && JsonFile::writeAll(file, key() + '\n', error);
    for (auto it = m_next.cbegin(); ok && it != m_next.cend(); ++it)
        ok = JsonFile::writeAll(file,
                                it.key().toUtf8() + '\t' + it->stamp + '\t' + it->sha256.toLatin1()
                                    + '\t' + it->card + '\n',
                                error);
    if (ok && file.commit())
        return true;
    file.cancelWriting();
    if (error && error->isEmpty())
        *error = file.errorString();
    return false;
}
