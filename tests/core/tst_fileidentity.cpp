// What the hash cache knows a file by, on every platform: stat() on Unix, the volume serial number
// and file index of GetFileInformationByHandle on Windows.
#include "core/fileidentity.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestFileIdentity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void namesSizeTimeVolumeAndIndex()
    {
        const QString path = write(QStringLiteral("a.safetensors"), "twelve bytes");
        const FileIdentity identity = FileIdentity::of(path);
        QVERIFY(identity.isValid());
        QCOMPARE(identity.size, 12);
        QVERIFY2(identity.hasInode(), "no file index: a moved file would be hashed again");
        // Nanoseconds since the Unix epoch, whatever the platform counts from.
        const qint64 qtMs = QFileInfo(path).lastModified().toMSecsSinceEpoch();
        QVERIFY2(
            qAbs(identity.modifiedNs / 1000000 - qtMs) <= 1,
            qPrintable(QStringLiteral("%1 ns, Qt says %2 ms").arg(identity.modifiedNs).arg(qtMs)));
    }

    void staysTheSameWhenTheFileIsMoved()
    {
        const QString before = write(QStringLiteral("a.safetensors"), "bytes");
        const FileIdentity identity = FileIdentity::of(before);
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub")));
        const QString after = m_dir.filePath(QStringLiteral("sub/renamed.safetensors"));
        QVERIFY(QFile::rename(before, after));
        QCOMPARE(FileIdentity::of(after), identity);
        QVERIFY(!FileIdentity::of(before).isValid());
    }

    void differsBetweenTwoFilesWithTheSameBytes()
    {
        const QString first = write(QStringLiteral("a.safetensors"), "same");
        const QString second = write(QStringLiteral("b.safetensors"), "same");
        QVERIFY(FileIdentity::of(first).inode != FileIdentity::of(second).inode);
    }

    // A file another program is writing (a download in progress) can still be looked at.
    void readsAFileOpenForWritingElsewhere()
    {
        const QString path = write(QStringLiteral("a.safetensors"), "partial");
        QFile writer(path);
        QVERIFY(writer.open(QIODevice::WriteOnly | QIODevice::Append));
        QCOMPARE(FileIdentity::of(path).size, 7);
    }

    void isInvalidForAMissingFile()
    {
        QVERIFY(!FileIdentity::of(m_dir.filePath(QStringLiteral("none.safetensors"))).isValid());
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFileIdentity)
#include "tst_fileidentity.moc"
