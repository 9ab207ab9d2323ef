// Recognising an unchanged archived version from its model's answer, with the answers' real
// shapes: today's model answers list fewer fields per version than the by-hash answer, and some
// other ones.
#include "core/versionstamp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestVersionStamp final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject fixture(const QString &name)
    {
        QFile file(QStringLiteral(CDM_FIXTURES_DIR "/") + name);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

    // The archived version as a model's answer lists it today (recorded 2026-08): no updatedAt,
    // trained words, description or model; an `availability` the by-hash answer lacks.
    static QJsonObject modelListing(const QJsonObject &version)
    {
        QJsonObject entry = version;
        for (const char *key : { "updatedAt", "trainedWords", "description", "model", "modelId",
                                 "earlyAccessEndsAt" })
            entry.remove(QLatin1String(key));
        entry.insert(QStringLiteral("availability"), QStringLiteral("Public"));
        return QJsonObject { { QStringLiteral("id"), version.value(QLatin1String("modelId")) },
                             { QStringLiteral("modelVersions"), QJsonArray { entry } } };
    }

private Q_SLOTS:
    void recognisesAnUnchangedVersionInTodaysModelAnswer()
    {
        const QJsonObject version = fixture(QStringLiteral("model-version-by-hash.json"));
        QVERIFY(!version.isEmpty());
        const QJsonObject stamp = VersionStamp::of(version, QJsonValue());
        QVERIFY(VersionStamp::isCurrent(stamp, modelListing(version)));
        QVERIFY(VersionStamp::isCurrent(VersionStamp::compactOf(version, QJsonValue()),
                                        modelListing(version)));
    }

    void seesWhatChanged_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("name") << QStringLiteral("name") << QJsonValue(QStringLiteral("v2 fixed"));
        QTest::newRow("status") << QStringLiteral("status")
                                << QJsonValue(QStringLiteral("Unpublished"));
        QTest::newRow("files") << QStringLiteral("files") << QJsonValue(QJsonArray());
        QTest::newRow("images") << QStringLiteral("images")
                                << QJsonValue(QJsonArray { QJsonObject {
                                       { QStringLiteral("url"),
                                         QStringLiteral("https://image.civitai.com/x/new.jpeg") } } });
    }

    void seesWhatChanged()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const QJsonObject version = fixture(QStringLiteral("model-version-by-hash.json"));
        const QJsonObject stamp = VersionStamp::of(version, QJsonValue());
        QJsonObject changed = version;
        changed.insert(field, value);
        QVERIFY(!VersionStamp::isCurrent(stamp, modelListing(changed)));
        // Kept compact for a run, it sees the same.
        QVERIFY(!VersionStamp::isCurrent(VersionStamp::compactOf(version, QJsonValue()),
                                         modelListing(changed)));
    }

    // The digest kept per archived version: the same listing, stats aside, gives the same one;
    // any compared field moved, in value or in type, gives another.
    void digestsWhatTheModelListsOfTheVersion_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("same");
        QTest::newRow("stats") << QStringLiteral("stats")
                               << QJsonValue(QJsonObject { { QStringLiteral("downloadCount"), 7 } })
                               << true;
        QTest::newRow("name") << QStringLiteral("name") << QJsonValue(QStringLiteral("v2 fixed"))
                              << false;
        QTest::newRow("name as a number") << QStringLiteral("name") << QJsonValue(2) << false;
        QTest::newRow("nsfwLevel") << QStringLiteral("nsfwLevel") << QJsonValue(16) << false;
        QTest::newRow("trigger words")
            << QStringLiteral("trainedWords")
            << QJsonValue(QJsonArray { QStringLiteral("a"), QStringLiteral("bc") }) << false;
        QTest::newRow("files") << QStringLiteral("files") << QJsonValue(QJsonArray()) << false;
        QTest::newRow("images") << QStringLiteral("images")
                                << QJsonValue(QJsonArray { QJsonObject {
                                       { QStringLiteral("url"),
                                         QStringLiteral("https://image.civitai.com/x/new.jpeg") } } })
                                << false;
    }

    void digestsWhatTheModelListsOfTheVersion()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, same);
        const QJsonObject version = fixture(QStringLiteral("model-version-by-hash.json"));
        // Listed with its trigger words, as some answers do.
        const auto listed = [](QJsonObject version) {
            if (!version.contains(QLatin1String("trainedWords")))
                version.insert(QStringLiteral("trainedWords"),
                               QJsonArray { QStringLiteral("ab"), QStringLiteral("c") });
            QJsonObject model = modelListing(version);
            QJsonObject entry = model.value(QLatin1String("modelVersions")).toArray().at(0).toObject();
            entry.insert(QStringLiteral("trainedWords"), version.value(QLatin1String("trainedWords")));
            model.insert(QStringLiteral("modelVersions"), QJsonArray { entry });
            return model;
        };
        const qint64 id = qint64(version.value(QLatin1String("id")).toDouble());
        const Sha256Digest digest = VersionStamp::listedDigest(listed(version), id);
        QVERIFY(!digest.isEmpty());
        QJsonObject changed = version;
        changed.insert(field, value);
        QCOMPARE(VersionStamp::listedDigest(listed(changed), id) == digest, same);

        QJsonObject archived = modelListing(version);
        archived.insert(QStringLiteral("mode"), QStringLiteral("Archived"));
        QVERIFY(VersionStamp::listedDigest(archived, id) != digest);
        QVERIFY(VersionStamp::listedDigest(modelListing(version), id + 1).isEmpty());
    }

    void seesTheModelArchivedOrItsVersionGone()
    {
        const QJsonObject version = fixture(QStringLiteral("model-version-by-hash.json"));
        const QJsonObject stamp = VersionStamp::of(version, QJsonValue());
        QJsonObject archived = modelListing(version);
        archived.insert(QStringLiteral("mode"), QStringLiteral("Archived"));
        QVERIFY(!VersionStamp::isCurrent(stamp, archived));
        QJsonObject gone = modelListing(version);
        gone.insert(QStringLiteral("modelVersions"), QJsonArray());
        QVERIFY(!VersionStamp::isCurrent(stamp, gone));
    }
};

QTEST_GUILESS_MAIN(TestVersionStamp)
#include "tst_versionstamp.moc"
