// JsonStream's entry reader: what Qt's parser (qjsonparser.cpp) accepts, without a document;
// objects and arrays nest at most 1024 deep, as there.
#include "core/jsonstream.h"
#include "core/jsonstreamscan.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <string_view>

namespace JsonStream {

using namespace Scan;

namespace {

constexpr int NestingLimit = 1024; // Qt's parser's

using MemberRef = FunctionRef<void(QByteArrayView key, QByteArrayView value)>;
using ElementRef = FunctionRef<void(QByteArrayView value)>;

// Checks a value as Qt's parser does, handing an object's members or an array's elements over.
class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_p(text.begin())
        , m_end(text.end())
    { }

    // The text is one object (or array) with nothing but space around it (and, as Qt allows, a
    // byte order mark before).
    template<typename Items> bool whole(char open, const Items &items)
    {
        if (m_end - m_p > 3 && QByteArrayView(m_p, 3) == "\xef\xbb\xbf")
            m_p += 3;
        skipSpace();
        if (m_p == m_end || *m_p != open || !items())
            return false;
        skipSpace();
        return m_p == m_end;
    }

    bool object(const MemberRef *member, Walk *walk = nullptr)
    {
        ++m_p; // {
        if (++m_depth > NestingLimit)
            return false;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return close();
        }
        QByteArray decodedKey;
        do {
            skipSpace();
            if (m_p == m_end || *m_p != '"')
                return false;
            const char *keyStart = m_p + 1;
            bool escaped = false;
            const char *keyEnd = scanString(keyStart, m_end, escaped);
            if (!keyEnd)
                return false;
            m_p = keyEnd + 1;
            skipSpace();
            if (m_p == m_end || *m_p++ != ':')
                return false;
            skipSpace();
            const char *valueStart = m_p;
            const auto key = [&] {
                return escaped ? utf8(QByteArrayView(keyStart - 1, keyEnd + 1), decodedKey)
                               : QByteArrayView(keyStart, keyEnd);
            };
            if (!(walk ? valueWalked(walk->into(key())) : value()))
                return false;
            if (member)
                (*member)(key(), QByteArrayView(valueStart, m_p));
            if (walk)
                walk->member(key(), QByteArrayView(valueStart, m_p));
        } while (next(','));
        return next('}') && close();
    }

