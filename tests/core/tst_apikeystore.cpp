#include "core/apikeystore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Two CTest registrations run this class (tests/core/CMakeLists.txt):
//  - tst_apikeystore_secretservice: the realKeychain* functions inside a private D-Bus session
//    with an unlocked gnome-keyring and a temporary HOME (tests/support/secretservice-session.sh,
//    which sets CDM_TEST_REAL_KEYCHAIN=1);
//  - tst_apikeystore_nokeychain: the noKeychain* functions with no session bus and no DISPLAY
//    (CDM_TEST_NO_KEYCHAIN=1).
// Run by hand without those, both groups skip: they would touch the desktop's own keychain.
// The Secret Service can take a moment on a fresh keyring; never forever.
#define WAIT_FOR(spy) QTRY_VERIFY_WITH_TIMEOUT((spy).size() >= 1, 20000)

class TestApiKeyStore final : public QObject
{
    Q_OBJECT

private:
    const QString m_key = QStringLiteral("cdm-test-key-5f0e3a9c71b24d8e");

    // Files under `folder` that hold `secret`.
    static QStringList filesContaining(const QString &folder, const QByteArray &secret)
    {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // In clear, or as QtKeychain's plain-text fallback would keep it (base64).
            const QByteArray bytes = file.readAll();
            if (bytes.contains(secret) || bytes.contains(secret.toBase64()))
                found.append(file.fileName());
        }
        return found;
    }

    // The keyring as another process sees it, through libsecret's command-line tool.
    static std::optional<QString> secretToolLookup()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   { QStringLiteral("lookup"), QStringLiteral("user"), ApiKeyStore::KeyName,
                     QStringLiteral("server"), ApiKeyStore::ServiceName });
        if (!tool.waitForFinished(20000) || tool.exitStatus() != QProcess::NormalExit)
            return std::nullopt;
        if (tool.exitCode() != 0)
            return QString(); // not found
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

    static void requireRealKeychain()
    {
        if (qEnvironmentVariable("CDM_TEST_REAL_KEYCHAIN") != QLatin1String("1"))
            QSKIP("needs a private Secret Service: run through ctest "
                  "(tst_apikeystore_secretservice), which needs dbus-run-session and "
                  "gnome-keyring-daemon (Debian: dbus, gnome-keyring)");
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("needs secret-tool (Debian: libsecret-tools) to look into the keyring");
    }

    static void requireNoKeychain()
    {
        if (qEnvironmentVariable("CDM_TEST_NO_KEYCHAIN") != QLatin1String("1"))
            QSKIP("run through ctest (tst_apikeystore_nokeychain), which hides the session bus; "
                  "by hand it would use this desktop's keychain");
    }

