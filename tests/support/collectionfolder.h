#pragma once

#include <QDir>
#include <QTemporaryDir>

// A temporary place for a test's model files and archive: <tmp>/models and <tmp>/out.
class CollectionFolder final
{
public:
    // Empties it and creates models/: call from init() so every test starts clean.
    bool reset() { return QDir(m_dir.path()).removeRecursively() && QDir().mkpath(models()); }

    QString path(const QString &name = {}) const { return m_dir.filePath(name); }
    QString models(const QString &name = {}) const
    {
        return m_dir.filePath(QStringLiteral("models/") + name);
    }
    QString output(const QString &name = {}) const
    {
        return m_dir.filePath(QStringLiteral("out/") + name);
    }

private:
    QTemporaryDir m_dir;
};
