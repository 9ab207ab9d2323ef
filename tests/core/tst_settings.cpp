#include "core/modelscanner.h"
#include "core/runoptions.h"
#include "core/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class TestSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    void writeRaw(const QByteArray &ini)
    {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ini);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("settings-%1.ini")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_file);
    }

    void givesDefaultsWhenNothingIsStored()
    {
        const Settings settings(m_file);
        QCOMPARE(settings.value(Settings::MinPauseSeconds), 3.0);
        QCOMPARE(settings.value(Settings::MaxPauseSeconds), 6.0);
        QCOMPARE(settings.value(Settings::HashThreads), 0);
        QCOMPARE(settings.value(Settings::PreviewDownloads), 4);
        QCOMPARE(settings.value(Settings::Extensions), ModelScanner::defaultExtensions());
        QCOMPARE(settings.value(Settings::ApiBases),
                 (QStringList { QStringLiteral("https://civitai.red"),
                                QStringLiteral("https://civitai.com") }));
        QCOMPARE(settings.value(Settings::Language), QString());
        QCOMPARE(settings.value(Settings::AppTheme), Settings::Theme::System);
    }

    void keepsValuesAcrossInstances()
    {
        {
            Settings settings(m_file);
            QVERIFY(settings.setValue(Settings::MinPauseSeconds, 1.5));
            QVERIFY(settings.setValue(Settings::MaxPauseSeconds, 9.0));
            QVERIFY(settings.setValue(Settings::HashThreads, 8));
            QVERIFY(settings.setValue(Settings::Extensions,
                                      QStringList { QStringLiteral("safetensors") }));
            QVERIFY(settings.setValue(
                Settings::Extensions,
                QStringList { QStringLiteral("safetensors"), QStringLiteral("gguf") }));
            QVERIFY(settings.setValue(Settings::ApiBases,
                                      QStringList { QStringLiteral("http://127.0.0.1:8080/mirror"),
                                                    QStringLiteral("https://civitai.com") }));
            QVERIFY(settings.setValue(Settings::Language, QStringLiteral("zh_CN")));
            QVERIFY(settings.setValue(Settings::AppTheme, Settings::Theme::Dark));
            QVERIFY(settings.sync());
        }
        const Settings reread(m_file);
        QCOMPARE(reread.value(Settings::MinPauseSeconds), 1.5);
        QCOMPARE(reread.value(Settings::MaxPauseSeconds), 9.0);
        QCOMPARE(reread.value(Settings::HashThreads), 8);
        QCOMPARE(reread.value(Settings::Extensions),
                 (QStringList { QStringLiteral("safetensors"), QStringLiteral("gguf") }));
        QCOMPARE(reread.value(Settings::ApiBases),
                 (QStringList { QStringLiteral("http://127.0.0.1:8080/mirror"),
                                QStringLiteral("https://civitai.com") }));
        QCOMPARE(reread.value(Settings::Language), QStringLiteral("zh_CN"));
        QCOMPARE(reread.value(Settings::AppTheme), Settings::Theme::Dark);
    }

    void storesEnumsByName()
    {
        {
            Settings settings(m_file);
            settings.setValue(Settings::AppTheme, Settings::Theme::Light);
        }
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains("theme=Light"), "the theme is stored as its name");
    }

    void keepsASingleExtensionAsAList()
    {
        {
            Settings settings(m_file);
            settings.setValue(Settings::Extensions, QStringList { QStringLiteral("gguf") });
        }
        const Settings reread(m_file);
        QCOMPARE(reread.value(Settings::Extensions), QStringList { QStringLiteral("gguf") });
    }

    void refusesInvalidValues_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("negative pause") << 0;
        QTest::newRow("pause over an hour") << 1;
        QTest::newRow("too many threads") << 2;
        QTest::newRow("no extensions") << 3;
        QTest::newRow("extension with a slash") << 4;
        QTest::newRow("ftp api base") << 5;
        QTest::newRow("api base without host") << 6;
        QTest::newRow("language path") << 7;
        QTest::newRow("no preview downloads") << 8;
        QTest::newRow("too many preview downloads") << 9;
    }

    void refusesInvalidValues()
    {
        QFETCH(int, which);
        Settings settings(m_file);
        bool accepted = true;
        switch (which) {
        case 0:
            accepted = settings.setValue(Settings::MinPauseSeconds, -1.0);
            QCOMPARE(settings.value(Settings::MinPauseSeconds), 3.0);
            break;
        case 1:
            accepted = settings.setValue(Settings::MaxPauseSeconds, 3601.0);
            QCOMPARE(settings.value(Settings::MaxPauseSeconds), 6.0);
            break;
        case 2:
            accepted = settings.setValue(Settings::HashThreads, 65);
            QCOMPARE(settings.value(Settings::HashThreads), 0);
            break;
        case 3:
            accepted = settings.setValue(Settings::Extensions, QStringList());
            QCOMPARE(settings.value(Settings::Extensions), ModelScanner::defaultExtensions());
            break;
        case 4:
            accepted
                = settings.setValue(Settings::Extensions, QStringList { QStringLiteral("../x") });
            break;
        case 5:
            accepted = settings.setValue(Settings::ApiBases,
                                         QStringList { QStringLiteral("https://civitai.red"),
                                                       QStringLiteral("ftp://civitai.com") });
            break;
        case 6:
            accepted
                = settings.setValue(Settings::ApiBases, QStringList { QStringLiteral("https://") });
            break;
        case 7:
            accepted = settings.setValue(Settings::Language, QStringLiteral("../../etc"));
            break;
        case 8:
            accepted = settings.setValue(Settings::PreviewDownloads, 0);
            break;
        case 9:
            accepted = settings.setValue(Settings::PreviewDownloads, 7);
            QCOMPARE(settings.value(Settings::PreviewDownloads), 4);
            break;
        }
        QVERIFY(!accepted);
    }

    void fallsBackToDefaultsForBadStoredValues()
    {
        writeRaw("[requests]\n"
                 "minPauseSeconds=soon\n"
                 "maxPauseSeconds=-4\n"
                 "[files]\n"
                 "hashThreads=lots\n"
                 "extensions=\"../evil, safetensors\"\n"
                 "[advanced]\n"
                 "apiBases=file:///etc/passwd\n"
                 "[appearance]\n"
                 "language=../../x\n"
                 "theme=Purple\n");
        const Settings settings(m_file);
        QCOMPARE(settings.value(Settings::MinPauseSeconds), 3.0);
        QCOMPARE(settings.value(Settings::MaxPauseSeconds), 6.0);
        QCOMPARE(settings.value(Settings::HashThreads), 0);
        QCOMPARE(settings.value(Settings::Extensions), ModelScanner::defaultExtensions());
        QCOMPARE(*Settings::parseApiBases(settings.value(Settings::ApiBases)),
                 RunOptions::defaultApiBases());
        QCOMPARE(settings.value(Settings::Language), QString());
        QCOMPARE(settings.value(Settings::AppTheme), Settings::Theme::System);
    }

    void readsHandWrittenGoodValues()
    {
        writeRaw("[requests]\nminPauseSeconds=0.5\n[files]\nhashThreads=2\n"
                 "extensions=safetensors, ckpt\n[appearance]\ntheme=Dark\n");
        const Settings settings(m_file);
        QCOMPARE(settings.value(Settings::MinPauseSeconds), 0.5);
        QCOMPARE(settings.value(Settings::HashThreads), 2);
        QCOMPARE(settings.value(Settings::Extensions),
                 (QStringList { QStringLiteral("safetensors"), QStringLiteral("ckpt") }));
        QCOMPARE(settings.value(Settings::AppTheme), Settings::Theme::Dark);
    }

    void resetGoesBackToTheDefault()
    {
        Settings settings(m_file);
        settings.setValue(Settings::HashThreads, 4);
        settings.reset(Settings::HashThreads);
        QCOMPARE(settings.value(Settings::HashThreads), 0);
    }

    void appliesToRunOptions()
    {
        Settings settings(m_file);
        settings.setValue(Settings::MinPauseSeconds, 0.25);
        settings.setValue(Settings::MaxPauseSeconds, 2.5);
        settings.setValue(Settings::HashThreads, 3);
        settings.setValue(Settings::PreviewDownloads, 6);
        settings.setValue(Settings::Extensions,
                          QStringList { QStringLiteral("safetensors"), QStringLiteral("pt") });
        settings.setValue(Settings::ApiBases, QStringList { QStringLiteral("http://127.0.0.1:9") });

        RunOptions options;
        options.apiKey = QStringLiteral("untouched");
        options.onlyNew = true;
        settings.applyTo(options);
        QCOMPARE(options.minPause, 250ms);
        QCOMPARE(options.maxPause, 2500ms);
        QCOMPARE(options.hashThreads, 3);
        QCOMPARE(options.previewDownloads, 6);
        QCOMPARE(options.extensions,
                 (QStringList { QStringLiteral("safetensors"), QStringLiteral("pt") }));
        QCOMPARE(options.apiBases, QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:9")) });
        QCOMPARE(options.apiKey, QStringLiteral("untouched")); // never from the settings
        QVERIFY(options.onlyNew);
    }

    // The window and the command line read $CIVITAI_API_BASE here, and both refuse the same.
    void takesTheApiBaseFromTheEnvironment()
    {
        Settings settings(m_file);
        settings.setValue(Settings::ApiBases, QStringList { QStringLiteral("http://127.0.0.1:9") });
        qputenv("CIVITAI_API_BASE", "http://127.0.0.1:7");
        RunOptions options;
        settings.applyTo(options);
        QCOMPARE(options.apiBases, QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:7")) });

        qputenv("CIVITAI_API_BASE", "ftp://127.0.0.1:7");
        QString error;
        QCOMPARE(Settings::environmentApiBases(&error), std::nullopt);
        QVERIFY(error.contains(QLatin1String("CIVITAI_API_BASE")));
        settings.applyTo(options);
        QCOMPARE(options.apiBases, QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:9")) });

        qunsetenv("CIVITAI_API_BASE");
        error.clear();
        QCOMPARE(Settings::environmentApiBases(&error), std::nullopt);
        QVERIFY(error.isEmpty());
    }

    void takesAListOfApiHostsFromTheEnvironment()
    {
        qputenv("CIVITAI_API_BASE", " http://127.0.0.1:7 , http://127.0.0.1:8");
        RunOptions options;
        Settings(m_file).applyTo(options);
        qunsetenv("CIVITAI_API_BASE");
        QCOMPARE(options.apiBases,
                 (QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:7")),
                                QUrl(QStringLiteral("http://127.0.0.1:8")) }));
    }

    // An address stored before the list: the old default gives way to the new list (it leaves
    // mature models out), a mirror the user chose stays.
    void replacesTheOldDefaultApiBaseButKeepsAMirror()
    {
        writeRaw("[advanced]\napiBase=https://civitai.com\n");
        RunOptions options;
        Settings(m_file).applyTo(options);
        QCOMPARE(options.apiBases, RunOptions::defaultApiBases());
        writeRaw("[advanced]\napiBase=http://127.0.0.1:9\n");
        Settings(m_file).applyTo(options);
        QCOMPARE(options.apiBases, QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:9")) });
    }

    void appliesDefaultsLikeTheCommandLine()
    {
        const Settings settings(m_file);
        RunOptions options;
        options.hashThreads = 7;
        settings.applyTo(options);
        const RunOptions fresh;
        QCOMPARE(options.minPause, fresh.minPause);
        QCOMPARE(options.maxPause, fresh.maxPause);
        QCOMPARE(options.hashThreads, 0);
        QCOMPARE(options.extensions, fresh.extensions);
        QCOMPARE(options.apiBases, fresh.apiBases);
    }

    void takesTheMinimumWhenTheMaximumIsBelowIt()
    {
        Settings settings(m_file);
        settings.setValue(Settings::MinPauseSeconds, 5.0);
        settings.setValue(Settings::MaxPauseSeconds, 1.0);
        RunOptions options;
        settings.applyTo(options);
        QCOMPARE(options.minPause, 5000ms);
        QCOMPARE(options.maxPause, 5000ms);
    }

    void neverStoresAnApiKey()
    {
        Settings settings(m_file);
        RunOptions options;
        options.apiKey = QStringLiteral("secret-key-123");
        settings.setValue(Settings::Language, QStringLiteral("fr"));
        settings.applyTo(options);
        QVERIFY(settings.sync());
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("language=fr"));
        QVERIFY(!written.contains("secret-key-123"));
        QVERIFY(!written.toLower().contains("apikey"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
