#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

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
    // The same where `owners(owned)` calls owned(folder, file) for each of them, the same ones in
    // the same order each time: they are walked twice, not kept.
    using Owned = std::function<void(const QString &folder, const QString &file)>;
    using Owners = std::function<void(const Owned &owned)>;
    static QList<DuplicateGroup> group(const Owners &owners, const QString &outputDir);
    // The archive's own knowledge (processed_files.json's folders), files that still exist only.
    // Reads a few small files per model: call it off the UI thread.
    static QList<DuplicateGroup> find(const QString &outputDir);
};
