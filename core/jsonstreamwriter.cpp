// JsonStream's writer of flat objects: the text Qt's writer (qjsonwriter.cpp) gives, without a
// document, for the members it writes as they are.
#include "core/jsonstream.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace JsonStream {

namespace {

// A string Qt writes between quotes as its UTF-8: no character it escapes (controls, quote,
// backslash) and no surrogate (a lone one is escaped).
bool isPlain(char16_t c)
{
    return c >= 0x20 && c != u'"' && c != u'\\' && !QChar::isSurrogate(c);
}

bool appendString(QByteArray &text, QStringView string)
{
    const qsizetype start = text.size();
    text.resize(start + 1 + string.size() + 1); // quoted, when it is ASCII
    char *out = text.data() + start;
    *out++ = '"';
    for (qsizetype i = 0; i < string.size(); ++i) {
        const char16_t c = string[i].unicode();
        if (!isPlain(c))
            return false;
        if (c >= 0x80) { // the rest as UTF-8
            const QStringView rest = string.sliced(i);
            if (!std::all_of(rest.begin(), rest.end(),
                             [](QChar c) { return isPlain(c.unicode()); }))
                return false;
            text.truncate(out - text.data());
            text += rest.toUtf8();
            text += '"';
            return true;
        }
        *out++ = char(c);
    }
    *out = '"';
    return true;
}

// A whole number as Qt writes it: its shortest form is its digits below 10^15 (-0 is 0).
bool appendNumber(QByteArray &text, double number)
{
    if (!(std::abs(number) < 1e15) || number != std::trunc(number))
        return false;
    char digits[24];
    const char *end = std::to_chars(digits, digits + sizeof digits, qint64(number)).ptr;
    text.append(digits, end - digits);
    return true;
}

bool appendValue(QByteArray &text, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return appendString(text, value.toString());
    case QJsonValue::Double:
        return appendNumber(text, value.toDouble());
    case QJsonValue::Bool:
        text += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::Null:
        text += "null";
        return true;
    default:
        return false;
    }
}

// `"key":value`, when Qt writes both as they are.
bool appendMember(QByteArray &text, QStringView key, const QJsonValue &value)
{
    if (!appendString(text, key))
        return false;
    text += ':';
    return appendValue(text, value);
}

} // namespace

QByteArray compactText(const QJsonObject &object)
{
    QByteArray text;
    text.reserve(256);
    bool plain = true;
    for (auto it = object.begin(); plain && it != object.end(); ++it) {
        text += text.isEmpty() ? '{' : ',';
        plain = appendMember(text, it.key(), it.value());
    }
    if (!plain)
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    text += text.isEmpty() ? "{}" : "}";
    return text;
}

} // namespace JsonStream
