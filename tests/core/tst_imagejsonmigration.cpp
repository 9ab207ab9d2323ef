// --generateimagejson: <name>_preview_N.json next to each preview of an old archive, from the
// archived model-version data, and nothing for a preview that is not there.
#include "collectionfolder.h"
#include "core/imagejsonmigration.h"
#include "core/jsonfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestImageJsonMigration final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    static bool put(const QString &path, const QByteArray &bytes)
    {
        return QDir().mkpath(QFileInfo(path).path()) && JsonFile::write(path, bytes);
    }

    static QJsonObject image(int id)
    {
        return {
            { QStringLiteral("id"), id },
            { QStringLiteral("url"), QStringLiteral("https://image.civitai.com/%1.jpeg").arg(id) },
            { QStringLiteral("meta"),
              QJsonObject { { QStringLiteral("prompt"), QStringLiteral("prompt %1").arg(id) } } }
        };
    }

    // An archive folder as the Python tool before v1.3 left it: the version data and some of its
    // previews, without their JSON.
    void writeOldFolder(const QString &name, const QJsonArray &images, const QStringList &previews)
    {
        const QString folder = m_folder.output(name + QLatin1Char('/'));
        QVERIFY(put(folder + name + QStringLiteral("_civitai_model_version.json"),
                    QJsonDocument(QJsonObject { { QStringLiteral("images"), images } }).toJson()));
        for (const QString &preview : previews)
            QVERIFY(put(folder + name + preview, QByteArray("preview bytes")));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void writesTheJsonOfEachPreviewThatExists()
    {
        writeOldFolder(QStringLiteral("lighthouse"), { image(10), image(11), image(12) },
                       { QStringLiteral("_preview_0.jpeg"), QStringLiteral("_preview_2.mp4") });
        QStringList errors;
        QCOMPARE(ImageJsonMigration::run(m_folder.output(), &errors), 2);
        QCOMPARE(errors, QStringList());
        QCOMPARE(*JsonFile::readObject(
                     m_folder.output(QStringLiteral("lighthouse/lighthouse_preview_0.json"))),
                 image(10));
        QCOMPARE(*JsonFile::readObject(
                     m_folder.output(QStringLiteral("lighthouse/lighthouse_preview_2.json"))),
                 image(12));
        QVERIFY(!QFile::exists(
            m_folder.output(QStringLiteral("lighthouse/lighthouse_preview_1.json"))));
    }

    void aPreviewsJsonIsNotAPreview()
    {
        writeOldFolder(QStringLiteral("m"), { image(1) }, { QStringLiteral("_preview_0.json") });
        QStringList errors;
        QCOMPARE(ImageJsonMigration::run(m_folder.output(), &errors), 0);
        QFile json(m_folder.output(QStringLiteral("m/m_preview_0.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.readAll(), QByteArray("preview bytes")); // not overwritten
    }

    void skipsFoldersWithoutVersionDataAndReportsUnreadableOnes()
    {
        QVERIFY(
            put(m_folder.output(QStringLiteral("local/local_preview_0.jpeg")), QByteArray("x")));
        QVERIFY(put(m_folder.output(QStringLiteral("broken/broken_civitai_model_version.json")),
                    QByteArray("{ not json")));
        QVERIFY(
            put(m_folder.output(QStringLiteral("broken/broken_preview_0.jpeg")), QByteArray("x")));
        writeOldFolder(QStringLiteral("good"), { image(7) }, { QStringLiteral("_preview_0.png") });
        QStringList errors;
        QCOMPARE(ImageJsonMigration::run(m_folder.output(), &errors), 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(QLatin1String("broken_civitai_model_version.json")),
                 qPrintable(errors.constFirst()));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("local/local_preview_0.json"))));
        QVERIFY(!QFile::exists(m_folder.output(QStringLiteral("broken/broken_preview_0.json"))));
        QVERIFY(QFile::exists(m_folder.output(QStringLiteral("good/good_preview_0.json"))));
    }

    void writesNothingTwice()
    {
        writeOldFolder(QStringLiteral("m"), { image(1) }, { QStringLiteral("_preview_0.jpeg") });
        QStringList errors;
        QCOMPARE(ImageJsonMigration::run(m_folder.output(), &errors), 1);
        const QString json = m_folder.output(QStringLiteral("m/m_preview_0.json"));
        const QDateTime written = QFileInfo(json).lastModified();
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(written.addSecs(-3600), QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(ImageJsonMigration::run(m_folder.output(), &errors), 1);
        QCOMPARE(QFileInfo(json).lastModified(), written.addSecs(-3600)); // same bytes: untouched
    }
};

QTEST_GUILESS_MAIN(TestImageJsonMigration)
#include "tst_imagejsonmigration.moc"
