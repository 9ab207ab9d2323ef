#include "core/jsonfile.h"
#include "core/statefile.h"
#include "safetensorsfactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a writer hands its sink, whole.
QByteArray collected(const std::function<bool(const JsonFile::Sink &)> &write)
{
    QByteArray text;
    write([&text](QByteArrayView piece) {
        text += piece;
        return true;
    });
    return text;
}

// A state of lines; a file starting with '!' is damaged. Nothing to keep: no file.
class Lines final : public StateFile
{
public:
    explicit Lines(const QString &path)
        : StateFile(path)
    { }

    void add(const QString &line)
    {
        lines.append(line);
        setDirty();
    }

    QStringList lines;
    int unreadableCalls = 0;

private:
    void clear() override { lines.clear(); }
    bool read(QString *error) override
    {
        const QByteArray bytes = readAll(path());
        add(QStringLiteral("read so far")); // a half-read state must not survive a failure
        if (bytes.startsWith('!')) {
            *error = QStringLiteral("damaged");
            return false;
        }
        lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        return true;
    }
    bool keptOnDisk() const override { return !lines.isEmpty(); }
    bool writePieces(const Sink &sink) const override
    {
        return sink(lines.join(QLatin1Char('\n')).toUtf8());
    }
    void unreadable() override { ++unreadableCalls; }
};

class Counter final : public JsonStateFile
{
public:
    explicit Counter(const QString &path)
        : JsonStateFile(path)
    { }

    int count = 0;

private:
    void clear() override { count = 0; }
    bool fromJson(const QJsonObject &root, QString *error) override
    {
        if (!root.value(QLatin1String("count")).isDouble()) {
            *error = QStringLiteral("no count");
            return false;
        }
        count = root.value(QLatin1String("count")).toInt();
        return true;
    }
    QJsonObject toJson() const override { return { { QStringLiteral("count"), count } }; }
};

} // namespace

class TestStateFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("state.txt")); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void aMissingFileIsAnEmptyState()
    {
        Lines state(file());
        state.add(QStringLiteral("before"));
        QVERIFY(state.load());
        QVERIFY(state.lines.isEmpty());
        QVERIFY(!state.isDirty());
        QCOMPARE(state.unreadableCalls, 0);
    }

    void aLoadReplacesTheStateWithNothingDue()
    {
        QVERIFY(SafetensorsFactory::write(file(), "a\nb"));
        Lines state(file());
        state.add(QStringLiteral("before"));
        QVERIFY(state.load());
        QCOMPARE(state.lines, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY(!state.isDirty()); // what was read is what is on disk
    }

    void aDamagedFileIsAnErrorAndAnEmptyState()
    {
        QVERIFY(SafetensorsFactory::write(file(), "!a"));
        Lines state(file());
        QString error;
        QVERIFY(!state.load(&error));
        QCOMPARE(error, QStringLiteral("damaged"));
        QVERIFY(state.lines.isEmpty());
        QVERIFY(!state.isDirty());
        QCOMPARE(state.unreadableCalls, 1);
        QCOMPARE(readAll(file()), QByteArray("!a")); // left for the user to see
    }

    void aSaveWritesTheWholeFileAndIsNoLongerDue()
    {
        QVERIFY(SafetensorsFactory::write(file(), "old and longer"));
        Lines state(file());
        state.add(QStringLiteral("a"));
        state.add(QStringLiteral("b"));
        QVERIFY(state.isDirty());
        QVERIFY(state.save());
        QVERIFY(!state.isDirty());
        QCOMPARE(readAll(file()), QByteArray("a\nb"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("state.txt") }); // no temporary left behind
    }

    // A run frees its state before the gallery: what is on disk stays, also through a save.
    void anUnloadedStateKeepsItsFile()
    {
        QVERIFY(SafetensorsFactory::write(file(), "a\nb"));
        Lines state(file());
        QVERIFY(state.load());
        state.add(QStringLiteral("c"));
        QVERIFY(!state.unload()); // something is due
        QCOMPARE(state.lines.size(), 3);
        QVERIFY(state.save());
        QVERIFY(state.unload());
        QVERIFY(state.lines.isEmpty());
        QVERIFY(state.save());
        QCOMPARE(readAll(file()), QByteArray("a\nb\nc"));
        QVERIFY(state.load());
        QCOMPARE(state.lines.size(), 3);
    }

    void aFailedSaveSaysWhyAndStaysDue()
    {
        QVERIFY(SafetensorsFactory::write(m_dir.filePath(QStringLiteral("a file")), "x"));
        Lines state(m_dir.filePath(QStringLiteral("a file/state.txt")));
        state.add(QStringLiteral("a"));
        QString error;
        QVERIFY(!state.save(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(state.isDirty());
    }

    void nothingToKeepRemovesTheFile()
    {
        QVERIFY(SafetensorsFactory::write(file(), "a"));
        Lines state(file());
        QVERIFY(state.load());
        state.lines.clear();
        QVERIFY(state.save());
        QVERIFY(!QFile::exists(file()));
        QVERIFY(state.save()); // nothing there, nothing to remove
    }

    void aFileThatCannotBeRemovedIsAnError()
    {
        QVERIFY(SafetensorsFactory::write(file() + QStringLiteral("/inside"), "x"));
        Lines state(file());
        state.add(QStringLiteral("a"));
        state.lines.clear();
        QString error;
        QVERIFY(!state.save(&error));
        QVERIFY2(error.contains(file()), qPrintable(error));
        QVERIFY(state.isDirty());
    }

    void aJsonStateIsWrittenAsThePythonToolsJsonDump()
    {
        const QString path = m_dir.filePath(QStringLiteral("state.json"));
        Counter state(path);
        state.count = 3;
        QVERIFY(state.save());
        QCOMPARE(readAll(path), QByteArray("{\n    \"count\": 3\n}"));
        QCOMPARE(readAll(path), JsonFile::format({ { QStringLiteral("count"), 3 } }));

        Counter loaded(path);
        QVERIFY(loaded.load());
        QCOMPARE(loaded.count, 3);
    }

    void aJsonStateRejectsWhatIsNotItsObject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"count\": 3") << QStringLiteral("state.json");
        QTest::newRow("an array") << QByteArray("[3]") << QStringLiteral("state.json");
        QTest::newRow("not ours") << QByteArray("{\"other\": 3}") << QStringLiteral("no count");
    }
    void aJsonStateRejectsWhatIsNotItsObject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(QStringLiteral("state.json"));
        QVERIFY(SafetensorsFactory::write(path, bytes));
        Counter state(path);
        state.count = 7;
        QString why;
        QVERIFY(!state.load(&why));
        QVERIFY2(why.contains(error), qPrintable(why));
        QCOMPARE(state.count, 0);
    }

    // A large state is written a member at a time: the text must be format()'s of the whole.
    void aLargeMemberIsWrittenAsTheWholeDocument()
    {
        const QJsonArray elements {
            QJsonObject {
                { QStringLiteral("path"), QStringLiteral("/m/\"quoted\" \u00e9.safetensors") },
                { QStringLiteral("nested"),
                  QJsonObject { { QStringLiteral("list"), QJsonArray { 1, QStringLiteral("two") } },
                                { QStringLiteral("empty"), QJsonObject() } } } },
            QStringLiteral("a string\nwith a newline"),
            42,
            QJsonArray { true, QJsonValue::Null },
        };
        const QJsonObject root { { QStringLiteral("a"), 1 },
                                 { QStringLiteral("z"), QStringLiteral("last") } };
        for (qsizetype count : { 0, 1, 4 }) {
            QJsonObject whole = root;
            whole.insert(QStringLiteral("m"),
                         QJsonArray::fromVariantList(elements.toVariantList().mid(0, count)));
            QCOMPARE(collected([&](const JsonFile::Sink &sink) {
                         return JsonFile::writeWithArray(sink, root, QStringLiteral("m"), count,
                                                         [&](qsizetype i) { return elements.at(i); });
                     }),
                     JsonFile::format(whole));
            QJsonObject members;
            for (qsizetype i = 0; i < count; ++i)
                members.insert(QStringLiteral("key %1").arg(i), elements.at(i));
            whole.insert(QStringLiteral("m"), members);
            QCOMPARE(collected([&](const JsonFile::Sink &sink) {
                         return JsonFile::writeWithObject(
                             sink, root, QStringLiteral("m"), count, [&](qsizetype i) {
                                 return std::pair { QStringLiteral("key %1").arg(i),
                                                    elements.at(i) };
                             });
                     }),
                     JsonFile::format(whole));
        }
    }

    // Several streamed members (processed_files.json's files and folders): each in its place.
    void severalMembersAreWrittenAsTheWholeDocument()
    {
        const QStringList files { QStringLiteral("/m/a \U0001F600.safetensors"), // in key order
                                  QStringLiteral("/m/b [1] #%.safetensors") };
        const QJsonObject root { { QStringLiteral("last"), QStringLiteral("z") },
                                 { QStringLiteral("b"), 2 } };
        for (qsizetype count : { 0, 1, 2 }) {
            QJsonObject whole = root;
            whole.insert(QStringLiteral("files"), QJsonArray::fromStringList(files.mid(0, count)));
            QJsonObject folders;
            for (qsizetype i = 0; i < count; ++i)
                folders.insert(files.at(i), QStringLiteral("folder %1").arg(i));
            whole.insert(QStringLiteral("folders"), folders);
            const QList<JsonFile::StreamedMember> streamed {
                { QStringLiteral("folders"),
                  count,
                  {},
                  [&](qsizetype i) {
                      return std::pair { files.at(i),
                                         QJsonValue(QStringLiteral("folder %1").arg(i)) };
                  } },
                { QStringLiteral("files"),
                  count,
                  [&](qsizetype i) { return QJsonValue(files.at(i)); },
                  {} },
            };
            QCOMPARE(collected([&](const JsonFile::Sink &sink) {
                         return JsonFile::writeWithMembers(sink, root, streamed);
                     }),
                     JsonFile::format(whole));
        }
    }
};

QTEST_GUILESS_MAIN(TestStateFile)
#include "tst_statefile.moc"
