// The window's sources: models folders and files, each with the archive it goes to.
#include "collectionfolder.h"
#include "safetensorsfactory.h"
#include "ui/sourcespanel.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

class TestSourcesPanel final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    static QTreeWidget *list(SourcesPanel &panel) { return panel.findChild<QTreeWidget *>(); }

    static QPushButton *button(SourcesPanel &panel, const QString &text)
    {
        const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_folder.reset());
        QVERIFY(QDir().mkpath(m_folder.path(QStringLiteral("loras"))));
        QVERIFY(QDir().mkpath(m_folder.path(QStringLiteral("checkpoints"))));
        QVERIFY(
            SafetensorsFactory::write(m_folder.path(QStringLiteral("checkpoints/one.safetensors")),
                                      SafetensorsFactory::build()));
    }

    void addsEachExistingPathOnceWithItsDefaultArchive()
    {
        SourcesPanel panel;
        QSignalSpy changed(&panel, &SourcesPanel::changed);
        const QString file = m_folder.path(QStringLiteral("checkpoints/one.safetensors"));
        QCOMPARE(
            panel.addPaths({ m_folder.models(), m_folder.path(QStringLiteral("loras/../loras")),
                             file, m_folder.path(QStringLiteral("nowhere")) }),
            3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.addPaths({ m_folder.models() }), 0); // already there
        QCOMPARE(changed.size(), 1);

        const QString archives = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/Civitai Archive/");
        QCOMPARE(panel.sources(),
                 (QList<Source> {
                     { QDir::cleanPath(m_folder.models()), archives + QStringLiteral("models") },
                     { m_folder.path(QStringLiteral("loras")), archives + QStringLiteral("loras") },
                     { file, archives + QStringLiteral("checkpoints") } }));
        QCOMPARE(list(panel)->topLevelItemCount(), 3);
        QCOMPARE(list(panel)->topLevelItem(1)->text(1),
                 QDir::toNativeSeparators(archives + QStringLiteral("loras")));
    }

    void listsEachOutputFolderOnceInTheOrderOfItsFirstSource()
    {
        SourcesPanel panel;
        panel.setSources({ { QStringLiteral("/m/a"), QStringLiteral("/out/2") },
                           { QStringLiteral("/m/b"), QStringLiteral("/out/1") },
                           { QStringLiteral("/m/c"), QStringLiteral("/out/2") } });
        QCOMPARE(panel.outputDirs(),
                 (QStringList { QStringLiteral("/out/2"), QStringLiteral("/out/1") }));
    }

    void followsTheSelectionForTheCurrentArchive()
    {
        SourcesPanel panel;
        QCOMPARE(panel.currentOutputDir(), QString());
        panel.setSources({ { QStringLiteral("/m/a"), QStringLiteral("/out/a") },
                           { QStringLiteral("/m/b"), QStringLiteral("/out/b") } });
        QCOMPARE(panel.currentOutputDir(), QStringLiteral("/out/a")); // nothing selected: the first
        QSignalSpy current(&panel, &SourcesPanel::currentOutputDirChanged);
        list(panel)->topLevelItem(1)->setSelected(true);
        QCOMPARE(panel.currentOutputDir(), QStringLiteral("/out/b"));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.constFirst().constFirst().toString(), QStringLiteral("/out/b"));
    }

    void removesTheSelectedSourcesOnly()
    {
        SourcesPanel panel;
        panel.setSources({ { QStringLiteral("/m/a"), QStringLiteral("/out/a") },
                           { QStringLiteral("/m/b"), QStringLiteral("/out/b") },
                           { QStringLiteral("/m/c"), QStringLiteral("/out/c") } });
        list(panel)->topLevelItem(0)->setSelected(true);
        list(panel)->topLevelItem(2)->setSelected(true);
        QSignalSpy changed(&panel, &SourcesPanel::changed);
        QPushButton *remove = button(panel, QStringLiteral("&Remove"));
        QVERIFY(remove);
        remove->click();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.sources(),
                 (QList<Source> { { QStringLiteral("/m/b"), QStringLiteral("/out/b") } }));
        QCOMPARE(list(panel)->topLevelItemCount(), 1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestSourcesPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sourcespanel.moc"
