#include "resources/appicon.h"

#include <QImage>
#include <QTest>

// The window icon comes from cdm_resources, compiled into the program: it must be there in an
// uninstalled build and in every installer, whatever the desktop theme holds.
class TestAppIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIconHasEveryRenderedSize()
    {
        const QIcon icon = AppIcon::builtIn();
        QVERIFY(!icon.isNull());
        const QList<QSize> available = icon.availableSizes();
        const QStringList sizes = QStringLiteral(CDM_ICON_SIZES_LIST).split(QLatin1Char(','));
        QCOMPARE(available.size(), sizes.size());
        for (const QString &size : sizes) {
            const int pixels = size.toInt();
            QVERIFY2(available.contains(QSize(pixels, pixels)), qPrintable(size));
        }
    }

    void smallestSizeIsDrawnNotBlank()
    {
        // The 16 px rendering must show the box: a good share of opaque pixels, not a blank.
        const QImage image = AppIcon::builtIn().pixmap(16, 16).toImage();
        QCOMPARE(image.size(), QSize(16, 16));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) > 200)
                    ++opaque;
            }
        }
        QVERIFY2(opaque > 16 * 16 / 3, qPrintable(QString::number(opaque)));
    }

    void iconFallsBackToTheBuiltInOneWithoutATheme()
    {
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        QCOMPARE(AppIcon::icon().availableSizes(), AppIcon::builtIn().availableSizes());
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
