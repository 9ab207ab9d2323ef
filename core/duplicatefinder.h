#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Model files with the same SHA-256, by the hashes their archive folders hold. One rule decides
// which file's archive is kept, the Python tool's: the newest _hash.json timestamp (then the
// path, so the answer never depends on hash order). --clean and the window share it.
struct DuplicateGroup
{
    QString sha256;
    qint64 size = 0;
    QString kept;
    QStringList others;
};

class DuplicateFinder final
{
public:
    // `ownerOfFolder`: archive folder -> the present model file it belongs to.
    static QList<DuplicateGroup> group(const QHash<QString, QString> &ownerOfFolder,
                                       const QString &outputDir);
    // The archive's own knowledge (processed_files.json's folders), files that still exist only.
    // Reads a few small files per model: call it off the UI thread.
    static QList<DuplicateGroup> find(const QString &outputDir);
};
