// JsonStream's value decoders: what Qt's parser (qjsonparser.cpp) gives, without a document. Its
// quirks are kept: an unknown escape such as \q is the character itself, a lone surrogate escape
// is kept as it is, and a whole number written as 1e3 or 1.0 is the integer 1000 or 1.
#include "core/jsonstream.h"
#include "core/jsonstreamscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <limits>

namespace JsonStream {

using namespace Scan;

namespace {

// Decodes a valid string's text (between its quotes) holding escapes, into `Out`: UTF-16 or
// UTF-8. An escape gives one UTF-16 unit, as in Qt's parser: a surrogate pair is two escapes.
template<typename Out> void decodeEscaped(QByteArrayView inner, Out &out)
{
    const char *p = inner.begin();
    const char *const end = inner.end();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out.text(run, p);
        if (p == end)
            break;
        const uchar escaped = uchar(p[1]);
        p += 2;
        switch (escaped) {
        case 'b':
            out.unit(0x8);
            break;
        case 'f':
            out.unit(0xc);
            break;
        case 'n':
            out.unit(0xa);
            break;
        case 'r':
            out.unit(0xd);
            break;
        case 't':
            out.unit(0x9);
            break;
        case 'u':
            out.unit(char16_t(hexValue(p[0]) << 12 | hexValue(p[1]) << 8 | hexValue(p[2]) << 4
                              | hexValue(p[3])));
            p += 4;
            break;
        default:
            out.unit(escaped); // ", \, / and anything else: the byte as a character
        }
    }
}

// At most a UTF-16 unit per byte: an escape's unit takes two to six bytes, and a character of
// two, three or four UTF-8 bytes one or two units.
class Utf16Out
{
public:
    explicit Utf16Out(qsizetype size)
        : m_text(size, Qt::Uninitialized)
        , m_next(reinterpret_cast<char16_t *>(m_text.data()))
    { }

    void text(const char *p, const char *end)
    {
        while (p < end) {
            const uchar lead = uchar(*p);
            if (lead < 0x80) {
                *m_next++ = lead;
                ++p;
                continue;
            }
            const int length = utf8Length(p, end); // well formed: checked by scanString
            char32_t code = lead & (0x7f >> length);
            for (int i = 1; i < length; ++i)
                code = code << 6 | (uchar(p[i]) & 0x3f);
            p += length;
            if (code >= 0x10000) {
                *m_next++ = QChar::highSurrogate(code);
                *m_next++ = QChar::lowSurrogate(code);
            } else {
                *m_next++ = char16_t(code);
            }
        }
    }
    void unit(char16_t unit) { *m_next++ = unit; }

    QString take()
    {
        m_text.truncate(m_next - reinterpret_cast<char16_t *>(m_text.data()));
        return std::move(m_text);
    }

private:
    QString m_text;
    char16_t *m_next;
};

// At most a byte per byte: an escape of two to six bytes gives one to three bytes of UTF-8, a
// surrogate pair's twelve four. A lone surrogate has no UTF-8: `failed`, for the caller to
// convert the UTF-16 as Qt does.
class Utf8Out
{
public:
    explicit Utf8Out(QByteArray &text, qsizetype size)
        : m_text(text)
    {
        m_text.resize(size);
        m_next = m_text.data();
    }

    void text(const char *p, const char *end)
    {
        m_failed = m_failed || m_high != 0;
        std::memcpy(m_next, p, size_t(end - p));
        m_next += end - p;
    }
    void unit(char16_t unit)
    {
        if (m_high != 0) {
            m_failed = m_failed || !QChar::isLowSurrogate(unit);
            code(QChar::surrogateToUcs4(std::exchange(m_high, 0), unit));
        } else if (QChar::isHighSurrogate(unit)) {
            m_high = unit;
        } else {
            m_failed = m_failed || QChar::isLowSurrogate(unit);
            code(unit);
        }
    }

    bool finish()
    {
        m_text.truncate(m_next - m_text.data());
        return !m_failed && m_high == 0;
    }

private:
    void code(char32_t code)
    {
        const auto put = [this](uint byte) {
            *m_next++ = char(byte);
        };
        if (code < 0x80) {
            put(code);
        } else if (code < 0x800) {
            put(0xc0 | code >> 6);
            put(0x80 | (code & 0x3f));
        } else if (code < 0x10000) {
            put(0xe0 | code >> 12);
            put(0x80 | (code >> 6 & 0x3f));
            put(0x80 | (code & 0x3f));
        } else {
            put(0xf0 | code >> 18);
            put(0x80 | (code >> 12 & 0x3f));
            put(0x80 | (code >> 6 & 0x3f));
            put(0x80 | (code & 0x3f));
        }
    }

