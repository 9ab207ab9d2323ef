// Civitai's words as a reader calls them, and base models written two ways counted as one.
#include "core/displaynames.h"

#include <QTest>

class TestDisplayNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTypes_data()
    {
        QTest::addColumn<QString>("civitai");
        QTest::addColumn<QString>("shown");
        QTest::newRow("LORA") << QStringLiteral("LORA") << QStringLiteral("LoRA");
        QTest::newRow("LoCon") << QStringLiteral("LoCon") << QStringLiteral("LyCORIS");
        QTest::newRow("TextualInversion")
            << QStringLiteral("TextualInversion") << QStringLiteral("Embedding");
        QTest::newRow("Checkpoint") << QStringLiteral("Checkpoint") << QStringLiteral("Checkpoint");
        QTest::newRow("Controlnet") << QStringLiteral("Controlnet") << QStringLiteral("ControlNet");
        QTest::newRow("MotionModule")
            << QStringLiteral("MotionModule") << QStringLiteral("Motion Module");
        QTest::newRow("unknown word") << QStringLiteral("Hologram") << QStringLiteral("Hologram");
        QTest::newRow("empty") << QString() << QStringLiteral("Unknown");
    }

    void namesTypes()
    {
        QFETCH(QString, civitai);
        QFETCH(QString, shown);
        QCOMPARE(DisplayNames::type(civitai), shown);
    }

    void foldsBaseModels_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("shown");
        QTest::newRow("kohya SDXL") << QStringLiteral("sdxl_base_v1-0") << QStringLiteral("SDXL 1.0");
        QTest::newRow("Civitai SDXL") << QStringLiteral("SDXL 1.0") << QStringLiteral("SDXL 1.0");
        QTest::newRow("spaced") << QStringLiteral(" sdxl  1.0 ") << QStringLiteral("SDXL 1.0");
        QTest::newRow("kohya SD1") << QStringLiteral("sd_v1") << QStringLiteral("SD 1.5");
        QTest::newRow("unknown") << QStringLiteral("Wan Video 14B") << QStringLiteral("Wan Video 14B");
        QTest::newRow("empty") << QString() << QString();
    }

    void foldsBaseModels()
    {
        QFETCH(QString, written);
        QFETCH(QString, shown);
        QCOMPARE(DisplayNames::baseModel(written), shown);
    }
};

QTEST_GUILESS_MAIN(TestDisplayNames)
#include "tst_displaynames.moc"
