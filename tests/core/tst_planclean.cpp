#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/archivelock.h"
#include "core/planclean.h"
#include "operationtoend.h"
#include "runtoend.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QTest>

class TestPlanClean final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    // An archive of `kept` and `gone`, whose model file is then deleted.
    void archiveWithAGoneModel()
    {
        QVERIFY(archiveOffline(
            m_folder.models(),
            { QStringLiteral("kept.safetensors"), QStringLiteral("gone.safetensors") },
            m_folder.output()));
        QVERIFY(QFile::remove(m_folder.models(QStringLiteral("gone.safetensors"))));
    }

    PlanClean *planning(bool readOnly = false)
    {
        return new PlanClean({ m_folder.models() }, { QStringLiteral("safetensors") },
                             m_folder.output(), readOnly, this);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void plansTheGoneModelsFolderOffTheCallersThreadAndRemovesNothing()
    {
        archiveWithAGoneModel();
        std::unique_ptr<PlanClean> plan(planning());
        QThread *workThread = nullptr;
        QVERIFY(operationToEnd(*plan, &workThread));
        QCOMPARE(plan->outcome(), ArchiveOperation::Outcome::Done);
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(plan->plan().removals.size(), 1);
        QCOMPARE(plan->plan().removals.constFirst().folder, QStringLiteral("gone"));
        QVERIFY(QDir(m_folder.output(QStringLiteral("gone"))).exists());
        // The lock stays held for the removal that may follow.
        QVERIFY(plan->lock());
        ArchiveLock other(m_folder.output());
        QCOMPARE(other.tryLock(), ArchiveLock::Result::Busy);
    }

    void refusesWithoutTheModels()
    {
        archiveWithAGoneModel();
        QVERIFY(QDir(m_folder.models()).removeRecursively());
        std::unique_ptr<PlanClean> plan(planning());
        QVERIFY(operationToEnd(*plan));
        QCOMPARE(plan->outcome(), ArchiveOperation::Outcome::Failed);
        QCOMPARE(plan->errors().size(), 1);
        QVERIFY(plan->plan().removals.isEmpty());
    }

    void refusesAnArchiveAnotherWriterHoldsEvenForADryRun()
    {
        archiveWithAGoneModel();
        QLockFile holder(m_folder.output(ArchiveLayout::lockFileName()));
        QVERIFY(holder.tryLock(0));
        std::unique_ptr<PlanClean> plan(planning(true));
        QVERIFY(operationToEnd(*plan));
        QCOMPARE(plan->outcome(), ArchiveOperation::Outcome::Busy);
        QVERIFY(plan->plan().removals.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanClean)
#include "tst_planclean.moc"
