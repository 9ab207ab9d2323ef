#pragma once

#include <QString>
#include <QUrl>

// Where an address points, for the rules on what RequestQueue may send where.
namespace NetworkAddress {

// The same scheme, host and port (the default port of the scheme if none is given).
bool sameOrigin(const QUrl &a, const QUrl &b);
// A loopback, private or link-local address, or a name for this machine ("localhost").
bool isPrivateHost(const QString &host);

} // namespace NetworkAddress
