// The window's manual links: the dialog's checks, and the menu's actions run to their end
// against the fake Civitai.
#include "collectionfolder.h"
#include "core/jsonfile.h"
#include "core/runoptions.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"
#include "ui/linkactions.h"
#include "ui/linkdialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace {

QStringList actionTexts(const QMenu &menu)
{
    QStringList texts;
    for (const QAction *action : menu.actions())
        texts.append(action->text());
    return texts;
}

} // namespace

class TestLinkActions final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    FakeCivitai m_server;

    // What the window's menu hands over for `file`: its archive, the fake Civitai, no pause.
    RunOptions jobFor(const QString &file) const
    {
        RunOptions job;
        job.sources = { file };
        job.outputDir = m_folder.output();
        job.apiBases = { m_server.baseUrl() };
        job.noTimeout = true;
        job.previews = RunOptions::Previews::None;
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.addModelFile(QString(64, QLatin1Char('c')), 900, 901, 1);
    }

    void init() { QVERIFY(m_folder.reset()); }

    void theDialogSaysWhatIsWrongAndOnlyThenAccepts()
    {
        LinkDialog dialog(QStringLiteral("pruned.safetensors"), { m_server.baseUrl() });
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        dialog.setTarget(QStringLiteral("https://example.com/models/1"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.problem().contains(QLatin1String("is not Civitai")),
                 qPrintable(dialog.problem()));
        bool shown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || label->text() == dialog.problem();
        QVERIFY(shown);
        dialog.setTarget(QStringLiteral("  https://civitai.red/models/900?modelVersionId=901 "));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.target(),
                 QStringLiteral("https://civitai.red/models/900?modelVersionId=901"));
    }

    void linksAndUnlinksAFileFromItsMenu()
    {
        QWidget window;
        LinkActions actions(&window);
        const QString file = m_folder.models(QStringLiteral("pruned.safetensors"));
        QVERIFY(SafetensorsFactory::write(file, SafetensorsFactory::build({}, 150)));
        const RunOptions job = jobFor(file);

        QMenu before;
        actions.addTo(before, job, true);
        QCOMPARE(actionTexts(before), QStringList { QStringLiteral("Link to a Civitai version…") });

        QSignalSpy finished(&actions, &LinkActions::finished);
        actions.link(job, QStringLiteral("901"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(LinkActions::isLinked(job.outputDir, file));
        const auto version = JsonFile::readObject(
            m_folder.output(QStringLiteral("pruned/pruned_civitai_model_version.json")));
        QVERIFY(version && version->value(QLatin1String("linked_by_hand")).toBool());

        QMenu linked;
        actions.addTo(linked, job, true);
        QCOMPARE(actionTexts(linked),
                 (QStringList { QStringLiteral("Link to a Civitai version…"),
                                QStringLiteral("Remove the link") }));
        actions.unlink(job.outputDir, file);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(!LinkActions::isLinked(job.outputDir, file));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("pruned/pruned_civitai_model.json"))));
    }

    void aVersionCivitaiDoesNotKnowIsReportedAndNothingIsLinked()
    {
        QWidget window;
        LinkActions actions(&window);
        const QString file = m_folder.models(QStringLiteral("pruned.safetensors"));
        QVERIFY(SafetensorsFactory::write(file, SafetensorsFactory::build({}, 151)));
        const RunOptions job = jobFor(file);
        QSignalSpy finished(&actions, &LinkActions::finished);
        actions.link(job, QStringLiteral("424242"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(
            finished.first().at(1).toString().contains(QLatin1String("no model version 424242")),
            qPrintable(finished.first().at(1).toString()));
        QVERIFY(!QFileInfo::exists(m_folder.output()));
    }
};

QTEST_MAIN(TestLinkActions)
#include "tst_linkactions.moc"
