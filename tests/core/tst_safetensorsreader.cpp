#include "core/safetensorsreader.h"
#include "safetensorsfactory.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

QByteArray lengthPrefix(quint64 length)
{
    QByteArray bytes(8, '\0');
    qToLittleEndian<quint64>(length, bytes.data());
    return bytes;
}

SafetensorsHeader readBytes(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return SafetensorsReader::read(buffer, bytes.size());
}

} // namespace

class TestSafetensorsReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsKohyaMetadata()
    {
        const SafetensorsHeader header
            = readBytes(SafetensorsFactory::build(SafetensorsFactory::loraMetadata()));
        QVERIFY2(header.ok(), qPrintable(header.error));
        QVERIFY(header.hasMetadata);
        QCOMPARE(header.metadata.value(QLatin1String("ss_network_dim")).toString(),
                 QStringLiteral("32"));
        QVERIFY(header.metadata.value(QLatin1String("ss_tag_frequency"))
                    .toString()
                    .contains(QLatin1String("lighthouse style")));
        QVERIFY(header.header.contains(QLatin1String("lora_unet_down.weight")));
    }

    void acceptsHeaderWithoutMetadata()
    {
        const SafetensorsHeader header = readBytes(SafetensorsFactory::build());
        QVERIFY2(header.ok(), qPrintable(header.error));
        QVERIFY(!header.hasMetadata);
        QVERIFY(header.metadata.isEmpty());
        QCOMPARE(header.header.size(), 1);
    }

    void acceptsSpacePaddedHeader()
    {
        // The format pads headers with spaces to align the data.
        const SafetensorsHeader header
            = readBytes(SafetensorsFactory::withRawHeader("{\"__metadata__\":{\"a\":\"b\"}}    "));
        QVERIFY2(header.ok(), qPrintable(header.error));
        QCOMPARE(header.metadata.value(QLatin1String("a")).toString(), QStringLiteral("b"));
    }

    void rejectsBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedError");

        const QByteArray valid = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 64);
        QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("shorter than the length")
            << QByteArray("abc") << QStringLiteral("only 3 bytes");
        QTest::newRow("huge declared length") << lengthPrefix(quint64(1) << 40)
                + QByteArray(100, '{') << QStringLiteral("exceeds the 100000000-byte limit");
        QTest::newRow("all ones length") << QByteArray(100, '\xff') << QStringLiteral("exceeds");
        QTest::newRow("length beyond the file")
            << lengthPrefix(5000) + QByteArray("{}") << QStringLiteral("header needs 5000 bytes");
        QTest::newRow("zero length")
            << lengthPrefix(0) + QByteArray("{}") << QStringLiteral("empty header");
        QTest::newRow("truncated header") << valid.left(40) << QStringLiteral("truncated");
        QTest::newRow("truncated tensor data")
            << valid.left(valid.size() - 10)
            << QStringLiteral("tensors need 64 bytes of data, the file has 54");
        QTest::newRow("invalid UTF-8")
            << SafetensorsFactory::withRawHeader("{\"__metadata__\":{\"a\":\"\xc3\x28\"}}")
            << QStringLiteral("invalid header JSON");
        QTest::newRow("not JSON") << SafetensorsFactory::withRawHeader("PK\x03\x04 this is a zip")
                                  << QStringLiteral("invalid header JSON");
        QTest::newRow("JSON array")
            << SafetensorsFactory::withRawHeader("[1,2,3]") << QStringLiteral("not an object");
        QTest::newRow("metadata not an object")
            << SafetensorsFactory::withRawHeader("{\"__metadata__\":[1]}")
            << QStringLiteral("__metadata__ is not an object");
    }

    void rejectsBrokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedError);
        const SafetensorsHeader header = readBytes(bytes);
        QVERIFY(!header.ok());
        QVERIFY2(header.error.contains(expectedError), qPrintable(header.error));
    }

    void readsFromDisk()
    {
        QTemporaryDir dir;
        const QString path
            = dir.filePath(QStringLiteral("[FLUX.1 [dev] - LoRa] 'x' 🔥 #1 %.safetensors"));
        QVERIFY(SafetensorsFactory::write(
            path, SafetensorsFactory::build(SafetensorsFactory::loraMetadata())));
        const SafetensorsHeader header = SafetensorsReader::read(path);
        QVERIFY2(header.ok(), qPrintable(header.error));
        QVERIFY(header.hasMetadata);
    }

    void reportsUnopenableFile()
    {
        const SafetensorsHeader header
            = SafetensorsReader::read(QStringLiteral("/nonexistent.safetensors"));
        QVERIFY(!header.ok());
        QVERIFY(header.error.startsWith(QLatin1String("cannot open")));
    }
};

QTEST_GUILESS_MAIN(TestSafetensorsReader)
#include "tst_safetensorsreader.moc"
