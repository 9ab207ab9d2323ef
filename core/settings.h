#pragma once

#include <QCoreApplication>
#include <QMetaEnum>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>
#include <optional>
#include <type_traits>

class QSettings;
struct RunOptions;

// How a value of type T is kept in QSettings, and how a stored value is read back. Reading
// returns nullopt for anything that is not a T (a hand-edited file, an older version's value),
// so the setting falls back to its default instead of becoming 0 or an empty list.
template<typename T, typename Enable = void> struct SettingCodec;

template<> struct SettingCodec<int>
{
    static QVariant encode(int value) { return value; }
    static std::optional<int> decode(const QVariant &stored);
};

template<> struct SettingCodec<double>
{
    static QVariant encode(double value) { return value; }
    static std::optional<double> decode(const QVariant &stored);
};

template<> struct SettingCodec<bool>
{
    static QVariant encode(bool value) { return value; }
    static std::optional<bool> decode(const QVariant &stored);
};

template<> struct SettingCodec<QString>
{
    static QVariant encode(const QString &value) { return value; }
    static std::optional<QString> decode(const QVariant &stored);
};

template<> struct SettingCodec<QStringList>
{
    static QVariant encode(const QStringList &value) { return value; }
    static std::optional<QStringList> decode(const QVariant &stored);
};

template<> struct SettingCodec<QByteArray>
{
    static QVariant encode(const QByteArray &value) { return value; }
    static std::optional<QByteArray> decode(const QVariant &stored);
};

template<> struct SettingCodec<QUrl>
{
    static QVariant encode(const QUrl &value) { return value.toString(); }
    static std::optional<QUrl> decode(const QVariant &stored);
};

// Enums declared with Q_ENUM are stored by name ("Dark"), so reordering them breaks nothing.
template<typename T> struct SettingCodec<T, std::enable_if_t<std::is_enum_v<T>>>
{
    static QVariant encode(T value)
    {
        return QString::fromLatin1(QMetaEnum::fromType<T>().valueToKey(int(value)));
    }
    static std::optional<T> decode(const QVariant &stored)
    {
        bool ok = false;
        const int value
            = QMetaEnum::fromType<T>().keyToValue(stored.toString().toLatin1().constData(), &ok);
        return ok ? std::optional<T>(T(value)) : std::nullopt;
    }
};

// A typed key with its default and what counts as a valid value: declared once, used by name
// (as Tiled's Preference<T> or qBittorrent's SettingValue<T>), so a new setting is one line here
// and the widgets never see QSettings or a key string.
template<typename T> class Setting final
{
public:
    using Validator = bool (*)(const T &);

    Setting(QString key, T defaultValue, Validator isValid = nullptr)
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
        , m_isValid(isValid)
    { }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }
    bool accepts(const T &value) const { return !m_isValid || m_isValid(value); }

private:
    QString m_key;
    T m_default;
    Validator m_isValid;
};

// The desktop app's settings. Never holds the Civitai API key: that lives in the system keychain
// (ApiKeyStore).
class Settings final
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Settings)
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)

    // The keys. Seconds for the pauses, as on the command line (--pause 3-6).
    static const Setting<double> MinPauseSeconds;
    static const Setting<double> MaxPauseSeconds;
    static const Setting<int> HashThreads; // 0: automatic
    static const Setting<int> PreviewDownloads; // at once, from the image host
    static const Setting<QStringList> Extensions; // lower case, without the dot
    // Advanced: the API hosts asked in turn (another Civitai, or a mirror), as http(s) addresses.
    static const Setting<QStringList> ApiBases;
    // CivArchive (off by default: file hashes go to a third party) and its API's address.
    static const Setting<bool> UseCivArchive;
    static const Setting<QString> CivArchiveBase;
    static const Setting<QString> Language; // "": the system's
    static const Setting<Theme> AppTheme;

    // The window remembers itself, its sources and the run's modes.
    static const Setting<QByteArray> WindowGeometry;
    static const Setting<QByteArray> WindowState; // toolbars
    static const Setting<QByteArray> SplitterState;
    static const Setting<bool> DetailsPaneShown; // beside the collection, when the user wants it
    static const Setting<QStringList> SourcePaths; // models folders or files...
    static const Setting<QStringList> SourceOutputs; // ...and where each is archived, in step
    static const Setting<QStringList> RecentSources; // folders added before, newest first
    static const Setting<int> Previews; // RunOptions::Previews
    static const Setting<bool> OnlyNew;
    static const Setting<bool> SkipMissing;
    static const Setting<bool> OnlyUpdate;

    static constexpr double MaxPause = 3600; // the command line's limit
    static constexpr int MaxHashThreads = 64;

    // The application's settings (QCoreApplication's organization and application names).
    Settings();
    // An INI file of its own: tests, or a portable installation.
    explicit Settings(const QString &iniFile);
    ~Settings();

    template<typename T> T value(const Setting<T> &setting) const
    {
        const QVariant stored = rawValue(setting.key());
        if (!stored.isValid())
            return setting.defaultValue();
        const std::optional<T> decoded = SettingCodec<T>::decode(stored);
        if (!decoded || !setting.accepts(*decoded)) {
            warnInvalid(setting.key());
            return setting.defaultValue();
        }
        return *decoded;
    }

    // False (and nothing stored) when `value` is not valid for the setting.
    template<typename T> bool setValue(const Setting<T> &setting, const T &value)
    {
        if (!setting.accepts(value))
            return false;
        setRawValue(setting.key(), SettingCodec<T>::encode(value));
        return true;
    }

    template<typename T> void reset(const Setting<T> &setting) { removeKey(setting.key()); }

    // Writes pending changes to disk; false (with a reason) when the file could not be written.
    bool sync(QString *errorString = nullptr);
    QString fileName() const;

    // Fills the run's pacing, hashing threads, extensions and API address from these settings,
    // $CIVITAI_API_BASE winning over the address.
    void applyTo(RunOptions &options) const;

    static bool isValidApiBase(const QUrl &url);
    // Addresses (blanks around them ignored), or nothing when one of them is not valid or there
    // is none.
    static std::optional<QList<QUrl>> parseApiBases(const QStringList &texts);
    // The environment both front ends read, here only. $CIVITAI_API_BASE (a comma-separated list):
    // nothing when unset; when one is no http(s) address, nothing and `error` says so.
    static std::optional<QList<QUrl>> environmentApiBases(QString *error = nullptr);
    // $CIVARCHIVE_BASE_URL, as environmentApiBases() reads $CIVITAI_API_BASE (one address).
    static std::optional<QUrl> environmentCivArchiveBase(QString *error = nullptr);
    // $CIVITAI_API_KEY: the key when none is stored or given.
    static QString environmentApiKey();

private:
    void applyCivArchiveTo(RunOptions &options) const;
    QVariant rawValue(const QString &key) const;
    void setRawValue(const QString &key, const QVariant &value);
    void removeKey(const QString &key);
    static void warnInvalid(const QString &key);

    std::unique_ptr<QSettings> m_settings;
};
