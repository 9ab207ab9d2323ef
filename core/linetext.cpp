#include "core/linetext.h"

namespace {

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// `\xHH` at `at`: its value, or -1.
int escapeAt(const QString &text, qsizetype at)
{
    if (at + 3 >= text.size() || text.at(at) != QLatin1Char('\\')
        || text.at(at + 1) != QLatin1Char('x'))
        return -1;
    const int high = hexValue(text.at(at + 2));
    const int low = hexValue(text.at(at + 3));
    return high < 0 || low < 0 ? -1 : high * 16 + low;
}

QString hexEscape(char16_t c)
{
    return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

} // namespace

QString LineText::escape(const QString &name)
{
    QString text;
    text.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (isControl(c) || (c == QLatin1Char('\\') && escapeAt(name, i) >= 0))
            text += hexEscape(c.unicode());
        else
            text += c;
    }
    return text;
}

QString LineText::unescape(const QString &text)
{
    QString name;
    name.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = escapeAt(text, i);
        if (value >= 0) {
            name += QChar(char16_t(value));
            i += 3;
        } else {
            name += text.at(i);
        }
    }
    return name;
}
