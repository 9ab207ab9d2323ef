#pragma once

#include "core/archivestat.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>
#include <QTemporaryFile>

#include <functional>
#include <optional>
#include <vector>

class FileHistory;

// What the last gallery wrote for each model folder (_gallery/pages.cache), so the gallery of an
// unchanged archive is checked by looking at its folders instead of reading and rendering every
// model again (tens of seconds at 100,000 models). The entries are kept in the order the folders
// are read (by name), so the file is read alongside them and each card stays in it until the
// index is written: the gallery's memory does not grow with the cache.
//
// A folder is current when the folder itself and its page are as they were right after the page
// was written (inode, size, modification and status change times), its entry in
// file_history.json shows the same, and nothing the pages read outside the folders changed: the
// program's version, its language, the missing list and the updates list. A file added to the
// folder, removed or replaced (as every program writing the archive safely does) changes the
// folder's times; a file rewritten in place without either does not (see the README). The
// bytes are still compared before anything is written, so a cache that is wrong or lost costs
// time, never a stale page it did not write.
class GalleryCache final
{
public:
    // Where a current folder's card is in path(), and its file's SHA-256.
    struct Stored
    {
        qint64 cardOffset = 0;
        qint64 cardSize = 0;
        QByteArray sha256;
    };
    // The history the pages show (file_history.json), loaded when first asked for: an unchanged
    // history file needs no look at each folder's entry.
    using History = std::function<const FileHistory &()>;

    GalleryCache(QString outputDir, History history);
    ~GalleryCache();

    QString path() const;
    // Opens the last gallery's entries; none when the cache is missing, damaged or out of date.
    void load();
    // The folder's card when the folder is as the last gallery left it; it is kept for the next.
    // Asked for each folder in the order the archive's folders are read (ArchiveReader).
    std::optional<Stored> takeCurrent(const QString &folder);
    // The folder's page was just written: its files as they are now. The line goes to a file
    // beside the cache at once (a first gallery of 100,000 models would otherwise hold every card
    // twice until the end); returns where its card is in recordedCards(), or nullopt when that
    // file could not be written (the line is then kept in memory).
    std::optional<Stored> record(const QString &folder, const QByteArray &card,
                                 const QString &sha256);
    // The file the recorded cards are in, written out so that another handle reads it; empty when
    // none was recorded. It lasts as long as the cache.
    QString recordedCards();
    // Writes the entries kept and recorded, when they are not what was read; the stale ones are
    // dropped. Call after the index has read its cards (GalleryIndex).
    bool save(QString *error = nullptr);

private:
    // A line of the next cache: kept from the last one (where it is) or recorded (its text).
    struct Line
    {
        qint64 offset = -1; // in the last cache, or in m_recorded when `recorded`
        qint64 size = 0;
        QByteArray text;
        bool recorded = false;
    };

    QByteArray key() const;
    QByteArray entryStamp(const QString &relativePath) const;
    QByteArray folderStamp(const QString &folder) const;
    QByteArray historyStamp(const QString &folder) const;
    void readNext();
    void startLine(const QString &folder);

    QString m_outputDir;
    History m_history;
    QFile m_last; // the last gallery's entries, read as the folders are asked for
    QByteArrayView m_nextFolder; // the entry of m_last read next (in m_nextLine), at m_nextOffset
    QByteArray m_nextLine;
    qint64 m_nextOffset = -1;
    QByteArray m_historyFile; // file_history.json's stamp
    bool m_historyMoved = false; // since the last gallery: each folder's entry is compared
    std::vector<Line> m_lines; // in the folders' order
    QHash<QString, qsizetype> m_pending; // folder -> its line, recorded once its page is written
    QTemporaryFile m_recorded; // the lines recorded, in the order they came
    bool m_changed = false; // the lines are not what load() read
    ArchiveStat m_files; // folders are looked up in the open archive folder
};
