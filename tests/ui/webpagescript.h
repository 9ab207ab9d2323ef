#pragma once

#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

// Runs `script` in the page and waits for its value (a string "(no answer)" after ten seconds).
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("(no answer)");
    return result;
}
