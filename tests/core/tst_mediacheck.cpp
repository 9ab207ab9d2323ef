// What a downloaded preview is, by its content: formats, whole or cut short, size limits.
#include "core/mediacheck.h"
#include "fakecivitai.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray isoBox(const QByteArray &type, const QByteArray &data)
{
    QByteArray bytes;
    const qsizetype size = data.size() + 8;
    for (int shift = 24; shift >= 0; shift -= 8)
        bytes += char((size >> shift) & 0xff);
    return bytes + type + data;
}

QByteArray webm(qsizetype payload, bool declareSize = true)
{
    // EBML header with DocType "webm", then a Segment of `payload` bytes.
    const QByteArray docType = QByteArray("\x42\x82\x84", 3) + "webm";
    QByteArray bytes = QByteArray("\x1a\x45\xdf\xa3", 4) + char(0x80 | docType.size()) + docType;
    bytes += QByteArray("\x18\x53\x80\x67", 4);
    bytes += declareSize ? QByteArray("\x40", 1) + char(payload) // a two-byte size
                         : QByteArray("\x01\xff\xff\xff\xff\xff\xff\xff", 8); // unknown
    return bytes + QByteArray(payload, 'v');
}

QByteArray webp(qsizetype payload)
{
    QByteArray bytes = "RIFF";
    const quint32 size = quint32(payload + 4);
    for (int shift = 0; shift < 32; shift += 8)
        bytes += char((size >> shift) & 0xff);
    return bytes + "WEBP" + QByteArray(payload, 'w');
}

} // namespace

class TestMediaCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    MediaCheck::Result inspect(const QByteArray &bytes, MediaCheck::Limits limits = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("file.part"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return {};
        file.close();
        return MediaCheck::inspect(path, limits);
    }

private Q_SLOTS:
    void keepsWholeImagesAndVideos_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("extension");
        QTest::newRow("jpeg") << FakeCivitai::jpegBytes("1") << ".jpeg";
        QTest::newRow("jpeg with a trailer")
            << FakeCivitai::jpegBytes("1") + "trailing bytes after EOI" << ".jpeg";
        QTest::newRow("png") << FakeCivitai::pngBytes("1") << ".png";
        QTest::newRow("mp4") << FakeCivitai::mp4Bytes("1") << ".mp4";
        QTest::newRow("mov") << isoBox("ftyp", QByteArray("qt  \0\0\0\0qt  ", 12))
                + isoBox("moov", "m") + isoBox("mdat", "d")
                             << ".mov";
        QTest::newRow("avif") << isoBox("ftyp", QByteArray("avif\0\0\0\0mif1miaf", 16))
                + isoBox("meta", "m") + isoBox("mdat", "d")
                              << ".avif";
        QTest::newRow("heic") << isoBox("ftyp", QByteArray("heic\0\0\0\0mif1heic", 16))
                + isoBox("meta", "m") + isoBox("mdat", "d")
                              << ".heic";
        QTest::newRow("webp") << webp(20) << ".webp";
        QTest::newRow("gif") << QByteArray("GIF89a") + QByteArray(20, '\1') + ';' << ".gif";
        QTest::newRow("webm") << webm(30) << ".webm";
        QTest::newRow("webm of unknown size") << webm(30, false) << ".webm";
    }

    void keepsWholeImagesAndVideos()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, extension);
        const MediaCheck::Result result = inspect(bytes);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(MediaCheck::extension(*result.format), extension);
        QVERIFY(MediaCheck::extensions().contains(extension));
    }

    void rejectsWhatIsNoImageOrIsCutShort_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        const QString unknown = QStringLiteral("no image or video");
        const QString cut = QStringLiteral("cut short");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><script>alert(1)</script>")
                              << unknown;
        QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/>")
                             << unknown;
        QTest::newRow("empty") << QByteArray() << unknown;
        QTest::newRow("zeros") << QByteArray(4096, '\0') << unknown;
        QTest::newRow("ftyp of no known brand")
            << isoBox("ftyp", QByteArray("abcd\0\0\0\0abcd", 12)) + isoBox("moov", "m") << unknown;
        const QByteArray jpeg = FakeCivitai::jpegBytes("1");
        QTest::newRow("jpeg cut") << jpeg.left(jpeg.size() - 10) << cut;
        QTest::newRow("jpeg cut in its header") << jpeg.left(30) << cut;
        const QByteArray png = FakeCivitai::pngBytes("1");
        QTest::newRow("png cut") << png.left(png.size() - 12) << cut;
        const QByteArray mp4 = FakeCivitai::mp4Bytes("1");
        QTest::newRow("mp4 cut") << mp4.left(mp4.size() - 3) << cut;
        QTest::newRow("mp4 without moov")
            << isoBox("ftyp", QByteArray("isom\0\0\0\0isom", 12)) + isoBox("mdat", "d") << cut;
        QTest::newRow("webp cut") << webp(20).left(25) << cut;
        QTest::newRow("gif cut") << QByteArray("GIF89a") + QByteArray(20, '\1') << cut;
        QTest::newRow("webm cut") << webm(30).left(30) << cut;
    }

    void rejectsWhatIsNoImageOrIsCutShort()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        const MediaCheck::Result result = inspect(bytes);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(why), qPrintable(result.error));
    }

    void capsImagesAndVideosApart()
    {
        MediaCheck::Limits limits;
        limits.maxImageBytes = 100;
        limits.maxVideoBytes = 1000;
        QByteArray jpeg = FakeCivitai::jpegBytes(QByteArray(200, 'x'));
        QVERIFY(inspect(jpeg).ok());
        QVERIFY(inspect(jpeg, limits).error.contains(QLatin1String("larger than")));
        QVERIFY(inspect(FakeCivitai::mp4Bytes(QByteArray(200, 'x')), limits).ok());
    }
};

QTEST_GUILESS_MAIN(TestMediaCheck)
#include "tst_mediacheck.moc"
