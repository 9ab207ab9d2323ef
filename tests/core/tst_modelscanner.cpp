#include "core/modelscanner.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

QStringList relativePaths(const ScanResult &result, const QString &root)
{
    QStringList paths;
    for (const ScannedFile &file : result.files)
        paths.append(QDir(root).relativeFilePath(file.path));
    return paths;
}

void touch(const QString &path)
{
    QVERIFY(SafetensorsFactory::write(path, SafetensorsFactory::build()));
}

} // namespace

class TestModelScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsModelsRecursivelyInDeterministicOrder()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("b.safetensors")));
        touch(dir.filePath(QStringLiteral("a.safetensors")));
        touch(dir.filePath(QStringLiteral("loras/flux/z.safetensors")));
        touch(dir.filePath(QStringLiteral("loras/c.SAFETENSORS")));
        touch(dir.filePath(QStringLiteral("notes.txt")));
        touch(dir.filePath(QStringLiteral("model.ckpt")));

        const ScanResult result = ModelScanner().scan({ dir.path() });
        QCOMPARE(relativePaths(result, dir.path()),
                 (QStringList { QStringLiteral("a.safetensors"), QStringLiteral("b.safetensors"),
                                QStringLiteral("loras/c.SAFETENSORS"),
                                QStringLiteral("loras/flux/z.safetensors") }));
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.files.constFirst().identity.size, SafetensorsFactory::build().size());
    }

    void acceptsOtherExtensionsWhenAsked()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("a.safetensors")));
        touch(dir.filePath(QStringLiteral("b.ckpt")));
        touch(dir.filePath(QStringLiteral("c.gguf")));
        touch(dir.filePath(QStringLiteral("d.txt")));
        const ScanResult result = ModelScanner(ModelScanner::parseExtensionList(
                                                   QStringLiteral(" .ckpt, GGUF,safetensors")))
                                      .scan({ dir.path() });
        QCOMPARE(relativePaths(result, dir.path()),
                 (QStringList { QStringLiteral("a.safetensors"), QStringLiteral("b.ckpt"),
                                QStringLiteral("c.gguf") }));
    }

    void findsOddFileNames()
    {
        const QStringList names {
            QStringLiteral("[FLUX.1 [dev] - LoRa] [Style] 'True Real Photography' [SPECTRUM "
                           "#0001].safetensors"),
            QStringLiteral("emoji 🔥 style.safetensors"),
            QStringLiteral("100% real \"quoted\".safetensors"),
            QStringLiteral("名前 テスト.safetensors"),
        };
        QTemporaryDir dir;
        for (const QString &name : names)
            touch(dir.filePath(name));
        const ScanResult result = ModelScanner().scan({ dir.path() });
        QCOMPARE(result.files.size(), names.size());
        for (const ScannedFile &file : result.files)
            QVERIFY2(QFile::exists(file.path), qPrintable(file.path));
    }

    void followsSymlinksAndSurvivesLoops()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        touch(dir.filePath(QStringLiteral("models/a.safetensors")));
        touch(elsewhere.filePath(QStringLiteral("linked.safetensors")));
        // models/loop -> models (a loop), models/external -> another folder (followed).
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("models")),
                            dir.filePath(QStringLiteral("models/loop"))));
        QVERIFY(QFile::link(elsewhere.path(), dir.filePath(QStringLiteral("models/external"))));

        const ScanResult result = ModelScanner().scan({ dir.filePath(QStringLiteral("models")) });
        QCOMPARE(relativePaths(result, dir.filePath(QStringLiteral("models"))),
                 (QStringList { QStringLiteral("a.safetensors"),
                                QStringLiteral("external/linked.safetensors") }));
#else
        QSKIP("QFile::link makes a .lnk shortcut, not a symbolic link: needs POSIX");
#endif
    }

    void listsOneFileReachedThroughTwoPathsOnce()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("a.safetensors")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a.safetensors")),
                            dir.filePath(QStringLiteral("alias.safetensors"))));
        const ScanResult result = ModelScanner().scan({ dir.path() });
        QCOMPARE(result.files.size(), 1);
        QCOMPARE(result.files.constFirst().canonicalPath,
                 QFileInfo(dir.filePath(QStringLiteral("a.safetensors"))).canonicalFilePath());
#else
        QSKIP("QFile::link makes a .lnk shortcut, not a symbolic link: needs POSIX");
#endif
    }

    // A file's real path is made from its folder's: through a linked folder it is still the one
    // the file has when named directly.
    void knowsTheRealPathOfAFileInALinkedFolder()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        touch(elsewhere.filePath(QStringLiteral("real/linked.safetensors")));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("real")),
                            dir.filePath(QStringLiteral("external"))));
        const QString real
            = QFileInfo(elsewhere.filePath(QStringLiteral("real/linked.safetensors"))).canonicalFilePath();
        const ScanResult result = ModelScanner().scan(
            { dir.filePath(QStringLiteral("external")), real });
        QCOMPARE(result.files.size(), 1);
        QCOMPARE(result.files.constFirst().canonicalPath, real);
        QCOMPARE(result.files.constFirst().path,
                 dir.filePath(QStringLiteral("external/linked.safetensors")));
#else
        QSKIP("QFile::link makes a .lnk shortcut, not a symbolic link: needs POSIX");
#endif
    }

    void warnsAboutBrokenLinksAndSkipsSpecialFiles()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("ok.safetensors")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.safetensors")),
                            dir.filePath(QStringLiteral("broken.safetensors"))));
        // Opening a FIFO would block forever: it must never be treated as a model.
        QCOMPARE(
            ::mkfifo(
                QFile::encodeName(dir.filePath(QStringLiteral("pipe.safetensors"))).constData(),
                0600),
            0);

        const ScanResult result = ModelScanner().scan({ dir.path() });
        QCOMPARE(relativePaths(result, dir.path()),
                 QStringList { QStringLiteral("ok.safetensors") });
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.constFirst().contains(QLatin1String("broken link")));
#else
        QSKIP("needs POSIX symbolic links and FIFOs");
#endif
    }

    void warnsAboutMissingRoot()
    {
        const ScanResult result = ModelScanner().scan({ QStringLiteral("/nonexistent/models") });
        QVERIFY(result.files.isEmpty());
        QCOMPARE(result.warnings.size(), 1);
    }

    void takesASingleFileWhateverItsExtension()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("model.bin")));
        const ScanResult result
            = ModelScanner().scan({ dir.filePath(QStringLiteral("model.bin")) });
        QCOMPARE(result.files.size(), 1);
    }

    void stopsWhenCancelled()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("a.safetensors")));
        const std::atomic_bool cancel { true };
        const ScanResult result = ModelScanner().scan({ dir.path() }, &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(result.files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelScanner)
#include "tst_modelscanner.moc"
