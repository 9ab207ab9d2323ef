#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// The Civitai API key, kept in the system keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Manager) through QtKeychain. Every operation is asynchronous and answers
// with a signal. Where no keychain can be reached (no D-Bus session, no Secret Service), the key
// is kept in this object's memory for the session only, and isKeychainAvailable() says so. The
// key is never logged and never written to any file: QtKeychain's plain-text fallback stays off.
class ApiKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    enum class Storage
    {
        None, // no key
        Keychain, // in the system keychain
        SessionOnly // in memory until the program ends
    };
    Q_ENUM(Storage)

    static const QString ServiceName; // "civitai-data-manager"
    static const QString KeyName; // "civitai-api-key"
    static const QString EnvironmentVariable; // "CIVITAI_API_KEY"

    explicit ApiKeyStore(QObject *parent = nullptr);
    ~ApiKeyStore() override;

    void load(); // then loaded()
    void store(const QString &key); // then stored(); an empty key removes
    void remove(); // then removed()

    QString key() const { return m_key; }
    Storage storage() const { return m_storage; }
    bool isBusy() const { return m_pendingJobs > 0; }
    // False once the keychain was found missing; true again after any keychain operation works.
    bool isKeychainAvailable() const { return m_keychainAvailable; }
    // Why the keychain cannot be used, in words for the user; empty while it can.
    QString keychainError() const { return m_keychainError; }

    // The key a run uses: the stored (or session) key, else $CIVITAI_API_KEY.
    QString keyForRun() const;
    static QString environmentKey();

Q_SIGNALS:
    void loaded(const QString &key, ApiKeyStore::Storage storage); // key empty: none
    void stored(ApiKeyStore::Storage storage); // Keychain, or SessionOnly without a keychain
    void removed();
    // An operation the keychain refused (locked, access denied): `message` is for the user.
    void failed(const QString &message);
    void changed(); // key(), storage() or isKeychainAvailable() changed

private:
    enum class Outcome
    {
        Success,
        NotFound,
        Unavailable,
        Refused
    };

    Outcome outcomeOf(const QKeychain::Job *job);
    void startJob(QKeychain::Job *job);
    void finishJob();
    void setState(const QString &key, Storage storage);
    void setAvailable();
    void setUnavailable(const QString &detail);

    QString m_key;
    Storage m_storage = Storage::None;
    bool m_keychainAvailable = true; // until a job says otherwise
    QString m_keychainError;
    int m_pendingJobs = 0;
};
