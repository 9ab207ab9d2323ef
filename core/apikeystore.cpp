#include "core/apikeystore.h"

#include "core/settings.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcApiKey, "cdm.apikey")

const QString ApiKeyStore::ServiceName = QStringLiteral("civitai-data-manager");
const QString ApiKeyStore::KeyName = QStringLiteral("civitai-api-key");
const QString ApiKeyStore::EnvironmentVariable = QStringLiteral("CIVITAI_API_KEY");

namespace {

// For the log: words, not "ApiKeyStore::Storage::None".
const char *storageWords(ApiKeyStore::Storage storage)
{
    switch (storage) {
    case ApiKeyStore::Storage::Keychain:
        return "in the system keychain";
    case ApiKeyStore::Storage::SessionOnly:
        return "for this session only";
    case ApiKeyStore::Storage::None:
        break;
    }
    return "nowhere";
}

// Jobs are not children of the store: QtKeychain's backends call back into a job after D-Bus
// answers, so a job must live until it finishes (it deletes itself then). The store's death only
// drops the callback (the connection's context).
template<typename JobType> JobType *makeJob()
{
    auto *job = new JobType(ApiKeyStore::ServiceName);
    job->setKey(ApiKeyStore::KeyName);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    return job;
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject *parent)
    : QObject(parent)
{ }

ApiKeyStore::~ApiKeyStore() = default;

QString ApiKeyStore::environmentKey()
{
    return Settings::environmentApiKey();
}

QString ApiKeyStore::keyForRun() const
{
    return m_key.isEmpty() ? environmentKey() : m_key;
}

void ApiKeyStore::load()
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>();
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        finishJob();
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (outcomeOf(finished)) {
        case Outcome::Success:
            setState(read->textData().trimmed(), Storage::Keychain);
            break;
        case Outcome::NotFound:
            // A key given earlier in this session (without a keychain) is still the key.
            if (m_storage == Storage::Keychain)
                setState({}, Storage::None);
            break;
        case Outcome::Unavailable:
            if (m_storage == Storage::Keychain)
                setState(m_key, Storage::SessionOnly);
            break;
        case Outcome::Refused:
            //: %1 is the keychain's error message
            Q_EMIT failed(tr("The system keychain did not give the Civitai API key: %1")
                              .arg(finished->errorString()));
            break;
        }
        qCInfo(lcApiKey) << "loaded:" << (m_key.isEmpty() ? "no key" : "a key")
                         << storageWords(m_storage);
        Q_EMIT loaded(m_key, m_storage);
    });
    startJob(job);
}

void ApiKeyStore::store(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty()) {
        remove();
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>();
    job->setTextData(trimmed);
    connect(job, &QKeychain::Job::finished, this, [this, trimmed](QKeychain::Job *finished) {
        finishJob();
        switch (outcomeOf(finished)) {
        case Outcome::Success:
            setState(trimmed, Storage::Keychain);
            break;
        case Outcome::NotFound:
        case Outcome::Unavailable:
            setState(trimmed, Storage::SessionOnly);
            break;
        case Outcome::Refused:
            // Still usable for this session; the user is told the keychain refused.
            setState(trimmed, Storage::SessionOnly);
            //: %1 is the keychain's error message
            Q_EMIT failed(tr("The system keychain did not save the Civitai API key (%1). "
                             "It is kept for this session only.")
                              .arg(finished->errorString()));
            break;
        }
        qCInfo(lcApiKey) << "stored a key:" << storageWords(m_storage);
        Q_EMIT stored(m_storage);
    });
    startJob(job);
}

void ApiKeyStore::remove()
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>();
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        finishJob();
        if (outcomeOf(finished) == Outcome::Refused) {
            //: %1 is the keychain's error message
            Q_EMIT failed(tr("The system keychain did not remove the Civitai API key: %1")
                              .arg(finished->errorString()));
            return;
        }
        setState({}, Storage::None);
        qCInfo(lcApiKey) << "removed the key";
        Q_EMIT removed();
    });
    startJob(job);
}

ApiKeyStore::Outcome ApiKeyStore::outcomeOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        setAvailable();
        return Outcome::Success;
    case QKeychain::EntryNotFound:
        setAvailable();
        return Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is what the Secret Service backend answers when D-Bus itself is missing
        // ("Cannot autolaunch D-Bus without X11 $DISPLAY", no secrets daemon on the bus).
        setUnavailable(job->errorString());
        return Outcome::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    qCWarning(lcApiKey).noquote() << "keychain refused:" << job->error() << job->errorString();
    return Outcome::Refused;
}

void ApiKeyStore::startJob(QKeychain::Job *job)
{
    ++m_pendingJobs;
    job->start();
}

void ApiKeyStore::finishJob()
{
    m_pendingJobs = qMax(0, m_pendingJobs - 1);
}

void ApiKeyStore::setState(const QString &key, Storage storage)
{
    if (key == m_key && storage == m_storage)
        return;
    m_key = key;
    m_storage = key.isEmpty() ? Storage::None : storage;
    Q_EMIT changed();
}

void ApiKeyStore::setAvailable()
{
    if (m_keychainAvailable)
        return;
    m_keychainAvailable = true;
    m_keychainError.clear();
    Q_EMIT changed();
}

void ApiKeyStore::setUnavailable(const QString &detail)
{
    qCWarning(lcApiKey).noquote() << "no system keychain:" << detail;
    // The detail ("Cannot autolaunch D-Bus without X11 $DISPLAY") is for the log: the reader
    // gets a sentence.
    const QString message
        = tr("No system keychain is available, so the Civitai API key is kept for this session "
             "only. Install or start a keychain (such as GNOME Keyring or KWallet) to keep it.");
    if (!m_keychainAvailable && message == m_keychainError)
        return;
    m_keychainAvailable = false;
    m_keychainError = message;
    Q_EMIT changed();
}
