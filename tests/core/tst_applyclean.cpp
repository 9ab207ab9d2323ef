#include "collectionfolder.h"
#include "core/applyclean.h"
#include "core/archivelock.h"
#include "core/planclean.h"
#include "operationtoend.h"
#include "runtoend.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestApplyClean final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    std::unique_ptr<PlanClean> planForAGoneModel()
    {
        archiveOffline(m_folder.models(),
                       { QStringLiteral("kept.safetensors"), QStringLiteral("gone.safetensors") },
                       m_folder.output());
        QFile::remove(m_folder.models(QStringLiteral("gone.safetensors")));
        auto planning = std::make_unique<PlanClean>(QStringList { m_folder.models() },
                                                    QStringList { QStringLiteral("safetensors") },
                                                    m_folder.output(), false);
        operationToEnd(*planning);
        return planning;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void removesThePlannedFoldersUnderThePlansLock()
    {
        std::unique_ptr<PlanClean> planning = planForAGoneModel();
        QCOMPARE(planning->outcome(), ArchiveOperation::Outcome::Done);
        QCOMPARE(planning->plan().removals.size(), 1);
        ApplyClean applying(planning->plan(), m_folder.output(), planning->lock());
        planning.reset(); // the lock lives on in the applying
        ArchiveLock other(m_folder.output());
        QCOMPARE(other.tryLock(), ArchiveLock::Result::Busy);

        QThread *workThread = nullptr;
        QVERIFY(operationToEnd(applying, &workThread));
        QCOMPARE(applying.outcome(), ArchiveOperation::Outcome::Done);
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(applying.removedCount(), 1);
        QVERIFY(!QDir(m_folder.output(QStringLiteral("gone"))).exists());
        QVERIFY(QDir(m_folder.output(QStringLiteral("kept"))).exists());
        QVERIFY(QFile::exists(m_folder.models(QStringLiteral("kept.safetensors"))));
    }

    void takesTheLockItselfWithoutOne()
    {
        std::unique_ptr<PlanClean> planning = planForAGoneModel();
        const CleanPlan plan = planning->plan();
        planning.reset();
        ApplyClean applying(plan, m_folder.output(), nullptr);
        QVERIFY(operationToEnd(applying));
        QCOMPARE(applying.outcome(), ArchiveOperation::Outcome::Done);
        QVERIFY(applying.lock());
        ArchiveLock other(m_folder.output()); // held by the operation, seen from outside
        QCOMPARE(other.tryLock(), ArchiveLock::Result::Busy);
        QVERIFY(!QDir(m_folder.output(QStringLiteral("gone"))).exists());
    }

    void cancelledRemovesNothing()
    {
        std::unique_ptr<PlanClean> planning = planForAGoneModel();
        ApplyClean applying(planning->plan(), m_folder.output(), planning->lock());
        connect(
            &applying, &ArchiveOperation::progressChanged, &applying,
            [&applying] { applying.cancel(); }, Qt::DirectConnection);
        QVERIFY(operationToEnd(applying));
        QCOMPARE(applying.outcome(), ArchiveOperation::Outcome::Cancelled);
        QVERIFY(QDir(m_folder.output(QStringLiteral("gone"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestApplyClean)
#include "tst_applyclean.moc"
