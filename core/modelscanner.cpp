#include "core/modelscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#endif

Q_LOGGING_CATEGORY(lcScan, "cdm.scan")

namespace {

// Says why a folder cannot be listed: a path past PATH_MAX is not a permission problem.
QString whyUnreadable(const QString &folder)
{
#ifdef Q_OS_UNIX
    errno = 0;
    if (DIR *dir = ::opendir(QFile::encodeName(folder).constData()))
        ::closedir(dir);
    const int error = errno;
    if (error == ENAMETOOLONG)
        //: %1 is a folder's path
        return QCoreApplication::translate("ModelScanner", "cannot read folder %1: path too long")
            .arg(folder);
    if (error != 0 && error != EACCES && error != EPERM)
        //: %1 is a folder's path, %2 the system's reason
        return QCoreApplication::translate("ModelScanner", "cannot read folder %1: %2")
            .arg(folder, qt_error_string(error));
#endif
    return QCoreApplication::translate("ModelScanner", "cannot read folder %1: permission denied")
        .arg(folder);
}

struct ScanState
{
    const ModelScanner &scanner;
    const std::atomic_bool *cancel;
    ScanResult result;
    QSet<QString> visitedFolders; // canonical paths
    QSet<QString> seenFiles; // canonical paths

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    void warn(const QString &message)
    {
        qCWarning(lcScan).noquote() << message;
        result.warnings.append(message);
    }

    // `canonicalFolder`: the real path of the folder listed, when `info` is one of its entries.
    void addFile(const QFileInfo &info, const QString &canonicalFolder = {})
    {
        // A plain file's real path is its folder's and its name: resolving it whole would ask the
        // system about a link at every component of its path, for each of 100,000 files.
        const QString canonical = !canonicalFolder.isEmpty() && !info.isSymLink()
            ? QDir(canonicalFolder).filePath(info.fileName())
            : info.canonicalFilePath();
        if (canonical.isEmpty()) {
            warn(QCoreApplication::translate("ModelScanner", "skipped %1: broken link")
                     .arg(info.absoluteFilePath()));
            return;
        }
        if (seenFiles.contains(canonical)) {
            qCDebug(lcScan) << "already found through another path:" << info.absoluteFilePath();
            return;
        }
        seenFiles.insert(canonical);
        result.files.append(
            { QDir::cleanPath(info.absoluteFilePath()), canonical, FileIdentity::of(canonical) });
    }

    void scanFolder(const QString &folder)
    {
        if (cancelled()) {
            result.cancelled = true;
            return;
        }
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (visitedFolders.contains(canonical)) {
            qCDebug(lcScan) << "folder visited already (symlink loop or alias):" << folder;
            return;
        }
        visitedFolders.insert(canonical);

        QDir dir(folder);
        if (!dir.isReadable()) {
            warn(whyUnreadable(folder));
            return;
        }
        QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                  | QDir::NoDotAndDotDot);
        std::sort(entries.begin(), entries.end(), [](const QFileInfo &a, const QFileInfo &b) {
            return a.fileName() < b.fileName();
        });

        QStringList subfolders;
        for (const QFileInfo &entry : std::as_const(entries)) {
            if (entry.isDir()) {
                subfolders.append(entry.absoluteFilePath());
            } else if (entry.isSymLink() && !entry.exists()) {
                if (scanner.acceptsFileName(entry.fileName()))
                    warn(QCoreApplication::translate("ModelScanner", "skipped %1: broken link")
                             .arg(entry.absoluteFilePath()));
            } else if (entry.isFile() && scanner.acceptsFileName(entry.fileName())) {
                addFile(entry, canonical);
            }
            // Anything else (sockets, FIFOs, devices) is never opened: reading a FIFO would hang.
        }
        for (const QString &subfolder : std::as_const(subfolders))
            scanFolder(subfolder);
    }
};

} // namespace

ModelScanner::ModelScanner(QStringList extensions)
    : m_extensions(std::move(extensions))
{
    for (QString &extension : m_extensions)
        extension = extension.toLower();
}

QStringList ModelScanner::defaultExtensions()
{
    return { QStringLiteral("safetensors") };
}

QStringList ModelScanner::knownModelExtensions()
{
    return { QStringLiteral("safetensors"), QStringLiteral("ckpt"), QStringLiteral("pt"),
             QStringLiteral("pth"),         QStringLiteral("bin"),  QStringLiteral("gguf") };
}

QStringList ModelScanner::parseExtensionList(const QString &text)
{
    QStringList extensions;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part = part.trimmed().toLower();
        while (part.startsWith(QLatin1Char('.')))
            part.remove(0, 1);
        if (!part.isEmpty() && !extensions.contains(part))
            extensions.append(part);
    }
    return extensions;
}

bool ModelScanner::acceptsFileName(const QString &fileName) const
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && m_extensions.contains(fileName.mid(dot + 1).toLower());
}

ScanResult ModelScanner::scan(const QStringList &roots, const std::atomic_bool *cancel) const
{
    ScanState state { *this, cancel, {}, {}, {} };
    for (const QString &root : roots) {
        const QFileInfo info(root);
        if (!info.exists())
            state.warn(tr("%1 does not exist").arg(root));
        else if (info.isDir())
            state.scanFolder(info.absoluteFilePath());
        else if (info.isFile())
            state.addFile(info);
        else
            state.warn(tr("%1 is not a regular file or folder").arg(root));
        if (state.result.cancelled)
            break;
    }
    qCInfo(lcScan) << "found" << state.result.files.size() << "model files";
    return state.result;
}
