#include "core/settings.h"

#include "core/modelscanner.h"
#include "core/runoptions.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSettings, "cdm.settings")

namespace {

bool isValidPause(const double &seconds)
{
    return seconds >= 0 && seconds <= Settings::MaxPause;
}

bool isValidThreadCount(const int &threads)
{
    return threads >= 0 && threads <= Settings::MaxHashThreads;
}

bool isValidPreviewDownloads(const int &downloads)
{
    return downloads >= 1 && downloads <= RunOptions::MaxPreviewDownloads;
}

bool isValidExtensionList(const QStringList &extensions)
{
    static const QRegularExpression extension(QStringLiteral("^[a-z0-9_]{1,16}$"));
    if (extensions.isEmpty())
        return false; // scanning for nothing is never what was meant
    return std::all_of(extensions.cbegin(), extensions.cend(),
                       [](const QString &e) { return extension.match(e).hasMatch(); });
}

bool isValidLanguage(const QString &language)
{
    // "" (the system's), "fr", "zh_CN": a Qt locale name, nothing that could reach a path.
    static const QRegularExpression locale(QStringLiteral("^([a-z]{2,3}(_[A-Z]{2})?)?$"));
    return locale.match(language).hasMatch();
}

bool isValidPreviews(const int &previews)
{
    return previews >= int(RunOptions::Previews::First)
        && previews <= int(RunOptions::Previews::None);
}

bool isValidApiBaseList(const QStringList &texts)
{
    return Settings::parseApiBases(texts).has_value();
}

bool isValidCivArchiveBase(const QString &text)
{
    return Settings::isValidApiBase(QUrl(text.trimmed(), QUrl::StrictMode));
}

QStringList toStrings(const QList<QUrl> &urls)
{
    QStringList texts;
    for (const QUrl &url : urls)
        texts.append(url.toString());
    return texts;
}

// Before the list, one address was stored; the old default (civitai.com alone, which leaves
// mature models out) gives way to the new one, another address is kept.
const QString OldApiBaseKey = QStringLiteral("advanced/apiBase");
const QString OldDefaultApiBase = QStringLiteral("https://civitai.com");

} // namespace

const Setting<double> Settings::MinPauseSeconds { QStringLiteral("requests/minPauseSeconds"), 3.0,
                                                  isValidPause };
const Setting<double> Settings::MaxPauseSeconds { QStringLiteral("requests/maxPauseSeconds"), 6.0,
                                                  isValidPause };
const Setting<int> Settings::HashThreads { QStringLiteral("files/hashThreads"), 0,
                                           isValidThreadCount };
const Setting<int> Settings::PreviewDownloads { QStringLiteral("requests/previewDownloads"),
                                                RunOptions::DefaultPreviewDownloads,
                                                isValidPreviewDownloads };
const Setting<QStringList> Settings::Extensions { QStringLiteral("files/extensions"),
                                                  ModelScanner::defaultExtensions(),
                                                  isValidExtensionList };
const Setting<QStringList> Settings::ApiBases { QStringLiteral("advanced/apiBases"),
                                                toStrings(RunOptions::defaultApiBases()),
                                                isValidApiBaseList };
const Setting<bool> Settings::UseCivArchive { QStringLiteral("civarchive/enabled"), false };
const Setting<QString> Settings::CivArchiveBase { QStringLiteral("civarchive/apiBase"),
                                                  RunOptions::defaultCivArchiveBase().toString(),
                                                  isValidCivArchiveBase };
const Setting<QString> Settings::Language { QStringLiteral("appearance/language"), QString(),
                                            isValidLanguage };
const Setting<Settings::Theme> Settings::AppTheme { QStringLiteral("appearance/theme"),
                                                    Theme::System };
const Setting<QByteArray> Settings::WindowGeometry { QStringLiteral("window/geometry"), {} };
const Setting<QByteArray> Settings::WindowState { QStringLiteral("window/state"), {} };
const Setting<QByteArray> Settings::SplitterState { QStringLiteral("window/splitter"), {} };
const Setting<bool> Settings::DetailsPaneShown { QStringLiteral("window/detailsPane"), true };
const Setting<QStringList> Settings::SourcePaths { QStringLiteral("sources/paths"), {} };
const Setting<QStringList> Settings::SourceOutputs { QStringLiteral("sources/outputs"), {} };
const Setting<QStringList> Settings::RecentSources { QStringLiteral("sources/recent"), {} };
const Setting<int> Settings::Previews { QStringLiteral("run/previews"),
                                        int(RunOptions::Previews::First), isValidPreviews };
const Setting<bool> Settings::OnlyNew { QStringLiteral("run/onlyNew"), false };
const Setting<bool> Settings::SkipMissing { QStringLiteral("run/skipMissing"), false };
const Setting<bool> Settings::OnlyUpdate { QStringLiteral("run/onlyUpdate"), false };

