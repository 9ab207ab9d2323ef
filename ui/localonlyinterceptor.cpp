#include "ui/localonlyinterceptor.h"

void LocalOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    const bool local = scheme == QLatin1String("file") || scheme == QLatin1String("data")
        || scheme == QLatin1String("blob") || scheme == QLatin1String("about");
    info.block(!local);
}
