#include "resources/appicon.h"

#include <QLoggingCategory>
#include <QString>

Q_LOGGING_CATEGORY(lcAppIcon, "cdm.appicon")

namespace AppIcon {

QIcon builtIn()
{
    QIcon icon;
    // CDM_ICON_SIZES comes from resources/CMakeLists.txt, the one list of rendered sizes.
    const QStringList sizes = QStringLiteral(CDM_ICON_SIZES).split(QLatin1Char(','));
    for (const QString &size : sizes) {
        const int pixels = size.toInt();
        icon.addFile(QStringLiteral(":/icons/civitai-data-manager-%1.png").arg(size),
                     QSize(pixels, pixels));
    }
    if (icon.availableSizes().isEmpty())
        qCWarning(lcAppIcon, "the compiled-in icon is missing");
    return icon;
}

QIcon icon()
{
    return QIcon::fromTheme(QStringLiteral("civitai-data-manager"), builtIn());
}

} // namespace AppIcon
