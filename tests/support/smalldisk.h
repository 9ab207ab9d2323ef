#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

// A tiny tmpfs of its own, to fill up: the full disks users have. Needs root (CI runs as root);
// isMounted() is false elsewhere and the test skips.
class SmallDisk final
{
public:
    explicit SmallDisk(int kibibytes)
    {
        if (!m_dir.isValid() || QStandardPaths::findExecutable(QStringLiteral("mount")).isEmpty())
            return;
        m_mounted
            = QProcess::execute(QStringLiteral("mount"),
                                { QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                  QStringLiteral("-o"), QStringLiteral("size=%1k").arg(kibibytes),
                                  QStringLiteral("cdm-test"), m_dir.path() })
            == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), m_dir.path() });
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path(const QString &name = {}) const { return m_dir.filePath(name); }

    // Takes every free byte but `leave` (a page holds the archive's small lock file); the filler
    // can be removed to make room again.
    bool fill(qint64 leave = 0)
    {
        QFile filler(path(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return false;
        const QByteArray chunk(4096, 'x');
        while (filler.write(chunk) == chunk.size()) { }
        // The last partial page, byte by byte.
        while (filler.write("x", 1) == 1) { }
        return filler.resize(qMax<qint64>(0, filler.size() - leave));
    }
    bool makeRoom() { return QFile::remove(path(QStringLiteral(".filler"))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};
