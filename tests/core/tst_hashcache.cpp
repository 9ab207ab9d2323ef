#include "core/hashcache.h"
#include "processmemory.h"
#include "safetensorsfactory.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Sha
    = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

} // namespace

class TestHashCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughItsFile()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("a.safetensors"));
        QVERIFY(SafetensorsFactory::write(model, "data"));
        const FileIdentity identity = FileIdentity::of(model);
        QVERIFY(identity.isValid());

        HashCache cache(dir.path());
        cache.insert(model, identity, Sha);
        QVERIFY(cache.isDirty());
        QVERIFY(cache.save());
        QVERIFY(!cache.isDirty());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("hash_cache.json"))));

        HashCache loaded(dir.path());
        QVERIFY(loaded.load());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.lookup(model, identity).value_or(QString()), Sha);
    }

    void writesBackWhatItReadByteForByte()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hash_cache.json"));
        const QByteArray text = "{\n"
                                "    \"entries\": [\n"
                                "        {\n"
                                "            \"device\": \"2049\",\n"
                                "            \"inode\": \"18446744073709551615\",\n"
                                "            \"mtime_ns\": \"1700000000123456789\",\n"
                                "            \"path\": \"/m/a.safetensors\",\n"
                                "            \"sha256\": \""
            + Sha.toLatin1()
            + "\",\n"
              "            \"size\": \"4\"\n"
              "        }\n"
              "    ],\n"
              "    \"version\": 1\n"
              "}";
        QVERIFY(SafetensorsFactory::write(file, text));
        HashCache cache(dir.path());
        QVERIFY(cache.load());
        QVERIFY(!cache.isDirty());
        QVERIFY(QFile::remove(file));
        QVERIFY(cache.save());
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), text);
    }

    void missesWhenTheFileChanged()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("a.safetensors"));
        QVERIFY(SafetensorsFactory::write(model, "data"));
        HashCache cache(dir.path());
        cache.insert(model, FileIdentity::of(model), Sha);

        FileIdentity touched = FileIdentity::of(model);
        touched.modifiedNs += 1;
        QVERIFY(!cache.lookup(model, touched));
        FileIdentity grown = FileIdentity::of(model);
        grown.size += 1;
        QVERIFY(!cache.lookup(model, grown));
    }

    void followsAFileThatWasMoved()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("old name.safetensors"));
        const QString after = dir.filePath(QStringLiteral("sorted/new name.safetensors"));
        QVERIFY(SafetensorsFactory::write(before, "data"));
        HashCache cache(dir.path());
        cache.insert(before, FileIdentity::of(before), Sha);

        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sorted")));
        QVERIFY(QFile::rename(before, after));
        QCOMPARE(cache.lookup(after, FileIdentity::of(after)).value_or(QString()), Sha);
    }

    // Through the journal and the whole file; forgotten when the file changed or moved.

    // A hash is kept once per identity, and the paths of one file share it; without an inode
    // an identity is only size, time and device, and two files may have the same one.
    void keepsTheHashesOfFilesWithoutAnInodeApart()
    {
        const QString other
            = QStringLiteral("fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210");
        const FileIdentity noInode { 4096, 1700000000123456789, 2049, 0 };
        const FileIdentity linked { 4096, 1700000000123456789, 2049, 77 };
        QTemporaryDir dir;
        {
            HashCache cache(dir.path());
            cache.insert(QStringLiteral("/fat/a.safetensors"), noInode, Sha);
            cache.insert(QStringLiteral("/fat/b.safetensors"), noInode, other);
            cache.insert(QStringLiteral("/m/link one.safetensors"), linked, Sha);
            cache.insert(QStringLiteral("/m/link two.safetensors"), linked, Sha);
            cache.follow(QStringLiteral("/fat/b.safetensors"), QStringLiteral("/fat/c.safetensors"),
                         noInode);
            QVERIFY(cache.saveChanges());
        }
        for (const bool compacted : { false, true }) {
            HashCache cache(dir.path());
            QVERIFY(cache.load());
            QCOMPARE(cache.size(), 4);
            QCOMPARE(cache.lookup(QStringLiteral("/fat/a.safetensors"), noInode), Sha);
            QCOMPARE(cache.lookup(QStringLiteral("/fat/c.safetensors"), noInode), other);
            QVERIFY(!cache.lookup(QStringLiteral("/fat/b.safetensors"), noInode));
            QVERIFY(!cache.lookup(QStringLiteral("/fat/elsewhere.safetensors"), noInode));
            QCOMPARE(cache.lookup(QStringLiteral("/m/link two.safetensors"), linked), Sha);
            QCOMPARE(cache.lookup(QStringLiteral("/m/moved.safetensors"), linked), Sha);
            if (!compacted)
                QVERIFY(cache.compact());
        }
    }
    void remembersTheHashFileItWasToldOf()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("a.safetensors"));
        const QString other = dir.filePath(QStringLiteral("b.safetensors"));
        QVERIFY(SafetensorsFactory::write(model, "data"));
        QVERIFY(SafetensorsFactory::write(other, "more data"));
        const FileIdentity identity = FileIdentity::of(model);
        const quint64 hashFile = FileIdentity { 171, 1700000000123456789, 2049, 77 }.digest();
        HashCache cache(dir.path());
        cache.insert(other, FileIdentity::of(other), Sha);
        QVERIFY(cache.save());
        cache.insert(model, identity, Sha, hashFile);
        QVERIFY(cache.saveChanges());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("hash_cache.json.journal"))));

        for (const bool compacted : { false, true }) {
            HashCache loaded(dir.path());
            QVERIFY(loaded.load());
            quint64 known = 0;
            QCOMPARE(loaded.lookup(model, identity, &known).value_or(QString()), Sha);
            QCOMPARE(known, hashFile);
            QVERIFY(loaded.lookup(other, FileIdentity::of(other), &known));
            QCOMPARE(known, 0U);
            if (!compacted)
                QVERIFY(loaded.compact());
        }

        HashCache loaded(dir.path());
        QVERIFY(loaded.load());
        FileIdentity touched = identity;
        touched.modifiedNs += 1;
        quint64 known = hashFile;
        QVERIFY(!loaded.lookup(model, touched, &known));
        QCOMPARE(known, 0U);
        const QString moved = dir.filePath(QStringLiteral("renamed.safetensors"));
        loaded.follow(model, moved, identity); // its hash file names the old name
        known = hashFile;
        QCOMPARE(loaded.lookup(moved, identity, &known).value_or(QString()), Sha);
        QCOMPARE(known, 0U);
    }

    void startsEmptyFromADamagedFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hash_cache.json"));
        QVERIFY(SafetensorsFactory::write(file, "{\"version\": 1, \"entries\": [tru"));
        HashCache cache(dir.path());
        QString error;
        QVERIFY(!cache.load(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(cache.size(), 0);
    }

    void skipsMalformedEntries()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hash_cache.json"));
        QVERIFY(SafetensorsFactory::write(file, R"({"version": 1, "entries": [
            {"path": "/a", "size": "4", "mtime_ns": "1", "device": "1", "inode": "2", "sha256": "not a hash"},
            {"path": "/b", "size": "4", "mtime_ns": "1", "device": "1", "inode": "3", "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}]})"));
        HashCache cache(dir.path());
        QVERIFY(cache.load());
        QCOMPARE(cache.size(), 1);
    }

    // A save during a run appends what changed; hash_cache.json is written whole only at the end
    // (or once the journal has grown as large as the cache).
    void savesOnlyTheChangesUntilCompacted()
    {
        QTemporaryDir dir;
        const QString cacheFile = dir.filePath(QStringLiteral("hash_cache.json"));
        const QString journal = cacheFile + QStringLiteral(".journal");
        QList<QString> models;
        for (int i = 0; i < 3; ++i) {
            models.append(dir.filePath(QStringLiteral("m%1.safetensors").arg(i)));
            QVERIFY(SafetensorsFactory::write(models.last(), QByteArray(i + 1, 'x')));
        }
        HashCache cache(dir.path());
        cache.insert(models[0], FileIdentity::of(models[0]), Sha);
        QVERIFY(cache.saveChanges()); // no hash_cache.json yet: written whole
        QVERIFY(!QFile::exists(journal));
        const QByteArray whole = readAll(cacheFile);
        cache.insert(models[1], FileIdentity::of(models[1]), Sha);
        QVERIFY(cache.saveChanges());
        cache.insert(models[2], FileIdentity::of(models[2]), Sha);
        QVERIFY(cache.saveChanges());
        QVERIFY(!cache.isDirty());
        QCOMPARE(readAll(cacheFile), whole);
        QCOMPARE(readAll(journal).count('\n'), 2);

        // A crash cut the last append short: the entries before it are kept.
        QFile cut(journal);
        QVERIFY(cut.open(QIODevice::Append));
        cut.write("{\"path\":\"/m/torn.safetensors\",\"size\":\"1");
        cut.close();
        HashCache loaded(dir.path());
        QVERIFY(loaded.load());
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded.lookup(models[2], FileIdentity::of(models[2])).value_or(QString()), Sha);

        QVERIFY(loaded.compact());
        QVERIFY(!QFile::exists(journal));
        HashCache compacted(dir.path());
        QVERIFY(compacted.load());
        QCOMPARE(compacted.size(), 3);
    }

    // 100,000 entries are held for a whole run: each costs its path, its hash and little more.
    void holdsEntriesInLittleMoreThanTheirText()
    {
#ifdef Q_OS_LINUX
        constexpr int Entries = 100000;
        QTemporaryDir dir;
        HashCache cache(dir.path());
        QStringList paths;
        for (int i = 0; i < Entries; ++i)
            paths.append(QStringLiteral("/models/%1/lora_%2.safetensors").arg(i / 1000).arg(i));
        const QString sha256 = QString(64, QLatin1Char('a')); // one string: its text not counted
        const qint64 before = ProcessMemory::kib("VmRSS");
        for (int i = 0; i < Entries; ++i) {
            const FileIdentity identity { 4096 + i, 1700000000123456789 + i, 2049,
                                          quint64(1000000 + i) };
            cache.insert(paths.at(i), identity, sha256);
        }
        const qint64 perEntry = (ProcessMemory::kib("VmRSS") - before) * 1024 / Entries;
        qInfo("%lld bytes per entry beside its path and hash", perEntry);
        QCOMPARE(cache.size(), Entries);
        QVERIFY2(perEntry < 260, qPrintable(QStringLiteral("%1 bytes").arg(perEntry)));
#else
        QSKIP("memory is read from /proc/self/status");
#endif
    }

    // hash_cache.json of 100,000 entries is written at the end of a run: its text, not a JSON
    // document of every entry beside it.
    void savesInMemoryOfAboutItsText()
    {
#ifdef Q_OS_LINUX
        constexpr int Entries = 100000;
        QTemporaryDir dir;
        HashCache cache(dir.path());
        for (int i = 0; i < Entries; ++i)
            cache.insert(QStringLiteral("/models/%1/lora_%2.safetensors").arg(i / 1000).arg(i),
                         { 4096 + i, 1700000000123456789 + i, 2049, quint64(1000000 + i) }, Sha);
        QVERIFY(ProcessMemory::resetPeak());
        const qint64 before = ProcessMemory::kib("VmRSS");
        QVERIFY(cache.compact());
        const qint64 grown = ProcessMemory::kib("VmHWM") - before;
        const qint64 text
            = QFileInfo(dir.filePath(QStringLiteral("hash_cache.json"))).size() / 1024;
        qInfo("hash_cache.json %lld KiB, peak memory grew %lld KiB while saving", text, grown);
        QVERIFY2(grown < 2 * text, qPrintable(QStringLiteral("%1 KiB").arg(grown)));
        HashCache loaded(dir.path());
        QVERIFY(loaded.load());
        QCOMPARE(loaded.size(), Entries);
#else
        QSKIP("memory is read from /proc/self/status");
#endif
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestHashCache)
#include "tst_hashcache.moc"
