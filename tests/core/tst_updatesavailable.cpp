#include "core/localversion.h"
#include "core/updatesavailable.h"
#include "processmemory.h"
#include "safetensorsfactory.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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

QJsonObject localVersion()
{
    return { { QStringLiteral("id"), 1 },
             { QStringLiteral("name"), QStringLiteral("v1") },
             { QStringLiteral("publishedAt"), QStringLiteral("2025-01-01T00:00:00.000Z") } };
}

// A model of two versions: the local one of 2025, and `newer` of a day ago as `change` makes it.
QJsonObject modelWithNewer(const QJsonObject &change, const QString &mode = {})
{
    QJsonObject newer {
        { QStringLiteral("id"), 2 },
        { QStringLiteral("name"), QStringLiteral("v2") },
        { QStringLiteral("status"), QStringLiteral("Published") },
        { QStringLiteral("availability"), QStringLiteral("Public") },
        { QStringLiteral("publishedAt"),
          QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs) },
        { QStringLiteral("downloadUrl"),
          QStringLiteral("https://civitai.com/api/download/models/2") },
    };
    for (auto it = change.begin(); it != change.end(); ++it)
        newer.insert(it.key(), it.value());
    QJsonObject model { { QStringLiteral("id"), 7 },
                        { QStringLiteral("name"), QStringLiteral("Lighthouse") },
                        { QStringLiteral("modelVersions"), QJsonArray { newer, localVersion() } } };
    if (!mode.isEmpty())
        model.insert(QStringLiteral("mode"), mode);
    return model;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestUpdatesAvailable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // An early-access or paid version counts as newer (an expert wants to know it exists) but is
    // no plain download: no download_url, and "access" says why.
    void newerVersionTellsItsAccess_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("access");
        QTest::addColumn<QString>("endsAt");
        const QString future = QStringLiteral("2099-12-31T00:00:00Z");
        QTest::newRow("public") << QJsonObject {} << "public" << QString();
        QTest::newRow("availability EarlyAccess")
            << json(R"({"availability": "EarlyAccess"})") << "early_access" << QString();
        QTest::newRow("earlyAccessEndsAt")
            << json(R"({"earlyAccessEndsAt": "2099-12-31T00:00:00.000Z"})") << "early_access"
            << future;
        QTest::newRow("earlyAccessDeadline (2026)")
            << json(R"({"earlyAccessDeadline": "2099-12-31T00:00:00.000Z"})") << "early_access"
            << future;
        QTest::newRow("earlyAccessConfig timeframe")
            << json(R"({"earlyAccessConfig": {"timeframe": 30, "chargeForDownload": true}})")
            << "early_access"
            << QDateTime::currentDateTimeUtc().addDays(29).toString(Qt::ISODate).left(10);
        QTest::newRow("earlyAccessTimeFrame (2023)")
            << json(R"({"earlyAccessTimeFrame": 5})") << "early_access"
            << QDateTime::currentDateTimeUtc().addDays(4).toString(Qt::ISODate).left(10);
        QTest::newRow("early access that has ended") << json(
            R"({"availability": "EarlyAccess", "earlyAccessEndsAt": "2001-01-01T00:00:00Z"})")
                                                     << "public" << QString();
        QTest::newRow("paid for good")
            << json(R"({"paidAccess": {"permanent": true, "endsAt": null}})") << "paid"
            << QString();
        QTest::newRow("paid until a date")
            << json(R"({"paidAccess": {"permanent": false, "endsAt": "2099-12-31T00:00:00.000Z"}})")
            << "paid" << future;
        QTest::newRow("paid with an early-access deadline")
            << json(R"({"paidAccess": {"permanent": false, "endsAt": null},
                        "earlyAccessDeadline": "2099-12-31T00:00:00.000Z"})")
            << "paid" << future;
        QTest::newRow("paid until an early-access deadline that has passed")
            << json(R"({"paidAccess": {"permanent": false, "endsAt": null},
                        "earlyAccessDeadline": "2001-01-01T00:00:00.000Z"})")
            << "public" << QString();
        QTest::newRow("paid access that has ended")
            << json(R"({"paidAccess": {"permanent": false, "endsAt": "2001-01-01T00:00:00Z"}})")
            << "public" << QString();
        QTest::newRow("paidAccess null")
            << json(R"({"paidAccess": null, "earlyAccessConfig": null})") << "public" << QString();
    }

    void newerVersionTellsItsAccess()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, access);
        QFETCH(QString, endsAt);
        const QJsonObject entry
            = UpdatesAvailable::newerVersion(modelWithNewer(change), localVersion());
        QCOMPARE(entry.value(QLatin1String("newest_version_id")).toInt(), 2);
        QCOMPARE(entry.value(QLatin1String("access")).toString(), access);
        QVERIFY2(entry.value(QLatin1String("access_ends_at")).toString().startsWith(endsAt)
                     && entry.contains(QLatin1String("access_ends_at")) == !endsAt.isEmpty(),
                 qPrintable(entry.value(QLatin1String("access_ends_at")).toString()));
        const bool open = access == QLatin1String("public");
        QCOMPARE(entry.value(QLatin1String("downloadable")).toBool(), open);
        // The key stays for older scripts; it is empty when there is nothing to download.
        QVERIFY(entry.contains(QLatin1String("download_url")));
        QCOMPARE(entry.value(QLatin1String("download_url")).toString().isEmpty(), !open);
        QVERIFY(!entry.contains(QLatin1String("model_mode")));
    }

    // An archived model's newer version is still news, but offers no download; a taken-down one
    // lost its images, not its files.
    void newerVersionTellsTheModelsMode_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("downloadable");
        QTest::newRow("Archived") << "Archived"
                                  << "archived" << false;
        QTest::newRow("TakenDown") << "TakenDown"
                                   << "taken_down" << true;
    }

    void newerVersionTellsTheModelsMode()
    {
        QFETCH(QString, mode);
        QFETCH(QString, key);
        QFETCH(bool, downloadable);
        const QJsonObject entry
            = UpdatesAvailable::newerVersion(modelWithNewer({}, mode), localVersion());
        QCOMPARE(entry.value(QLatin1String("newest_version_id")).toInt(), 2);
        QCOMPARE(entry.value(QLatin1String("model_mode")).toString(), key);
        QCOMPARE(entry.value(QLatin1String("downloadable")).toBool(), downloadable);
        QCOMPARE(entry.value(QLatin1String("download_url")).toString().isEmpty(), !downloadable);
        QCOMPARE(entry.value(QLatin1String("access")).toString(), QStringLiteral("public"));
    }

    // A model's newest version is looked at once for its several files: each file's entry still
    // has its own local version, and the page on the host that knew it.
    void sharesTheNewestVersionAmongTheModelsFiles()
    {
        const QJsonObject model = modelWithNewer({});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const ModelAnswer newest = ModelAnswer::of(model);
        LocalVersion first = LocalVersion::of(localVersion());
        first.sourceHost = QStringLiteral("https://civitai.red");
        LocalVersion second = first;
        second.id = 11;
        second.name = QStringLiteral("v1 fp16");
        LocalVersion elsewhere = first;
        elsewhere.sourceHost = QStringLiteral("https://civitai.com");

        const QJsonObject entry = UpdatesAvailable::newerVersion(newest, first, now);
        QCOMPARE(entry, UpdatesAvailable::newerVersion(ModelAnswer::of(model), first, now)); // anew
        QVERIFY(entry.value(QLatin1String("civitai_url"))
                    .toString()
                    .startsWith(QLatin1String("https://civitai.red/models/7")));
        const QJsonObject secondEntry = UpdatesAvailable::newerVersion(newest, second, now);
        QCOMPARE(secondEntry.value(QLatin1String("local_version_id")).toInt(), 11);
        QCOMPARE(secondEntry.value(QLatin1String("local_version_name")).toString(),
                 QStringLiteral("v1 fp16"));
        QCOMPARE(secondEntry.value(QLatin1String("newest_version_id")).toInt(), 2);
        QVERIFY(UpdatesAvailable::newerVersion(newest, elsewhere, now)
                    .value(QLatin1String("civitai_url"))
                    .toString()
                    .startsWith(QLatin1String("https://civitai.com/models/7")));
        QCOMPARE(UpdatesAvailable::newerVersion(newest, first, now), entry);
    }

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
        updates.set(QStringLiteral("/m/b.safetensors"),
                    updates.entry(QStringLiteral("/m/b.safetensors")));
        QVERIFY(!updates.isDirty()); // as read back, with its file
        updates.set(QStringLiteral("/m/c.safetensors"),
                    updates.entry(QStringLiteral("/m/b.safetensors")));
        QCOMPARE(updates.entry(QStringLiteral("/m/c.safetensors")).value(QLatin1String("file")),
                 QStringLiteral("/m/c.safetensors"));
        updates.set(QStringLiteral("/m/c.safetensors"), {});
        QVERIFY(updates.save());
        updates.set(QStringLiteral("/m/b.safetensors"), {});
        QVERIFY(updates.isDirty());
        QVERIFY(updates.save());

        UpdatesAvailable reloaded(dir.path());
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.count(), 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("updates_available.json"))));
    }

    // 100,000 files may hold 70,000 entries for the whole run: each is kept as its text, but for
    // the path it is found by.
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
        QVERIFY2(perEntry < 650, qPrintable(QStringLiteral("%1 bytes").arg(perEntry)));
