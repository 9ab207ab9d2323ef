#include "core/gallerycache.h"

#include "core/archivelayout.h"
#include "core/filehasher.h"
#include "core/filehistory.h"
#include "core/fileidentity.h"
#include "core/fileslices.h"
#include "core/jsonfile.h"
#include "core/translations.h"
#include "core/version.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <array>

namespace {

// 3: folders by their own and their page's times, entries in folder order, the history apart.
constexpr char Format[] = "cdm-gallery-cache 3";
const QLatin1String RecordedSuffix(".recorded.");

// A file as the stamps see it: name, size and modification time in milliseconds.
void addFile(QByteArray &stamp, const QString &path)
{
    const FileIdentity file = FileIdentity::of(path);
    stamp += QDir(path).dirName().toUtf8() + '\0';
    stamp += QByteArray::number(file.size) + '\0';
    stamp += QByteArray::number(file.isValid() ? file.modifiedNs / 1000000 : 0) + '\n';
}

} // namespace

GalleryCache::GalleryCache(QString outputDir, History history)
    : m_outputDir(std::move(outputDir))
    , m_history(std::move(history))
    , m_files(m_outputDir)
{ }

GalleryCache::~GalleryCache() = default;

QString GalleryCache::path() const
{
    return ArchiveLayout(m_outputDir).assetsFolder() + QStringLiteral("/pages.cache");
}

// What every page depends on beside its own folder.
QByteArray GalleryCache::key() const
{
    const ArchiveLayout layout(m_outputDir);
    QByteArray key
        = QByteArray(Format) + '\n' + CDM_VERSION + '\n' + Translations::current().toUtf8() + '\n';
    addFile(key, layout.missingList());
    addFile(key, layout.updatesAvailable());
    return FileHasher::hashBytes(key).toLatin1();
}

// A file or folder in the archive as the stamps see it: inode, size, modification and status
// change times. The status change time moves with every change of the others and cannot be set
// back, so a folder restored from a backup with its old times is not taken for the one recorded.
QByteArray GalleryCache::entryStamp(const QString &relativePath) const
{
    const ArchiveStat::Status status
        = m_files.statusOf(m_outputDir + QLatin1Char('/') + relativePath);
    const FileIdentity &file = status.identity;
    if (!file.isValid())
        return "-";
    const qint64 stamp[] = { qint64(file.inode), file.size, file.modifiedNs, status.changedNs };
    return QByteArray::fromRawData(reinterpret_cast<const char *>(stamp), sizeof stamp).toHex();
}

// A file added to the folder, removed or renamed into it changes the folder's times; the page
// is looked at too, as something else may have written it in place.
QByteArray GalleryCache::folderStamp(const QString &folder) const
{
    return entryStamp(folder) + ' ' + entryStamp(ArchiveLayout::pageLink(folder));
}

QByteArray GalleryCache::historyStamp(const QString &folder) const
{
    return FileHasher::hashBytes(m_history().galleryStamp(folder)).toLatin1();
}

void GalleryCache::load()
{
    // What a gallery cut short (a crash, a power cut) recorded: no one else writes the archive.
    const QFileInfo cache(path());
    const QStringList leftovers = cache.dir().entryList(
        { cache.fileName() + RecordedSuffix + QLatin1Char('*') }, QDir::Files | QDir::Hidden);
    for (const QString &leftover : leftovers)
        QFile::remove(cache.dir().filePath(leftover));

    m_historyFile = entryStamp(FileHistory::fileName());
    m_last.setFileName(path());
    m_changed = true;
    if (!m_last.open(QIODevice::ReadOnly) || m_last.readLine().trimmed() != key()) {
        m_last.close();
        return;
    }
    m_historyMoved = m_last.readLine().trimmed() != "history " + m_historyFile;
    m_changed = m_historyMoved;
    readNext();
}

// folder \t stamp \t history \t sha256 \t card: folder names never hold a tab, cards never a
// tab or a newline. A line cut short (no newline) is not an entry.
void GalleryCache::readNext()
{
    m_nextOffset = m_last.isOpen() ? m_last.pos() : -1;
    m_nextLine = m_last.isOpen() ? m_last.readLine() : QByteArray();
    const qsizetype tab = m_nextLine.indexOf('\t');
    if (tab < 0 || !m_nextLine.endsWith('\n')) {
        m_last.close();
        m_nextOffset = -1;
        m_nextFolder = {};
        return;
    }
    m_nextFolder = QByteArrayView(m_nextLine).first(tab);
}

