#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/archivelock.h"
#include "core/filehasher.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"
#include "ui/runcontroller.h"

#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QTest>

class TestRunController final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    std::unique_ptr<FakeCivitai> m_server;

    // A job archiving models/<name>/ into out-<name>/, with one model Civitai knows.
    RunOptions job(const QString &name, int modelId)
    {
        const QByteArray bytes = SafetensorsFactory::build({}, 30 + modelId);
        SafetensorsFactory::write(
            m_folder.models(name + QStringLiteral("/") + name + QStringLiteral(".safetensors")),
            bytes);
        m_server->addModelFile(FileHasher::hashBytes(bytes), modelId, modelId + 100, 1);
        RunOptions options;
        options.sources = { m_folder.models(name) };
        options.outputDir = m_folder.path(QStringLiteral("out-") + name);
        options.apiBases = { m_server->baseUrl() };
        options.minPause = options.maxPause = std::chrono::milliseconds(0);
        return options;
    }

    QString archived(const QString &name) const
    {
        return m_folder.path(QStringLiteral("out-%1/%1/%1_civitai_model.json").arg(name));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.reset());
        m_server = std::make_unique<FakeCivitai>();
        QVERIFY(m_server->listen());
    }

    void runsEachJobInTurnAndReportsOnTheCallersThread()
    {
        RunController controller;
        QSignalSpy started(&controller, &RunController::jobStarted);
        QSignalSpy jobFinished(&controller, &RunController::jobFinished);
        QSignalSpy allFinished(&controller, &RunController::allFinished);
        QThread *reportThread = nullptr;
        connect(&controller, &RunController::fileFinished, this,
                [&reportThread] { reportThread = QThread::currentThread(); });
        controller.start({ job(QStringLiteral("a"), 11), job(QStringLiteral("b"), 12) });
        QVERIFY(controller.isRunning());
        QVERIFY(allFinished.wait(60000));
        QCOMPARE(allFinished.constFirst().constFirst().toBool(), false);
        QVERIFY(!controller.isRunning());
        QCOMPARE(started.size(), 2);
        QCOMPARE(jobFinished.size(), 2);
        for (const QList<QVariant> &finished : std::as_const(jobFinished)) {
            const auto summary = finished.at(1).value<RunSummary>();
            QVERIFY2(summary.succeeded(), qPrintable(summary.fatalError));
            QCOMPARE(summary.filesDone, 1);
        }
        QCOMPARE(reportThread, QThread::currentThread());
        QVERIFY(QFile::exists(archived(QStringLiteral("a"))));
        QVERIFY(QFile::exists(archived(QStringLiteral("b"))));
        // Each job released its archive.
        ArchiveLock lock(m_folder.path(QStringLiteral("out-a")));
        QCOMPARE(lock.tryLock(), ArchiveLock::Result::Locked);
    }

    void cancelStopsTheRunAndTheJobsAfterIt()
    {
        m_server->injectFault(QStringLiteral("/api/"), FakeCivitai::Fault::stall(), 100);
        RunController controller;
        QSignalSpy started(&controller, &RunController::jobStarted);
        QSignalSpy allFinished(&controller, &RunController::allFinished);
        QSignalSpy requested(m_server.get(), &FakeCivitai::requestReceived);
        controller.start({ job(QStringLiteral("a"), 21), job(QStringLiteral("b"), 22) });
        QVERIFY(requested.wait(60000)); // the first job waits on Civitai
        controller.cancel();
        QVERIFY(allFinished.wait(60000));
        QCOMPARE(allFinished.constFirst().constFirst().toBool(), true);
        QCOMPARE(started.size(), 1);
        QVERIFY(!controller.isRunning());
        QVERIFY(!QFile::exists(archived(QStringLiteral("a"))));
        QVERIFY(!QFile::exists(m_folder.path(QStringLiteral("out-b"))));
    }

    void refusesABusyArchiveAndGoesOnWithTheNext()
    {
        const RunOptions busy = job(QStringLiteral("a"), 31);
        QVERIFY(QDir().mkpath(busy.outputDir));
        QLockFile holder(QDir(busy.outputDir).filePath(ArchiveLayout::lockFileName()));
        QVERIFY(holder.tryLock(0));
        RunController controller;
        QSignalSpy jobFinished(&controller, &RunController::jobFinished);
        QSignalSpy allFinished(&controller, &RunController::allFinished);
        controller.start({ busy, job(QStringLiteral("b"), 32) });
        QCOMPARE(jobFinished.size(), 0); // a refusal ends after start() returns, as a run does
        QVERIFY(allFinished.wait(60000));
        QCOMPARE(jobFinished.size(), 2);
        const auto refused = jobFinished.at(0).at(1).value<RunSummary>();
        QCOMPARE(refused.refusal, RunSummary::Refusal::ArchiveBusy);
        QVERIFY2(refused.fatalError.contains(
                     QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(refused.fatalError));
        QCOMPARE(
            QDir(busy.outputDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList { ArchiveLayout::lockFileName() }); // nothing written
        QVERIFY(jobFinished.at(1).at(1).value<RunSummary>().succeeded());
        QVERIFY(QFile::exists(archived(QStringLiteral("b"))));
    }
};

QTEST_MAIN(TestRunController)
#include "tst_runcontroller.moc"
