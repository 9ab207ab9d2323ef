#include "core/jsonfile.h"
#include "core/processedfiles.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QJsonArray>
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
            dir.filePath(ProcessedFiles::fileName()),
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
            SafetensorsFactory::write(dir.filePath(ProcessedFiles::fileName()),
                                      R"({"files": [], "last_update": null, "future_key": 42})"));
        ProcessedFiles processed(dir.path());
        QVERIFY(processed.load());
        processed.add(QStringLiteral("/m/a.safetensors"));
        processed.add(QStringLiteral("/m/a.safetensors"));
        processed.setFolders({ { QStringLiteral("/m/a.safetensors"), QStringLiteral("a") } });
        QVERIFY(processed.isDirty());
        QVERIFY(processed.save());

        const auto saved = JsonFile::readObject(dir.filePath(ProcessedFiles::fileName()));
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
        QVERIFY(SafetensorsFactory::write(dir.filePath(ProcessedFiles::fileName()),
                                          "{\"files\": [\"/m/a"));
        ProcessedFiles processed(dir.path());
        QVERIFY(!processed.load());
        QVERIFY(processed.files().isEmpty());
        const QStringList aside
            = QDir(dir.path()).entryList({ QStringLiteral("processed_files.json.damaged-*") });
        QCOMPARE(aside.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProcessedFiles)
#include "tst_processedfiles.moc"