void GalleryCache::startLine(const QString &folder)
{
    m_pending.insert(folder, qsizetype(m_lines.size()));
    m_lines.emplace_back();
}

std::optional<GalleryCache::Stored> GalleryCache::takeCurrent(const QString &folder)
{
    // By their UTF-8 bytes: where that order is not QString's (characters past U+E000 beside
    // ones past U+FFFF), an entry is missed, which costs time only.
    const QByteArray name = folder.toUtf8();
    while (m_nextOffset >= 0 && m_nextFolder < name) { // a folder gone since
        m_changed = true;
        readNext();
    }
    if (m_nextOffset < 0 || m_nextFolder != name) {
        startLine(folder);
        return std::nullopt;
    }
    // Five fields, the last to the line's end; more make the line not an entry.
    std::array<QByteArrayView, 5> fields;
    qsizetype count = 0;
    for (qsizetype start = 0, tab = 0; tab >= 0; start = tab + 1, ++count) {
        tab = m_nextLine.indexOf('\t', start);
        if (count < 5)
            fields[count] = QByteArrayView(m_nextLine)
                                .sliced(start, (tab < 0 ? m_nextLine.size() - 1 : tab) - start);
    }
    const bool current = count == 5 && !fields.at(4).isEmpty()
        && fields.at(1) == folderStamp(folder)
        && (!m_historyMoved || fields.at(2) == historyStamp(folder));
    if (!current) {
        m_changed = true;
        readNext();
        startLine(folder);
        return std::nullopt;
    }
    const qint64 cardStart = m_nextLine.size() - 1 - fields.at(4).size();
    Stored stored { m_nextOffset + cardStart, fields.at(4).size(), fields.at(3).toByteArray() };
    m_lines.push_back({ m_nextOffset, m_nextLine.size(), QByteArray() });
    readNext();
    return stored;
}

std::optional<GalleryCache::Stored> GalleryCache::record(const QString &folder,
                                                         const QByteArray &card,
                                                         const QString &sha256)
{
    const QByteArray line = folder.toUtf8() + '\t' + folderStamp(folder) + '\t'
        + historyStamp(folder) + '\t' + sha256.toLatin1() + '\t' + card + '\n';
    m_changed = true;
    Line recorded { -1, 0, line };
    std::optional<Stored> stored;
    if (!m_recorded.isOpen() && QDir().mkpath(QFileInfo(path()).path())) {
        m_recorded.setFileTemplate(path() + RecordedSuffix + QStringLiteral("XXXXXX"));
        m_recorded.open();
    }
    const qint64 offset = m_recorded.isOpen() ? m_recorded.pos() : -1;
    if (offset >= 0 && m_recorded.write(line) == line.size()) {
        recorded = { offset, line.size(), QByteArray(), true };
        stored = Stored { offset + line.size() - 1 - card.size(), card.size(), sha256.toLatin1() };
    }
    if (const auto pending = m_pending.find(folder); pending != m_pending.end()) {
        m_lines[*pending] = recorded;
        m_pending.erase(pending); // so it holds a batch of folders, not every one written
    } else {
        m_lines.push_back(recorded); // out of order: found by no later gallery
    }
    return stored;
}

QString GalleryCache::recordedCards()
{
    if (!m_recorded.isOpen() || !m_recorded.flush())
        return {};
    return m_recorded.fileName();
}

bool GalleryCache::save(QString *error)
{
    if (!m_changed && m_nextOffset < 0) // every entry read was current: the file says it all
        return true;
    QSaveFile file(path());
    bool ok = file.open(QIODevice::WriteOnly)
        && JsonFile::writeAll(file, key() + "\nhistory " + m_historyFile + '\n', error);
    FileSlices last(path());
    FileSlices recorded(recordedCards());
    for (auto line = m_lines.cbegin(); ok && line != m_lines.cend(); ++line) {
        if (line->offset < 0) {
            ok = JsonFile::writeAll(file, line->text, error);
            continue;
        }
        const QByteArrayView kept
            = (line->recorded ? recorded : last).read(line->offset, line->size);
        ok = kept.size() == line->size && JsonFile::writeAll(file, kept, error);
    }
    if (ok && JsonFile::flushToDisk(file, error) && file.commit())
        return true;
    file.cancelWriting();
    if (error && error->isEmpty())
        *error = file.errorString();
    return false;
}
