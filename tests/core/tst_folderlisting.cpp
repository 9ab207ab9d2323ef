// The one-pass listing of the archive's model folders: it must list what QDir lists, in its
// order (the gallery's cache is read in it).
#include "core/folderlisting.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestFolderListing final : public QObject
{
    Q_OBJECT

private:
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void listsTheFoldersQDirLists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : { "b_model", "B_upper", ".hidden", "été", "a_model" })
            QVERIFY(QDir(dir.path()).mkdir(QString::fromUtf8(name)));
        QVERIFY(write(dir.filePath(QStringLiteral("a_file.json")), "{}"));
#ifdef Q_OS_UNIX
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("b_model")),
                            dir.filePath(QStringLiteral("link_to_folder"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a_file.json")),
                            dir.filePath(QStringLiteral("link_to_file"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")),
                            dir.filePath(QStringLiteral("broken_link"))));
#endif
        const QStringList expected
            = QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(FolderListing::folders(dir.path()), expected);
        QVERIFY(expected.contains(QStringLiteral("été")));
        QVERIFY(!expected.contains(QStringLiteral(".hidden")));
    }

    void aFolderThatIsNotThereListsNothing()
    {
        QVERIFY(FolderListing::folders(QStringLiteral("/nonexistent/cdm-folder")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFolderListing)
#include "tst_folderlisting.moc"
