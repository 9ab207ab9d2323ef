#include "core/jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// JSON written with ' for " (moc misreads raw string literals).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// Every member as Qt's parser sees it, or the walk's error.
QJsonObject walkedObject(const QByteArray &text, QString *error = nullptr)
{
    QJsonObject walked;
    const bool ok = JsonStream::forEachMember(
        text, [&](const QString &key, QByteArrayView value) {
            walked.insert(key, JsonStream::parse(value));
        },
        error);
    return ok ? walked : QJsonObject { { QStringLiteral("failed"), true } };
}

} // namespace

class TestJsonStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksWhatQtParses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("spaced") << QByteArray(" {\n \"a\" : 1 ,\r\n\t\"b\":[ ] }\n");
        QTest::newRow("nested") << QByteArray(
            json("{'entries': [{'path': '/m/a {b} [c].safetensors', 'n': [1, {'x': ']'}]}],"
                 " 'v': -1.5e3, 't': true, 'f': false, 'z': null}"));
        QTest::newRow("escapes") << QByteArray(
            json("{'C:\\\\models\\\\a \\'b\\'.pt': '\\u540d\\u524d \\ud83d\\ude00', 'tab\\t': 'x\\/y'}"));
        QTest::newRow("utf-8") << QByteArray("{\"名前 😀.safetensors\": \"名前\"}");
    }

    void walksWhatQtParses()
    {
        QFETCH(QByteArray, text);
        const QJsonDocument expected = QJsonDocument::fromJson(text);
        QVERIFY(expected.isObject());
        QCOMPARE(walkedObject(text), expected.object());
    }

    void walksTheElementsOfAnArray()
    {
        const QByteArray text = json("[ 'a\\']', {'b': [1, 2]}, 3, [] ]");
        QJsonArray walked;
        QVERIFY(JsonStream::forEachElement(
            text, [&](QByteArrayView value) { walked.append(JsonStream::parse(value)); }));
        QCOMPARE(walked, QJsonDocument::fromJson(text).array());
    }

    void failsOnDamagedText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("an array") << QByteArray("[1]");
        QTest::newRow("cut in a string") << json("{'a': 'bc");
        QTest::newRow("cut in an array") << json("{'a': [1, 2");
        QTest::newRow("cut after a member") << json("{'a': 1,");
        QTest::newRow("no colon") << json("{'a' 1}");
        QTest::newRow("key not a string") << json("{a: 1}");
        QTest::newRow("trailing bytes") << json("{'a': 1} x");
        QTest::newRow("two objects") << json("{'a': 1}{'b': 2}");
    }

    void failsOnDamagedText()
    {
        QFETCH(QByteArray, text);
        QString error;
        QCOMPARE(walkedObject(text, &error), QJsonObject({ { QStringLiteral("failed"), true } }));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    }

    void readsStrings()
    {
        QCOMPARE(JsonStream::string(json("'plain'")), QStringLiteral("plain"));
        QCOMPARE(JsonStream::string(json("'a\\\\b\\'c'")), QStringLiteral("a\\b\"c"));
        QCOMPARE(JsonStream::string(json("'\\u00e9'")), QStringLiteral("é"));
        QVERIFY(!JsonStream::string(json("''")).isNull());
        QVERIFY(JsonStream::string(json("''")).isEmpty());
        QVERIFY(JsonStream::string("12").isNull());
        QVERIFY(JsonStream::string("null").isNull());
        QVERIFY(JsonStream::parse("tru").isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
