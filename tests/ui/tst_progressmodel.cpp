#include "ui/progressmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestProgressModel final : public QObject
{
    Q_OBJECT

private:
    static QList<FileStage> queued(const QStringList &paths)
    {
        QList<FileStage> stages;
        for (const QString &path : paths)
            stages.append({ path, FileStage::Step::Queued, 0, 1000 });
        return stages;
    }

    static FileReport done(const QString &path, FileReport::Civitai civitai)
    {
        FileReport report;
        report.path = path;
        report.folder = QStringLiteral("folder");
        report.status = FileReport::Status::Done;
        report.civitai = civitai;
        report.modelName = QStringLiteral("Lighthouse");
        report.versionName = QStringLiteral("v2");
        report.modelType = QStringLiteral("LORA");
        return report;
    }

private Q_SLOTS:
    void groupsFilesByFolder()
    {
        ProgressModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyStages(queued({ QStringLiteral("/m/lora/a.safetensors"),
                                   QStringLiteral("/m/lora/b.safetensors"),
                                   QStringLiteral("/m/sdxl/c.safetensors") }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        model.applyStages(queued(
            { QStringLiteral("/m/lora/d.safetensors"), QStringLiteral("/m/vae/e.safetensors") }));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QCOMPARE(model.fileCount(), 5);
        QCOMPARE(model.index(2, 0, model.index(0, 0)).data().toString(),
                 QStringLiteral("d.safetensors"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("/m/lora"));
        model.setSourceRoots({ QStringLiteral("/m") });
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("m/lora"));
    }

    void showsHashingProgressThenTheReport()
    {
        ProgressModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString path = QStringLiteral("/m/a.safetensors");
        model.applyStages(queued({ path }));
        model.applyStages({ { path, FileStage::Step::Hashing, 250, 1000 } });
        const QModelIndex status = model.indexOfFile(path, ProgressModel::StatusColumn);
        QCOMPARE(status.data(ProgressModel::FractionRole).toDouble(), 0.25);
        QCOMPARE(status.data().toString(), QStringLiteral("Hashing 25 %"));
        model.applyStages({ { path, FileStage::Step::DownloadingPreviews, 1, 3 } });
        QCOMPARE(status.data().toString(), QStringLiteral("Previews 1/3"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyReport(done(path, FileReport::Civitai::Archived));
        QCOMPARE(status.data(ProgressModel::StateRole).value<ProgressModel::State>(),
                 ProgressModel::State::Done);
        QCOMPARE(status.data(ProgressModel::FractionRole).toDouble(), -1.0);
        QCOMPARE(model.indexOfFile(path, ProgressModel::CivitaiColumn).data().toString(),
                 QStringLiteral("Lighthouse · v2"));
        QCOMPARE(model.indexOfFile(path, ProgressModel::TypeColumn).data().toString(),
                 QStringLiteral("LORA"));
        QVERIFY(changed.wait(1000)); // batched, not immediate

        // A stage announced late never undoes the report.
        model.applyStages({ { path, FileStage::Step::LookingUp, 0, 0 } });
        QCOMPARE(status.data(ProgressModel::StateRole).value<ProgressModel::State>(),
                 ProgressModel::State::Done);
        QCOMPARE(model.index(0, ProgressModel::StatusColumn).data().toString(),
                 QStringLiteral("1 of 1 finished"));
    }

    void tellsMissingAndFailedApartForTheFilter()
    {
        ProgressModel model;
        const QString missing = QStringLiteral("/m/gone.safetensors");
        const QString broken = QStringLiteral("/m/broken.safetensors");
        model.applyStages(queued({ missing, broken }));
        model.applyReport(done(missing, FileReport::Civitai::NotFound));
        FileReport failed;
        failed.path = broken;
        failed.status = FileReport::Status::Failed;
        failed.error = QStringLiteral("truncated: header says 100 bytes, file has 20");
        model.applyReport(failed);
        QCOMPARE(model.indexOfFile(missing).data(ProgressModel::FilterKeyRole).toString(),
                 QStringLiteral("missing"));
        QCOMPARE(model.indexOfFile(broken).data(ProgressModel::FilterKeyRole).toString(),
                 QStringLiteral("failed"));
        QVERIFY(model.indexOfFile(broken, ProgressModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("truncated")));
        QCOMPARE(model.count(ProgressModel::State::NotOnCivitai), 1);
    }

    void aRetryQueuesAFinishedFileAgain()
    {
        ProgressModel model;
        const QString path = QStringLiteral("/m/a.safetensors");
        model.applyStages(queued({ path }));
        model.applyReport(done(path, FileReport::Civitai::NotFound));
        model.applyStages(queued({ path }));
        QCOMPARE(model.fileCount(), 1);
        QCOMPARE(
            model.indexOfFile(path).data(ProgressModel::StateRole).value<ProgressModel::State>(),
            ProgressModel::State::Queued);
        QCOMPARE(model.index(0, ProgressModel::StatusColumn).data().toString(),
                 QStringLiteral("0 of 1 finished"));
    }

    void pointsAtTheModelPage()
    {
        ProgressModel model;
        model.setOutputDir(QStringLiteral("/archive"));
        const QString path = QStringLiteral("/m/a.safetensors");
        model.applyStages(queued({ path }));
        QVERIFY(model.indexOfFile(path).data(ProgressModel::ModelPageRole).toString().isEmpty());
        model.applyReport(done(path, FileReport::Civitai::Archived));
        QCOMPARE(model.indexOfFile(path).data(ProgressModel::ModelPageRole).toString(),
                 QStringLiteral("/archive/folder/folder.html"));
    }
};

QTEST_MAIN(TestProgressModel)
#include "tst_progressmodel.moc"
