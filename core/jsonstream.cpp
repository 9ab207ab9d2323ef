#include "core/jsonstream.h"

#include "core/jsonstreamscan.h"

#include <QCoreApplication>

#include <cstring>
#include <optional>

namespace JsonStream {

namespace {

// A position in the text; each step either moves past what it expects or fails.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    { }

    qsizetype position() const { return m_pos; }

    bool atEnd()
    {
        skipSpace();
        return m_pos == m_text.size();
    }

    // Whether the next character is `expected`, left where it is.
    bool peek(char expected)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text.at(m_pos) == expected;
    }
    bool take(char expected)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == expected) {
            ++m_pos;
            return true;
        }
        return false;
    }

    // The next value's text: a string, a number, a literal, or a whole object or array.
    std::optional<QByteArrayView> value()
    {
        skipSpace();
        const qsizetype start = m_pos;
        if (m_pos == m_text.size())
            return std::nullopt;
        const char first = m_text.at(m_pos);
        const bool ok = first == '"' ? skipString()
            : first == '{' || first == '[' ? skipNested()
                                           : skipScalar();
        if (!ok)
            return std::nullopt;
        return m_text.sliced(start, m_pos - start);
    }

    std::optional<QString> key()
    {
        skipSpace();
        if (m_pos == m_text.size() || m_text.at(m_pos) != '"')
            return std::nullopt;
        const auto text = value();
        if (!text)
            return std::nullopt;
        const QString decoded = string(*text);
        if (decoded.isNull())
            return std::nullopt;
        return decoded;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            if (!Scan::isSpace(m_text.at(m_pos)))
                return;
            ++m_pos;
        }
    }

    // To the next quote not escaped, that is after an even number of backslashes: memchr runs
    // through a long string many bytes at a time.
    bool skipString()
    {
        const char *const begin = m_text.data();
        const char *const end = begin + m_text.size();
        for (const char *p = begin + m_pos + 1; p < end;) {
            const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            if (!quote)
                break;
            const char *backslashes = quote;
            while (backslashes > p && backslashes[-1] == '\\')
                --backslashes;
            p = quote + 1;
            if ((quote - backslashes) % 2 == 0) {
                m_pos = p - begin;
                return true;
            }
        }
        m_pos = m_text.size();
        return false;
    }

    // Brackets are only counted here; the value's own parse checks that they match.
    bool skipNested()
    {
        int depth = 0;
        const char *const begin = m_text.data();
        const char *const end = begin + m_text.size();
        for (const char *p = begin + m_pos; p < end; ++p) {
            switch (*p) {
            case '"':
                m_pos = p - begin;
                if (!skipString())
                    return false;
                p = begin + m_pos - 1;
                break;
            case '{':
            case '[': ++depth; break;
            case '}':
            case ']':
                if (--depth == 0) {
                    m_pos = p + 1 - begin;
                    return true;
                }
                break;
            default: break;
            }
        }
        m_pos = m_text.size();
        return false;
    }

    bool skipScalar()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == ',' || c == '}' || c == ']' || Scan::isSpace(c))
                break;
            ++m_pos;
        }
        return m_pos > start;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

bool fail(QString *error, const Cursor &cursor)
{
    if (error)
        //: %1 is a position in a file, in bytes from its start
        *error = QCoreApplication::translate("JsonStream",
                                             "the JSON text is damaged or cut short at byte %1")
                     .arg(cursor.position());
    return false;
}

// The members of an object or the elements of an array, between `open` and `close`, from where
// the cursor is to past `close`.
template<typename Item> bool walkNested(Cursor &cursor, char open, char close, const Item &item)
{
    if (!cursor.take(open))
        return false;
    if (!cursor.take(close)) {
        do {
            if (!item(cursor))
                return false;
        } while (cursor.take(','));
        if (!cursor.take(close))
            return false;
    }
    return true;
}

// The same when they are the whole of `text`.
template<typename Item>
bool walk(QByteArrayView text, char open, char close, const Item &item, QString *error)
{
    Cursor cursor(text);
    return (walkNested(cursor, open, close, item) && cursor.atEnd()) || fail(error, cursor);
}

bool elementOf(Cursor &cursor, const ElementFunction &element)
{
    const std::optional<QByteArrayView> value = cursor.value();
    if (value)
        element(*value);
    return value.has_value();
}

} // namespace

bool forEachMember(QByteArrayView text, const MemberFunction &member, QString *error)
{
    return walk(
        text, '{', '}',
        [&](Cursor &cursor) {
            const std::optional<QString> key = cursor.key();
            if (!key || !cursor.take(':'))
                return false;
            const std::optional<QByteArrayView> value = cursor.value();
            if (value)
                member(*key, *value);
            return value.has_value();
        },
        error);
}

bool forEachElement(QByteArrayView text, const ElementFunction &element, QString *error)
{
    return walk(
        text, '[', ']', [&](Cursor &cursor) { return elementOf(cursor, element); }, error);
}

bool forEachElementOf(QByteArrayView text, QLatin1StringView key, const ElementFunction &element,
                      QString *error)
{
    return walk(
        text, '{', '}',
        [&](Cursor &cursor) {
            const std::optional<QString> name = cursor.key();
            if (!name || !cursor.take(':'))
                return false;
            if (*name == key && cursor.peek('['))
                return walkNested(cursor, '[', ']',
                                  [&](Cursor &inner) { return elementOf(inner, element); });
            return cursor.value().has_value();
        },
        error);
}

} // namespace JsonStream
