// The local part of a model's archive: its folder, <name>_hash.json in the Python tool's format,
// <name>_metadata.json from the safetensors header.
#include "collectionfolder.h"
#include "core/archivewriter.h"
#include "core/jsonfile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

class TestArchiveWriter final : public QObject
{
    Q_OBJECT

private:
    CollectionFolder m_folder;

    ModelFolder lighthouse() const
    {
        return ModelFolder(m_folder.output(), QStringLiteral("lighthouse"));
    }

    // A hash file as an earlier run (or the Python tool) left it.
    void writeOldHash(const ModelFolder &folder, const QString &fileName, const QString &sha256)
    {
        QVERIFY(ArchiveWriter::ensureFolder(folder, nullptr));
        QVERIFY(
            JsonFile::write(folder.hashFile(),
                            QJsonObject { { QStringLiteral("hash_type"), QStringLiteral("SHA256") },
                                          { QStringLiteral("hash_value"), sha256 },
                                          { QStringLiteral("filename"), fileName },
                                          { QStringLiteral("timestamp"),
                                            QStringLiteral("2024-01-02T03:04:05.000006") } }));
    }

    QString sha(char digit) const { return QString(64, QLatin1Char(digit)); }

private Q_SLOTS:
    void init() { QVERIFY(m_folder.reset()); }

    void createsTheFolderWithItsParents()
    {
        QString error;
        QVERIFY(ArchiveWriter::ensureFolder(lighthouse(), &error));
        QVERIFY(QFileInfo(lighthouse().path()).isDir());
        QVERIFY(error.isEmpty());
        QVERIFY(ArchiveWriter::ensureFolder(lighthouse(), &error)); // already there
    }

    void saysWhyTheFolderCannotBeCreated()
    {
        QVERIFY(JsonFile::write(m_folder.path(QStringLiteral("a-file")), QByteArray("x")));
        const ModelFolder folder(m_folder.path(QStringLiteral("a-file")), QStringLiteral("m"));
        QString error;
        QVERIFY(!ArchiveWriter::ensureFolder(folder, &error));
        QVERIFY2(error.contains(folder.path()), qPrintable(error));
    }

