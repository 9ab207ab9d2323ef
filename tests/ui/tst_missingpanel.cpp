// The files Civitai does not know, read from an archive a real run wrote against the fake Civitai:
// what each row shows (trigger words from the file's own metadata), what its actions do, and
// that only the latest load is shown.
#include "collectionfolder.h"
#include "core/filehasher.h"
#include "core/missinglist.h"
#include "fakecivitai.h"
#include "runtoend.h"
#include "safetensorsfactory.h"
#include "ui/missingpanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeWidget>

class TestMissingPanel final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    FakeCivitai m_server;

    // A run of the models folder into `outputDir`, looked up on the fake Civitai.
    bool archive(const QString &outputDir)
    {
        RunOptions options;
        options.sources = { m_folder.models() };
        options.outputDir = outputDir;
        options.apiBases = { m_server.baseUrl() };
        options.noTimeout = true;
        options.previews = RunOptions::Previews::None;
        return runToEnd(options).succeeded();
    }

    // Known to Civitai, and a deleted LoRA with its training tags: archived into out/.
    QString archiveKnownAndDeleted()
    {
        const QByteArray known = SafetensorsFactory::build({}, 40);
        const QString deleted = m_folder.models(QStringLiteral("deleted lora.safetensors"));
        if (!SafetensorsFactory::write(m_folder.models(QStringLiteral("known.safetensors")), known)
            || !SafetensorsFactory::write(
                deleted, SafetensorsFactory::build(SafetensorsFactory::loraMetadata())))
            return {};
        m_server.addModelFile(FileHasher::hashBytes(known), 501, 601, 1);
        return archive(m_folder.output()) ? deleted : QString();
    }

    static QAction *action(MissingPanel &panel, const QString &text)
    {
        const QList<QAction *> actions = panel.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

    static QString summary(MissingPanel &panel) { return panel.findChild<QLabel *>()->text(); }

    static bool load(MissingPanel &panel, const QStringList &outputDirs)
    {
        QSignalSpy loaded(&panel, &MissingPanel::loaded);
        panel.load(outputDirs);
        return loaded.wait(10000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init() { QVERIFY(m_folder.reset()); }

    void showsALongListInOneInsertion()
    {
        // A large collection's missing list (10,000 names at 100,000 files) reaches the view as
        // one insertion, not one insertion (and view update) per row.
        QVERIFY(QDir().mkpath(m_folder.output()));
        MissingList list(m_folder.output());
        for (int i = 0; i < 2000; ++i)
            list.markMissing(
                QStringLiteral("/gone/lora_%1.safetensors").arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(list.save());
        MissingPanel panel;
        auto *tree = panel.findChild<QTreeWidget *>();
        QSignalSpy inserted(tree->model(), &QAbstractItemModel::rowsInserted);
        QVERIFY(load(panel, { m_folder.output() }));
        QCOMPARE(panel.count(), 2000);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(summary(panel).startsWith(QLatin1String("2000 file(s) not found on Civitai")));
        tree->sortByColumn(2, Qt::AscendingOrder); // by file name
        QCOMPARE(tree->topLevelItem(1999)->text(2), QStringLiteral("lora_1999.safetensors"));
    }

    void listsTheFilesCivitaiDoesNotKnowWithTheirTriggerWords()
    {
        const QString deleted = archiveKnownAndDeleted();
        QVERIFY(!deleted.isEmpty());
        MissingPanel panel;
        // Before anything is loaded the panel does not claim Civitai knows every file.
        QCOMPARE(summary(panel),
                 QStringLiteral("Nothing is archived yet: after a run, the files Civitai does "
                                "not know are listed here."));
        QVERIFY(load(panel, { m_folder.output() }));
        QCOMPARE(panel.count(), 1);
        const QTreeWidgetItem *row = panel.findChild<QTreeWidget *>()->topLevelItem(0);
        QVERIFY(!row->text(0).isEmpty()); // since when
        QCOMPARE(row->text(1), QStringLiteral("Not on Civitai")); // words, not the HTTP status
        QCOMPARE(row->text(2), QStringLiteral("deleted lora.safetensors"));
        QCOMPARE(row->toolTip(2), deleted);
        QVERIFY2(row->text(3).startsWith(QLatin1String("lighthouse style, dusk lighting")),
                 qPrintable(row->text(3)));
        QVERIFY2(summary(panel).startsWith(QLatin1String("1 file(s) not found on Civitai.")),
                 qPrintable(summary(panel)));
    }

    void itsActionsActOnTheSelectedFile()
    {
        const QString deleted = archiveKnownAndDeleted();
        QVERIFY(!deleted.isEmpty());
        MissingPanel panel;
        QVERIFY(load(panel, { m_folder.output() }));
        QAction *retry = action(panel, QStringLiteral("&Retry lookup"));
        QAction *openPage = action(panel, QStringLiteral("Open its &page"));
        QVERIFY(retry && openPage);
        QVERIFY(!retry->isEnabled()); // nothing selected
        QVERIFY(!openPage->isEnabled());

        panel.findChild<QTreeWidget *>()->topLevelItem(0)->setSelected(true);
        QVERIFY(retry->isEnabled());
        QVERIFY(openPage->isEnabled());
        QSignalSpy retried(&panel, &MissingPanel::retryRequested);
        QSignalSpy opened(&panel, &MissingPanel::openPageRequested);
        retry->trigger();
        openPage->trigger();
        QCOMPARE(retried.size(), 1);
        QCOMPARE(retried.constFirst(), (QVariantList { deleted, m_folder.output() }));
        QCOMPARE(opened.size(), 1);
        const QString page = opened.constFirst().constFirst().toString();
        QVERIFY2(page.startsWith(m_folder.output()) && page.endsWith(QLatin1String(".html"))
                     && QFileInfo::exists(page),
                 qPrintable(page));
    }

    void cannotRetryAFileThatIsGone()
    {
        const QString deleted = archiveKnownAndDeleted();
        QVERIFY(!deleted.isEmpty());
        QVERIFY(QFile::remove(deleted));
        MissingPanel panel;
        QVERIFY(load(panel, { m_folder.output() }));
        QCOMPARE(panel.count(), 1); // still listed: its archive is all that is left
        panel.findChild<QTreeWidget *>()->topLevelItem(0)->setSelected(true);
        QVERIFY(!action(panel, QStringLiteral("&Retry lookup"))->isEnabled());
        QVERIFY(!action(panel, QStringLiteral("Re&veal file"))->isEnabled());
        QVERIFY(action(panel, QStringLiteral("Open its &page"))->isEnabled());
    }

    void showsOnlyTheLatestLoad()
    {
        QVERIFY(!archiveKnownAndDeleted().isEmpty());
        QVERIFY(archive(m_folder.path(QStringLiteral("second"))));
        MissingPanel panel;
        QSignalSpy loaded(&panel, &MissingPanel::loaded);
        panel.load({ m_folder.output(), m_folder.path(QStringLiteral("second")) });
        panel.load({ m_folder.path(QStringLiteral("empty")) });
        QVERIFY(loaded.wait(10000));
        // Both reads done and their answers delivered: the first one's is dropped.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(panel.count(), 0);
        QVERIFY(load(panel, { m_folder.output(), m_folder.path(QStringLiteral("second")) }));
        QCOMPARE(panel.count(), 2); // each archive's own 404
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestMissingPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_missingpanel.moc"
