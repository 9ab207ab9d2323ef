#pragma once

// The scanning shared by JsonStream's entry reader and its value decoders: what Qt's parser
// (qjsonparser.cpp) accepts and gives, without a document.

#include <QByteArrayView>

#include <optional>

namespace JsonStream::Scan {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c);

// The length of the well-formed UTF-8 sequence that starts at `p`, 0 when there is none: no
// overlong form, no surrogate, nothing past U+10FFFF (what Qt's parser accepts).
int utf8Length(const char *p, const char *end);

// From just after a string's opening quote: its closing quote, or null when the string is not one
// Qt's parser reads (a \u without four hex digits, UTF-8 not well formed, no closing quote).
// `escaped`: it holds escapes.
const char *scanString(const char *p, const char *end, bool &escaped);

// From a number's first byte, past it as Qt's parser scans it (the value it gives is checked by
// numberOf()). `isInteger`: no exponent and no fraction but zeros.
const char *scanNumber(const char *p, const char *end, bool &isInteger);

struct Number
{
    bool isInteger = false;
    qint64 integer = 0;
    double real = 0;
};

// Up to 19 digits, the common case, without a conversion call; none for anything else (a leading
// zero, which Qt's parser reads as a number of its own).
std::optional<qint64> plainInteger(QByteArrayView token);

// The value Qt's parser gives the number `token` (scanned by scanNumber); none when it refuses it.
std::optional<Number> numberOf(QByteArrayView token, bool isInteger);

} // namespace JsonStream::Scan
