#include "core/trainingmetadata.h"
#include "safetensorsfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestTrainingMetadata final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsTagFrequenciesOverDatasets()
    {
        const QJsonObject tags {
            { QStringLiteral("10_style"),
              QJsonObject { { QStringLiteral("lighthouse"), 5 }, { QStringLiteral("sea"), 2 } } },
            { QStringLiteral("5_extra"),
              QJsonObject { { QStringLiteral("sea"), 4 }, { QStringLiteral(" dusk "), 1 } } },
        };
        const QList<TagCount> frequencies
            = TrainingMetadata::tagFrequencies(SafetensorsFactory::loraMetadata(tags));
        const QList<TagCount> expected { { QStringLiteral("sea"), 6 },
                                         { QStringLiteral("lighthouse"), 5 },
                                         { QStringLiteral("dusk"), 1 } };
        QCOMPARE(frequencies, expected);
    }

    void fallsBackToDatasetsOfNewerKohya()
    {
        const QJsonArray datasets { QJsonObject {
            { QStringLiteral("tag_frequency"),
              QJsonObject {
                  { QStringLiteral("img"), QJsonObject { { QStringLiteral("mecha"), 9 } } } } } } };
        const QJsonObject metadata { { QStringLiteral("ss_datasets"),
                                       QString::fromUtf8(QJsonDocument(datasets).toJson()) } };
        QCOMPARE(TrainingMetadata::triggerWords(metadata), QStringList { QStringLiteral("mecha") });
    }

    void limitsTriggerWordsToMostFrequent()
    {
        const QStringList words
            = TrainingMetadata::triggerWords(SafetensorsFactory::loraMetadata(), 2);
        QCOMPARE(
            words,
            (QStringList { QStringLiteral("lighthouse style"), QStringLiteral("dusk lighting") }));
    }

    void ignoresMalformedValues_data()
    {
        QTest::addColumn<QJsonObject>("metadata");
        QTest::newRow("no keys") << QJsonObject {};
        QTest::newRow("not JSON") << QJsonObject { { QStringLiteral("ss_tag_frequency"),
                                                     QStringLiteral("{oops") } };
        QTest::newRow("a number") << QJsonObject { { QStringLiteral("ss_tag_frequency"), 7 } };
        QTest::newRow("tags not an object")
            << QJsonObject { { QStringLiteral("ss_tag_frequency"),
                               QStringLiteral("{\"a\": [1, 2]}") } };
    }

    void ignoresMalformedValues()
    {
        QFETCH(QJsonObject, metadata);
        QVERIFY(TrainingMetadata::tagFrequencies(metadata).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrainingMetadata)
#include "tst_trainingmetadata.moc"
