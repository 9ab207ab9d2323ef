#include "core/jsonfile.h"
#include "core/processedfiles.h"
#include "lineartime.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestProcessedFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheSeedsFile()
    {
        QTemporaryDir dir;
        // As the Python tool wrote it: paths as typed (relative here), last_update may be null.
        QVERIFY(SafetensorsFactory::write(
            dir.filePath(QStringLiteral("processed_files.json")),
            R"({"files": ["models/a.safetensors", "/abs/b.safetensors"], "last_update": null})"));
        ProcessedFiles processed(dir.path());
        QVERIFY(processed.load());
        QCOMPARE(processed.files().size(), 2);
        QVERIFY(processed.contains(
            QDir::current().absoluteFilePath(QStringLiteral("models/a.safetensors"))));
        QVERIFY(processed.contains(QStringLiteral("/abs/./b.safetensors")));
        QVERIFY(!processed.contains(QStringLiteral("/abs/c.safetensors")));
    }

    void writesTheSeedsKeysAndKeepsUnknownOnes()
    {
        QTemporaryDir dir;
        QVERIFY(
            SafetensorsFactory::write(dir.filePath(QStringLiteral("processed_files.json")),
                                      R"({"files": [], "last_update": null, "future_key": 42})"));
        ProcessedFiles processed(dir.path());
        QVERIFY(processed.load());
        processed.add(QStringLiteral("/m/a.safetensors"));
        processed.add(QStringLiteral("/m/a.safetensors"));
        processed.setFolders({ { QStringLiteral("/m/a.safetensors"), QStringLiteral("a") } });
        QVERIFY(processed.isDirty());
        QVERIFY(processed.save());

        const auto saved
            = JsonFile::readObject(dir.filePath(QStringLiteral("processed_files.json")));
        QVERIFY(saved);
        QCOMPARE(saved->value(QLatin1String("files")).toArray(),
                 QJsonArray { QStringLiteral("/m/a.safetensors") });
        QVERIFY(QDateTime::fromString(saved->value(QLatin1String("last_update")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QCOMPARE(saved->value(QLatin1String("future_key")).toInt(), 42);
        QCOMPARE(saved->value(QLatin1String("folders"))
                     .toObject()
                     .value(QLatin1String("/m/a.safetensors"))
                     .toString(),
                 QStringLiteral("a"));
    }

    void writesBackWhatItReadButTheTime()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("processed_files.json"));
        const QByteArray text = "{\n"
                                "    \"files\": [\n"
                                "        \"/m/a.safetensors\",\n"
                                "        \"models/b.safetensors\"\n"
                                "    ],\n"
                                "    \"folders\": {\n"
                                "        \"/m/a.safetensors\": \"a\"\n"
                                "    },\n"
                                "    \"future_key\": [\n"
                                "        1\n"
                                "    ],\n"
                                "    \"last_update\": \"2024-11-06T15:53:56.123456\"\n"
                                "}";
        QVERIFY(SafetensorsFactory::write(file, text));
        ProcessedFiles processed(dir.path());
        QVERIFY(processed.load());
        QVERIFY(!processed.isDirty());
        QVERIFY(processed.save());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        static const QRegularExpression time(QStringLiteral("\"last_update\": \"[^\"]+\""));
        QCOMPARE(
            QString::fromUtf8(saved.readAll())
                .replace(time, QStringLiteral("\"last_update\": \"2024-11-06T15:53:56.123456\"")),
            QString::fromUtf8(text));
    }

    void removesFiles()
    {
        QTemporaryDir dir;
        ProcessedFiles processed(dir.path());
        processed.add(QStringLiteral("/m/a.safetensors"));
        processed.add(QStringLiteral("/m/b.safetensors"));
        processed.remove(QStringLiteral("/m/./a.safetensors"));
        QCOMPARE(processed.files(), QStringList { QStringLiteral("/m/b.safetensors") });
    }

    void keepsADamagedFileAside()
    {
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("processed_files.json")),
                                          "{\"files\": [\"/m/a"));
        ProcessedFiles processed(dir.path());
        QVERIFY(!processed.load());
        QVERIFY(processed.files().isEmpty());
        const QStringList aside
            = QDir(dir.path()).entryList({ QStringLiteral("processed_files.json.damaged-*") });
        QCOMPARE(aside.size(), 1);
    }

    // A save runs every few seconds of a run: at 100,000 files it must cost what the bytes cost.
    // Four times the files may take at most eight times as long (a quadratic save takes 16).
    void savesInTimeLinearInTheCollection()
    {
        const auto saveSeconds = [](int count) {
            QTemporaryDir dir;
            ProcessedFiles processed(dir.path());
            QHash<QString, QString> folders;
            for (int i = 0; i < count; ++i) {
                const QString file
                    = QStringLiteral("/m/%1/model_%2.safetensors").arg(i % 97).arg(i);
                processed.add(file);
                folders.insert(file, QStringLiteral("model_%1").arg(i));
            }
            processed.setFolders(folders);
            QElapsedTimer timer;
            timer.start();
            if (!processed.save())
                return -1.0;
            return timer.nsecsElapsed() / 1e9;
        };
        const QString problem = LinearTime::problem("save", 25000, 0.2, saveSeconds);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A renamed models folder moves every entry (MovedFiles), the cleaner removes many: each
    // move or removal costs the same whatever the collection's size.
    void followsAndRemovesInTimeLinearInTheCollection()
    {
        const auto seconds = [](int count) {
            QTemporaryDir dir;
            ProcessedFiles processed(dir.path());
            for (int i = 0; i < count; ++i)
                processed.add(QStringLiteral("/old/model_%1.safetensors").arg(i));
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < count; i += 2)
                processed.follow(QStringLiteral("/old/model_%1.safetensors").arg(i),
                                 QStringLiteral("/new/model_%1.safetensors").arg(i));
            for (int i = 1; i < count; i += 2)
                processed.remove(QStringLiteral("/old/model_%1.safetensors").arg(i));
            const double elapsed = timer.nsecsElapsed() / 1e9;
            const QStringList files = processed.files();
            if (files.size() != (count + 1) / 2
                || files.constFirst() != QLatin1String("/new/model_0.safetensors")
                || !processed.contains(QStringLiteral("/new/model_2.safetensors"))
                || processed.contains(QStringLiteral("/old/model_1.safetensors")))
                return -1.0;
            return elapsed;
        };
        const QString problem = LinearTime::problem("follow and remove", 1500, 0.05, seconds);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestProcessedFiles)
#include "tst_processedfiles.moc"
