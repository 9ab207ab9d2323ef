#include "core/updatesavailable.h"
#include "processmemory.h"
#include "safetensorsfactory.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The file as we write it, with its time fixed.
const QByteArray Text
    = "{\n"
      "    \"last_update\": \"2024-11-06T15:53:56.123456\",\n"
      "    \"updates\": [\n"
      "        {\n"
      "            \"civitai_url\": \"https://civitai.com/models/7?modelVersionId=9\",\n"
      "            \"file\": \"/m/a.safetensors\",\n"
      "            \"folder\": \"a\",\n"
      "            \"local_version_id\": 8,\n"
      "            \"model_id\": 7,\n"
      "            \"newest_version_id\": 9\n"
      "        },\n"
      "        {\n"
      "            \"file\": \"/m/b.safetensors\",\n"
      "            \"model_id\": 5\n"
      "        }\n"
      "    ]\n"
      "}";

QString withFixedTime(const QByteArray &text)
{
    static const QRegularExpression time(QStringLiteral("\"last_update\": \"[^\"]+\""));
    return QString::fromUtf8(text).replace(
        time, QStringLiteral("\"last_update\": \"2024-11-06T15:53:56.123456\""));
}

} // namespace

class TestUpdatesAvailable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesBackWhatItReadButTheTime()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("updates_available.json"));
        QVERIFY(SafetensorsFactory::write(file, Text));
        UpdatesAvailable updates(dir.path());
        QVERIFY(updates.load());
        QCOMPARE(updates.count(), 2);
        QCOMPARE(updates.entry(QStringLiteral("/m/b.safetensors")).value(QLatin1String("model_id")),
                 5);
        QVERIFY(!updates.isDirty());
        QVERIFY(QFile::remove(file));
        QVERIFY(updates.save());
        QCOMPARE(withFixedTime(readAll(file)), QString::fromUtf8(Text));
    }

    void setAndRemoveMakeASaveDue()
    {
        QTemporaryDir dir;
        UpdatesAvailable updates(dir.path());
        QVERIFY(updates.load()); // no file: nothing known
        QCOMPARE(updates.count(), 0);
        const QJsonObject entry { { QStringLiteral("model_id"), 5 } };
        updates.set(QStringLiteral("/m/b.safetensors"), entry);
        QVERIFY(updates.isDirty());
        QVERIFY(updates.save());
        QVERIFY(!updates.isDirty());
        updates.set(QStringLiteral("/m/b.safetensors"), entry);
        QVERIFY(!updates.isDirty()); // the same entry again
        updates.set(QStringLiteral("/m/b.safetensors"), {});
        QVERIFY(updates.isDirty());
        QVERIFY(updates.save());

        UpdatesAvailable reloaded(dir.path());
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.count(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("updates_available.json"))));
    }

    // 100,000 files may hold 70,000 entries for the whole run: each is kept as its text.
    void holdsEntriesInAboutTheirText()
    {
#ifdef Q_OS_LINUX
        constexpr int Entries = 20000;
        QTemporaryDir dir;
        UpdatesAvailable updates(dir.path());
        const qint64 before = ProcessMemory::kib("VmRSS");
        for (int i = 0; i < Entries; ++i) {
            const QJsonObject entry {
                { QStringLiteral("folder"), QStringLiteral("lora_%1").arg(i) },
                { QStringLiteral("model_id"), 10000 + i },
                { QStringLiteral("model_name"), QStringLiteral("Lighthouse Style %1").arg(i) },
                { QStringLiteral("local_version_id"), 20000 + i },
                { QStringLiteral("local_version_name"), QStringLiteral("v1.%1").arg(i) },
                { QStringLiteral("newest_version_id"), 30000 + i },
                { QStringLiteral("newest_version_name"), QStringLiteral("v2.%1").arg(i) },
                { QStringLiteral("newest_published_at"),
                  QStringLiteral("2024-11-06T15:53:56.123Z") },
                { QStringLiteral("download_url"),
                  QStringLiteral("https://civitai.com/api/download/models/%1").arg(30000 + i) },
                { QStringLiteral("civitai_url"),
                  QStringLiteral("https://civitai.com/models/%1?modelVersionId=%2")
                      .arg(10000 + i)
                      .arg(30000 + i) },
            };
            updates.set(QStringLiteral("/models/%1/lora_%2.safetensors").arg(i / 1000).arg(i),
                        entry);
        }
        const qint64 perEntry = (ProcessMemory::kib("VmRSS") - before) * 1024 / Entries;
        qInfo("%lld bytes per entry", perEntry);
        QCOMPARE(updates.count(), Entries);
        QCOMPARE(updates.entry(QStringLiteral("/models/0/lora_7.safetensors"))
                     .value(QLatin1String("newest_version_id"))
                     .toInt(),
                 30007);
        QVERIFY2(perEntry < 1000, qPrintable(QStringLiteral("%1 bytes").arg(perEntry)));
#else
        QSKIP("memory is read from /proc/self/status");
#endif
    }

    void aDamagedFileIsAnErrorAndAnEmptyState()
    {
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(dir.filePath(QStringLiteral("updates_available.json")),
                                          "{\"updates\": [tru"));
        UpdatesAvailable updates(dir.path());
        QString error;
        QVERIFY(!updates.load(&error));
        QVERIFY2(error.contains(QLatin1String("updates_available.json")), qPrintable(error));
        QCOMPARE(updates.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUpdatesAvailable)
#include "tst_updatesavailable.moc"
