// Files read and written in pieces: FileSlices (the gallery's cards from its cache) and
// ChangedFileWriter (the gallery's index and the state files, left alone when unchanged).
#include "archivefiles.h"
#include "core/changedfilewriter.h"
#include "core/fileslices.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestFilePieces final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // Pieces a few bytes apart come from one buffer; pieces past it, behind it or larger than it
    // are read as they are.
    void readsPiecesWhereverTheyAre()
    {
        const QByteArray bytes = numbered(600 * 1024);
        const QString path = write(QStringLiteral("cards"), bytes);
        FileSlices slices(path);
        for (const auto &[offset, size] :
             std::initializer_list<std::pair<qint64, qint64>> { { 0, 10 },
                                                                { 20, 5 },
                                                                { 262140, 10 },
                                                                { 300000, 100 },
                                                                { 299990, 5 },
                                                                { 5, 500000 },
                                                                { 1000, 0 },
                                                                { 599990, 10 } })
            QCOMPARE(slices.read(offset, size), QByteArrayView(bytes).sliced(offset, size));
    }

    void readsShortAtTheEndAndNothingOfAMissingFile()
    {
        const QString path = write(QStringLiteral("cards"), "0123456789");
        FileSlices slices(path);
        QCOMPARE(slices.read(6, 10), QByteArrayView("6789"));
        QCOMPARE(slices.read(12, 3).size(), 0);
        FileSlices missing(m_dir.filePath(QStringLiteral("none")));
        QCOMPARE(missing.read(0, 3).size(), 0);
    }

    void leavesTheSameBytesAlone()
    {
        const QString path = write(QStringLiteral("index.js"), "abcdefgh");
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(setModified(path, past));
        ChangedFileWriter writer(path);
        QVERIFY(writer.append("abc"));
        QVERIFY(writer.append("defgh"));
        QVERIFY(writer.finish());
        QCOMPARE(QFileInfo(path).lastModified().toUTC(), past);
    }

    void writesOtherBytesAFirstPieceALongerOrAShorterFile_data()
    {
        QTest::addColumn<QByteArrayList>("pieces");
        QTest::newRow("a piece differs") << QByteArrayList { "abc", "dXf", "gh" };
        QTest::newRow("longer") << QByteArrayList { "abcdefgh", "ij" };
        QTest::newRow("shorter") << QByteArrayList { "abc", "def" };
        QTest::newRow("much longer") << QByteArrayList { "abcdefgh", QByteArray(100000, 'x') };
    }

    void writesOtherBytesAFirstPieceALongerOrAShorterFile()
    {
        QFETCH(const QByteArrayList, pieces);
        const QString path = write(QStringLiteral("index.js"), "abcdefgh");
        ChangedFileWriter writer(path);
        for (const QByteArray &piece : pieces)
            QVERIFY(writer.append(piece));
        QVERIFY(writer.finish());
        QCOMPARE(readFile(path), pieces.join());
    }

    void writesAFileThatWasNotThere()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.js"));
        ChangedFileWriter writer(path);
        QVERIFY(writer.append("new"));
        QVERIFY(writer.finish());
        QCOMPARE(readFile(path), QByteArray("new"));
    }

private:
    // Each 4-byte group its own number: a piece read from the wrong place differs.
    static QByteArray numbered(int size)
    {
        QByteArray bytes;
        for (int i = 0; bytes.size() < size; ++i)
            bytes += QByteArray::number(i % 10000).rightJustified(4, '0');
        return bytes.left(size);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static bool setModified(const QString &path, const QDateTime &time)
    {
        QFile file(path);
        return file.open(QIODevice::ReadWrite)
            && file.setFileTime(time, QFileDevice::FileModificationTime);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFilePieces)
#include "tst_filepieces.moc"
