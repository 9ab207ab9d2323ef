#include "core/jsonstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

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

QJsonValue decoded(QByteArrayView value);

// An object or array read by JsonStream's reader, its values by its decoders alone; undefined
// when the reader refuses the text.
QJsonValue decodedObject(QByteArrayView text)
{
    QJsonObject object;
    const bool ok = JsonStream::readObject(text, [&](QByteArrayView key, QByteArrayView value) {
        object.insert(QString::fromUtf8(key), decoded(value));
    });
    return ok ? QJsonValue(object) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue decodedArray(QByteArrayView text)
{
    QJsonArray array;
    const bool ok = JsonStream::readArray(
        text, [&](QByteArrayView element) { array.append(decoded(element)); });
    return ok ? QJsonValue(array) : QJsonValue(QJsonValue::Undefined);
}

// One value (a fraction, which the decoders do not read, from Qt's parser).
QJsonValue decoded(QByteArrayView value)
{
    if (value.startsWith('"'))
        return JsonStream::string(value);
    if (value.startsWith('{'))
        return decodedObject(value);
    if (value.startsWith('['))
        return decodedArray(value);
    if (const std::optional<bool> boolean = JsonStream::boolean(value))
        return *boolean;
    if (value == "null")
        return QJsonValue::Null;
    if (const std::optional<qint64> integer = JsonStream::integer(value))
        return *integer;
    return JsonStream::parse(value).toDouble();
}

// A walk into every object and array, each rebuilt from what it is handed: the values it does
// not go into by the decoders.
class TreeWalk final : public JsonStream::Walk
{
public:
    QJsonObject object;
    QJsonArray array;

    Walk *into(QByteArrayView) override { return inner(); }
    Walk *intoElement() override { return inner(); }
    void member(QByteArrayView key, QByteArrayView value) override
    {
        object.insert(QString::fromUtf8(key), taken(value));
    }
    void element(QByteArrayView value) override { array.append(taken(value)); }

private:
    std::unique_ptr<TreeWalk> m_inner;

    Walk *inner()
    {
        m_inner = std::make_unique<TreeWalk>();
        return m_inner.get();
    }
    QJsonValue taken(QByteArrayView value) const
    {
        if (value.startsWith('{'))
            return m_inner->object;
        if (value.startsWith('['))
            return m_inner->array;
        return decoded(value);
    }
};

// The objects and arrays nested `depth` deep.
QByteArray nested(int depth)
{
    QByteArray text = "0";
    for (int i = 0; i < depth; ++i)
        text = (i % 2 ? "[" : "{\"a\": ") + text + (i % 2 ? "]" : "}");
    return text;
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

    // The named member's elements as forEachElement() would walk them in it; the rest passed over.
    void walksTheElementsOfAMembersArray()
    {
        const QByteArray text = json("{'e': [9], 'n': {'e': [8]}, 'entries' : [ 'a\\']', {'b': "
                                     "[1, 2]}, 3, [] ], 'z': 'entries', 'entries2': [7]}");
        QJsonArray walked;
        QVERIFY(
            JsonStream::forEachElementOf(text, QLatin1String("entries"), [&](QByteArrayView value) {
                walked.append(JsonStream::parse(value));
            }));
        QCOMPARE(walked, QJsonDocument::fromJson(text).object().value(u"entries").toArray());

        walked = {};
        QVERIFY(JsonStream::forEachElementOf(
            json("{'entries': {'a': [1]}, 'x': 2}"), QLatin1String("entries"),
            [&](QByteArrayView value) { walked.append(JsonStream::parse(value)); }));
        QVERIFY(walked.isEmpty()); // not an array: nothing to walk
    }

    // The named member's members as readObject() hands them over; a key written with escapes is
    // the same key.
    void readsTheMembersOfAMembersObject()
    {
        const QByteArray text = json("{'n': {'files': {'x': 1}}, 'fil\\u0065s' : {'a \\'1\\'': "
                                     "{'b': [1]}, 'c': 'd'}, 'z': 'files'}");
        const auto membersOf = [](QByteArrayView object) {
            QList<std::pair<QByteArray, QByteArray>> members;
            const bool read = JsonStream::readObjectOf(
                object, "files", [&](QByteArrayView key, QByteArrayView value) {
                    members.append({ key.toByteArray(), value.toByteArray() });
                });
            return read ? members : QList<std::pair<QByteArray, QByteArray>> { { "failed", {} } };
        };
        QList<std::pair<QByteArray, QByteArray>> expected;
        QVERIFY(
            JsonStream::readObject(json("{'a \\'1\\'': {'b': [1]}, 'c': 'd'}"),
                                   [&](QByteArrayView key, QByteArrayView value) {
                                       expected.append({ key.toByteArray(), value.toByteArray() });
                                   }));
        QCOMPARE(membersOf(text), expected);
        QVERIFY(membersOf(json("{'files': [1], 'x': 2}")).isEmpty()); // not an object
        for (const QByteArray &damaged :
             { json("{'files': {'a': 1}"), json("{'files': {'a' 1}}"), json("{'files': {'a': 01}}"),
               json("{'files': {'a': 1}} x") })
            QCOMPARE(membersOf(damaged).value(0).first, QByteArray("failed"));
    }

    void failsOnDamagedMembersArray_data()
    {
        failsOnDamagedText_data();
        QTest::newRow("cut in the array") << json("{'e': [1, 'x");
        QTest::newRow("cut after the array") << json("{'e': [1]");
        QTest::newRow("no comma in the array") << json("{'e': [1 2]}");
        QTest::newRow("bytes after the array's object") << json("{'e': [1]} [");
    }

    void failsOnDamagedMembersArray()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!JsonStream::forEachElementOf(
            text, QLatin1String("e"), [](QByteArrayView) {}, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
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

    // Valid and damaged entries: readObject() takes what Qt's parser takes, and its members read
    // by the decoders are the values Qt's parser gives.
    void readsEntriesAsQtParsesThem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << json("{}");
        QTest::newRow("spaced") << QByteArray(" \r\n{ \"a\" :\t1 , \"b\" : [ ] }\n");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"a\": 1}");
        QTest::newRow("escapes") << json(
            "{'a': '\\'\\\\\\/\\b\\f\\n\\r\\t', 'b': '\\u0041\\u00e9\\u540d'}");
        QTest::newRow("surrogate pair") << json("{'a': '\\ud83d\\ude00 x', '\\ud83d\\ude00': 1}");
        QTest::newRow("lone surrogates")
            << json("{'a': '\\ud800 \\udc00 \\ud800', 'b': 'x\\ud83d'}");
        QTest::newRow("unknown escape") << json("{'a': '\\q\\x'}");
        QTest::newRow("escaped key") << json("{'p\\u0061th': 'x', 'a\\'b': 2}");
        QTest::newRow("utf-8") << QByteArray("{\"名前\": \"é 名 😀\"}");
        QTest::newRow("raw control byte") << QByteArray("{\"a\": \"x\ty\x01\"}");
        QTest::newRow("escaped and utf-8") << QByteArray("{\"a\": \"é\\n😀\\u00e9\"}");
        QTest::newRow("integers") << json(
            "{'a': 0, 'b': -0, 'c': 42, 'd': -17, 'e': 9007199254740992,"
            " 'f': 9007199254740993, 'g': -9007199254740993}");
        QTest::newRow("64-bit integers")
            << json("{'a': 1796050094125295995, 'b': 9223372036854775807,"
                    " 'c': -9223372036854775808, 'd': 9223372036854775808,"
                    " 'e': 12345678901234567890, 'f': -9223372036854775809}");
        QTest::newRow("exponents")
            << json("{'a': 1e3, 'b': 1E+3, 'c': 25e-1, 'd': -1.5e3, 'e': 1e400,"
                    " 'f': 9.007199254740993e15, 'g': 1e-400}");
        QTest::newRow("fractions") << json("{'a': 1.0, 'b': 1.5, 'c': -0.0, 'd': 0.1, 'e': 2.000}");
        QTest::newRow("literals") << json("{'a': true, 'b': false, 'c': null}");
        QTest::newRow("duplicate keys") << json("{'a': 1, 'b': 2, 'a': 'last'}");
        QTest::newRow("nested") << json("{'a': {'b': [1, {'c': [[], {}]}, 'x']}, 'd': [true]}");
        QTest::newRow("1024 deep") << nested(1023).prepend("{\"a\": ").append('}');
        QTest::newRow("1025 deep") << nested(1024).prepend("{\"a\": ").append('}');
        QTest::newRow("an array") << json("[1]");
        QTest::newRow("a string") << json("'a'");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("trailing comma") << json("{'a': 1,}");
        QTest::newRow("comma first") << json("{, 'a': 1}");
        QTest::newRow("missing comma") << json("{'a': 1 'b': 2}");
        QTest::newRow("missing colon") << json("{'a' 1}");
        QTest::newRow("missing value") << json("{'a': }");
        QTest::newRow("bare key") << json("{a: 1}");
        QTest::newRow("cut short") << json("{'a': 1");
        QTest::newRow("cut in a string") << json("{'a': 'bc");
        QTest::newRow("stray bytes") << json("{'a': 1} x");
        QTest::newRow("array trailing comma") << json("{'a': [1,]}");
        QTest::newRow("leading zero") << json("{'a': 01}");
        QTest::newRow("plus") << json("{'a': +1}");
        QTest::newRow("bare fraction") << json("{'a': .5}");
        QTest::newRow("trailing point") << json("{'a': 1.}");
        QTest::newRow("bare minus") << json("{'a': -}");
        QTest::newRow("bare exponent") << json("{'a': 1e}");
        QTest::newRow("letters after a number") << json("{'a': 12a}");
        QTest::newRow("infinity") << json("{'a': Infinity}");
        QTest::newRow("cut literal") << json("{'a': tru}");
        QTest::newRow("literal and more") << json("{'a': nullx}");
        QTest::newRow("short \\u") << json("{'a': '\\u12'}");
        QTest::newRow("not hex \\u") << json("{'a': '\\u12g4'}");
        QTest::newRow("escape at the end") << json("{'a': '\\");
        QTest::newRow("escaped utf-8") << QByteArray("{\"a\": \"\\é\"}");
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\": \"\xc0\x80\"}");
        QTest::newRow("surrogate in utf-8") << QByteArray("{\"a\": \"\xed\xa0\x80\"}");
        QTest::newRow("past U+10FFFF") << QByteArray("{\"a\": \"\xf4\x90\x80\x80\"}");
        QTest::newRow("lone continuation") << QByteArray("{\"a\": \"\x80\"}");
        QTest::newRow("cut utf-8") << QByteArray("{\"a\": \"\xe2\x82\"}");
        QTest::newRow("invalid utf-8 key") << QByteArray("{\"\xff\": 1}");
    }

    void readsEntriesAsQtParsesThem()
    {
        QFETCH(QByteArray, text);
        const QJsonDocument expected = QJsonDocument::fromJson(text);
        const QJsonValue read = decodedObject(text);
        QCOMPARE(read.isObject(), expected.isObject());
        QCOMPARE(read.toObject(), expected.object());
        // An array is read alike.
        const QByteArray array = '[' + text + ']';
        const QJsonDocument expectedArray = QJsonDocument::fromJson(array);
        QCOMPARE(decodedArray(array).isArray(), expectedArray.isArray());
        QCOMPARE(decodedArray(array).toArray(), expectedArray.array());
    }

    // A walk into every value rebuilds what Qt's parser gives, and refuses what it refuses.
    void walksIntoValuesAsQtParsesThem_data() { readsEntriesAsQtParsesThem_data(); }
    void walksIntoValuesAsQtParsesThem()
    {
        QFETCH(QByteArray, text);
        const QJsonDocument expected = QJsonDocument::fromJson(text);
        TreeWalk walk;
        QCOMPARE(JsonStream::walk(text, walk), expected.isObject() || expected.isArray());
        if (expected.isObject())
            QCOMPARE(walk.object, expected.object());
        const QByteArray array = '[' + text + ']';
        const QJsonDocument expectedArray = QJsonDocument::fromJson(array);
        TreeWalk arrayWalk;
        QCOMPARE(JsonStream::walk(array, arrayWalk), expectedArray.isArray());
        if (expectedArray.isArray())
            QCOMPARE(arrayWalk.array, expectedArray.array());
    }

    // Each decoder on a value alone gives what Qt's parser gives for it.
    void decodesValuesAsQtParsesThem_data()
    {
        QTest::addColumn<QByteArray>("value");
        for (const char *value : { "'plain'",
                                   "''",
                                   "'a\\\\b\\'c'",
                                   "'\\u00e9\\u540d'",
                                   "'\\ud83d\\ude00'",
                                   "'\\ud83d'",
                                   "'\\ude00\\ud83d'",
                                   "'x\\ud83dy'",
                                   "'\\q'",
                                   "'名前 😀'",
                                   "'\\u0000'",
                                   "'a'b'",
                                   "'abc",
                                   "'\\u12'",
                                   "0",
                                   "-0",
                                   "7",
                                   "-12",
                                   "007",
                                   "1e3",
                                   "1E+3",
                                   "-2.5e2",
                                   "1.0",
                                   "1.5",
                                   "0.1",
                                   "2.000",
                                   "9007199254740993",
                                   "9223372036854775807",
                                   "9223372036854775808",
                                   "-9223372036854775808",
                                   "-9223372036854775809",
                                   "1796050094125295995",
                                   "12345678901234567890",
                                   "2147483647",
                                   "2147483648",
                                   "-2147483648",
                                   "-2147483649",
                                   "1e400",
                                   "+1",
                                   "1.",
                                   "-",
                                   "12a",
                                   "true",
                                   "false",
                                   "null",
                                   "tru",
                                   "truex",
                                   "[1]",
                                   "{}",
                                   "" })
            QTest::newRow(value) << json(value);
        QTest::newRow("invalid utf-8") << QByteArray("\"\xc3\x28\"");
        QTest::newRow("escaped latin-1 byte") << QByteArray("\"\\\xe9\"");
    }

    void decodesValuesAsQtParsesThem()
    {
        QFETCH(QByteArray, value);
        // Qt's parser takes a document: the value goes in one.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + value + ']');
        const QJsonValue expected = wrapped.isArray() && wrapped.array().size() == 1
            ? wrapped.array().at(0)
            : QJsonValue(QJsonValue::Undefined);
        const QJsonValue parsed = JsonStream::parse(value);
        QCOMPARE(parsed.type(), expected.type());
        QCOMPARE(parsed, expected);
        QCOMPARE(QJsonDocument(QJsonArray { parsed }).toJson(),
                 QJsonDocument(QJsonArray { expected }).toJson());
        const QString text = JsonStream::string(value);
        QCOMPARE(text.isNull(), !expected.isString());
        QCOMPARE(text, expected.toString());
        QByteArray scratch;
        const QByteArrayView utf8 = JsonStream::utf8(value, scratch);
        QCOMPARE(utf8.isNull(), !expected.isString());
        QCOMPARE(utf8.toByteArray(), expected.toString().toUtf8());
        constexpr qint64 None = -4242;
        QCOMPARE(JsonStream::integer(value).value_or(None), expected.toInteger(None));
        QCOMPARE(JsonStream::integer32(value).value_or(int(None)), expected.toInt(int(None)));
        QCOMPARE(JsonStream::boolean(value).has_value(), expected.isBool());
        QCOMPARE(JsonStream::boolean(value).value_or(false), expected.toBool());
    }

    // An entry's compact text is the one QJsonDocument writes, whether it is taken as it is or
    // goes through a document.
    void compactsAnObjectAsQtWritesIt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << json("{ }");
        QTest::newRow("as we write it")
            << json("{\n    'a': 'x y/z',\n    'b': -12,\n    'c': true,\n    'd': null,\n"
                    "    'e': 9007199254740993, 'f': '名 😀 \x7f'\n}");
        QTest::newRow("keys out of order") << json("{'b': 1, 'a': 2}");
        QTest::newRow("upper and lower case keys") << json("{'B': 1, '_': 2, 'a': 3}");
        QTest::newRow("duplicate keys") << json("{'a': 1, 'a': 2}");
        QTest::newRow("escapes") << json("{'a': 'say \\'hi\\'', 'b': '\\u00e9\\/'}");
        QTest::newRow("escaped key") << json("{'\\u0061': 1, 'b': 2}");
        QTest::newRow("control byte") << QByteArray("{\"a\": \"x\ty\"}");
        QTest::newRow("numbers") << json("{'a': 1.5, 'b': 1e3, 'c': -0, 'd': 1.0, 'e': 0}");
        QTest::newRow("large number") << json("{'a': 1796050094125295995}");
        QTest::newRow("nested") << json("{'a': [1, {'c': 2, 'b': 1}], 'b': {}}");
    }

    void compactsAnObjectAsQtWritesIt()
    {
        QFETCH(QByteArray, text);
        JsonStream::CompactObject compact(text);
        QVERIFY(JsonStream::readObject(
            text, [&](QByteArrayView key, QByteArrayView value) { compact.add(key, value); }));
        const QByteArray expected
            = QJsonDocument(QJsonDocument::fromJson(text).object()).toJson(QJsonDocument::Compact);
        QCOMPARE(compact.text(), expected);
    }

    void compactsAnObjectWithoutTheMembersSkipped_data() { compactsAnObjectAsQtWritesIt_data(); }
    void compactsAnObjectWithoutTheMembersSkipped()
    {
        QFETCH(QByteArray, text);
        JsonStream::CompactObject compact(text);
        QVERIFY(JsonStream::readObject(text, [&](QByteArrayView key, QByteArrayView value) {
            if (key == "b")
                compact.skip(key);
            else
                compact.add(key, value);
        }));
        QJsonObject object = QJsonDocument::fromJson(text).object();
        object.remove(QStringLiteral("b"));
        QCOMPARE(compact.text(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    // What compactText() writes is what QJsonDocument writes, on its own or through Qt's writer.
    void writesAnObjectAsQtWritesIt_data()
    {
        QTest::addColumn<QJsonObject>("object");
        const auto row = [](const char *name, const QByteArray &text) {
            const QJsonDocument document = QJsonDocument::fromJson(text);
            if (!document.isObject())
                qFatal("the row \"%s\" is no JSON object", name);
            QTest::newRow(name) << document.object();
        };
        row("empty", "{}");
        row("an update's entry",
            json("{'model_id': 12, 'model_name': 'Pony \\'XL\\' v6', 'downloadable': true,"
                 " 'download_url': '', 'newest_published_at': null, 'access': 'public',"
                 " 'civitai_url': 'https://civitai.red/models/12?modelVersionId=34'}"));
        row("not ASCII", json("{'名': '名 😀 é \x7f', 'b': 'x'}"));
        row("escapes",
            json("{'a': 'say \\'hi\\'', 'b': 'back\\\\slash', 'c': 'tab\\tnew\\nline'}"));
        row("a quote in a key", json("{'a\\'b': 1}"));
        row("a control character", json("{'a': '\\u0001'}"));
        row("numbers",
            json("{'a': 1.5, 'b': 1e3, 'c': -7, 'd': 0, 'e': 999999999999999,"
                 " 'f': 1e15, 'g': 9007199254740993, 'h': -1e300, 'i': 0.1}"));
        row("nested", json("{'a': [1, {'c': 2, 'b': 1}], 'b': {}}"));
        QTest::newRow("minus zero") << QJsonObject { { QStringLiteral("a"), -0.0 } };
        QTest::newRow("not a number") << QJsonObject { { QStringLiteral("a"), qQNaN() } };
        QTest::newRow("lone surrogates")
            << QJsonObject { { QStringLiteral("a"), QString(QChar(0xd800)) },
                             { QString(QChar(0xdc00)), 1 } };
        QTest::newRow("integers") << QJsonObject { { QStringLiteral("a"), qint64(1) << 60 },
                                                   { QStringLiteral("b"), -(qint64(1) << 40) } };
    }

    void writesAnObjectAsQtWritesIt()
    {
        QFETCH(QJsonObject, object);
        QCOMPARE(JsonStream::compactText(object),
                 QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    // Strings are scanned several bytes at a time: whatever needs a look (an escape, a quote, a
    // character of several bytes, a damaged one) is found at every place of a string.
    void scansStringsAsQtParsesThem()
    {
        const QList<QByteArray> marks { "\\\"", "\\\\", "\\u00e9", "\\n",  "é",  "😀",
                                        "\x01", "\x7f", "\xff",    "\xe9", "\"", "\\" };
        for (const QByteArray &mark : marks) {
            for (int length = 0; length <= 40; ++length) {
                for (int at = 0; at <= length; ++at) {
                    const QByteArray string
                        = QByteArray(at, 'a') + mark + QByteArray(length - at, 'b');
                    const QByteArray text = "[\"" + string + "\", 1]";
                    const QJsonDocument expected = QJsonDocument::fromJson(text);
                    TreeWalk walk;
                    const bool walked = JsonStream::walk(text, walk);
                    QCOMPARE(walked, expected.isArray());
                    if (walked)
                        QCOMPARE(walk.array, expected.array());
                    const QString decoded = JsonStream::string('"' + string + '"');
                    QCOMPARE(decoded.isNull(), !walked);
                    if (walked)
                        QCOMPARE(decoded, expected.array().at(0).toString());
                }
            }
        }
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