    bool array(const ElementRef *element, Walk *walk = nullptr)
    {
        ++m_p; // [
        if (++m_depth > NestingLimit)
            return false;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return close();
        }
        do {
            skipSpace();
            const char *valueStart = m_p;
            if (!(walk ? valueWalked(walk->intoElement()) : value()))
                return false;
            if (element)
                (*element)(QByteArrayView(valueStart, m_p));
            if (walk)
                walk->element(QByteArrayView(valueStart, m_p));
        } while (next(','));
        return next(']') && close();
    }

    // A value, walked `into` when it is an object or an array.
    bool valueWalked(Walk *into)
    {
        if (into && m_p < m_end && *m_p == '{')
            return object(nullptr, into);
        if (into && m_p < m_end && *m_p == '[')
            return array(nullptr, into);
        return value();
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    bool next(char expected)
    {
        skipSpace();
        if (m_p < m_end && *m_p == expected) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool close()
    {
        --m_depth;
        return true;
    }

    bool value()
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': {
            bool escaped = false;
            const char *closing = scanString(m_p + 1, m_end, escaped);
            m_p = closing ? closing + 1 : m_end;
            return closing != nullptr;
        }
        case '{':
            return object(nullptr);
        case '[':
            return array(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool literal(QByteArrayView word)
    {
        if (!QByteArrayView(m_p, m_end).startsWith(word))
            return false;
        m_p += word.size();
        return true;
    }

    bool number()
    {
        bool isInteger = true;
        const char *start = m_p;
        m_p = scanNumber(m_p, m_end, isInteger);
        // A number is never the text's last byte: Qt's parser refuses a number cut short.
        return m_p < m_end && numberOf(QByteArrayView(start, m_p), isInteger).has_value();
    }

    const char *m_p;
    const char *m_end;
    int m_depth = 0;
};

// A key Qt writes as it is.
bool isPlainKey(QByteArrayView key)
{
    return std::all_of(key.begin(), key.end(),
                       [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
}

// A value Qt writes as it is: a string without escapes or control characters, an integer of up
// to 18 digits, a literal.
bool isPlainValue(QByteArrayView value)
{
    if (value.startsWith('"'))
        return std::none_of(value.begin(), value.end(),
                            [](char c) { return uchar(c) < 0x20 || c == '\\'; });
    if (value == "true" || value == "false" || value == "null")
        return true;
    const QByteArrayView digits = value.sliced(value.startsWith('-') ? 1 : 0);
    return !digits.isEmpty() && digits.size() <= 18
        && std::all_of(digits.begin(), digits.end(), isDigit)
        && (digits.front() != '0' || value == "0");
}

std::string_view view(QByteArrayView bytes)
{
    return { bytes.data(), size_t(bytes.size()) };
}

} // namespace

CompactObject::CompactObject(QByteArrayView object)
    : m_object(object)
{
    m_text.reserve(object.size() + 2);
}

void CompactObject::add(QByteArrayView key, QByteArrayView value)
{
    const std::string_view lastKey = view(m_text).substr(size_t(m_lastKey));
    m_plain = m_plain && isPlainKey(key) && isPlainValue(value)
        && (m_text.isEmpty() || lastKey.substr(0, lastKey.find('"')) < view(key));
    if (!m_plain)
        return;
    m_text += m_text.isEmpty() ? "{\"" : ",\"";
    m_lastKey = m_text.size();
    m_text += key;
    m_text += "\":";
    m_text += value;
}

QByteArray CompactObject::text()
{
    if (!m_plain) {
        QJsonObject object
            = QJsonDocument::fromJson(QByteArray::fromRawData(m_object.data(), m_object.size()))
                  .object();
        for (const QByteArray &key : std::as_const(m_skipped))
            object.remove(QString::fromUtf8(key));
        QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
        text.squeeze(); // kept: no room its writing grew
        return text;
    }
    m_text += m_text.isEmpty() ? "{}" : "}";
    m_text.squeeze(); // kept: no room for the spaces left out
    return std::exchange(m_text, {});
}

bool readObject(QByteArrayView text, MemberRef member)
{
    Reader reader(text);
    return reader.whole('{', [&] { return reader.object(&member); });
}

bool readObjectOf(QByteArrayView text, QByteArrayView key, MemberRef member)
{
    // Into the member `key` when it is an object; its own members to `member`.
    class MembersOf final : public Walk
    {
    public:
        explicit MembersOf(MemberRef member)
            : m_member(member)
        { }
        void member(QByteArrayView key, QByteArrayView value) override { m_member(key, value); }

    private:
        MemberRef m_member;
    };
    class MemberOf final : public Walk
    {
    public:
        MemberOf(QByteArrayView key, MemberRef member)
            : m_key(key)
            , m_members(member)
        { }
        Walk *into(QByteArrayView key) override { return key == m_key ? &m_members : nullptr; }

    private:
        QByteArrayView m_key;
        MembersOf m_members;
    };
    MemberOf walk(key, member);
    Reader reader(text);
    return reader.whole('{', [&] { return reader.object(nullptr, &walk); });
}

Walk *Walk::into(QByteArrayView)
{
    return nullptr;
}

Walk *Walk::intoElement()
{
    return nullptr;
}

void Walk::member(QByteArrayView, QByteArrayView) { }

void Walk::element(QByteArrayView) { }

bool walk(QByteArrayView text, Walk &walk)
{
    Reader reader(text);
    const QByteArrayView start = text.startsWith("\xef\xbb\xbf") ? text.sliced(3) : text;
    if (start.trimmed().startsWith('['))
        return reader.whole('[', [&] { return reader.array(nullptr, &walk); });
    return reader.whole('{', [&] { return reader.object(nullptr, &walk); });
}

bool readArray(QByteArrayView text, ElementRef element)
{
    Reader reader(text);
    return reader.whole('[', [&] { return reader.array(&element); });
}

} // namespace JsonStream