std::optional<int> SettingCodec<int>::decode(const QVariant &stored)
{
    bool ok = false;
    const int value = stored.toString().trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

std::optional<double> SettingCodec<double>::decode(const QVariant &stored)
{
    bool ok = false;
    const double value = stored.toString().trimmed().toDouble(&ok);
    return ok && qIsFinite(value) ? std::optional<double>(value) : std::nullopt;
}

std::optional<bool> SettingCodec<bool>::decode(const QVariant &stored)
{
    const QString text = stored.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<QString> SettingCodec<QString>::decode(const QVariant &stored)
{
    if (stored.metaType().id() == QMetaType::QStringList)
        return std::nullopt; // INI reads "a, b" as a list: not the single string we wrote
    return stored.toString();
}

std::optional<QStringList> SettingCodec<QStringList>::decode(const QVariant &stored)
{
    // INI files give a one-element list back as a plain string.
    if (stored.metaType().id() == QMetaType::QString)
        return QStringList { stored.toString() };
    if (stored.metaType().id() != QMetaType::QStringList
        && stored.metaType().id() != QMetaType::QVariantList)
        return std::nullopt;
    return stored.toStringList();
}

std::optional<QByteArray> SettingCodec<QByteArray>::decode(const QVariant &stored)
{
    if (stored.metaType().id() != QMetaType::QByteArray)
        return std::nullopt;
    return stored.toByteArray();
}

std::optional<QUrl> SettingCodec<QUrl>::decode(const QVariant &stored)
{
    const QUrl url(stored.toString().trimmed(), QUrl::StrictMode);
    return url.isValid() ? std::optional<QUrl>(url) : std::nullopt;
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

bool Settings::sync(QString *errorString)
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        if (errorString)
            *errorString = tr("cannot write the settings file %1").arg(fileName());
        break;
    case QSettings::FormatError:
        if (errorString)
            *errorString = tr("the settings file %1 is damaged").arg(fileName());
        break;
    }
    qCWarning(lcSettings).noquote() << "cannot sync" << fileName() << m_settings->status();
    return false;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::applyTo(RunOptions &options) const
{
    const double minPause = value(MinPauseSeconds);
    // A maximum below the minimum (two separate fields) means "always the minimum".
    const double maxPause = qMax(minPause, value(MaxPauseSeconds));
    options.minPause = std::chrono::milliseconds(qint64(minPause * 1000));
    options.maxPause = std::chrono::milliseconds(qint64(maxPause * 1000));
    options.hashThreads = value(HashThreads);
    options.previewDownloads = value(PreviewDownloads);
    options.extensions = value(Extensions);
    options.apiBases = *parseApiBases(value(ApiBases));
    const QString old = rawValue(OldApiBaseKey).toString().trimmed();
    if (!rawValue(ApiBases.key()).isValid() && !old.isEmpty() && old != OldDefaultApiBase) {
        if (const auto oldBases = parseApiBases({ old }))
            options.apiBases = *oldBases;
    }
    QString error;
    if (const auto apiBases = environmentApiBases(&error))
        options.apiBases = *apiBases;
    else if (!error.isEmpty())
        qCWarning(lcSettings).noquote() << error;
    applyCivArchiveTo(options);
}

void Settings::applyCivArchiveTo(RunOptions &options) const
{
    options.useCivArchive = value(UseCivArchive);
    options.civArchiveBase = QUrl(value(CivArchiveBase).trimmed());
    QString error;
    if (const auto base = environmentCivArchiveBase(&error))
        options.civArchiveBase = *base;
    else if (!error.isEmpty())
        qCWarning(lcSettings).noquote() << error;
}

std::optional<QUrl> Settings::environmentCivArchiveBase(QString *error)
{
    const QString text = qEnvironmentVariable("CIVARCHIVE_BASE_URL").trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const QUrl url(text, QUrl::StrictMode); isValidApiBase(url))
        return url;
    if (error)
        *error = QCoreApplication::translate("Settings",
                                             "CIVARCHIVE_BASE_URL is not an http(s) address");
    return std::nullopt;
}

std::optional<QList<QUrl>> Settings::parseApiBases(const QStringList &texts)
{
    QList<QUrl> urls;
    for (const QString &text : texts) {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        if (!isValidApiBase(url))
            return std::nullopt;
        if (!urls.contains(url))
            urls.append(url);
    }
    if (urls.isEmpty())
        return std::nullopt;
    return urls;
}

std::optional<QList<QUrl>> Settings::environmentApiBases(QString *error)
{
    const QString text = qEnvironmentVariable("CIVITAI_API_BASE").trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto urls = parseApiBases(text.split(QLatin1Char(','), Qt::SkipEmptyParts)))
        return urls;
    if (error)
        *error = QCoreApplication::translate(
            "Settings",
            "CIVITAI_API_BASE is not an http(s) address or a comma-separated list of them");
    return std::nullopt;
}

QString Settings::environmentApiKey()
{
    return qEnvironmentVariable("CIVITAI_API_KEY").trimmed();
}

bool Settings::isValidApiBase(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

QVariant Settings::rawValue(const QString &key) const
{
    return m_settings->value(key);
}

void Settings::setRawValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

void Settings::removeKey(const QString &key)
{
    m_settings->remove(key);
}

void Settings::warnInvalid(const QString &key)
{
    qCWarning(lcSettings).noquote()
        << "ignoring the invalid stored value of" << key << "- using its default";
}
