#include "core/networkaddress.h"

#include <QHostAddress>
#include <QList>

bool NetworkAddress::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && port(a) == port(b);
}

bool NetworkAddress::isPrivateHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.'))) // "localhost." is localhost too
        name.chop(1);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"))
        || name == QLatin1String("localhost.localdomain"))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false; // a host name: what it resolves to is not checked (see README)
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also ::ffff:a.b.c.d
    if (isV4)
        address = QHostAddress(v4);
    static const QList<std::pair<QHostAddress, int>> privateNetworks {
        { QHostAddress(QStringLiteral("0.0.0.0")), 8 },
        { QHostAddress(QStringLiteral("10.0.0.0")), 8 },
        { QHostAddress(QStringLiteral("100.64.0.0")), 10 }, // carrier-grade NAT
        { QHostAddress(QStringLiteral("127.0.0.0")), 8 },
        { QHostAddress(QStringLiteral("169.254.0.0")), 16 },
        { QHostAddress(QStringLiteral("172.16.0.0")), 12 },
        { QHostAddress(QStringLiteral("192.168.0.0")), 16 },
        { QHostAddress(QStringLiteral("::")), 128 },
        { QHostAddress(QStringLiteral("::1")), 128 },
        { QHostAddress(QStringLiteral("fc00::")), 7 },
        { QHostAddress(QStringLiteral("fe80::")), 10 },
    };
    for (const auto &[network, prefix] : privateNetworks) {
        if (address.isInSubnet(network, prefix))
            return true;
    }
    return false;
}
