#include "core/archivewriter.h"
#include "core/hashcache.h"
#include "core/modelscanner.h"
#include "core/movedfiles.h"
#include "core/processedfiles.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Sha
    = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

QList<ScannedFile> scan(const QString &folder)
{
    return ModelScanner().scan({ folder }).files;
}

} // namespace

class TestMovedFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsAFileThroughASymlinkedFolder()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("real"))));
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("real/a.safetensors")), "a"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real")),
                            dir.filePath(QStringLiteral("link"))));
        const QString oldPath = dir.filePath(QStringLiteral("link/a.safetensors"));
        const QString newPath = dir.filePath(QStringLiteral("real/a.safetensors"));
        const QHash<QString, QString> folders { { oldPath, QStringLiteral("a") } };
        HashCache cache(dir.path());
        cache.insert(oldPath, FileIdentity::of(oldPath), Sha);

        const auto moves = MovedFiles::find(scan(dir.filePath(QStringLiteral("real"))), folders,
                                            cache, dir.filePath(QStringLiteral("out")));
        QCOMPARE(moves, (QHash<QString, QString> { { oldPath, newPath } }));

        ProcessedFiles processed(dir.filePath(QStringLiteral("out")));
        processed.add(oldPath);
        processed.setFolders(folders);
        MovedFiles::follow(moves, processed, cache);
        QCOMPARE(processed.files(), QStringList { newPath });
        QCOMPARE(processed.folders(),
                 (QHash<QString, QString> { { newPath, QStringLiteral("a") } }));
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.lookup(newPath, FileIdentity::of(newPath)).value_or(QString()), Sha);
#else
        QSKIP("QFile::link makes a .lnk shortcut, not a symbolic link: needs POSIX");
#endif
    }

    void knowsARenamedFileByItsRecordedIdentity()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("before"))));
        const QString oldPath = dir.filePath(QStringLiteral("before/a.safetensors"));
        QVERIFY(SafetensorsFactory::write(oldPath, "a"));
        HashCache cache(dir.path());
        cache.insert(oldPath, FileIdentity::of(oldPath), Sha);
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("before")),
                              dir.filePath(QStringLiteral("after"))));

        const auto moves
            = MovedFiles::find(scan(dir.filePath(QStringLiteral("after"))),
                               { { oldPath, QStringLiteral("a") } }, cache, dir.path());
        QCOMPARE(moves.value(oldPath), dir.filePath(QStringLiteral("after/a.safetensors")));
    }

    void aFileStillAtItsPathIsNotAnotherOne()
    {
        QTemporaryDir dir;
        const QString oldPath = dir.filePath(QStringLiteral("elsewhere/a.safetensors"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("models"))));
        QVERIFY(SafetensorsFactory::write(oldPath, "same bytes"));
        const QString other = dir.filePath(QStringLiteral("models/a.safetensors"));
        QVERIFY(SafetensorsFactory::write(other, "same bytes"));
        HashCache cache(dir.path());
        cache.insert(oldPath, FileIdentity::of(oldPath), Sha);
        cache.insert(other, FileIdentity::of(other), Sha);
        // Same content, but the recorded file is still there: two files, not one moved.
        QVERIFY(MovedFiles::find(scan(dir.filePath(QStringLiteral("models"))),
                                 { { oldPath, QStringLiteral("a") } }, cache, dir.path())
                    .isEmpty());
    }

    void knowsAGoneFileByTheHashInItsFolderOnce()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QString error;
        QVERIFY(ArchiveWriter::ensureFolder(ModelFolder(out, QStringLiteral("a")), &error));
        QVERIFY(ArchiveWriter::writeHash(ModelFolder(out, QStringLiteral("a")),
                                         QStringLiteral("a.safetensors"), Sha, &error));
        const QString gone = dir.filePath(QStringLiteral("gone/a.safetensors"));
        const QHash<QString, QString> folders { { gone, QStringLiteral("a") } };

        const auto orphans = OrphanedFolders::collect(folders, {}, out);
        QVERIFY(orphans);
        QVERIFY(!orphans->claim(QString(64, QLatin1Char('f')), QStringLiteral("/x.safetensors")));
        const auto claim = orphans->claim(Sha, QStringLiteral("/new/a.safetensors"));
        QVERIFY(claim);
        QCOMPARE(claim->oldPath, gone);
        QCOMPARE(claim->folder, QStringLiteral("a"));
        QVERIFY(
            !orphans->claim(Sha, QStringLiteral("/copy/a.safetensors"))); // one file, one folder
        QCOMPARE(orphans->claimedBy(QStringLiteral("/new/a.safetensors"))->oldPath, gone);

        // With the hash already cached, the scan-time match finds it too.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("new"))));
        const QString now = dir.filePath(QStringLiteral("new/a.safetensors"));
        QVERIFY(SafetensorsFactory::write(now, "a"));
        HashCache cache(dir.path());
        cache.insert(now, FileIdentity::of(now), Sha);
        QCOMPARE(MovedFiles::find(scan(dir.filePath(QStringLiteral("new"))), folders, cache, out)
                     .value(gone),
                 now);
    }
};

QTEST_GUILESS_MAIN(TestMovedFiles)
#include "tst_movedfiles.moc"
