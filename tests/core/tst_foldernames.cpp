#include "core/foldernames.h"
#include "core/jsonfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TestFolderNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Expected values are what the Python tool's sanitize_filename returns for the same input.
    void sanitizesLikeThePythonTool_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seed roadmap name")
            << QStringLiteral(
                   "[FLUX.1 [dev] - LoRa] [Style] 'True Real Photography' [SPECTRUM #0001]")
            << QStringLiteral("FLUX_1_dev_-_LoRa_Style_True_Real_Photography_SPECTRUM_0001");
        QTest::newRow("dots and spaces")
            << QStringLiteral("my lora v1.0") << QStringLiteral("my_lora_v1_0");
        QTest::newRow("emoji") << QStringLiteral("emoji 🔥 style") << QStringLiteral("emoji_style");
        QTest::newRow("percent") << QStringLiteral("100% real") << QStringLiteral("100_real");
        QTest::newRow("hash") << QStringLiteral("a#b") << QStringLiteral("a_b");
        QTest::newRow("edges") << QStringLiteral("__x__") << QStringLiteral("x");
        QTest::newRow("unicode letters stay")
            << QStringLiteral("Ünïcödé-名前_テスト") << QStringLiteral("Ünïcödé-名前_テスト");
        QTest::newRow("combining mark") << QStringLiteral("कि") << QStringLiteral("क");
        QTest::newRow("nothing left") << QStringLiteral("...") << QString();
        QTest::newRow("brackets") << QStringLiteral("(test) {brace}")
                                  << QStringLiteral("test_brace");
        QTest::newRow("quote") << QStringLiteral("quote\"d") << QStringLiteral("quote_d");
        QTest::newRow("windows unsafe")
            << QStringLiteral("a<b>c:d|e?f*g") << QStringLiteral("a_b_c_d_e_f_g");
        QTest::newRow("full-width digits")
            << QStringLiteral("１２３全角") << QStringLiteral("１２３全角");
        QTest::newRow("roman numeral") << QStringLiteral("Ⅻ roman") << QStringLiteral("Ⅻ_roman");
        QTest::newRow("superscript") << QStringLiteral("x²") << QStringLiteral("x²");
    }

    void sanitizesLikeThePythonTool()
    {
        QFETCH(QString, stem);
        QFETCH(QString, expected);
        QCOMPARE(FolderNames::sanitize(stem), expected);
    }

    void repairsUnusableNames()
    {
        QCOMPARE(FolderNames::baseName(QStringLiteral("😀")), QStringLiteral("unnamed_model"));
        QCOMPARE(FolderNames::baseName(QStringLiteral("con")), QStringLiteral("con_"));
        const QString longName = FolderNames::baseName(QString(300, QChar(0x540D)));
        QVERIFY(longName.toUtf8().size() <= 180);
        QVERIFY(!longName.isEmpty());
    }

    void givesNamesThatSanitizeAlikeTheirOwnFolders()
    {
        QTemporaryDir dir;
        FolderNames names(dir.path());
        QCOMPARE(names.folderFor(QStringLiteral("/m/a b.safetensors")), QStringLiteral("a_b"));
        QCOMPARE(names.folderFor(QStringLiteral("/m/a_b.safetensors")), QStringLiteral("a_b_2"));
        QCOMPARE(names.folderFor(QStringLiteral("/m/sub/a b.safetensors")),
                 QStringLiteral("a_b_3"));
        QCOMPARE(names.folderFor(QStringLiteral("/m/A B.safetensors")),
                 QStringLiteral("A_B_4")); // case-insensitive file systems
        QCOMPARE(names.folderFor(QStringLiteral("/m/a b.safetensors")), QStringLiteral("a_b"));
    }

    void keepsEarlierAssignmentsWhenNewNamesArrive()
    {
        QTemporaryDir dir;
        FolderNames first(dir.path());
        first.folderFor(QStringLiteral("/m/b/x.safetensors"));
        // A later run finds a file that sorts earlier and sanitizes alike: it must not take x.
        FolderNames second(dir.path(), first.assigned());
        QCOMPARE(second.folderFor(QStringLiteral("/m/a/x.safetensors")), QStringLiteral("x_2"));
        QCOMPARE(second.folderFor(QStringLiteral("/m/b/x.safetensors")), QStringLiteral("x"));
    }

    void adoptsTheSeedsFolderForTheSameFileName()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("my_lora")));
        QVERIFY(JsonFile::write(
            dir.filePath(QStringLiteral("my_lora/my_lora_hash.json")),
            QJsonObject { { QStringLiteral("filename"), QStringLiteral("my lora.safetensors") },
                          { QStringLiteral("hash_value"), QStringLiteral("ab") } }));
        FolderNames names(dir.path());
        // Another file that sanitizes alike does not take the folder of "my lora.safetensors"...
        QCOMPARE(names.folderFor(QStringLiteral("/m/my_lora.safetensors")),
                 QStringLiteral("my_lora_2"));
        // ...the file it was written for does.
        QCOMPARE(names.folderFor(QStringLiteral("/m/my lora.safetensors")),
                 QStringLiteral("my_lora"));
    }
};

QTEST_GUILESS_MAIN(TestFolderNames)
#include "tst_foldernames.moc"
