#include "core/archivelayout.h"
#include "safetensorsfactory.h"

#include <QTemporaryDir>
#include <QTest>

// The names are a compatibility contract with the Python tool and with old archives: they are
// spelled out literally here on purpose.
class TestArchiveLayout final : public QObject
{
    Q_OBJECT

private:
    static bool touch(const QString &path) { return SafetensorsFactory::write(path, "x"); }

private Q_SLOTS:
    void namesTheOutputFoldersFiles()
    {
        const ArchiveLayout layout(QStringLiteral("/out"));
        QCOMPARE(layout.indexPage(), QStringLiteral("/out/index.html"));
        QCOMPARE(layout.assetsFolder(), QStringLiteral("/out/_gallery"));
        QCOMPARE(layout.processedFiles(), QStringLiteral("/out/processed_files.json"));
        QCOMPARE(layout.missingList(), QStringLiteral("/out/missing_from_civitai.txt"));
        QCOMPARE(layout.updatesAvailable(), QStringLiteral("/out/updates_available.json"));
        QCOMPARE(layout.hashCache(), QStringLiteral("/out/hash_cache.json"));
        QCOMPARE(layout.duplicatesReport(), QStringLiteral("/out/duplicate_models.txt"));
        QCOMPARE(layout.lockFile(), QStringLiteral("/out/.cdm.lock"));
        QCOMPARE(ArchiveLayout::pageLink(QStringLiteral("my-lora")),
                 QStringLiteral("my-lora/my-lora.html"));
    }

