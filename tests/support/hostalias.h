#pragma once

#include <QNetworkProxyFactory>

// Lets a fake server on 127.0.0.1 stand for a public host name: requests for `host` go to the
// fake as their HTTP proxy (it serves the path of the absolute URL it is asked for), all others
// go direct. So a test redirects from one fake to another without meeting the rule that keeps
// redirects out of this machine's addresses.
class HostAlias final
{
    Q_DISABLE_COPY_MOVE(HostAlias)

public:
    HostAlias(const QString &host, quint16 port)
    {
        QNetworkProxyFactory::setApplicationProxyFactory(new Factory(host, port));
    }
    ~HostAlias() { QNetworkProxyFactory::setApplicationProxyFactory(nullptr); }

private:
    class Factory final : public QNetworkProxyFactory
    {
    public:
        Factory(const QString &host, quint16 port)
            : m_host(host)
            , m_port(port)
        { }

        QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
        {
            if (query.peerHostName().compare(m_host, Qt::CaseInsensitive) == 0)
                return { QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                       m_port) };
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        }

    private:
        QString m_host;
        quint16 m_port;
    };
};
