#pragma once

#include <QWebEngineUrlRequestInterceptor>

// Defence in depth under the page's Content-Security-Policy: the gallery's pages never load
// anything from the network (a description's <img src="https://..."> included), so a page cannot
// tell anyone that the archive was opened.
class LocalOnlyInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalOnlyInterceptor)

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
};
