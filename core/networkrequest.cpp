#include "core/networkrequest.h"

#include <QCoreApplication>

QString NetworkResponse::describe() const
{
    // Whole sentences, so that a translation can order them its own way.
    const bool retried = attempts > 1;
    switch (outcome) {
    case Outcome::Finished:
        //: %1 is the HTTP status code, %2 the number of attempts
        return retried ? QCoreApplication::translate("RequestQueue", "HTTP %1 after %2 attempts")
                             .arg(status)
                             .arg(attempts)
                       : QStringLiteral("HTTP %1").arg(status);
    case Outcome::NetworkError:
        return retried
            //: %1 is the network error's description, %2 the number of attempts
            ? QCoreApplication::translate("RequestQueue", "network error: %1 after %2 attempts")
                  .arg(errorString, QString::number(attempts))
            //: %1 is the network error's description
            : QCoreApplication::translate("RequestQueue", "network error: %1").arg(errorString);
    case Outcome::TimedOut:
        //: %1 is the number of attempts
        return retried ? QCoreApplication::translate("RequestQueue", "timed out after %1 attempts")
                             .arg(attempts)
                       : QCoreApplication::translate("RequestQueue", "timed out");
    case Outcome::LocalError:
    case Outcome::Refused:
        return errorString;
    case Outcome::Cancelled:
        return QCoreApplication::translate("RequestQueue", "cancelled");
    }
    return {};
}
