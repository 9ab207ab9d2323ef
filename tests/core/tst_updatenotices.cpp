// End to end: the built program against the fake Civitai, where models have a newer version that
// is early access, paid, or of an archived model. Each says so in updates_available.json, on the
// command line and in the gallery, and none is offered as a plain download.
#include "archivefiles.h"
#include "clirun.h"
#include "collectionfolder.h"
#include "core/archivelayout.h"
#include "core/filehasher.h"
#include "core/jsonfile.h"
#include "fakecivitai.h"
#include "safetensorsfactory.h"

#include <QJsonArray>
#include <QTest>

class TestUpdateNotices final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;
    FakeCivitai m_server;

    // A model file whose version `modelId`01 is on Civitai, with `newer` (version `modelId`02)
    // after it; `mode` is the model's.
    void addModelWithNewer(const QString &name, int modelId, const QJsonObject &gate,
                           const QString &mode = {})
    {
        const QByteArray bytes = SafetensorsFactory::build(SafetensorsFactory::loraMetadata(),
                                                           16 * modelId % 4096 + 16);
        QVERIFY(SafetensorsFactory::write(m_folder.models(name + QStringLiteral(".safetensors")),
                                          bytes));
        QJsonObject local
            = m_server.makeVersion(FileHasher::hashBytes(bytes), modelId, modelId * 100 + 1, 0);
        QJsonObject newer = m_server.makeVersion(FileHasher::hashBytes(bytes + "newer"), modelId,
                                                 modelId * 100 + 2, 0);
        for (auto it = gate.begin(); it != gate.end(); ++it)
            newer.insert(it.key(), it.value());
        if (!mode.isEmpty()) {
            QJsonObject model = local.value(QLatin1String("model")).toObject();
            model.insert(QStringLiteral("mode"), mode);
            local.insert(QStringLiteral("model"), model);
        }
        m_server.addVersion(local);
        QJsonObject model = m_server.makeModel(modelId, { newer, local });
        if (!mode.isEmpty())
            model.insert(QStringLiteral("mode"), mode);
        m_server.addModel(model);
    }

    QJsonObject updateOf(const QString &name) const
    {
        const auto file
            = JsonFile::readObject(m_folder.output(ArchiveLayout::updatesAvailableName()));
        const QJsonArray updates
            = file ? file->value(QLatin1String("updates")).toArray() : QJsonArray();
        for (const QJsonValue &update : updates) {
            if (update.toObject().value(QLatin1String("folder")).toString() == name)
                return update.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init() { QVERIFY(m_folder.reset()); }

    void gatedNewerVersionsAreNamedAndNeverOfferedAsADownload()
    {
        const QJsonObject early { { QStringLiteral("availability"), QStringLiteral("EarlyAccess") },
                                  { QStringLiteral("earlyAccessEndsAt"),
                                    QStringLiteral("2099-12-31T12:00:00.000Z") } };
        const QJsonObject paid { { QStringLiteral("availability"), QStringLiteral("Public") },
                                 { QStringLiteral("paidAccess"),
                                   QJsonObject { { QStringLiteral("permanent"), true },
                                                 { QStringLiteral("endsAt"), QJsonValue() } } } };
        addModelWithNewer(QStringLiteral("early"), 71, early);
        addModelWithNewer(QStringLiteral("paid"), 72, paid);
        addModelWithNewer(QStringLiteral("shelved"), 73, {}, QStringLiteral("Archived"));
        addModelWithNewer(QStringLiteral("open"), 74, {});

        CliRun run;
        run.arguments = { QStringLiteral("--all"), m_folder.models(), QStringLiteral("--output"),
                          m_folder.output(), QStringLiteral("--noconfig") };
        run.apiBase = m_server.baseUrl();
        run.workingDir = m_folder.path();
        const CliResult result = run.run();
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));

        // updates_available.json: the old keys stay, ours say why there is no download.
        const QJsonObject earlyEntry = updateOf(QStringLiteral("early"));
        QCOMPARE(earlyEntry.value(QLatin1String("newest_version_id")).toInt(), 7102);
        QCOMPARE(earlyEntry.value(QLatin1String("access")).toString(),
                 QStringLiteral("early_access"));
        QCOMPARE(earlyEntry.value(QLatin1String("access_ends_at")).toString(),
                 QStringLiteral("2099-12-31T12:00:00Z"));
        QCOMPARE(earlyEntry.value(QLatin1String("download_url")).toString(), QString());
        QCOMPARE(earlyEntry.value(QLatin1String("downloadable")).toBool(), false);
        QCOMPARE(updateOf(QStringLiteral("paid")).value(QLatin1String("access")).toString(),
                 QStringLiteral("paid"));
        const QJsonObject shelved = updateOf(QStringLiteral("shelved"));
        QCOMPARE(shelved.value(QLatin1String("model_mode")).toString(), QStringLiteral("archived"));
        QCOMPARE(shelved.value(QLatin1String("download_url")).toString(), QString());
        const QJsonObject open = updateOf(QStringLiteral("open"));
        QCOMPARE(open.value(QLatin1String("access")).toString(), QStringLiteral("public"));
        QVERIFY(open.value(QLatin1String("download_url"))
                    .toString()
                    .endsWith(QLatin1String("/api/download/models/7402")));

        // The command line's list: the label, and the version's page.
        QVERIFY2(result.out.contains(QLatin1String("early.safetensors: v7102 (Early access until "))
                     && result.out.contains(QLatin1String("2099) ")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("paid.safetensors: v7202 (Paid) ")),
                 qPrintable(result.out));
        QVERIFY2(
            result.out.contains(QLatin1String("shelved.safetensors: v7302 (Archived on Civitai) ")),
            qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("/models/71?modelVersionId=7102")),
                 qPrintable(result.out));

        // The gallery: each card and page says it, and links no download of a gated version.
        const QString cards = QString::fromUtf8(readFile(
            m_folder.output(ArchiveLayout::assetsFolderName() + QStringLiteral("/models.js"))));
        QVERIFY2(cards.contains(QLatin1String("Early access until ")), qPrintable(cards));
        QVERIFY2(cards.contains(QLatin1String("\"notice\":\"Paid\"")), qPrintable(cards));
        QVERIFY2(cards.contains(QLatin1String("\"mode\":\"archived\"")), qPrintable(cards));
        const QString earlyPage = QString::fromUtf8(
            readFile(ModelFolder(m_folder.output(), QStringLiteral("early")).page()));
        QVERIFY2(earlyPage.contains(QLatin1String("Early access until ")), qPrintable(earlyPage));
        QVERIFY(!earlyPage.contains(QLatin1String("/api/download/models/7102")));
        const QString shelvedPage = QString::fromUtf8(
            readFile(ModelFolder(m_folder.output(), QStringLiteral("shelved")).page()));
        QVERIFY2(shelvedPage.contains(QLatin1String("Civitai archived this model")),
                 qPrintable(shelvedPage));
        QVERIFY2(!shelvedPage.contains(QLatin1String("/api/download/models/")),
                 qPrintable(shelvedPage));
    }
};

QTEST_GUILESS_MAIN(TestUpdateNotices)
#include "tst_updatenotices.moc"
