#include "ui/progressmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QScopeGuard>
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

    static QStringList paths(const QString &folder, int count)
    {
        QStringList paths;
        for (int i = 0; i < count; ++i)
            paths.append(
                QStringLiteral("%1/f%2.safetensors").arg(folder).arg(i, 5, 10, QLatin1Char('0')));
        return paths;
    }

    // The file rows a batch of dataChanged signals covers, folder rows left out.
    static int changedFileRows(const QSignalSpy &changed)
    {
        int rows = 0;
        for (const QList<QVariant> &signal : changed) {
            const auto topLeft = signal.at(0).value<QModelIndex>();
            if (topLeft.parent().isValid())
                rows += signal.at(1).value<QModelIndex>().row() - topLeft.row() + 1;
        }
        return rows;
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
    // A file Civitai does not know but CivArchive does: its own status, counted and filtered
    // with the files not on Civitai.
    void tellsAFileArchivedFromCivArchive()
    {
        ProgressModel model;
        const QString path = QStringLiteral("/m/lora/gone.safetensors");
        FileReport report = done(path, FileReport::Civitai::NotFound);
        report.fromCivArchive = true;
        model.applyReport(report);
        const QModelIndex status = model.indexOfFile(path, ProgressModel::StatusColumn);
        QCOMPARE(status.data().toString(),
                 QStringLiteral("Not on Civitai · archived from CivArchive"));
        QCOMPARE(status.data(ProgressModel::FilterKeyRole).toString(), QStringLiteral("missing"));
        QCOMPARE(model.categoryCounts().at(int(ProgressModel::Category::NotOnCivitai)), 1);
    }

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

    void queuedRowsArriveAsInsertionsOnly()
    {
        // 100,000 queued rows reach the view as a few rowsInserted: telling it again that each
        // one changed would make it and the filter walk them all a second time.
        ProgressModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyStages(
            queued(paths(QStringLiteral("/m/a"), 500) + paths(QStringLiteral("/m/b"), 500)));
        QCOMPARE(inserted.size(), 1); // both folders with their files, in one step
        QCOMPARE(model.rowCount(model.index(1, 0)), 500);
        QVERIFY(!changed.wait(300)); // past the flush interval: nothing more to say
    }

    void aBatchOfChangesIsToldInAFewRanges()
    {
        ProgressModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList files = paths(QStringLiteral("/m/loras"), 5000);
        model.applyStages(queued(files));
        QList<FileStage> hashing;
        for (int i = 1000; i < 3000; ++i)
            hashing.append({ files.at(i), FileStage::Step::Hashing, 10, 100 });
        hashing.append({ files.at(4990), FileStage::Step::LookingUp, 0, 0 });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyStages(hashing);
        QVERIFY(changed.wait(1000));
        // One range for the 2,000 neighbours, one for the file far away, one for the folder row:
        // not 2,001 signals, and not one range over the 2,000 unchanged rows in between.
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changedFileRows(changed), 2001);

        // Changes scattered all over a folder: a bounded number of signals all the same.
        changed.clear();
        for (int i = 0; i < 5000; i += 10)
            model.applyReport(done(files.at(i), FileReport::Civitai::Archived));
        QVERIFY(changed.wait(1000));
        QVERIFY2(changed.size() <= 40, qPrintable(QString::number(changed.size())));
        QCOMPARE(model.count(ProgressModel::State::Done), 500);
        QCOMPARE(model.index(0, ProgressModel::StatusColumn).data().toString(),
                 QStringLiteral("500 of 5000 finished · 500 done"));
    }

    void filesNeverHaveChildren()
    {
        // A view asks each row it lays out whether it may have children; for 100,000 files the
        // answer must not cost a lookup (or a persistent index) each.
        ProgressModel model;
        model.applyStages(queued({ QStringLiteral("/m/a.safetensors") }));
        QVERIFY(model.flags(model.indexOfFile(QStringLiteral("/m/a.safetensors")))
                & Qt::ItemNeverHasChildren);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemNeverHasChildren));
    }

    void findsAFileAmongManyByItsPath()
    {
        ProgressModel model;
        const QStringList files
            = paths(QStringLiteral("/m/loras"), 3000) + paths(QStringLiteral("/m/sdxl"), 3000);
        model.applyStages(queued(files));
        const QModelIndex last = model.indexOfFile(files.constLast(), ProgressModel::NameColumn);
        QCOMPARE(last.data().toString(), QStringLiteral("f02999.safetensors"));
        QCOMPARE(last.data(ProgressModel::PathRole).toString(), files.constLast());
        QCOMPARE(last.parent().data(ProgressModel::PathRole).toString(), QStringLiteral("/m/sdxl"));
        QCOMPARE(last.row(), 2999);
        QVERIFY(!model.indexOfFile(QStringLiteral("/m/sdxl/nothing.safetensors")).isValid());
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
                 QStringLiteral("LoRA")); // as a reader names it
        QVERIFY(changed.wait(1000)); // batched, not immediate

        // A stage announced late never undoes the report.
        model.applyStages({ { path, FileStage::Step::LookingUp, 0, 0 } });
        QCOMPARE(status.data(ProgressModel::StateRole).value<ProgressModel::State>(),
                 ProgressModel::State::Done);
        QCOMPARE(model.index(0, ProgressModel::StatusColumn).data().toString(),
                 QStringLiteral("1 done"));
    }

    // The status says when the newer version is early access or paid, with its date in the
    // reader's locale, and when Civitai archived the model or took it down.
    void tellsAGatedNewerVersionAndTheModelsMode()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restoreLocale = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        ProgressModel model;
        const QStringList paths { QStringLiteral("/m/a.safetensors"),
                                  QStringLiteral("/m/b.safetensors"),
                                  QStringLiteral("/m/c.safetensors"),
                                  QStringLiteral("/m/d.safetensors") };
        model.applyStages(queued(paths));
        FileReport early = done(paths[0], FileReport::Civitai::UpToDate);
        early.updateAvailable = true;
        early.newerAccess = { VersionAccess::Kind::EarlyAccess,
                              QDateTime(QDate(2099, 12, 31), QTime(12, 0), Qt::UTC) };
        FileReport paid = done(paths[1], FileReport::Civitai::UpToDate);
        paid.updateAvailable = true;
        paid.newerAccess = { VersionAccess::Kind::Paid, {} };
        paid.modelMode = ModelMode::Mode::Archived;
        FileReport takenDown = done(paths[2], FileReport::Civitai::UpToDate);
        takenDown.modelMode = ModelMode::Mode::TakenDown;
        FileReport open = done(paths[3], FileReport::Civitai::UpToDate);
        open.updateAvailable = true;
        for (const FileReport &report : { early, paid, takenDown, open })
            model.applyReport(report);
        const auto status = [&model](const QString &path) {
            return model.indexOfFile(path, ProgressModel::StatusColumn).data().toString();
        };
        QCOMPARE(status(paths[0]),
                 QStringLiteral("Done · newer version on Civitai (Early access until 31.12.2099)"));
        QCOMPARE(status(paths[1]),
                 QStringLiteral("Done · newer version on Civitai (Paid · Archived on Civitai)"));
        QCOMPARE(status(paths[2]), QStringLiteral("Done · Taken down on Civitai"));
        QCOMPARE(status(paths[3]), QStringLiteral("Done · newer version on Civitai"));
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