    void namesAModelsFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("my_lora");
        QTest::newRow("unicode and dots") << QStringLiteral("キャラ-v1.5");
        QTest::newRow("wildcards") << QStringLiteral("x [v2] *?");
        QTest::newRow("our infix in the name") << QStringLiteral("a_preview_1");
        QTest::newRow("a percent sign") << QStringLiteral("100%1");
    }
    void namesAModelsFiles()
    {
        QFETCH(QString, name);
        const ModelFolder folder(QStringLiteral("/out"), name);
        const QString base = QStringLiteral("/out/") + name + QLatin1Char('/');
        QCOMPARE(folder.path(), QStringLiteral("/out/") + name);
        QCOMPARE(folder.hashFile(), base + name + QStringLiteral("_hash.json"));
        QCOMPARE(folder.metadataFile(), base + name + QStringLiteral("_metadata.json"));
        QCOMPARE(folder.versionFile(), base + name + QStringLiteral("_civitai_model_version.json"));
        QCOMPARE(folder.modelFile(), base + name + QStringLiteral("_civitai_model.json"));
        QCOMPARE(folder.page(), base + name + QStringLiteral(".html"));
        QCOMPARE(folder.previewFile(3, QStringLiteral(".webm")),
                 base + name + QStringLiteral("_preview_3.webm"));
        QCOMPARE(folder.previewSidecar(12), base + name + QStringLiteral("_preview_12.json"));
        QCOMPARE(folder.previewPart(0),
                 base + QLatin1Char('.') + name + QStringLiteral("_preview_0.part"));
    }

    void recognisesOnlyOurFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("ours");
        QTest::addColumn<bool>("record");
        QTest::newRow("hash") << QStringLiteral("m_hash.json") << true << true;
        QTest::newRow("version") << QStringLiteral("m_civitai_model_version.json") << true << true;
        QTest::newRow("metadata") << QStringLiteral("m_metadata.json") << true << false;
        QTest::newRow("model") << QStringLiteral("m_civitai_model.json") << true << false;
        QTest::newRow("page") << QStringLiteral("m.html") << true << false;
        QTest::newRow("preview") << QStringLiteral("m_preview_0.jpeg") << true << false;
        QTest::newRow("video") << QStringLiteral("m_preview_12.webm") << true << false;
        QTest::newRow("sidecar") << QStringLiteral("m_preview_12.json") << true << false;
        QTest::newRow("QSaveFile leftover")
            << QStringLiteral("m_hash.json.AbC123") << true << false;
        QTest::newRow("partial download") << QStringLiteral(".m_preview_3.part") << true << false;
        QTest::newRow("user's notes") << QStringLiteral("m_notes.txt") << false << false;
        QTest::newRow("another model's") << QStringLiteral("n_hash.json") << false << false;
        QTest::newRow("preview without index")
            << QStringLiteral("m_preview_x.jpeg") << false << false;
        QTest::newRow("long extension") << QStringLiteral("m_preview_0.jpegxl") << false << false;
        QTest::newRow("hidden hash") << QStringLiteral(".m_hash.json") << false << false;
        QTest::newRow("hidden preview") << QStringLiteral(".m_preview_0.jpeg") << false << false;
        QTest::newRow("the bare name") << QStringLiteral("m") << false << false;
    }
    void recognisesOnlyOurFiles()
    {
        QFETCH(QString, file);
        QFETCH(bool, ours);
        QFETCH(bool, record);
        const ModelFolder folder(QStringLiteral("/out"), QStringLiteral("m"));
        QCOMPARE(folder.isOurFile(file), ours);
        QCOMPARE(folder.isRecordFile(file), record);
    }

    void aNameWithRegexCharactersIsMatchedLiterally()
    {
        const ModelFolder folder(QStringLiteral("/out"), QStringLiteral("a.b+(c)"));
        QVERIFY(folder.isOurFile(QStringLiteral("a.b+(c)_hash.json")));
        QVERIFY(!folder.isOurFile(QStringLiteral("aXb+(c)_hash.json")));
        QVERIFY(folder.isRecordFile(QStringLiteral("a.b+(c)_hash.json")));
    }

    void listsThePreviewsOnDiskByIndex_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("m");
        QTest::newRow("wildcards") << QStringLiteral("x [v2] *");
        QTest::newRow("our infix in the name") << QStringLiteral("a_preview_1");
    }
    void listsThePreviewsOnDiskByIndex()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ModelFolder folder(dir.path(), name);
        const QString base = folder.path() + QLatin1Char('/') + name;
        for (const QString &suffix :
             { QStringLiteral("_preview_10.png"), QStringLiteral("_preview_0.jpeg"),
               QStringLiteral("_preview_0.json"), QStringLiteral("_preview_0.json.AbC123"),
               QStringLiteral("_preview_2.mp4"), QStringLiteral("_preview_2.JPG"),
               QStringLiteral("_preview_x.png"), QStringLiteral("_hash.json") })
            QVERIFY(touch(base + suffix));
        QVERIFY(touch(folder.previewPart(1)));
        QVERIFY(touch(folder.path() + QStringLiteral("/other_preview_1.jpeg")));
        QVERIFY(touch(folder.path() + QStringLiteral("/") + name
                      + QStringLiteral("_preview_1_preview_5.jpeg"))); // another name's, not ours

        const QList<ModelFolder::Preview> previews = folder.previews();
        QStringList found;
        for (const ModelFolder::Preview &preview : previews)
            found.append(QStringLiteral("%1 %2")
                             .arg(preview.index)
                             .arg(QFileInfo(preview.path).fileName().mid(name.size())));
        QCOMPARE(found,
                 QStringList(
                     { QStringLiteral("0 _preview_0.jpeg"), QStringLiteral("2 _preview_2.JPG"),
                       QStringLiteral("2 _preview_2.mp4"), QStringLiteral("10 _preview_10.png") }));
        QCOMPARE(folder.previewFiles(2),
                 QStringList({ base + QStringLiteral("_preview_2.JPG"),
                               base + QStringLiteral("_preview_2.mp4") }));
        QVERIFY(folder.previewFiles(1).isEmpty()); // only a partial download
        QVERIFY(folder.previewFiles(5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchiveLayout)
#include "tst_archivelayout.moc"
