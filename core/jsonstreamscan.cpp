#include "core/jsonstreamscan.h"

#include <QByteArray>

#include <array>
#include <bit>
#include <cmath>
#include <limits>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define CDM_SCAN_SSE2
#endif

namespace JsonStream::Scan {

namespace {

// The bytes of a string's text that need no look: ASCII but the quote and the backslash.
constexpr std::array<bool, 256> PlainBytes = [] {
    std::array<bool, 256> plain {};
    for (int c = 0; c < 0x80; ++c)
        plain[c] = c != '"' && c != '\\';
    return plain;
}();

// A double that is a whole qint64 (Qt's convertDoubleTo): the parser keeps it as an integer.
bool wholeInteger(double value, qint64 &integer)
{
    if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0)
        || std::trunc(value) != value)
        return false;
    integer = qint64(value);
    return true;
}

// Past the plain bytes from `p`, 16 at a time where the processor can: a model's answer is mostly
// the text of its images' prompts.
const char *skipPlainBytes(const char *p, const char *end)
{
#ifdef CDM_SCAN_SSE2
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int marks = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote),
                                                         _mm_cmpeq_epi8(bytes, backslash)))
            | _mm_movemask_epi8(bytes); // the high bit: a byte of a multi-byte character
        if (marks != 0)
            return p + std::countr_zero(unsigned(marks));
        p += 16;
    }
#endif
    while (p < end && PlainBytes[uchar(*p)])
        ++p;
    return p;
}

} // namespace

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int utf8Length(const char *p, const char *end)
{
    const auto byte = [p](int i) {
        return uchar(p[i]);
    };
    const uchar lead = byte(0);
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef)
        length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4)
        length = 4;
    else
        return 0;
    if (lead == 0xe0)
        low = 0xa0;
    else if (lead == 0xed)
        high = 0x9f;
    else if (lead == 0xf0)
        low = 0x90;
    else if (lead == 0xf4)
        high = 0x8f;
    if (end - p < length || byte(1) < low || byte(1) > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (byte(i) < 0x80 || byte(i) > 0xbf)
            return 0;
    }
    return length;
}

const char *scanString(const char *p, const char *end, bool &escaped)
{
    while (p < end) {
        p = skipPlainBytes(p, end);
        if (p == end)
            break;
        if (*p == '"')
            return p;
        if (*p == '\\') {
            escaped = true;
            if (end - p < 2)
                return nullptr;
            if (p[1] == 'u') {
                if (end - p < 6 || hexValue(p[2]) < 0 || hexValue(p[3]) < 0 || hexValue(p[4]) < 0
                    || hexValue(p[5]) < 0)
                    return nullptr;
                p += 6;
            } else {
                p += 2; // any other byte is itself, as in Qt's parser
            }
            continue;
        }
        const int length = utf8Length(p, end);
        if (length == 0)
            return nullptr;
        p += length;
    }
    return nullptr;
}

const char *scanNumber(const char *p, const char *end, bool &isInteger)
{
    isInteger = true;
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0') {
        ++p;
    } else {
        while (p < end && isDigit(*p))
            ++p;
    }
    if (p < end && *p == '.') {
        ++p;
        for (; p < end && isDigit(*p); ++p)
            isInteger = isInteger && *p == '0';
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        isInteger = false;
        ++p;
        if (p < end && (*p == '-' || *p == '+'))
            ++p;
        while (p < end && isDigit(*p))
            ++p;
    }
    return p;
}

std::optional<qint64> plainInteger(QByteArrayView token)
{
    const bool negative = token.startsWith('-');
    const QByteArrayView digits = token.sliced(negative ? 1 : 0);
    if (digits.isEmpty() || digits.size() > 19 || (digits.size() > 1 && digits.front() == '0'))
        return std::nullopt;
    quint64 value = 0;
    for (const char c : digits) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    constexpr quint64 Largest = quint64(std::numeric_limits<qint64>::max());
    if (value > Largest + (negative ? 1 : 0))
        return std::nullopt;
    return negative ? qint64(0 - value) : qint64(value);
}

std::optional<Number> numberOf(QByteArrayView token, bool isInteger)
{
    const QByteArray text = QByteArray::fromRawData(token.data(), token.size());
    if (isInteger) {
        if (const std::optional<qint64> plain = plainInteger(token))
            return Number { true, *plain, 0 };
        bool ok = false;
        const qlonglong integer = text.toLongLong(&ok);
        if (ok)
            return Number { true, integer, 0 };
    }
    bool ok = false;
    const double real = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (qint64 integer = 0; wholeInteger(real, integer))
        return Number { true, integer, 0 };
    return Number { false, 0, real };
}

} // namespace JsonStream::Scan
