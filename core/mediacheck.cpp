#include "core/mediacheck.h"

#include <QCoreApplication>
#include <QtEndian>

namespace {

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

QByteArray readAt(QFile &file, qint64 offset, qint64 length)
{
    return file.seek(offset) ? file.read(length) : QByteArray();
}

// ISO base media (MP4, MOV, AVIF, HEIF): the brands of the leading "ftyp" box tell them apart.
std::optional<MediaCheck::Format> isoMediaFormat(const QByteArray &head)
{
    if (head.size() < 12 || head.mid(4, 4) != "ftyp")
        return std::nullopt;
    const qsizetype boxSize = qMin<qsizetype>(bigEndian32(head, 0), head.size());
    QList<QByteArray> brands { head.mid(8, 4) };
    for (qsizetype at = 16; at + 4 <= boxSize; at += 4)
        brands.append(head.mid(at, 4));
    const auto any = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (brands.contains(QByteArray(name)))
                return true;
        }
        return false;
    };
    if (any({ "avif", "avis" }))
        return MediaCheck::Format::Avif;
    if (any({ "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1" }))
        return MediaCheck::Format::Heif;
    if (brands.constFirst() == "qt  ")
        return MediaCheck::Format::QuickTime;
    if (any({ "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash",
              "M4V ", "mmp4", "3gp4", "3gp5", "3gp6", "MSNV", "f4v " }))
        return MediaCheck::Format::Mp4;
    return std::nullopt;
}

// An EBML variable-length integer at `at`: its value and length in bytes (0: malformed).
std::pair<quint64, int> readVint(const QByteArray &bytes, qsizetype at)
{
    if (at >= bytes.size())
        return { 0, 0 };
    const auto first = quint8(bytes.at(at));
    int length = 1;
    while (length <= 8 && !(first & (0x80 >> (length - 1))))
        ++length;
    if (length > 8 || at + length > bytes.size())
        return { 0, 0 };
    quint64 value = first & (0xff >> length);
    for (int i = 1; i < length; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return { value, length };
}

std::optional<MediaCheck::Format> ebmlFormat(const QByteArray &head)
{
    if (!head.startsWith("\x1a\x45\xdf\xa3"))
        return std::nullopt;
    // The DocType element (0x4282) inside the EBML header names the flavour.
    const qsizetype docType = head.indexOf("\x42\x82", 4);
    if (docType < 0)
        return std::nullopt;
    const auto [length, size] = readVint(head, docType + 2);
    if (size == 0)
        return std::nullopt;
    const QByteArray name = head.mid(docType + 2 + size, qsizetype(length));
    if (name == "webm")
        return MediaCheck::Format::WebM;
    if (name == "matroska")
        return MediaCheck::Format::Matroska;
    return std::nullopt;
}

// JPEG: the segments up to the first scan, then the scans, up to the end-of-image marker. Inside
// entropy-coded data 0xFF is followed by 0x00 or a restart marker, so an EOI found there is real.
bool jpegIsComplete(const QByteArray &bytes)
{
    qsizetype at = 2; // after SOI
    bool inScan = false;
    while (at + 1 < bytes.size()) {
        if (quint8(bytes.at(at)) != 0xff) {
            if (!inScan)
                return false; // a segment must start with a marker
            ++at;
            continue;
        }
        const auto marker = quint8(bytes.at(at + 1));
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xd9)
            return true;
        if (inScan && (marker == 0x00 || (marker >= 0xd0 && marker <= 0xd7))) {
            at += 2;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
            at += 2;
            continue;
        }
        if (at + 4 > bytes.size())
            return false;
        const quint16 length = qFromBigEndian<quint16>(bytes.constData() + at + 2);
        if (length < 2)
            return false;
        at += 2 + length;
        inScan = marker == 0xda;
    }
    return false;
}

} // namespace

std::optional<MediaCheck::Format> MediaCheck::sniff(const QByteArray &head)
{
    if (head.startsWith("\xff\xd8\xff"))
        return Format::Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return Format::Png;
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return Format::WebP;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return Format::Gif;
    if (const auto iso = isoMediaFormat(head))
        return iso;
    return ebmlFormat(head);
}

bool MediaCheck::isVideo(Format format)
{
    return format == Format::Mp4 || format == Format::QuickTime || format == Format::WebM
        || format == Format::Matroska;
}

