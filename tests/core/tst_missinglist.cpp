#include "missinglist.h"
#include "safetensorsfactory.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestMissingList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndWritesTheSeedsFormat()
    {
        QTemporaryDir dir;
        const QString seedFile = QStringLiteral(
            "# Files not found on Civitai\n"
            "# Format: Timestamp | Status Code | Filename\n"
            "# This file is automatically updated when the script runs\n"
            "# A file is removed from this list when it becomes available again\n\n"
            "2024-11-06 15:53:56 | Status 404 | model1.safetensors\n"
            "2024-11-06 15:50:39 | Status 404 | model | with bar.safetensors\n");
        QVERIFY(
            SafetensorsFactory::write(dir.filePath(MissingList::fileName()), seedFile.toUtf8()));

        MissingList missing(dir.path());
        QVERIFY(missing.load());
        QCOMPARE(missing.entries().size(), 2);
        QVERIFY(missing.contains(QStringLiteral("model1.safetensors")));
        QVERIFY(missing.contains(QStringLiteral("model | with bar.safetensors")));
        QCOMPARE(missing.entries().constFirst().timestamp, QStringLiteral("2024-11-06 15:53:56"));

        // Unchanged: written back byte for byte.
        missing.markMissing(QStringLiteral("model1.safetensors")); // already there: keeps its date
        QVERIFY(!missing.isDirty());
        QVERIFY(missing.save());
        QCOMPARE(readAll(dir.filePath(MissingList::fileName())), seedFile);
    }

    void listsNewestFirstAndRemovesFoundFiles()
    {
        QTemporaryDir dir;
        MissingList missing(dir.path());
        QVERIFY(missing.load());
        QVERIFY(SafetensorsFactory::write(dir.filePath(MissingList::fileName()),
                                          "2020-01-01 00:00:00 | Status 404 | old.safetensors\n"));
        QVERIFY(missing.load());
        missing.markMissing(QStringLiteral("new [1] #2.safetensors"));
        QVERIFY(missing.isDirty());
        QVERIFY(missing.save());
        const QStringList lines = readAll(dir.filePath(MissingList::fileName()))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\| "
                                                  "Status 404 \\| new \\[1\\] #2\\.safetensors$"))
                    .match(lines.at(4))
                    .hasMatch());
        QCOMPARE(lines.at(5), QStringLiteral("2020-01-01 00:00:00 | Status 404 | old.safetensors"));

        missing.markFound(QStringLiteral("old.safetensors"));
        missing.markFound(QStringLiteral("new [1] #2.safetensors"));
        QVERIFY(missing.save());
        QVERIFY(!QFile::exists(
            dir.filePath(MissingList::fileName()))); // the seed deletes an empty list
    }

    void keepsPercentSignsInNames()
    {
        QTemporaryDir dir;
        MissingList missing(dir.path());
        missing.markMissing(QStringLiteral("100% real %1 %2.safetensors"));
        QVERIFY(missing.save());
        QVERIFY(readAll(dir.filePath(MissingList::fileName()))
                    .endsWith(QLatin1String(" | Status 404 | 100% real %1 %2.safetensors\n")));
    }
};

QTEST_GUILESS_MAIN(TestMissingList)
#include "tst_missinglist.moc"
