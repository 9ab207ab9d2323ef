#include "app/cli/terminaltext.h"

namespace {

// C0, DEL, C1 (0x9b is a one-character CSI on some terminals) and the bidirectional overrides
// and isolates, which reorder what follows them on screen.
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

QString escape(const QString &text, bool keepLineBreaks)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (isControl(c) && !(keepLineBreaks && c == u'\n'))
            break;
        ++i;
    }
    if (i == text.size())
        return text; // the usual case: nothing to do
    QString result = text.left(i);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c) || (keepLineBreaks && c == u'\n')) {
            result.append(QChar(c));
            continue;
        }
        switch (c) {
        case u'\n':
            result.append(QLatin1String("\\n"));
            break;
        case u'\r':
            result.append(QLatin1String("\\r"));
            break;
        case u'\t':
            result.append(QLatin1String("\\t"));
            break;
        default:
            result.append(c < 0x80 ? QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'))
                                   : QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
        }
    }
    return result;
}

} // namespace

QString TerminalText::escaped(const QString &text)
{
    return escape(text, false);
}

QString TerminalText::escapedKeepingLines(const QString &text)
{
    return escape(text, true);
}