QString MediaCheck::extension(Format format)
{
    switch (format) {
    case Format::Jpeg:
        return QStringLiteral(".jpeg");
    case Format::Png:
        return QStringLiteral(".png");
    case Format::WebP:
        return QStringLiteral(".webp");
    case Format::Gif:
        return QStringLiteral(".gif");
    case Format::Avif:
        return QStringLiteral(".avif");
    case Format::Heif:
        return QStringLiteral(".heic");
    case Format::Mp4:
        return QStringLiteral(".mp4");
    case Format::QuickTime:
        return QStringLiteral(".mov");
    case Format::WebM:
        return QStringLiteral(".webm");
    case Format::Matroska:
        return QStringLiteral(".mkv");
    }
    return {};
}

QStringList MediaCheck::extensions()
{
    QStringList all;
    for (const Format format :
         { Format::Jpeg, Format::Png, Format::WebP, Format::Gif, Format::Avif, Format::Heif,
           Format::Mp4, Format::QuickTime, Format::WebM, Format::Matroska })
        all.append(extension(format));
    return all;
}

MediaCheck::Result MediaCheck::inspect(const QString &path, const Limits &limits)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    const std::optional<Format> format = sniff(file.read(256));
    if (!format) {
        result.error = QCoreApplication::translate(
            "MediaCheck", "the image host sent no image or video of a known format");
        return result;
    }
    const qint64 limit = isVideo(*format) ? limits.maxVideoBytes : limits.maxImageBytes;
    if (file.size() > limit) {
        //: %1 is a size in megabytes
        result.error = QCoreApplication::translate("MediaCheck", "the file is larger than %1 MB")
                           .arg(limit / (1024 * 1024));
        return result;
    }
    if (!isComplete(*format, file)) {
        result.error = QCoreApplication::translate("MediaCheck", "the file was cut short");
        return result;
    }
    result.format = format;
    return result;
}

// Whether the file ends where its format says. Cheap checks: JPEG's end-of-image marker, PNG's
// IEND chunk, GIF's trailer byte, the RIFF size of WebP, the top-level boxes of ISO media (each
// whole, a "moov" in videos, a "meta" in images) and the declared size of a Matroska segment (a
// live stream's "unknown" size passes).
bool MediaCheck::isComplete(Format format, QFile &file)
{
    const qint64 size = file.size();
    switch (format) {
    case Format::Jpeg:
        return jpegIsComplete(readAt(file, 0, size));
    case Format::Png: {
        qint64 at = 8;
        while (at + 8 <= size) {
            const QByteArray header = readAt(file, at, 8);
            if (header.size() < 8)
                return false;
            const qint64 length = bigEndian32(header, 0);
            if (header.mid(4, 4) == "IEND")
                return at + 12 + length <= size;
            at += 12 + length;
        }
        return false;
    }
    case Format::Gif:
        return size > 13 && readAt(file, size - 1, 1) == QByteArray(1, '\x3b');
    case Format::WebP:
        return 8 + qint64(qFromLittleEndian<quint32>(readAt(file, 4, 4).constData())) <= size;
    case Format::Avif:
    case Format::Heif:
    case Format::Mp4:
    case Format::QuickTime: {
        bool hasIndex = false; // "moov" for a video, "meta" for a still image
        const QByteArray indexBox = isVideo(format) ? "moov" : "meta";
        qint64 at = 0;
        while (at < size) {
            const QByteArray header = readAt(file, at, 16);
            if (header.size() < 8)
                return false;
            qint64 boxSize = bigEndian32(header, 0);
            if (header.mid(4, 4) == indexBox)
                hasIndex = true;
            if (boxSize == 0) // to the end of the file
                return hasIndex;
            if (boxSize == 1) {
                if (header.size() < 16)
                    return false;
                boxSize = qint64(qFromBigEndian<quint64>(header.constData() + 8));
            }
            if (boxSize < 8 || boxSize > size - at)
                return false;
            at += boxSize;
        }
        return hasIndex;
    }
    case Format::WebM:
    case Format::Matroska: {
        const QByteArray head = readAt(file, 0, 4096);
        const auto [headerSize, headerSizeLength] = readVint(head, 4);
        if (headerSizeLength == 0)
            return false;
        const qsizetype segment = 4 + headerSizeLength + qsizetype(headerSize);
        if (head.mid(segment, 4) != "\x18\x53\x80\x67")
            return false;
        const auto [segmentSize, segmentSizeLength] = readVint(head, segment + 4);
        if (segmentSizeLength == 0)
            return false;
        const quint64 unknown = (quint64(1) << (7 * segmentSizeLength)) - 1;
        return segmentSize == unknown
            || qint64(segment + 4 + segmentSizeLength) + qint64(segmentSize) <= size;
    }
    }
    return false;
}