    QByteArray &m_text;
    char *m_next = nullptr;
    char16_t m_high = 0;
    bool m_failed = false;
};

QString decodedString(QByteArrayView inner)
{
    Utf16Out out(inner.size());
    decodeEscaped(inner, out);
    return out.take();
}

// A string's text (between its quotes) as UTF-8, when it holds escapes.
QByteArrayView decodedUtf8(QByteArrayView inner, QByteArray &decoded)
{
    Utf8Out out(decoded, inner.size());
    decodeEscaped(inner, out);
    if (!out.finish())
        decoded = decodedString(inner).toUtf8(); // a lone surrogate: as Qt converts it
    return decoded;
}

// The text between the quotes of `value` when it is exactly one valid string.
std::optional<QByteArrayView> stringText(QByteArrayView value, bool &escaped)
{
    if (value.size() < 2 || value.front() != '"')
        return std::nullopt;
    const char *close = scanString(value.data() + 1, value.end(), escaped);
    if (close != value.end() - 1)
        return std::nullopt;
    return QByteArrayView(value.data() + 1, close);
}

// A value's number: exactly one number token, as Qt's parser reads it.
std::optional<Number> numberValue(QByteArrayView value)
{
    bool isInteger = true;
    if (scanNumber(value.begin(), value.end(), isInteger) != value.end() || value.isEmpty())
        return std::nullopt;
    return numberOf(value, isInteger);
}

} // namespace

QJsonValue parse(QByteArrayView value)
{
    // A string, a number or a literal without a document: one costs several allocations.
    if (value.startsWith('"')) {
        const QString text = string(value);
        return text.isNull() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    if (value == "true" || value == "false")
        return value == "true";
    if (value == "null")
        return QJsonValue::Null;
    if (const std::optional<Number> number = numberValue(value))
        return number->isInteger ? QJsonValue(number->integer) : QJsonValue(number->real);
    if (value.startsWith('{') || value.startsWith('[')) {
        const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(value.data(), value.size()));
        if (document.isObject())
            return document.object();
        if (document.isArray())
            return document.array();
        return QJsonValue::Undefined;
    }
    // Anything else as Qt's parser has it, in a document of its own.
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + value.toByteArray() + ']');
    if (!wrapped.isArray() || wrapped.array().size() != 1)
        return QJsonValue::Undefined;
    return wrapped.array().at(0);
}

QString string(QByteArrayView value)
{
    bool escaped = false;
    const std::optional<QByteArrayView> inner = stringText(value, escaped);
    if (!inner)
        return {};
    if (escaped)
        return decodedString(*inner);
    QString text = QString::fromUtf8(*inner);
    if (text.isNull())
        text = QLatin1String(""); // the empty string, not "no string"
    return text;
}

QByteArrayView utf8(QByteArrayView value, QByteArray &decoded)
{
    bool escaped = false;
    const std::optional<QByteArrayView> inner = stringText(value, escaped);
    if (!inner)
        return {};
    return escaped ? decodedUtf8(*inner, decoded) : *inner;
}

QByteArrayView latin1(QByteArrayView value, QByteArray &decoded)
{
    bool escaped = false;
    const std::optional<QByteArrayView> inner = stringText(value, escaped);
    if (!inner)
        return {};
    if (!escaped
        && std::all_of(inner->begin(), inner->end(), [](char c) { return uchar(c) < 0x80; }))
        return *inner;
    decoded = string(value).toLatin1();
    return decoded;
}

QByteArray hexBytes(QByteArrayView value)
{
    QByteArray decoded;
    const QByteArrayView text = latin1(value, decoded);
    if (text.size() % 2 != 0
        || !std::all_of(text.begin(), text.end(), [](char c) { return hexValue(c) >= 0; }))
        return QByteArray::fromHex(QByteArray::fromRawData(text.data(), text.size()));
    QByteArray bytes(text.size() / 2, Qt::Uninitialized); // a digest: without a call per byte
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(hexValue(text[2 * i]) << 4 | hexValue(text[2 * i + 1]));
    return bytes;
}

std::optional<qint64> integer(QByteArrayView value)
{
    if (const std::optional<qint64> plain = plainInteger(value))
        return plain;
    const std::optional<Number> number = numberValue(value);
    if (!number || !number->isInteger)
        return std::nullopt;
    return number->integer;
}

std::optional<int> integer32(QByteArrayView value)
{
    const std::optional<qint64> number = integer(value);
    if (!number || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*number);
}

std::optional<bool> boolean(QByteArrayView value)
{
    if (value == "true")
        return true;
    if (value == "false")
        return false;
    return std::nullopt;
}

} // namespace JsonStream
