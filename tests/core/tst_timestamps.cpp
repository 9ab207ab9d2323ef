// Civitai's times read without QDateTime where they are in UTC, and as QDateTime reads them.
#include "core/timestamps.h"

#include <QTest>

class TestTimestamps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTimesAsQDateTimeDoes_data()
    {
        QTest::addColumn<QString>("iso");
        for (const char *iso :
             { "2025-01-01T09:05:22.000Z", "2025-03-02T18:04:11.512Z", "1970-01-01T00:00:00Z",
               "2024-02-29T23:59:59.9Z", "2024-02-29T23:59:59.99Z", "2023-12-31T12:00:00.123456Z",
               "2023-12-31T12:00:00.123999999Z", "1969-07-20T20:17:40.001Z",
               "2025-01-01T09:05:22+02:00", "2025-01-01T09:05:22.250-05:30",
               "2025-01-01T09:05:22", "2025-01-01", "2023-02-29T10:00:00Z", "2025-13-01T00:00:00Z",
               "2025-01-01T24:00:00Z", "2025-01-01T10:60:00Z", "abcd-01-01T00:00:00Z",
               "2025-01-01T09:05:22.Z", "2025-01-01T09:05:22.1234567890Z", "2025-01-01 09:05:22Z",
               "", "soon" })
            QTest::newRow(iso) << QString::fromLatin1(iso);
    }

    void readsTimesAsQDateTimeDoes()
    {
        QFETCH(QString, iso);
        const QDateTime expected = QDateTime::fromString(iso, Qt::ISODateWithMs);
        const std::optional<qint64> read = Timestamps::utcMsecs(iso);
        QCOMPARE(read.has_value(), expected.isValid());
        if (read)
            QCOMPARE(*read, expected.toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
