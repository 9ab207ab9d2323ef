#include "collectionfolder.h"
#include "core/archivewriter.h"
#include "core/duplicatefinder.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QTest>

class TestDuplicateFinder final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    bool archiveOffline()
    {
        RunOptions options;
        options.sources = { m_folder.models() };
        options.outputDir = m_folder.output();
        options.lookUpCivitai = false;
        return runToEnd(options).succeeded();
    }

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
        QVERIFY(archiveOffline());

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
        QVERIFY(archiveOffline());
        QVERIFY(QFile::remove(m_folder.models(QStringLiteral("b.safetensors"))));
        QVERIFY(DuplicateFinder::find(m_folder.output()).isEmpty());
    }

    // The owners are walked twice: a hash file rewritten in between makes no group of the first
    // walk's hashes.
    void trustsNoHashThatChangedBetweenItsWalks()
    {
        const QByteArray same = SafetensorsFactory::build({}, 64);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("a.safetensors")), same));
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("b.safetensors")), same));
        QVERIFY(archiveOffline());
        const QHash<QString, QString> owners {
            { QStringLiteral("a"), m_folder.models(QStringLiteral("a.safetensors")) },
            { QStringLiteral("b"), m_folder.models(QStringLiteral("b.safetensors")) },
        };
        QCOMPARE(DuplicateFinder::group(owners, m_folder.output()).size(), 1);

        int walks = 0;
        const auto walk = [&](const DuplicateFinder::Owned &owned) {
            if (++walks == 2) {
                const QString path = ModelFolder(m_folder.output(), QStringLiteral("b")).hashFile();
                auto hash = JsonFile::readObject(path);
                QVERIFY(hash);
                hash->insert(QStringLiteral("hash_value"), QString(64, QLatin1Char('e')));
                QVERIFY(JsonFile::write(path, *hash));
            }
            for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                owned(it.key(), it.value());
        };
        QVERIFY(DuplicateFinder::group(walk, m_folder.output()).isEmpty());
        QCOMPARE(walks, 2);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
