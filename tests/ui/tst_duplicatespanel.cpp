// Model files stored twice, read from an archive a real run wrote: the groups, which copy's
// archive is kept, and the trash, which takes only a duplicate and only after asking.
#include "collectionfolder.h"
#include "hashtimestamp.h"
#include "runtoend.h"
#include "safetensorsfactory.h"
#include "ui/duplicatespanel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

class TestDuplicatesPanel final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    QString m_older;
    QString m_newer;
    QString m_single;

    // Answers the message boxes to come, in order; gives up on one that does not come.
    static void answerMessageBoxes(const QList<QMessageBox::StandardButton> &answers,
                                   int tries = 200)
    {
        QTimer::singleShot(10, [answers, tries] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                if (tries > 0)
                    answerMessageBoxes(answers, tries - 1); // not shown yet
                return;
            }
            const QList<QMessageBox::StandardButton> rest = answers.mid(1);
            box->button(answers.constFirst())->click();
            if (!rest.isEmpty())
                answerMessageBoxes(rest);
        });
    }

    static bool load(DuplicatesPanel &panel, const QStringList &outputDirs)
    {
        QSignalSpy loaded(&panel, &DuplicatesPanel::loaded);
        panel.load(outputDirs);
        return loaded.wait(10000);
    }

    static QAction *trashAction(DuplicatesPanel &panel)
    {
        const QList<QAction *> actions = panel.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->text() == QStringLiteral("Move to &trash…"))
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    // Two copies of one file (the second archived later) and a file of its own.
    void init()
    {
        QVERIFY(m_folder.reset());
        const QByteArray same = SafetensorsFactory::build({}, 24);
        m_older = m_folder.models(QStringLiteral("a.safetensors"));
        m_newer = m_folder.models(QStringLiteral("b.safetensors"));
        m_single = m_folder.models(QStringLiteral("c.safetensors"));
        QVERIFY(SafetensorsFactory::write(m_older, same));
        QVERIFY(SafetensorsFactory::write(m_newer, same));
        QVERIFY(SafetensorsFactory::write(m_single, SafetensorsFactory::build({}, 25)));
        RunOptions options;
        options.sources = { m_folder.models() };
        options.outputDir = m_folder.output();
        options.lookUpCivitai = false;
        QVERIFY(runToEnd(options).succeeded());
        QVERIFY(setHashTimestamp(m_folder.output(), QStringLiteral("a"),
                                 QStringLiteral("2024-01-01T00:00:00")));
        QVERIFY(setHashTimestamp(m_folder.output(), QStringLiteral("b"),
                                 QStringLiteral("2025-01-01T00:00:00")));
    }

    void groupsTheCopiesAndKeepsTheNewestArchive()
    {
        DuplicatesPanel panel;
        QCOMPARE(panel.findChild<QLabel *>()->text(),
                 QStringLiteral("No model file is stored twice."));
        // Groups arrive with their files in one insertion, not one per row: a large collection
        // may have hundreds.
        QSignalSpy inserted(panel.findChild<QTreeWidget *>()->model(),
                            &QAbstractItemModel::rowsInserted);
        QVERIFY(load(panel, { m_folder.output() }));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(panel.groupCount(), 1);
        const QTreeWidgetItem *group = panel.findChild<QTreeWidget *>()->topLevelItem(0);
        QVERIFY(group->isExpanded());
        QCOMPARE(group->text(0), QStringLiteral("2 copies of b.safetensors"));
        QCOMPARE(group->childCount(), 2);
        QCOMPARE(group->child(0)->text(0), m_newer);
        QCOMPARE(group->child(0)->text(2), QStringLiteral("kept"));
        QCOMPARE(group->child(1)->text(0), m_older);
        QCOMPARE(group->child(1)->text(2), QStringLiteral("duplicate"));
        QVERIFY2(panel.findChild<QLabel *>()->text().startsWith(
                     QLatin1String("1 group(s) of identical files; ")),
                 qPrintable(panel.findChild<QLabel *>()->text()));
    }

    void offersTheTrashForADuplicateOnly()
    {
        DuplicatesPanel panel;
        QVERIFY(load(panel, { m_folder.output() }));
        QAction *trash = trashAction(panel);
        QVERIFY(trash);
        QVERIFY(!trash->isEnabled());
        QTreeWidgetItem *group = panel.findChild<QTreeWidget *>()->topLevelItem(0);
        group->child(0)->setSelected(true); // the kept one
        QVERIFY(!trash->isEnabled());
        group->child(0)->setSelected(false);
        group->child(1)->setSelected(true);
        QVERIFY(trash->isEnabled());

        // Confirmed from the list: the copy goes to the trash and the list is read again.
        QSignalSpy loaded(&panel, &DuplicatesPanel::loaded);
        answerMessageBoxes({ QMessageBox::Yes });
        trash->trigger();
        QVERIFY(loaded.wait(10000)); // the trash works off the UI thread, then the list reloads
        QVERIFY(!QFile::exists(m_older));
        QVERIFY(QFile::exists(m_newer));
        QCOMPARE(panel.groupCount(), 0);
    }

    void movesNothingUnlessTheUserAgrees()
    {
        DuplicatesPanel panel;
        QVERIFY(load(panel, { m_folder.output() }));
        answerMessageBoxes({ QMessageBox::Cancel });
        QVERIFY(!panel.moveToTrash(m_older));
        QVERIFY(QFile::exists(m_older));
    }

    void movesNothingWhileAnotherProcessWritesTheArchive()
    {
        DuplicatesPanel panel;
        QVERIFY(load(panel, { m_folder.output() }));
        QLockFile other(m_folder.output(QStringLiteral(".cdm.lock")));
        QVERIFY(other.tryLock(0));
        answerMessageBoxes({ QMessageBox::Yes, QMessageBox::Ok });
        QSignalSpy trashed(&panel, &DuplicatesPanel::trashFinished);
        QVERIFY(panel.moveToTrash(m_older)); // agreed; the lock refuses it off the UI thread
        QVERIFY(trashed.wait(10000));
        QCOMPARE(trashed.constFirst().at(1).toBool(), false);
        QVERIFY(QFile::exists(m_older));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestDuplicatesPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_duplicatespanel.moc"