#else
        QSKIP("memory is read from /proc/self/status");
#endif
    }

    // 100,000 files may have 70,000 updates: the list is read an entry at a time, not parsed as one
    // JSON document (several times its text), and each entry read is kept as set() keeps it.
    void readsALargeListAnEntryAtATime()
    {
#ifdef Q_OS_LINUX
        constexpr int Entries = 20000;
        QTemporaryDir dir;
        UpdatesAvailable written(dir.path());
        const auto entryOf = [](int i) {
            return QJsonObject {
                { QStringLiteral("folder"), QStringLiteral("lora_%1").arg(i) },
                { QStringLiteral("model_id"), 10000 + i },
                { QStringLiteral("model_name"), QStringLiteral("Lighthouse Style \"%1\" 名").arg(i) },
                { QStringLiteral("newest_version_id"), 9007199254740000LL + i },
                { QStringLiteral("newest_published_at"), QStringLiteral("2024-11-06T15:53:56Z") },
                { QStringLiteral("downloadable"), i % 2 == 0 },
                { QStringLiteral("civitai_url"),
                  QStringLiteral("https://civitai.com/models/%1?modelVersionId=%2")
                      .arg(10000 + i)
                      .arg(30000 + i) },
            };
        };
        const auto pathOf = [](int i) {
            return QStringLiteral("/models/%1/lora_%2.safetensors").arg(i / 1000).arg(i);
        };
        for (int i = 0; i < Entries; ++i)
            written.set(pathOf(i), entryOf(i));
        QVERIFY(written.save());
        const qint64 textKiB
            = readAll(dir.filePath(QStringLiteral("updates_available.json"))).size() / 1024;
        written.unload();
        const ProcessMemory::PeakGrowth growth;
        QVERIFY(growth.started());
        UpdatesAvailable updates(dir.path());
        QVERIFY(updates.load());
        const qint64 grown = growth.kib();
        qInfo("%d entries: %lld KiB of text, peak memory grew %lld KiB", Entries, textKiB, grown);
        QCOMPARE(updates.count(), Entries);
        QVERIFY2(grown < 3 * textKiB, qPrintable(QStringLiteral("%1 KiB").arg(grown)));
        for (int i = 0; i < Entries; ++i)
            updates.set(pathOf(i), entryOf(i));
        QVERIFY(!updates.isDirty()); // each entry read is the one set
        QCOMPARE(updates.entry(pathOf(7)).value(QLatin1String("newest_version_id")).toInteger(),
                 9007199254740007LL);
#else
        QSKIP("memory is read from /proc/self/status");
#endif
    }

    // The entries are judged one at a time, as those of the other state files: one that is not a
    // valid object, or names no file, is skipped.
    void skipsADamagedEntry()
    {
        QTemporaryDir dir;
        QVERIFY(SafetensorsFactory::write(
            dir.filePath(QStringLiteral("updates_available.json")),
            "{\"updates\": [{\"file\": \"/m/a\", \"model_id\": 1 2}, 5, {\"model_id\": 3},"
            " {\"model_id\": 4, \"file\": \"/m/b\"}]}"));
        UpdatesAvailable updates(dir.path());
        QVERIFY(updates.load());
        QCOMPARE(updates.count(), 1);
        QCOMPARE(updates.entry(QStringLiteral("/m/b")).value(QLatin1String("model_id")), 4);
        // Written otherwise than set() writes it (keys out of order), it is the same entry.
        updates.set(QStringLiteral("/m/b"), { { QStringLiteral("model_id"), 4 } });
        QVERIFY(!updates.isDirty());
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
