#include "core/missinglist.h"
#include "lineartime.h"
#include "safetensorsfactory.h"

#include <QElapsedTimer>
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
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("missing_from_civitai.txt")),
                                          seedFile.toUtf8()));

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
        QCOMPARE(readAll(dir.filePath(QStringLiteral("missing_from_civitai.txt"))), seedFile);
    }

    void listsNewestFirstAndRemovesFoundFiles()
    {
        QTemporaryDir dir;
        MissingList missing(dir.path());
        QVERIFY(missing.load());
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("missing_from_civitai.txt")),
                                          "2020-01-01 00:00:00 | Status 404 | old.safetensors\n"));
        QVERIFY(missing.load());
        missing.markMissing(QStringLiteral("new [1] #2.safetensors"));
        QVERIFY(missing.isDirty());
        QVERIFY(missing.save());
        const QStringList lines = readAll(dir.filePath(QStringLiteral("missing_from_civitai.txt")))
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
        QVERIFY(!QFile::exists(dir.filePath(
            QStringLiteral("missing_from_civitai.txt")))); // the seed deletes an empty list
    }

    void aListThatCannotBeRemovedIsAnErrorAndStaysDue()
    {
        QTemporaryDir dir;
        MissingList missing(dir.path());
        missing.markMissing(QStringLiteral("a.safetensors"));
        QVERIFY(missing.save());
        missing.markFound(QStringLiteral("a.safetensors"));
        // Something that cannot be removed as a file stands where the list was.
        const QString list = dir.filePath(QStringLiteral("missing_from_civitai.txt"));
        QVERIFY(QFile::remove(list));
        QVERIFY(SafetensorsFactory::write(list + QStringLiteral("/inside"), "x"));
        QString error;
        QVERIFY(!missing.save(&error));
        QVERIFY2(error.contains(list), qPrintable(error));
        QVERIFY(missing.isDirty()); // tried again at the next save
    }

    void keepsPercentSignsInNames()
    {
        QTemporaryDir dir;
        MissingList missing(dir.path());
        missing.markMissing(QStringLiteral("100% real %1 %2.safetensors"));
        QVERIFY(missing.save());
        QVERIFY(readAll(dir.filePath(QStringLiteral("missing_from_civitai.txt")))
                    .endsWith(QLatin1String(" | Status 404 | 100% real %1 %2.safetensors\n")));
    }
    void keepsEveryNameOnItsLine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("written");
        QTest::newRow("ordinary") << QStringLiteral("model v2 (final).safetensors")
                                  << QStringLiteral("model v2 (final).safetensors");
        QTest::newRow("backslashes") << QStringLiteral("a\\new\\x\\xyz.safetensors")
                                     << QStringLiteral("a\\new\\x\\xyz.safetensors");
        QTest::newRow("spaces at the ends")
            << QStringLiteral(" padded .safetensors ") << QStringLiteral(" padded .safetensors ");
        QTest::newRow("newline") << QStringLiteral("a\n2020-01-01 | Status 404 | b.safetensors")
                                 << QStringLiteral("a\\x0a2020-01-01 | Status 404 | b.safetensors");
        QTest::newRow("controls") << QStringLiteral("a\r\t\x1b[31m\x7f\u0085.safetensors")
                                  << QStringLiteral("a\\x0d\\x09\\x1b[31m\\x7f\\x85.safetensors");
        QTest::newRow("an escape's look-alike")
            << QStringLiteral("a\\x0a.safetensors") << QStringLiteral("a\\x5cx0a.safetensors");
    }

    void keepsEveryNameOnItsLine()
    {
        QFETCH(QString, name);
        QFETCH(QString, written);
        QTemporaryDir dir;
        MissingList missing(dir.path());
        QVERIFY(missing.load());
        missing.markMissing(name);
        QVERIFY(missing.save());
        const QStringList lines = readAll(dir.filePath(QStringLiteral("missing_from_civitai.txt")))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.constLast().endsWith(QLatin1String(" | Status 404 | ") + written),
                 qPrintable(lines.constLast()));

        MissingList reread(dir.path());
        QVERIFY(reread.load());
        QCOMPARE(reread.entries().size(), 1);
        QCOMPARE(reread.entries().constFirst().fileName, name);
    }

    // Two files of one name: the entry stands while either may be missing, with its first date.
    void aFoundNamesakeKeepsTheEntry()
    {
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("missing_from_civitai.txt")),
                                          "2020-01-01 00:00:00 | Status 404 | m.safetensors\n"));
        MissingList missing(dir.path());
        QVERIFY(missing.load());
        missing.setUndecided(
            { QStringLiteral("/a/m.safetensors"), QStringLiteral("/b/m.safetensors") });
        missing.markFound(QStringLiteral("/b/m.safetensors"));
        QVERIFY(missing.contains(QStringLiteral("m.safetensors")));
        missing.markMissing(QStringLiteral("/a/m.safetensors"));
        QCOMPARE(missing.entries().constFirst().timestamp, QStringLiteral("2020-01-01 00:00:00"));
        QVERIFY(!missing.isDirty());
        missing.markFound(QStringLiteral("/a/m.safetensors"));
        QVERIFY(!missing.contains(QStringLiteral("m.safetensors")));
    }

    // 10,000 unknown files at 100,000: each run marks them, reads them back and asks for each.
    void marksAndReadsInTimeLinearInTheList()
    {
        const auto seconds = [](int count) {
            QTemporaryDir dir;
            QStringList paths;
            for (int i = 0; i < count; ++i)
                paths.append(QStringLiteral("/m/%1/model_%2.safetensors").arg(i % 97).arg(i));
            QElapsedTimer timer;
            timer.start();
            MissingList written(dir.path());
            for (const QString &path : std::as_const(paths))
                written.markMissing(path);
            if (!written.save())
                return -1.0;
            MissingList read(dir.path());
            if (!read.load())
                return -1.0;
            read.setUndecided(paths);
            for (const QString &path : std::as_const(paths)) {
                if (!read.contains(path.section(QLatin1Char('/'), -1)))
                    return -1.0;
            }
            return timer.nsecsElapsed() / 1e9;
        };
        const QString problem = LinearTime::problem("missing list", 3000, 0.05, seconds);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestMissingList)
#include "tst_missinglist.moc"
