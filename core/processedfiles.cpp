#include "core/processedfiles.h"

#include "core/archivelayout.h"
#include "core/timestamps.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProcessed, "cdm.processed")

namespace {

const QLatin1String FilesKey("files");
const QLatin1String LastUpdateKey("last_update");
const QLatin1String FoldersKey("folders");

// The Python tool stored paths as typed (often relative); compare them in one absolute, clean form.
QString normalized(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

} // namespace

ProcessedFiles::ProcessedFiles(const QString &outputDir)
    : JsonStateFile(ArchiveLayout(outputDir).processedFiles())
{ }

void ProcessedFiles::clear()
{
    m_other = {};
    m_files.clear();
    m_normalizedFiles.clear();
    m_folders.clear();
}

void ProcessedFiles::unreadable()
{
    const QString aside = path() + QStringLiteral(".damaged-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::copy(path(), aside);
    qCWarning(lcProcessed).noquote() << path() << "is damaged; kept a copy as" << aside;
}

bool ProcessedFiles::fromJson(const QJsonObject &root, QString *)
{
    m_other = root;
    const QJsonArray files = m_other.take(FilesKey).toArray();
    for (const QJsonValue &file : files) {
        if (file.isString())
            add(file.toString());
    }
    const QJsonObject folders = m_other.take(FoldersKey).toObject();
    for (auto it = folders.begin(); it != folders.end(); ++it) {
        if (it.value().isString())
            m_folders.insert(it.key(), it.value().toString());
    }
    return true;
}

QJsonObject ProcessedFiles::toJson() const
{
    QJsonObject root = m_other;
    root.insert(FilesKey, QJsonArray::fromStringList(m_files));
    root.insert(LastUpdateKey, Timestamps::isoLocal());
    // QJsonObject keeps its keys sorted: inserting them in order appends, where the hash's
    // order made every insert move the keys after it (quadratic: minutes at 100,000 files).
    QStringList keys = m_folders.keys();
    keys.sort();
    QJsonObject folders;
    for (const QString &key : std::as_const(keys))
        folders.insert(key, m_folders.value(key));
    root.insert(FoldersKey, folders);
    return root;
}

bool ProcessedFiles::contains(const QString &modelPath) const
{
    return m_normalizedFiles.contains(normalized(modelPath));
}

void ProcessedFiles::add(const QString &modelPath)
{
    if (contains(modelPath))
        return;
    m_files.append(modelPath);
    m_normalizedFiles.insert(normalized(modelPath));
    setDirty();
}

void ProcessedFiles::remove(const QString &modelPath)
{
    const QString wanted = normalized(modelPath);
    if (!m_normalizedFiles.remove(wanted))
        return;
    m_files.removeIf([&](const QString &file) { return normalized(file) == wanted; });
    setDirty();
}

void ProcessedFiles::follow(const QString &oldPath, const QString &newPath)
{
    if (m_folders.contains(oldPath)) {
        m_folders.insert(newPath, m_folders.take(oldPath));
        setDirty();
    }
    const QString wanted = normalized(oldPath);
    if (!m_normalizedFiles.contains(wanted))
        return;
    if (contains(newPath)) {
        remove(oldPath);
        return;
    }
    // In place: the list keeps its order.
    for (QString &file : m_files) {
        if (normalized(file) == wanted)
            file = newPath;
    }
    m_normalizedFiles.remove(wanted);
    m_normalizedFiles.insert(normalized(newPath));
    setDirty();
}

void ProcessedFiles::setFolders(const QHash<QString, QString> &folders)
{
    if (folders == m_folders)
        return;
    m_folders = folders;
    setDirty();
}
