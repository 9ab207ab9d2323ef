// A model's answer read in place: what it says must be what the parsed model says.
#include "core/civitaiclient.h"
#include "core/modelanswer.h"
#include "core/versionstamp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

// JSON written with ' for " (moc misreads raw string literals).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CDM_FIXTURES_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ModelAnswer read(const QByteArray &text, QString *problem = nullptr)
{
    QString ignored;
    return ModelAnswer::read(text, text, problem ? problem : &ignored);
}

} // namespace

class TestModelAnswer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheParsedModelSays_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("newestId");
        QTest::newRow("current shape") << fixture(QStringLiteral("model.json")) << qint64(1234567);
        QTest::newRow("recorded") << fixture(QStringLiteral("recorded/model-2833924-2026-08.json"))
                                  << qint64(3198110);
        QTest::newRow("2023, no dates")
            << fixture(QStringLiteral("model-legacy-2023.json")) << qint64(1292);
        QTest::newRow("odd files and images")
            << json("{'id': 4, 'mode': 'Archived', 'modelVersions': [{'id': 40, 'files': {'a': 1},"
                    " 'images': [{}, 7, {'url': null}, {'url': 'http://x/1.jpeg', 'url': 'u2'}]},"
                    " {'id': 41, 'files': [3, {'hashes': 'x'}, {'hashes': {'SHA256': 5}},"
                    " {'hashes': {'SHA256': 'AB', 'CRC32': 'C'}}], 'images': 'none'}]}")
            << qint64(40);
        QTest::newRow("duplicate and escaped keys")
            << json("{'id': 5, 'modelVersions': [{'\\u0069d': 50, 'name': 'a', 'name': 'b',"
                    " 'trainedWords': ['x', 'y'], 'baseModel': 'SDXL 1.0', 'nsfwLevel': 1.5}]}")
            << qint64(50);
        QTest::newRow("newest by date, drafts left out")
            << json("{'id': 6, 'mode': 7, 'modelVersions': ["
                    " {'id': 60, 'status': 'Published', 'publishedAt': '2025-01-01T00:00:00Z'},"
                    " {'id': 61, 'status': 'Draft', 'publishedAt': '2026-01-01T00:00:00Z'},"
                    " {'id': 62, 'createdAt': '2025-06-01T00:00:00Z'},"
                    " {'id': 63, 'publishedAt': '2024-01-01T00:00:00Z'}]}")
            << qint64(62);
        QTest::newRow("no versions") << json("{'id': 7, 'modelVersions': []}") << qint64(0);
    }

    void readsWhatTheParsedModelSays()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, newestId);
        const QJsonObject parsed = QJsonDocument::fromJson(text).object();
        QVERIFY(!parsed.isEmpty());
        QString problem;
        const ModelAnswer model = read(text, &problem);
        QVERIFY2(!model.isNull(), qPrintable(problem));
        QCOMPARE(model.id(), parsed.value(QLatin1String("id")).toInteger());
        QCOMPARE(model.name(), parsed.value(QLatin1String("name")));
        QCOMPARE(model.mode(), ModelMode::parse(parsed.value(QLatin1String("mode")).toString()));
        QCOMPARE(model.object(), parsed);

        const QJsonArray versions = parsed.value(QLatin1String("modelVersions")).toArray();
        for (const QJsonValue &version : versions) {
            const qint64 id = version.toObject().value(QLatin1String("id")).toInteger();
            QCOMPARE(model.listedDigest(id), VersionStamp::listedDigest(parsed, id));
            QVERIFY(!model.listedDigest(id).isEmpty());
        }
        QVERIFY(model.listedDigest(999999999).isEmpty());

        QCOMPARE(model.newest().id, newestId);
        for (const QJsonValue &version : versions) {
            QJsonObject newest = version.toObject();
            if (newest.value(QLatin1String("id")).toInteger() != newestId)
                continue;
            for (const QString &field : newest.keys()) {
                const QJsonValue value = newest.value(field);
                if (field == QLatin1String("description")
                    || ((value.isObject() || value.isArray())
                        && field != QLatin1String("earlyAccessConfig")
                        && field != QLatin1String("paidAccess")))
                    newest.remove(field);
            }
            QCOMPARE(model.newestVersion([](QByteArrayView) { return true; }), newest);
            // Only what is asked for.
            const auto named = [](QByteArrayView key) {
                return key == "name" || key == "id";
            };
            QJsonObject wanted;
            for (const QString &field : newest.keys()) {
                if (named(field.toUtf8()))
                    wanted.insert(field, newest.value(field));
            }
            QCOMPARE(model.newestVersion(named), wanted);
        }

        // The single model's answer, already parsed, says the same.
        const ModelAnswer again = ModelAnswer::of(parsed);
        QCOMPARE(again.newest().id, newestId);
        for (const QJsonValue &version : versions) {
            const qint64 id = version.toObject().value(QLatin1String("id")).toInteger();
            QCOMPARE(again.listedDigest(id), model.listedDigest(id));
        }
    }

    // The digest says whether the archived model file is still the answer: not when only its
    // download counts moved, nor a version's details the model file does not keep.
    void digestFollowsTheAnswerButNotItsCounts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("same");
        QTest::newRow("the same") << json("{'id': 1, 'description': 'a', 'stats': {'n': 1},"
                                          " 'modelVersions': [{'id': 2, 'updatedAt': 'u',"
                                          " 'stats': {'n': 1}, 'description': 'd'}]}")
                                  << true;
        QTest::newRow("download counts") << json("{'id': 1, 'description': 'a', 'stats': {'n': 9},"
                                                 " 'modelVersions': [{'id': 2, 'updatedAt': 'u',"
                                                 " 'stats': {'n': 8}, 'description': 'd'}]}")
                                         << true;
        QTest::newRow("a version's details") << json("{'id': 1, 'description': 'a', 'stats': {},"
                                                     " 'modelVersions': [{'id': 2, 'updatedAt':"
                                                     " 'u', 'description': 'new'}]}")
                                             << true;
        QTest::newRow("its description") << json("{'id': 1, 'description': 'b', 'stats': {},"
                                                 " 'modelVersions': [{'id': 2, 'updatedAt': 'u'}]}")
                                         << false;
        QTest::newRow("a version updated") << json("{'id': 1, 'description': 'a', 'stats': {},"
                                                   " 'modelVersions': [{'id': 2, 'updatedAt':"
                                                   " 'v'}]}")
                                           << false;
        QTest::newRow("a new version") << json("{'id': 1, 'description': 'a', 'stats': {},"
                                               " 'modelVersions': [{'id': 3, 'updatedAt': 'u'},"
                                               " {'id': 2, 'updatedAt': 'u'}]}")
                                       << false;
    }

    void digestFollowsTheAnswerButNotItsCounts()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, same);
        const ModelAnswer first = read(json("{'id': 1, 'description': 'a', 'stats': {'n': 1},"
                                            " 'modelVersions': [{'id': 2, 'updatedAt': 'u',"
                                            " 'stats': {'n': 1}, 'description': 'd'}]}"));
        QVERIFY(!first.digest().isEmpty());
        QCOMPARE(read(text).digest() == first.digest(), same);
    }

    // What CivitaiClient refuses in a parsed model is refused here, with its words.
    void refusesWhatIsNoModel_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not an object") << json("[1]");
        QTest::newRow("no versions") << json("{'id': 1}");
        QTest::newRow("versions not a list") << json("{'id': 1, 'modelVersions': {}}");
        QTest::newRow("a version without id")
            << json("{'id': 1, 'modelVersions': [{'name': 'x'}]}");
        QTest::newRow("a version not an object") << json("{'id': 1, 'modelVersions': [3]}");
        QTest::newRow("no id") << json("{'modelVersions': []}");
        QTest::newRow("id not a number") << json("{'id': '1', 'modelVersions': []}");
        QTest::newRow("name not a string") << json("{'id': 1, 'name': 2, 'modelVersions': []}");
        QTest::newRow("stats not an object") << json("{'id': 1, 'stats': [], 'modelVersions': []}");
        QTest::newRow("type not a string") << json("{'id': 1, 'type': {}, 'modelVersions': []}");
        QTest::newRow("description not a string")
            << json("{'id': 1, 'modelVersions': [], 'description': true}");
        QTest::newRow("creator not an object")
            << json("{'id': 1, 'creator': 'x', 'modelVersions': []}");
        QTest::newRow("cut short") << json("{'id': 1, 'modelVersions': [");
    }

    void refusesWhatIsNoModel()
    {
        QFETCH(QByteArray, text);
        QString problem;
        QVERIFY(read(text, &problem).isNull());
        QVERIFY(!problem.isEmpty());
        const QJsonDocument parsed = QJsonDocument::fromJson(text);
        if (parsed.isObject()) {
            const QJsonObject model = parsed.object();
            QCOMPARE(problem,
                     CivitaiClient::modelProblem(
                         model, qint64(model.value(QLatin1String("id")).toDouble())));
        }
    }
};

QTEST_GUILESS_MAIN(TestModelAnswer)
#include "tst_modelanswer.moc"
