// CivitaiUrl: what a user pastes to link a file by hand, read strictly.
#include "core/civitaiurl.h"

#include <QTest>

class TestCivitaiUrl final : public QObject
{
    Q_OBJECT

private:
    const QList<QUrl> m_apiBases { QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                   QUrl(QStringLiteral("https://civitai.com")) };

private Q_SLOTS:
    void readsCivitaisAddressesAndIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("modelId");
        QTest::addColumn<qint64>("versionId");
        QTest::addColumn<QString>("site");
        QTest::newRow("id") << QStringLiteral("456") << qint64(0) << qint64(456) << QString();
        QTest::newRow("id with spaces")
            << QStringLiteral("  456\n") << qint64(0) << qint64(456) << QString();
        QTest::newRow("page with version")
            << QStringLiteral("https://civitai.com/models/123?modelVersionId=456") << qint64(123)
            << qint64(456) << QStringLiteral("https://civitai.com");
        QTest::newRow("red page with name")
            << QStringLiteral("https://civitai.red/models/123/some-name") << qint64(123)
            << qint64(0) << QStringLiteral("https://civitai.red");
        QTest::newRow("www, name, version and fragment")
            << QStringLiteral("https://www.civitai.com/models/123/name?modelVersionId=456#images")
            << qint64(123) << qint64(456) << QStringLiteral("https://www.civitai.com");
        QTest::newRow("download") << QStringLiteral("https://civitai.com/api/download/models/456")
                                  << qint64(0) << qint64(456)
                                  << QStringLiteral("https://civitai.com");
        QTest::newRow("api version")
            << QStringLiteral("https://civitai.red/api/v1/model-versions/456") << qint64(0)
            << qint64(456) << QStringLiteral("https://civitai.red");
        QTest::newRow("api model")
            << QStringLiteral("https://civitai.com/api/v1/models/123") << qint64(123) << qint64(0)
            << QStringLiteral("https://civitai.com");
        QTest::newRow("without scheme") << QStringLiteral("civitai.red/models/123") << qint64(123)
                                        << qint64(0) << QStringLiteral("https://civitai.red");
        QTest::newRow("configured host")
            << QStringLiteral("http://127.0.0.1:8080/models/7") << qint64(7) << qint64(0)
            << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("upper-case host")
            << QStringLiteral("https://CIVITAI.COM/models/7") << qint64(7) << qint64(0)
            << QStringLiteral("https://civitai.com");
    }

    void readsCivitaisAddressesAndIds()
    {
        QFETCH(QString, text);
        QFETCH(qint64, modelId);
        QFETCH(qint64, versionId);
        QFETCH(QString, site);
        const auto parsed = CivitaiUrl::parse(text, m_apiBases);
        const auto *target = std::get_if<CivitaiLinkTarget>(&parsed);
        QVERIFY2(target, qPrintable(target ? QString() : std::get<QString>(parsed)));
        QCOMPARE(target->modelId, modelId);
        QCOMPARE(target->versionId, versionId);
        QCOMPARE(target->site.toString(), site);
    }

    void refusesAnythingElseWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("Give the address");
        QTest::newRow("too long") << QStringLiteral("https://civitai.com/models/1?x=")
                + QString(3000, QLatin1Char('a'))
                                  << QStringLiteral("too long");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("is no model version id");
        QTest::newRow("past 2^53")
            << QStringLiteral("9007199254740993") << QStringLiteral("is no model version id");
        QTest::newRow("hex") << QStringLiteral("0x1F") << QStringLiteral("is no model version id");
        QTest::newRow("digits and letters")
            << QStringLiteral("12ab") << QStringLiteral("is no model version id");
        QTest::newRow("control character")
            << QStringLiteral("45\x1b[2J6") << QStringLiteral("is no model version id");
        QTest::newRow("other site")
            << QStringLiteral("https://example.com/models/1") << QStringLiteral("is not Civitai");
        QTest::newRow("suffix trick") << QStringLiteral("https://civitai.com.example.com/models/1")
                                      << QStringLiteral("is not Civitai");
        QTest::newRow("prefix trick") << QStringLiteral("https://evilcivitai.com/models/1")
                                      << QStringLiteral("is not Civitai");
        QTest::newRow("subdomain") << QStringLiteral("https://api.civitai.com.evil/models/1")
                                   << QStringLiteral("is not Civitai");
        QTest::newRow("plain http")
            << QStringLiteral("http://civitai.com/models/1") << QStringLiteral("is not Civitai");
        QTest::newRow("other port") << QStringLiteral("https://civitai.com:444/models/1")
                                    << QStringLiteral("is not Civitai");
        QTest::newRow("configured host, other port")
            << QStringLiteral("http://127.0.0.1:8081/models/1") << QStringLiteral("is not Civitai");
        QTest::newRow("user info") << QStringLiteral("https://user@civitai.com/models/1")
                                   << QStringLiteral("no user name or password");
        QTest::newRow("file scheme")
            << QStringLiteral("file:///etc/passwd") << QStringLiteral("is no web address");
        QTest::newRow("relative") << QStringLiteral("models/1")
                                  << QStringLiteral("is no web address");
        QTest::newRow("image") << QStringLiteral("https://civitai.com/images/1")
                               << QStringLiteral("no address of a Civitai model");
        QTest::newRow("too deep") << QStringLiteral("https://civitai.com/models/1/name/extra")
                                  << QStringLiteral("no address of a Civitai model");
        QTest::newRow("model is no number")
            << QStringLiteral("https://civitai.com/models/abc") << QStringLiteral("names no model");
        QTest::newRow("encoded slash")
            << QStringLiteral("https://civitai.com/models/1%2F2") << QStringLiteral("names no model");
        QTest::newRow("negative model")
            << QStringLiteral("https://civitai.com/models/-1") << QStringLiteral("names no model");
        QTest::newRow("two versions")
            << QStringLiteral("https://civitai.com/models/1?modelVersionId=2&modelVersionId=3")
            << QStringLiteral("more than one model version");
        QTest::newRow("version is no number")
            << QStringLiteral("https://civitai.com/models/1?modelVersionId=2%20")
            << QStringLiteral("modelVersionId is no model version id");
        QTest::newRow("download of nothing")
            << QStringLiteral("https://civitai.com/api/download/models/x")
            << QStringLiteral("names no model or version");
    }

    void refusesAnythingElseWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto parsed = CivitaiUrl::parse(text, m_apiBases);
        const auto *error = std::get_if<QString>(&parsed);
        QVERIFY2(error, qPrintable(text));
        QVERIFY2(error->contains(reason), qPrintable(*error));
        QVERIFY2(error->size() < 400, qPrintable(*error)); // what was pasted is shortened
    }
};

QTEST_GUILESS_MAIN(TestCivitaiUrl)
#include "tst_civitaiurl.moc"
