#include "core/gallerycache.h"

#include "core/archivelayout.h"
#include "core/filehasher.h"
#include "core/filehistory.h"
#include "core/fileidentity.h"
#include "core/folderlisting.h"
#include "core/jsonfile.h"
#include "core/translations.h"
#include "core/version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

constexpr char Format[] = "cdm-gallery-cache 2"; // 2: display names, dates, unreadable files

// A file as the stamps see it: name, size and modification time in milliseconds.
void addFile(QByteArray &stamp, const QString &name, qint64 size, qint64 modifiedMs)
{
    stamp += name.toUtf8() + '\0';
    stamp += QByteArray::number(size) + '\0';
    stamp += QByteArray::number(modifiedMs) + '\n';
}

void addFile(QByteArray &stamp, const QString &path)
{
    const FileIdentity file = FileIdentity::of(path);
    addFile(stamp, QFileInfo(path).fileName(), file.size,
            file.isValid() ? file.modifiedNs / 1000000 : 0);
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
    const QList<FolderListing::File> files
        = FolderListing::files(ModelFolder(m_outputDir, folder).path());
    for (const FolderListing::File &file : files)
        addFile(stamp, file.name, file.size, file.modifiedMs);
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
