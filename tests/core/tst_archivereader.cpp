#include "collectionfolder.h"
#include "core/archivereader.h"
#include "core/archivewriter.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "fakecivitai.h"
#include "processmemory.h"
#include "runtoend.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestArchiveReader final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void readsWhatARunArchived()
    {
        FakeCivitai civitai;
        QVERIFY(civitai.listen());
        const QByteArray known = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 128);
        QVERIFY(SafetensorsFactory::write(m_folder.models(QStringLiteral("known [v2].safetensors")),
                                          known));
        civitai.addModelFile(FileHasher::hashBytes(known), 100, 200, 2);
        civitai.addModelFile(QString(64, QLatin1Char('f')), 100, 300, 1); // a newer version exists
        QVERIFY(SafetensorsFactory::write(
            m_folder.models(QStringLiteral("deleted.safetensors")),
            SafetensorsFactory::build(SafetensorsFactory::loraMetadata(), 64)));

        RunOptions options;
        options.sources = { m_folder.models() };
        options.outputDir = m_folder.output();
        options.apiBases = { civitai.baseUrl() };
        options.noTimeout = true;
        options.previews = RunOptions::Previews::All;
        QVERIFY(runToEnd(options).succeeded());

        QStringList warnings;
        const QList<ArchivedModel> archived = ArchiveReader::readAll(m_folder.output(), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(archived.size(), 2);

        const ArchivedModel &deleted = archived.at(0);
        QCOMPARE(deleted.folder, QStringLiteral("deleted"));
        QVERIFY(!deleted.hasCivitaiData);
        QVERIFY(deleted.missingFromCivitai);
        QVERIFY(!deleted.missingSince.isEmpty());
        QVERIFY(deleted.type.isEmpty()); // the gallery calls it "Unknown" in its language
        QCOMPARE(deleted.modelName, QStringLiteral("deleted"));
        // For a deleted LoRA the training tags are the trigger words.
        QCOMPARE(
            deleted.triggerWords(2),
            (QStringList { QStringLiteral("lighthouse style"), QStringLiteral("dusk lighting") }));
        QCOMPARE(deleted.trainingMetadata.value(QLatin1String("ss_network_dim")).toString(),
                 QStringLiteral("32"));

        const ArchivedModel &model = archived.at(1);
        QCOMPARE(model.folder, QStringLiteral("known_v2"));
        QCOMPARE(model.fileName, QStringLiteral("known [v2].safetensors"));
        QCOMPARE(model.sha256, FileHasher::hashBytes(known));
        QCOMPARE(model.autoV2(), FileHasher::hashBytes(known).left(10).toUpper());
        QVERIFY(model.hasCivitaiData);
        QVERIFY(!model.missingFromCivitai);
        QCOMPARE(model.modelId, 100);
        QCOMPARE(model.versionId, 200);
        QCOMPARE(model.type, QStringLiteral("LORA"));
        QCOMPARE(model.baseModel, QStringLiteral("SDXL 1.0"));
        QCOMPARE(model.creator, QStringLiteral("coastal_artist"));
        QCOMPARE(model.downloads, 18342);
        QCOMPARE(
            model.trainedWords,
            (QStringList { QStringLiteral("lighthouse style"), QStringLiteral("dusk lighting") }));
        QVERIFY(model.tags.contains(QStringLiteral("lighthouse")));
        QVERIFY(model.fileSize > 200 * 1024 * 1024);
        QVERIFY(model.archivedAt.isValid());
        QVERIFY(model.publishedAt.isValid());
        // Its page is on the host that knew it.
        QCOMPARE(model.sourceHost, civitai.baseUrl());
        QCOMPARE(model.civitaiUrl().toString(),
                 civitai.baseUrl().toString() + QStringLiteral("/models/100?modelVersionId=200"));
        QCOMPARE(model.previews.size(), 2);
        QCOMPARE(model.previews.at(0).file, QStringLiteral("known_v2/known_v2_preview_0.jpeg"));
        QVERIFY(!model.previews.at(0).isVideo);
        QVERIFY(model.previews.at(1).isVideo);
        QVERIFY(model.previews.at(0)
                    .image.value(QLatin1String("meta"))
                    .toObject()
                    .contains(QLatin1String("prompt")));
        QCOMPARE(model.update.value(QLatin1String("newest_version_id")).toInt(), 300);
    }

    void readsAPythonToolArchiveWithOldShapes()
    {
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("synthwave"))));
        const QString sha = QString(64, QLatin1Char('a'));
        QVERIFY(JsonFile::write(
            m_folder.output(QStringLiteral("synthwave/synthwave_hash.json")),
            QJsonObject {
                { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
                { QStringLiteral("hash_value"), sha.toUpper() },
                { QStringLiteral("filename"), QStringLiteral("synthwave.safetensors") },
                { QStringLiteral("timestamp"), QStringLiteral("2023-05-01T10:00:00.123456") } }));
        // A 2023 model answer as its model JSON, and a version from it in the old shape.
        const QJsonObject legacy = FakeCivitai::fixture(QStringLiteral("model-legacy-2023.json"));
        QJsonObject version
            = legacy.value(QLatin1String("modelVersions")).toArray().at(0).toObject();
        version.insert(QStringLiteral("modelId"), legacy.value(QLatin1String("id")));
        version.insert(
            QStringLiteral("model"),
            QJsonObject { { QStringLiteral("name"), legacy.value(QLatin1String("name")) },
                          { QStringLiteral("type"), legacy.value(QLatin1String("type")) } });
        QVERIFY(JsonFile::write(
            m_folder.output(QStringLiteral("synthwave/synthwave_civitai_model_version.json")),
            version));
        QVERIFY(JsonFile::write(
            m_folder.output(QStringLiteral("synthwave/synthwave_civitai_model.json")), legacy));
        QVERIFY(SafetensorsFactory::write(
            m_folder.output(QStringLiteral("synthwave/synthwave_preview_0.jpeg")), "jpeg"));
        // A checkpoint's metadata file without training keys: the seed saved its tensor header.
        QVERIFY(JsonFile::write(
            m_folder.output(QStringLiteral("synthwave/synthwave_metadata.json")),
            QJsonObject { { QStringLiteral("model.diffusion.weight"), QJsonObject {} } }));

        const auto model
            = ArchiveReader::readFolder(m_folder.output(), QStringLiteral("synthwave"));
        QVERIFY(model);
        QCOMPARE(model->sha256, sha);
        QCOMPARE(model->modelName, legacy.value(QLatin1String("name")).toString());
        QCOMPARE(model->creator, QStringLiteral("justmaier"));
        QCOMPARE(model->tags.mid(0, 2),
                 (QStringList { QStringLiteral("punk"), QStringLiteral("synthwave") }));
        QVERIFY(model->trainingMetadata.isEmpty());
        QCOMPARE(model->previews.size(), 1);
        // Old images said nsfw: true/false; the preview's data is taken from the version when there
        // is no sidecar.
        QVERIFY(!model->previews.constFirst().image.isEmpty());
        QVERIFY(model->previews.constFirst().nsfwLevel >= 1);
    }

    // updates_available.json is looked up by folder as each is read; its entries' text, spaces,
    // escapes and order are the writer's business, and a damaged list costs only the updates.
    void readsEachFoldersEntryOfTheUpdatesList()
    {
        // The first two have entries of the same length (as JSON text, escapes included).
        const QStringList folders { QStringLiteral("plain #1 %x"), QStringLiteral("a \"q\" ✨"),
                                    QStringLiteral("no update") };
        for (int i = 0; i < folders.size(); ++i) {
            const QString name = folders.at(i);
            QVERIFY(QDir().mkpath(m_folder.output(name)));
            QVERIFY(JsonFile::write(
                m_folder.output(name + QLatin1Char('/') + name + QStringLiteral("_hash.json")),
                QJsonObject { { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
                              { QStringLiteral("hash_value"), QString(64, QChar(u'a' + i)) },
                              { QStringLiteral("filename"), name + QStringLiteral(".pt") } }));
        }
        const auto entry = [](const QString &folder, int newest) {
            return QJsonObject { { QStringLiteral("folder"), folder },
                                 { QStringLiteral("newest_version_id"), newest } };
        };
        const QByteArray updates
            = QJsonDocument(QJsonObject { { QStringLiteral("updates"),
                                            QJsonArray { entry(folders.at(1), 21),
                                                         entry(folders.at(0), 11) } } })
                  .toJson(QJsonDocument::Indented);
        const QString updatesFile = m_folder.output(QStringLiteral("updates_available.json"));
        QVERIFY(SafetensorsFactory::write(updatesFile, updates));

        const auto newestOf = [this] {
            QHash<QString, int> newest;
            for (const ArchivedModel &model : ArchiveReader::readAll(m_folder.output()))
                newest.insert(model.folder,
                              model.update.value(QLatin1String("newest_version_id")).toInt());
            return newest;
        };
        QHash<QString, int> newest = newestOf();
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.value(folders.at(0)), 11);
        QCOMPARE(newest.value(folders.at(1)), 21);
        QCOMPARE(newest.value(folders.at(2)), 0);

        QVERIFY(SafetensorsFactory::write(updatesFile, updates.left(updates.size() / 2)));
        newest = newestOf();
        QCOMPARE(newest.size(), 3); // the models are all there, without updates
        QCOMPARE(newest.value(folders.at(0)), 0);
        QCOMPARE(newest.value(folders.at(1)), 0);

        // Rewritten while the folders are read (by a run elsewhere): the entry where a folder's
        // was is now another folder's, which is never taken for it.
        const auto compact = [](const QJsonArray &entries) {
            return QJsonDocument(QJsonObject { { QStringLiteral("updates"), entries } })
                .toJson(QJsonDocument::Compact);
        };
        QVERIFY(SafetensorsFactory::write(
            updatesFile, compact({ entry(folders.at(0), 11), entry(folders.at(1), 21) })));
        const QByteArray swapped = compact({ entry(folders.at(1), 22), entry(folders.at(0), 12) });
        newest.clear();
        ArchiveReader::readInBatches(m_folder.output(), 1, [&](QList<ArchivedModel> &models) {
            QVERIFY(SafetensorsFactory::write(updatesFile, swapped));
            for (const ArchivedModel &model : std::as_const(models))
                newest.insert(model.folder,
                              model.update.value(QLatin1String("newest_version_id")).toInt());
        });
        QCOMPARE(newest.size(), 3);
        const QList<QList<int>> itsOwn { { 0, 11, 12 }, { 0, 21, 22 }, { 0 } };
        for (int i = 0; i < folders.size(); ++i)
            QVERIFY2(itsOwn.at(i).contains(newest.value(folders.at(i))),
                     qPrintable(folders.at(i)
                                + QStringLiteral(": %1").arg(newest.value(folders.at(i)))));
    }

    // At 100,000 files the list is tens of MB, mapped while its entries are found: the pages
    // walked through are given back as the walk goes, not all held until its end.
    void findsTheUpdatesWithoutHoldingTheWholeList()
    {
        const QString folder = QStringLiteral("the model");
        QVERIFY(QDir().mkpath(m_folder.output(folder)));
        QVERIFY(JsonFile::write(
            m_folder.output(folder + QLatin1Char('/') + folder + QStringLiteral("_hash.json")),
            QJsonObject { { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
                          { QStringLiteral("hash_value"), QString(64, u'a') },
                          { QStringLiteral("filename"), folder + QStringLiteral(".pt") } }));
        const QByteArray notes(900, 'n');
        QByteArray updates = "{\"updates\": [";
        for (int i = 0; i < 30000; ++i)
            updates += "{\"folder\": \"other " + QByteArray::number(i) + "\", \"notes\": \"" + notes
                + "\"},";
        updates += "{\"folder\": \"the model\", \"newest_version_id\": 7}]}";
        QVERIFY(SafetensorsFactory::write(m_folder.output(QStringLiteral("updates_available.json")),
                                          updates));

        const ProcessMemory::PeakGrowth peak;
        if (!peak.started())
            QSKIP("no /proc/self/status and clear_refs here");
        const QList<ArchivedModel> models = ArchiveReader::readAll(m_folder.output());
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.constFirst().update.value(QLatin1String("newest_version_id")).toInt(), 7);
        // 27 MB of list; its index of 30,000 folders is about 4 MB.
        QVERIFY2(peak.kib() < 10 * 1024, qPrintable(QString::number(peak.kib())));
    }

    void skipsFoldersThatAreNotModels()
    {
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("notes"))));
        QVERIFY(SafetensorsFactory::write(m_folder.output(QStringLiteral("notes/todo.txt")), "x"));
        QVERIFY(QDir().mkpath(m_folder.output(QStringLiteral("broken"))));
        QVERIFY(SafetensorsFactory::write(
            m_folder.output(QStringLiteral("broken/broken_hash.json")), "{oops"));
        QVERIFY(ArchiveReader::readAll(m_folder.output()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
