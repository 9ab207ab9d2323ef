#include "collectionfolder.h"
#include "core/missingfiles.h"
#include "core/missinglist.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestMissingFiles final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void joinsTheListWithPathsAndRecoveredTriggerWords()
    {
        const QString lora
            = m_folder.models(QStringLiteral("deleted [v2] \"x\" \U0001F98A #1.safetensors"));
        QVERIFY(SafetensorsFactory::write(
            lora, SafetensorsFactory::build(SafetensorsFactory::loraMetadata())));
        RunOptions options;
        options.sources = { m_folder.models() };
        options.outputDir = m_folder.output();
        options.lookUpCivitai = false;
        QVERIFY(runToEnd(options).succeeded());
        MissingList list(m_folder.output());
        list.markMissing(QStringLiteral("deleted [v2] \"x\" \U0001F98A #1.safetensors"));
        list.markMissing(QStringLiteral("elsewhere.ckpt"));
        QVERIFY(list.save());

        const QList<MissingFile> files = MissingFiles::read(m_folder.output());
        QCOMPARE(files.size(), 2);
        const auto deleted = std::find_if(files.cbegin(), files.cend(), [](const MissingFile &f) {
            return f.fileName.startsWith(QLatin1String("deleted"));
        });
        QVERIFY(deleted != files.cend());
        QCOMPARE(deleted->path, lora);
        QCOMPARE(deleted->status, 404);
        QVERIFY(!deleted->timestamp.isEmpty());
        QCOMPARE(deleted->triggerWords.value(0), QStringLiteral("lighthouse style"));
        const auto elsewhere = std::find_if(files.cbegin(), files.cend(), [](const MissingFile &f) {
            return f.fileName == QLatin1String("elsewhere.ckpt");
        });
        QVERIFY(elsewhere != files.cend());
        QVERIFY(elsewhere->path.isEmpty());
        QVERIFY(elsewhere->triggerWords.isEmpty());
    }

    // The panel only looks: a damaged processed_files.json is left for the next run to set aside.
    void leavesADamagedFolderMapAsItIs()
    {
        QVERIFY(QDir().mkpath(m_folder.output()));
        MissingList list(m_folder.output());
        list.markMissing(QStringLiteral("gone \"v1\" \U0001F98A.safetensors"));
        QVERIFY(list.save());
        const QString processed = m_folder.output() + QStringLiteral("/processed_files.json");
        QFile damaged(processed);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        QVERIFY(damaged.write("{\"folders\": {\"/m/gone.safetensors\": \"gone\"") > 0);
        damaged.close();

        const QList<MissingFile> files = MissingFiles::read(m_folder.output());
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().path.isEmpty());
        QCOMPARE(QDir(m_folder.output()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void isEmptyWithoutAList() { QVERIFY(MissingFiles::read(m_folder.output()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestMissingFiles)
#include "tst_missingfiles.moc"