    void writesTheHashInThePythonToolsFormat()
    {
        QVERIFY(ArchiveWriter::ensureFolder(lighthouse(), nullptr));
        QString error;
        QVERIFY(ArchiveWriter::writeHash(lighthouse(), QStringLiteral("lighthouse.safetensors"),
                                         sha('a'), &error));
        const auto hash = JsonFile::readObject(lighthouse().hashFile());
        QVERIFY(hash);
        QCOMPARE(hash->keys(),
                 (QStringList { QStringLiteral("filename"), QStringLiteral("hash_type"),
                                QStringLiteral("hash_value"), QStringLiteral("timestamp") }));
        QCOMPARE(hash->value(QLatin1String("hash_type")).toString(), QStringLiteral("SHA256"));
        QCOMPARE(hash->value(QLatin1String("hash_value")).toString(), sha('a'));
        QCOMPARE(hash->value(QLatin1String("filename")).toString(),
                 QStringLiteral("lighthouse.safetensors"));
        // Python's datetime.now().isoformat(): local time, no zone.
        QVERIFY(QDateTime::fromString(hash->value(QLatin1String("timestamp")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
    }

    void keepsTheHashFileOfTheSameFileWithItsTimestamp()
    {
        writeOldHash(lighthouse(), QStringLiteral("lighthouse.safetensors"), sha('b'));
        const QByteArray before = [&] {
            QFile file(lighthouse().hashFile());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        // The same hash in upper case is the same hash.
        QVERIFY(ArchiveWriter::writeHash(lighthouse(), QStringLiteral("lighthouse.safetensors"),
                                         sha('B'), nullptr));
        QFile file(lighthouse().hashFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    // Read back without Qt's parser: a name its writer escaped is still the same name.
    void keepsTheHashFileOfAnOddlyNamedFile()
    {
        const QString name = QStringLiteral("a \"quoted\" \\ [name] #1 100% \U0001F600\t.safetensors");
        writeOldHash(lighthouse(), name, sha('b'));
        QVERIFY(ArchiveWriter::writeHash(lighthouse(), name, sha('b'), nullptr));
        QCOMPARE(JsonFile::readObject(lighthouse().hashFile())
                     ->value(QLatin1String("timestamp"))
                     .toString(),
                 QStringLiteral("2024-01-02T03:04:05.000006"));
    }

    void rewritesADamagedHashFile()
    {
        QVERIFY(ArchiveWriter::ensureFolder(lighthouse(), nullptr));
        QFile damaged(lighthouse().hashFile());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"filename\": \"lighthouse.safetensors\", \"hash_value\": \"" + sha('b').toLatin1());
        damaged.close();
        QVERIFY(ArchiveWriter::writeHash(lighthouse(), QStringLiteral("lighthouse.safetensors"),
                                         sha('b'), nullptr));
        QCOMPARE(JsonFile::readObject(lighthouse().hashFile())
                     ->value(QLatin1String("hash_value"))
                     .toString(),
                 sha('b'));
    }

    void rewritesTheHashWhenTheFileOrItsHashChanged()
    {
        writeOldHash(lighthouse(), QStringLiteral("lighthouse.safetensors"), sha('b'));
        QVERIFY(ArchiveWriter::writeHash(lighthouse(), QStringLiteral("lighthouse.safetensors"),
                                         sha('c'), nullptr));
        auto hash = JsonFile::readObject(lighthouse().hashFile());
        QCOMPARE(hash->value(QLatin1String("hash_value")).toString(), sha('c'));
        QVERIFY(hash->value(QLatin1String("timestamp")).toString()
                != QLatin1String("2024-01-02T03:04:05.000006"));

        QVERIFY(ArchiveWriter::writeHash(lighthouse(), QStringLiteral("renamed.safetensors"),
                                         sha('c'), nullptr));
        hash = JsonFile::readObject(lighthouse().hashFile());
        QCOMPARE(hash->value(QLatin1String("filename")).toString(),
                 QStringLiteral("renamed.safetensors"));
    }

    void writesTheMetadataObjectOrElseTheWholeHeader()
    {
        QVERIFY(ArchiveWriter::ensureFolder(lighthouse(), nullptr));
        SafetensorsHeader header;
        header.header = QJsonObject {
            { QStringLiteral("w"),
              QJsonObject { { QStringLiteral("dtype"), QStringLiteral("F32") } } }
        };
        header.metadata
            = QJsonObject { { QStringLiteral("ss_output_name"), QStringLiteral("lighthouse") } };
        header.hasMetadata = true;
        QVERIFY(ArchiveWriter::writeMetadata(lighthouse(), header, nullptr));
        QCOMPARE(*JsonFile::readObject(lighthouse().metadataFile()), header.metadata);

        header.hasMetadata = false;
        QVERIFY(ArchiveWriter::writeMetadata(lighthouse(), header, nullptr));
        QCOMPARE(*JsonFile::readObject(lighthouse().metadataFile()), header.header);
    }

    void createsTheFolderOfANewHash()
    {
        QString error;
        QVERIFY(ArchiveWriter::writeHash(lighthouse(), QStringLiteral("lighthouse.safetensors"),
                                         sha('a'), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(JsonFile::readObject(lighthouse().hashFile())->value(QLatin1String("hash_value")).toString(),
                 sha('a'));
    }

    void failsWithAReasonWhenTheFolderCannotBeCreated()
    {
        QVERIFY(JsonFile::write(m_folder.path(QStringLiteral("a-file")), QByteArray("x")));
        const ModelFolder folder(m_folder.path(QStringLiteral("a-file")), QStringLiteral("m"));
        QString error;
        QVERIFY(!ArchiveWriter::writeHash(folder, QStringLiteral("m.safetensors"), sha('a'),
                                          &error));
        QVERIFY2(error.contains(folder.path()), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestArchiveWriter)
#include "tst_archivewriter.moc"
