// The one-pass listing behind the gallery's folder stamps: it must list what QDir lists (the
// stamps of archives checked before are compared with it), with the same sizes and times.
#include "core/folderlisting.h"

#include <QDateTime>
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
    void listsWhatQDirListsWithSizesAndTimes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(write(dir.filePath(QStringLiteral("b_model.json")), "{}"));
        QVERIFY(write(dir.filePath(QStringLiteral("B_upper.json")), "{\"a\": 1}"));
        QVERIFY(write(dir.filePath(QStringLiteral(".hidden_preview_0.part")), "x"));
        QVERIFY(write(dir.filePath(QStringLiteral("été_preview_0.jpeg")), "jpeg bytes"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a_folder")));
        QFile old(dir.filePath(QStringLiteral("b_model.json")));
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::fromMSecsSinceEpoch(1234567890123),
                                QFileDevice::FileModificationTime));
        old.close();
#ifdef Q_OS_UNIX
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("b_model.json")),
                            dir.filePath(QStringLiteral("link_to_file"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone")),
                            dir.filePath(QStringLiteral("broken_link"))));
#endif

        const QFileInfoList expected
            = QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
        const QList<FolderListing::File> listed = FolderListing::files(dir.path());
        QStringList expectedNames;
        QStringList listedNames;
        for (const QFileInfo &file : expected)
            expectedNames.append(file.fileName());
        for (const FolderListing::File &file : listed)
            listedNames.append(file.name);
        QCOMPARE(listedNames, expectedNames);
        for (qsizetype i = 0; i < listed.size(); ++i) {
            QCOMPARE(listed.at(i).size, expected.at(i).size());
            QCOMPARE(listed.at(i).modifiedMs, expected.at(i).lastModified().toMSecsSinceEpoch());
        }
        QVERIFY(listedNames.contains(QStringLiteral(".hidden_preview_0.part")));
        QVERIFY(!listedNames.contains(QStringLiteral("a_folder")));
        QCOMPARE(listed.at(listedNames.indexOf(QStringLiteral("b_model.json"))).modifiedMs,
                 1234567890123);
    }

    void aFolderThatIsNotThereListsNothing()
    {
        QVERIFY(FolderListing::files(QStringLiteral("/nonexistent/cdm-folder")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFolderListing)
#include "tst_folderlisting.moc"
