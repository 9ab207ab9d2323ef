#include "core/failedfiles.h"
#include "core/runreport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The record of the files the last runs failed on: what a run notes is what the next load reads.
class TestFailedFiles final : public QObject
{
    Q_OBJECT

private:
    static bool touch(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly);
    }

    static FileReport report(const QString &path, FileReport::Status status,
                             const QString &error = {})
    {
        FileReport report;
        report.path = path;
        report.status = status;
        report.error = error;
        return report;
    }

private Q_SLOTS:
    void remembersAFailureUntilTheFileFinishes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.safetensors"));
        QVERIFY(touch(path));
        const QDate day(2026, 11, 30);
        {
            FailedFiles failed(dir.path());
            QVERIFY(failed.load());
            failed.note(report(path, FileReport::Status::Failed, QStringLiteral("timed out")), day);
            failed.note(
                report(dir.filePath(QStringLiteral("b.safetensors")), FileReport::Status::Done));
            QVERIFY(failed.isDirty());
            QVERIFY(failed.save());
        }
        FailedFiles failed(dir.path());
        QVERIFY(failed.load());
        QCOMPARE(failed.failures().size(), 1);
        QCOMPARE(failed.failures().value(path).reason, QStringLiteral("timed out"));
        QCOMPARE(failed.failures().value(path).date, day);
        // The same failure the same day changes nothing; skipped and cancelled keep it.
        failed.note(report(path, FileReport::Status::Failed, QStringLiteral("timed out")), day);
        failed.note(report(path, FileReport::Status::Skipped));
        failed.note(report(path, FileReport::Status::Cancelled));
        QVERIFY(!failed.isDirty());
        failed.note(report(path, FileReport::Status::Done));
        QVERIFY(failed.isDirty());
        QVERIFY(failed.failures().isEmpty());
    }

    void forgetsAFileDeletedSince()
    {
        QTemporaryDir dir;
        const QString kept = dir.filePath(QStringLiteral("kept.safetensors"));
        const QString deleted = dir.filePath(QStringLiteral("deleted.safetensors"));
        QVERIFY(touch(kept) && touch(deleted));
        {
            FailedFiles failed(dir.path());
            failed.note(report(kept, FileReport::Status::Failed, QStringLiteral("a")));
            failed.note(report(deleted, FileReport::Status::Failed, QStringLiteral("b")));
            QVERIFY(failed.save());
        }
        QVERIFY(QFile::remove(deleted));
        FailedFiles failed(dir.path());
        QVERIFY(failed.load());
        QCOMPARE(failed.failures().keys(), QStringList { kept });
    }

    void keepsAReasonShort()
    {
        QTemporaryDir dir;
        FailedFiles failed(dir.path());
        failed.note(report(dir.filePath(QStringLiteral("m.safetensors")),
                           FileReport::Status::Failed, QString(100000, QLatin1Char('x'))));
        QVERIFY(failed.save());
        QVERIFY(QFile(dir.filePath(FailedFiles::fileName())).size() < 1000);
    }

    void readsADamagedRecordAsEmpty()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(FailedFiles::fileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[1, 2]");
        file.close();
        FailedFiles failed(dir.path());
        QString error;
        QVERIFY(!failed.load(&error));
        QVERIFY(error.contains(FailedFiles::fileName()));
        QVERIFY(failed.failures().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFailedFiles)
#include "tst_failedfiles.moc"