private Q_SLOTS:
    void usesTheEnvironmentKeyWhenNoneIsStored()
    {
        qputenv("CIVITAI_API_KEY", "  from-the-environment \n");
        const ApiKeyStore store;
        QCOMPARE(store.key(), QString());
        QCOMPARE(store.storage(), ApiKeyStore::Storage::None);
        QCOMPARE(store.keyForRun(), QStringLiteral("from-the-environment"));
        qunsetenv("CIVITAI_API_KEY");
        QCOMPARE(store.keyForRun(), QString());
    }

    // --- A real Secret Service (gnome-keyring in a private D-Bus session) ---

    void realKeychainStoresLoadsAndRemoves()
    {
        requireRealKeychain();
        QCOMPARE(secretToolLookup(), std::optional<QString>(QString())); // a fresh keyring

        {
            ApiKeyStore store;
            QSignalSpy stored(&store, &ApiKeyStore::stored);
            QSignalSpy failed(&store, &ApiKeyStore::failed);
            store.store(QStringLiteral(" ") + m_key + QStringLiteral(" "));
            QVERIFY(store.isBusy());
            WAIT_FOR(stored);
            QCOMPARE(stored.constFirst().constFirst().value<ApiKeyStore::Storage>(),
                     ApiKeyStore::Storage::Keychain);
            QVERIFY2(store.isKeychainAvailable(), qPrintable(store.keychainError()));
            QCOMPARE(store.key(), m_key);
            QCOMPARE(store.storage(), ApiKeyStore::Storage::Keychain);
            QVERIFY(!store.isBusy());
            QCOMPARE(failed.size(), 0);
        }

        // Another process finds it in the keyring, under our service and key names.
        QCOMPARE(secretToolLookup(), std::optional<QString>(m_key));

        {
            ApiKeyStore fresh;
            QSignalSpy loaded(&fresh, &ApiKeyStore::loaded);
            fresh.load();
            WAIT_FOR(loaded);
            QCOMPARE(loaded.constFirst().at(0).toString(), m_key);
            QCOMPARE(fresh.storage(), ApiKeyStore::Storage::Keychain);
            QCOMPARE(fresh.keyForRun(), m_key);

            QSignalSpy removed(&fresh, &ApiKeyStore::removed);
            fresh.remove();
            WAIT_FOR(removed);
            QCOMPARE(fresh.key(), QString());
            QCOMPARE(fresh.storage(), ApiKeyStore::Storage::None);
        }

        ApiKeyStore afterRemoval;
        QSignalSpy loaded(&afterRemoval, &ApiKeyStore::loaded);
        afterRemoval.load();
        WAIT_FOR(loaded);
        QCOMPARE(loaded.constFirst().at(0).toString(), QString());
        QCOMPARE(afterRemoval.storage(), ApiKeyStore::Storage::None);
        QVERIFY(afterRemoval.isKeychainAvailable());
        QCOMPARE(secretToolLookup(), std::optional<QString>(QString()));
    }

    void realKeychainKeepsTheKeyOutOfFiles()
    {
        requireRealKeychain();
        ApiKeyStore store;
        QSignalSpy stored(&store, &ApiKeyStore::stored);
        store.store(m_key);
        WAIT_FOR(stored);
        QCOMPARE(store.storage(), ApiKeyStore::Storage::Keychain);

        // The wrapper gave us a temporary HOME: the keyring's own (encrypted) file lives there,
        // and nothing may hold the key in clear.
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath()), qPrintable(home));
        QCOMPARE(filesContaining(home, m_key.toUtf8()), QStringList());
        for (const char *variable : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
            const QString folder = qEnvironmentVariable(variable);
            if (!folder.isEmpty())
                QCOMPARE(filesContaining(folder, m_key.toUtf8()), QStringList());
        }

        QSignalSpy removed(&store, &ApiKeyStore::removed);
        store.remove();
        WAIT_FOR(removed);
    }

    void realKeychainReplacesAKey()
    {
        requireRealKeychain();
        ApiKeyStore store;
        QSignalSpy stored(&store, &ApiKeyStore::stored);
        store.store(QStringLiteral("first-key"));
        store.store(m_key); // queued behind the first: the last one wins
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 20000);
        QCOMPARE(secretToolLookup(), std::optional<QString>(m_key));

        QSignalSpy removed(&store, &ApiKeyStore::removed);
        store.store(QString()); // an empty key removes
        WAIT_FOR(removed);
        QCOMPARE(secretToolLookup(), std::optional<QString>(QString()));
    }

    // --- No keychain at all: no session bus, no X11 display ---

    void noKeychainKeepsTheKeyForTheSession_data()
    {
        QTest::addColumn<QByteArray>("busAddress");
        QTest::newRow("no bus address") << QByteArray(); // "Cannot autolaunch D-Bus without X11"
        QTest::newRow("bus address pointing nowhere")
            << QByteArray("unix:path=/nonexistent/cdm-test/bus");
    }

    void noKeychainKeepsTheKeyForTheSession()
    {
        requireNoKeychain();
        QFETCH(QByteArray, busAddress);
        if (busAddress.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress);
        QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));

        QTemporaryDir home;
        QVERIFY(home.isValid());
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral(".local/share"))));

        ApiKeyStore store;
        QSignalSpy stored(&store, &ApiKeyStore::stored);
        QSignalSpy changed(&store, &ApiKeyStore::changed);
        QSignalSpy failed(&store, &ApiKeyStore::failed);
        store.store(m_key);
        WAIT_FOR(stored);
        QCOMPARE(stored.constFirst().constFirst().value<ApiKeyStore::Storage>(),
                 ApiKeyStore::Storage::SessionOnly);
        QVERIFY(!store.isKeychainAvailable());
        qInfo().noquote() << "keychain error shown to the user:" << store.keychainError();
        QVERIFY(store.keychainError().contains(QStringLiteral("No system keychain")));
        QVERIFY(store.keychainError().contains(QStringLiteral("session only")));
        // A sentence for the reader: no raw D-Bus error.
        QVERIFY2(!store.keychainError().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
                     && !store.keychainError().contains(QLatin1String("dbus"), Qt::CaseInsensitive),
                 qPrintable(store.keychainError()));
        QVERIFY(!store.keychainError().contains(m_key));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(failed.size(), 0); // a missing keychain is a state, not a failure

        // Still readable from the same store, for the session.
        QCOMPARE(store.key(), m_key);
        QCOMPARE(store.storage(), ApiKeyStore::Storage::SessionOnly);
        QCOMPARE(store.keyForRun(), m_key);
        QSignalSpy loaded(&store, &ApiKeyStore::loaded);
        store.load();
        WAIT_FOR(loaded);
        QCOMPARE(loaded.constFirst().at(0).toString(), m_key);
        QCOMPARE(loaded.constFirst().at(1).value<ApiKeyStore::Storage>(),
                 ApiKeyStore::Storage::SessionOnly);

        // Nothing on disk: not under HOME (no plain-text fallback), nor a new store's memory.
        QCOMPARE(filesContaining(home.path(), m_key.toUtf8()), QStringList());
        ApiKeyStore other;
        QSignalSpy otherLoaded(&other, &ApiKeyStore::loaded);
        other.load();
        WAIT_FOR(otherLoaded);
        QCOMPARE(other.key(), QString());
        QVERIFY(!other.isKeychainAvailable());

        QSignalSpy removed(&store, &ApiKeyStore::removed);
        store.remove();
        WAIT_FOR(removed);
        QCOMPARE(store.key(), QString());
        QCOMPARE(store.storage(), ApiKeyStore::Storage::None);
    }

    void noKeychainFallsBackToTheEnvironmentKey()
    {
        requireNoKeychain();
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("CIVITAI_API_KEY", "env-key");
        ApiKeyStore store;
        QSignalSpy loaded(&store, &ApiKeyStore::loaded);
        store.load();
        WAIT_FOR(loaded);
        QCOMPARE(store.key(), QString());
        QCOMPARE(store.keyForRun(), QStringLiteral("env-key"));
        QSignalSpy stored(&store, &ApiKeyStore::stored);
        store.store(m_key);
        WAIT_FOR(stored);
        QCOMPARE(store.keyForRun(), m_key); // the key given in the app wins
        qunsetenv("CIVITAI_API_KEY");
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
