#include "collectionfolder.h"
#include "core/duplicatefinder.h"
#include "core/filehasher.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QTest>

class TestDuplicateFinder final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void groupsFilesWithTheSameHashAndNamesTheKeptOne()
    {
        const QByteArray same = SafetensorsFactory::build({}, 64);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")), same));
        QVERIFY(
            SafetensorsFactory::write(m_folder.models(QStringLiteral("b copy.safetensors")), same));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("unique.safetensors")),
                                          SafetensorsFactory::build({}, 32)));
        RunOptions options;
        options.sources = { m_folder.models() };
        options.outputDir = m_folder.output();
        options.lookUpCivitai = false;
        QVERIFY(runToEnd(options).succeeded());

        const QList<DuplicateGroup> groups = DuplicateFinder::find(m_folder.output());
        QCOMPARE(groups.size(), 1);
        const DuplicateGroup &group = groups.constFirst();
        QCOMPARE(group.size, same.size());
        QCOMPARE(group.sha256, FileHasher::hashBytes(same));
        QStringList all = group.others;
        all.append(group.kept);
        all.sort();
        QCOMPARE(all,
                 QStringList({ m_folder.models(QStringLiteral("a.safetensors")),
                               m_folder.models(QStringLiteral("b copy.safetensors")) }));
    }

    void forgetsFilesThatAreGone()
    {
        const QByteArray same = SafetensorsFactory::build({}, 64);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")), same));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("b.safetensors")), same));
        RunOptions options;
        options.sources = { m_folder.models() };
        options.outputDir = m_folder.output();
        options.lookUpCivitai = false;
        QVERIFY(runToEnd(options).succeeded());
        QVERIFY(QFile::remove(m_folder.models(QStringLiteral("b.safetensors"))));
        QVERIFY(DuplicateFinder::find(m_folder.output()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
