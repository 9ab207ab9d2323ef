#include "core/processedfiles.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
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
    // Absolute paths (all of ours) spare asking the system for the current folder each time.
    const QString clean = QDir::cleanPath(
        QDir::isAbsolutePath(path) ? path : QDir::current().absoluteFilePath(path));
    return clean == path ? path : clean; // an equal one shares the path's memory
}

} // namespace

ProcessedFiles::ProcessedFiles(const QString &outputDir)
    : StreamedJsonStateFile(ArchiveLayout(outputDir).processedFiles())
{ }

bool ProcessedFiles::readFolders(
    const QString &outputDir,
    JsonStream::FunctionRef<void(QByteArrayView path, QByteArrayView folder)> entry)
{
    StateFileBytes file(ArchiveLayout(outputDir).processedFiles());
    return file.open(nullptr) && readFolders(file.bytes(), entry);
}

bool ProcessedFiles::readFolders(
    QByteArrayView text,
    JsonStream::FunctionRef<void(QByteArrayView path, QByteArrayView folder)> entry)
{
    bool foldersRead = true;
    const bool walked
        = JsonStream::forEachMember(text, [&](const QString &key, QByteArrayView value) {
              if (key == FoldersKey && value.startsWith('{'))
                  foldersRead &= JsonStream::readObject(value, entry);
          });
    return walked && foldersRead;
}

void ProcessedFiles::clear()
{
    m_other = {};
    m_files.clear();
    m_index.clear();
    m_removed = 0;
    m_folders.clear();
}

void ProcessedFiles::unreadable()
{
    const QString aside = path() + QStringLiteral(".damaged-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::copy(path(), aside);
    qCWarning(lcProcessed).noquote() << path() << "is damaged; kept a copy as" << aside;
}

bool ProcessedFiles::readMember(const QString &key, QByteArrayView value, QString *error)
{
    // Anything else under these keys is not ours to keep: it is dropped, as it always was.
    if (key == FilesKey) {
        if (!value.startsWith('['))
            return true;
        // At most a file every two quotes: growing to 100,000 would hash every path many times.
        const qsizetype most = StateFileBytes::count(value, '"') / 2;
        m_files.reserve(m_files.size() + most);
        m_index.reserve(m_index.size() + most);
        return JsonStream::forEachElement(
            value,
            [this](QByteArrayView file) {
                if (const QString path = JsonStream::string(file); !path.isNull())
                    add(shared(path));
            },
            error);
    }
    if (key == FoldersKey) {
        if (!value.startsWith('{'))
            return true;
        m_folders.reserve(m_folders.size() + StateFileBytes::count(value, '"') / 4);
        return JsonStream::forEachMember(
            value,
            [this](const QString &file, QByteArrayView folder) {
                if (const QString name = JsonStream::string(folder); !name.isNull())
                    m_folders.insert(shared(file), shared(name));
            },
            error);
    }
    m_other.insert(key, JsonStream::parse(value));
    return true;
}

// The files and folders an entry at a time: a JSON document of 100,000 of them would cost several
// times the text, and its text again (and inserting them into one in the hash's order, minutes).
bool ProcessedFiles::writePieces(const Sink &sink) const
{
    QJsonObject root = m_other;
    root.insert(LastUpdateKey, Timestamps::isoLocal());
    const QStringList present = files();
    QStringList keys = m_folders.keys();
    keys.sort(); // a JSON object's order
    return JsonFile::writeWithMembers(
        sink, root,
        { { FilesKey, present.size(), [&](qsizetype i) { return QJsonValue(present.at(i)); }, {} },
          { FoldersKey, keys.size(), {}, [&](qsizetype i) {
               return std::pair { keys.at(i), QJsonValue(m_folders.value(keys.at(i))) };
           } } });
}

QStringList ProcessedFiles::files() const
{
    if (m_removed == 0)
        return m_files;
    QStringList present;
    present.reserve(m_files.size() - m_removed);
    for (const QString &file : m_files) {
        if (!file.isEmpty())
            present.append(file);
    }
    return present;
}

void ProcessedFiles::compact()
{
    m_files = files();
    m_removed = 0;
    m_index.clear();
    for (qsizetype i = 0; i < m_files.size(); ++i)
        m_index.insert(normalized(m_files.at(i)), i);
}

bool ProcessedFiles::contains(const QString &modelPath) const
{
    return m_index.contains(normalized(modelPath));
}

void ProcessedFiles::add(const QString &modelPath)
{
    if (modelPath.isEmpty()) // an empty entry is a removed one
        return;
    const qsizetype known = m_index.size();
    qsizetype &place = m_index[normalized(modelPath)]; // one look-up: 100,000 at a load
    if (m_index.size() == known)
        return;
    place = m_files.size();
    m_files.append(modelPath);
    setDirty();
}

void ProcessedFiles::remove(const QString &modelPath)
{
    const auto entry = m_index.constFind(normalized(modelPath));
    if (entry == m_index.constEnd())
        return;
    m_files[entry.value()] = QString();
    m_index.erase(entry);
    if (++m_removed > m_files.size() / 2)
        compact();
    setDirty();
}

void ProcessedFiles::follow(const QString &oldPath, const QString &newPath)
{
    if (m_folders.contains(oldPath)) {
        m_folders.insert(newPath, m_folders.take(oldPath));
        setDirty();
    }
    const auto entry = m_index.constFind(normalized(oldPath));
    if (entry == m_index.constEnd())
        return;
    if (contains(newPath)) {
        remove(oldPath);
        return;
    }
    // In place: the list keeps its order.
    const qsizetype place = entry.value();
    m_files[place] = newPath;
    m_index.erase(entry);
    m_index.insert(normalized(newPath), place);
    setDirty();
}

void ProcessedFiles::setFolders(const QHash<QString, QString> &folders)
{
    if (folders == m_folders)
        return;
    m_folders = folders;
    setDirty();
}
