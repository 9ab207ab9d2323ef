#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

class FileHistory;

// What the last gallery wrote for each model folder (_gallery/pages.cache), so the gallery of an
// unchanged archive is checked by listing its folders instead of reading and rendering every
// model again (tens of seconds at 100,000 models). A folder is current when its files' names,
// sizes and modification times, its page's included, are as they were right after its page was
// written, and nothing the pages read outside the folders changed: the program's version, its
// language, the missing list and the updates list. The bytes are still compared before anything
// is written, so a cache that is wrong or lost costs time, never a stale page it did not write.
class GalleryCache final
{
public:
    struct Entry
    {
        QByteArray stamp;
        QByteArray card; // the model's card in the index (GalleryIndex)
        QString sha256;
    };

    explicit GalleryCache(QString outputDir);

    // The history the pages show (file_history.json): a folder whose entry changed is not current.
    void setHistory(const FileHistory *history) { m_history = history; }

    // Reads the last gallery's entries; none when the cache is missing, damaged or out of date.
    void load();
    // The folder's entry when the folder is as the last gallery left it; it is kept for the next.
    std::optional<Entry> takeCurrent(const QString &folder);
    // The folder's page was just written: its files as they are now.
    void record(const QString &folder, const QByteArray &card, const QString &sha256);
    // Writes the entries kept and recorded, when they are not what was read; the stale ones are
    // dropped.
    bool save(QString *error = nullptr) const;

private:
    QString path() const;
    QByteArray key() const;
    QByteArray folderStamp(const QString &folder) const;

    QString m_outputDir;
    const FileHistory *m_history = nullptr;
    QHash<QString, Entry> m_last;
    QHash<QString, Entry> m_next;
    bool m_changed = false; // m_next is not what load() read
};
