#pragma once

#include "core/fileidentity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

struct ScannedFile
{
    QString path; // absolute, as found (through any symlinked folders)
    QString canonicalPath; // symlinks resolved: the same file found twice has one
    FileIdentity identity;
};

struct ScanResult
{
    QList<ScannedFile> files;
    QStringList warnings; // unreadable folders, loops, broken links: reported, never fatal
    bool cancelled = false;
};

// Finds model files under folders, recursively and following symlinks as the Python tool does, but
// visiting each real folder once, so symlink loops end. The order is deterministic: names
// compared by code point, files before subfolders, roots in the order given.
class ModelScanner final
{
    Q_DECLARE_TR_FUNCTIONS(ModelScanner)

public:
    explicit ModelScanner(QStringList extensions = defaultExtensions());

    // Roots may be folders or single files (a single file is taken whatever its extension).
    ScanResult scan(const QStringList &roots, const std::atomic_bool *cancel = nullptr) const;

    bool acceptsFileName(const QString &fileName) const;

    static QStringList defaultExtensions();
    static QStringList knownModelExtensions();
    // "safetensors, .CKPT,pt" -> {"safetensors", "ckpt", "pt"}; unknown ones are kept.
    static QStringList parseExtensionList(const QString &text);

private:
    QStringList m_extensions; // lower case, without the dot
};
