#include "ui/settingsdialog.h"

#include "core/apikeystore.h"
#include "core/modelscanner.h"
#include "core/runoptions.h"
#include "core/settings.h"
#include "core/translations.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSettingsDialog, "cdm.ui.settings")

namespace {

QFormLayout *makeForm(QWidget *group)
{
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow); // the same on every style
    return form;
}

QLabel *makeNote(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    QFont font = note->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    note->setFont(font);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

// Mid-tone colours that stay readable on light and dark palettes alike.
QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#d64545\">%1</span>").arg(text.toHtmlEscaped());
}

QString warningHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#d9822b\">%1</span>").arg(text.toHtmlEscaped());
}

QString successHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#2f9e44\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, ApiKeyStore *keyStore, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keyStore(keyStore)
    , m_keyCheck(new ApiKeyCheck(this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(createCivitaiGroup());
    left->addWidget(createAdvancedGroup());
    left->addWidget(createCivArchiveGroup());
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(createRequestsGroup());
    right->addWidget(createFilesGroup());
    right->addWidget(createAppearanceGroup());
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_keyStore, &ApiKeyStore::changed, this, &SettingsDialog::updateKeyStatus);
    connect(m_keyStore, &ApiKeyStore::loaded, this, [this](const QString &key) {
        if (m_keyEdit->text().isEmpty())
            m_keyEdit->setText(key);
        updateKeyStatus();
    });
    connect(m_keyStore, &ApiKeyStore::stored, this, &SettingsDialog::updateKeyStatus);
    connect(m_keyStore, &ApiKeyStore::removed, this, &SettingsDialog::updateKeyStatus);
    connect(m_keyStore, &ApiKeyStore::failed, this, &SettingsDialog::showKeyFailure);
    connect(m_keyCheck, &ApiKeyCheck::finished, this, &SettingsDialog::showTestResult);

    loadValues();
    m_keyEdit->setText(m_keyStore->key());
    if (m_keyStore->storage() == ApiKeyStore::Storage::None && !m_keyStore->isBusy())
        m_keyStore->load(); // the key may be in the keychain from an earlier session
    updateKeyStatus();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createCivitaiGroup()
{
    auto *group = new QGroupBox(tr("Civitai"), this);
    auto *form = makeForm(group);

    m_keyEdit = new QLineEdit(group);
    m_keyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Paste your Civitai API key"));
    m_keyEdit->setAccessibleName(tr("Civitai API key"));
    m_keyEdit->setClearButtonEnabled(true);
    m_keyEdit->setMinimumWidth(260);

    m_showKey = new QToolButton(group);
    m_showKey->setObjectName(QStringLiteral("showKeyButton"));
    m_showKey->setText(tr("Sho&w"));
    m_showKey->setCheckable(true);
    m_showKey->setAccessibleName(tr("Show the API key"));
    m_showKey->setToolTip(tr("Show or hide the key"));
    connect(m_showKey, &QToolButton::toggled, this, [this](bool shown) {
        m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(shown ? tr("Hi&de") : tr("Sho&w"));
    });

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_showKey);
    form->addRow(tr("&API key:"), keyRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(keyRow)))
        label->setBuddy(m_keyEdit);

    m_keyStatus = new QLabel(group);
    m_keyStatus->setObjectName(QStringLiteral("keyStatusLabel"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::RichText);
    m_keyStatus->setAccessibleName(tr("API key status"));
    form->addRow(m_keyStatus);

    m_saveKey = new QPushButton(tr("&Save key"), group);
    m_saveKey->setObjectName(QStringLiteral("saveKeyButton"));
    m_saveKey->setAccessibleName(tr("Save the API key in the system keychain"));
    m_saveKey->setAutoDefault(false);
    m_testKey = new QPushButton(tr("&Test key"), group);
    m_testKey->setObjectName(QStringLiteral("testKeyButton"));
    m_testKey->setAccessibleName(tr("Test the API key with Civitai"));
    m_testKey->setAutoDefault(false);
    m_removeKey = new QPushButton(tr("&Remove key"), group);
    m_removeKey->setObjectName(QStringLiteral("removeKeyButton"));
    m_removeKey->setAccessibleName(tr("Remove the API key"));
    m_removeKey->setAutoDefault(false);
    connect(m_saveKey, &QPushButton::clicked, this, &SettingsDialog::saveKey);
    connect(m_testKey, &QPushButton::clicked, this, &SettingsDialog::testKey);
    connect(m_removeKey, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateKeyButtons);

    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_saveKey);
    keyButtons->addWidget(m_testKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addStretch();
    form->addRow(keyButtons);

    m_testResult = new QLabel(group);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setAccessibleName(tr("API key test result"));
    m_testResult->hide();
    form->addRow(m_testResult);

    form->addRow(makeNote(tr("Optional. With a key, Civitai also answers for models that need a "
                             "signed-in account. Create one under Account settings, API keys, "
                             "on civitai.com. Runs without a saved key use $CIVITAI_API_KEY."),
                          group));
    return group;
}

QWidget *SettingsDialog::createRequestsGroup()
{
    auto *group = new QGroupBox(tr("Requests"), this);
    auto *form = makeForm(group);
    const auto makePause = [group](const QString &objectName, const QString &accessibleName) {
        auto *spin = new QDoubleSpinBox(group);
        spin->setObjectName(objectName);
        spin->setRange(0, Settings::MaxPause);
        spin->setDecimals(2); // 0.25 s stays 0.25 s
        spin->setSingleStep(0.5);
        spin->setSuffix(tr(" s"));
        spin->setAccessibleName(accessibleName);
        return spin;
    };
    m_minPause = makePause(QStringLiteral("minPauseSpin"),
                           tr("Minimum pause between requests, in seconds"));
    m_maxPause = makePause(QStringLiteral("maxPauseSpin"),
                           tr("Maximum pause between requests, in seconds"));
    // The maximum can never go below the minimum.
    connect(m_minPause, &QDoubleSpinBox::valueChanged, m_maxPause, &QDoubleSpinBox::setMinimum);
    form->addRow(tr("Mi&nimum pause:"), m_minPause);
    form->addRow(tr("Ma&ximum pause:"), m_maxPause);
    form->addRow(makeNote(tr("A random pause between Civitai requests keeps the archive polite "
                             "and clear of rate limits."),
                          group));
    m_previewDownloads = new QSpinBox(group);
    m_previewDownloads->setObjectName(QStringLiteral("previewDownloadsSpin"));
    m_previewDownloads->setRange(1, RunOptions::MaxPreviewDownloads);
    m_previewDownloads->setAccessibleName(tr("Previews downloaded at once"));
    form->addRow(tr("&Previews at once:"), m_previewDownloads);
    form->addRow(makeNote(tr("Previews come from Civitai's image host, beside the lookups and "
                             "without their pause; after an error from that host they come one "
                             "at a time until it answers well again."),
                          group));
    return group;
}

QWidget *SettingsDialog::createFilesGroup()
{
    auto *group = new QGroupBox(tr("Files"), this);
    auto *form = makeForm(group);
    m_extensions = new QLineEdit(group);
    m_extensions->setObjectName(QStringLiteral("extensionsEdit"));
    m_extensions->setAccessibleName(tr("Model file extensions, separated by commas"));
    m_extensions->setMinimumWidth(180);
    m_extensions->setPlaceholderText(ModelScanner::defaultExtensions().join(QStringLiteral(", ")));
    m_extensions->setToolTip(
        tr("Known: %1").arg(ModelScanner::knownModelExtensions().join(QStringLiteral(", "))));
    form->addRow(tr("&Extensions:"), m_extensions);
    m_extensionsError = new QLabel(group);
    m_extensionsError->setObjectName(QStringLiteral("extensionsError"));
    m_extensionsError->setTextFormat(Qt::RichText);
    m_extensionsError->setWordWrap(true);
    m_extensionsError->hide();
    form->addRow(m_extensionsError);

    m_threads = new QSpinBox(group);
    m_threads->setObjectName(QStringLiteral("threadsSpin"));
    m_threads->setRange(0, Settings::MaxHashThreads);
    m_threads->setSpecialValueText(tr("Automatic"));
    m_threads->setAccessibleName(tr("Files hashed in parallel, 0 for automatic"));
    form->addRow(tr("&Hashing threads:"), m_threads);
    return group;
}

QWidget *SettingsDialog::createAppearanceGroup()
{
    auto *group = new QGroupBox(tr("Appearance"), this);
    auto *form = makeForm(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System"), QString());
    for (const Translations::Language &language : Translations::shipped())
        m_language->addItem(language.nativeName, language.code);
    form->addRow(tr("&Language:"), m_language);
    auto *restartNote = makeNote(tr("A new language applies after a restart."), group);
    restartNote->setObjectName(QStringLiteral("languageNote"));
    form->addRow(QString(), restartNote);

    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), QVariant::fromValue(Settings::Theme::System));
    m_theme->addItem(tr("Light"), QVariant::fromValue(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(Settings::Theme::Dark));
    form->addRow(tr("The&me:"), m_theme);
    return group;
}

QWidget *SettingsDialog::createAdvancedGroup()
{
    auto *group = new QGroupBox(tr("Advanced"), this);
    auto *form = makeForm(group);
    m_apiBase = new QLineEdit(group);
    m_apiBase->setObjectName(QStringLiteral("apiBaseEdit"));
    m_apiBase->setAccessibleName(tr("Civitai API addresses"));
    m_apiBase->setPlaceholderText(Settings::ApiBases.defaultValue().join(QStringLiteral(", ")));
    form->addRow(tr("API a&ddresses:"), m_apiBase);
    m_apiBaseError = new QLabel(group);
    m_apiBaseError->setObjectName(QStringLiteral("apiBaseError"));
    m_apiBaseError->setTextFormat(Qt::RichText);
    m_apiBaseError->setWordWrap(true);
    m_apiBaseError->hide();
    form->addRow(m_apiBaseError);
    form->addRow(makeNote(tr("Only change this for a Civitai mirror or a test server. The "
                             "addresses, separated by commas, are asked in turn: civitai.com "
                             "leaves mature models out, civitai.red does not. The API key is "
                             "only ever sent to these addresses."),
                          group));
    connect(m_apiBase, &QLineEdit::textChanged, this, &SettingsDialog::validateApiBase);
    return group;
}

// Off unless the user turns it on: the one sentence says what leaves the computer.
QWidget *SettingsDialog::createCivArchiveGroup()
{
    auto *group = new QGroupBox(QStringLiteral("CivArchive"), this);
    auto *layout = new QVBoxLayout(group);
    m_civArchive = new QCheckBox(tr("Loo&k files up on CivArchive"), group);
    m_civArchive->setObjectName(QStringLiteral("civArchiveCheck"));
    layout->addWidget(m_civArchive);
    layout->addWidget(makeNote(tr("The SHA-256 hashes of your model files are sent to "
                                  "civarchive.com, a third party, which tells what Civitai forgot "
                                  "and where each file still exists."),
                               group));
    return group;
}

void SettingsDialog::loadValues()
{
    m_minPause->setValue(m_settings.value(Settings::MinPauseSeconds));
    m_maxPause->setMinimum(m_minPause->value());
    m_maxPause->setValue(m_settings.value(Settings::MaxPauseSeconds));
    m_previewDownloads->setValue(m_settings.value(Settings::PreviewDownloads));
    m_extensions->setText(m_settings.value(Settings::Extensions).join(QStringLiteral(", ")));
    m_threads->setValue(m_settings.value(Settings::HashThreads));
    const int language = m_language->findData(m_settings.value(Settings::Language));
    m_language->setCurrentIndex(qMax(0, language));
    m_theme->setCurrentIndex(
        qMax(0, m_theme->findData(QVariant::fromValue(m_settings.value(Settings::AppTheme)))));
    m_apiBase->setText(m_settings.value(Settings::ApiBases).join(QStringLiteral(", ")));
    m_civArchive->setChecked(m_settings.value(Settings::UseCivArchive));
}

QStringList SettingsDialog::enteredApiBases() const
{
    const QStringList texts = m_apiBase->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &text : texts) {
        if (!text.trimmed().isEmpty())
            trimmed.append(text.trimmed());
    }
    return trimmed.isEmpty() ? Settings::ApiBases.defaultValue() : trimmed;
}

bool SettingsDialog::validateApiBase()
{
    const bool valid = Settings::ApiBases.accepts(enteredApiBases());
    m_apiBaseError->setText(valid ? QString()
                                  : errorHtml(tr("Enter http:// or https:// addresses separated "
                                                 "by commas, such as https://civitai.red, "
                                                 "https://civitai.com.")));
    m_apiBaseError->setVisible(!valid);
    return valid;
}

bool SettingsDialog::saveValues()
{
    const QStringList extensions = ModelScanner::parseExtensionList(m_extensions->text());
    const bool extensionsValid
        = m_extensions->text().trimmed().isEmpty() || Settings::Extensions.accepts(extensions);
    m_extensionsError->setText(extensionsValid
                                   ? QString()
                                   : errorHtml(tr("Use extensions such as safetensors, ckpt, gguf, "
                                                  "separated by commas.")));
    m_extensionsError->setVisible(!extensionsValid);
    const bool apiBaseValid = validateApiBase();
    if (!extensionsValid) {
        m_extensions->setFocus();
        return false;
    }
    if (!apiBaseValid) {
        m_apiBase->setFocus();
        return false;
    }

    m_settings.setValue(Settings::MinPauseSeconds, m_minPause->value());
    m_settings.setValue(Settings::MaxPauseSeconds, qMax(m_minPause->value(), m_maxPause->value()));
    if (m_extensions->text().trimmed().isEmpty())
        m_settings.reset(Settings::Extensions);
    else
        m_settings.setValue(Settings::Extensions, extensions);
    m_settings.setValue(Settings::HashThreads, m_threads->value());
    m_settings.setValue(Settings::PreviewDownloads, m_previewDownloads->value());
    m_settings.setValue(Settings::Language, m_language->currentData().toString());
    m_settings.setValue(Settings::AppTheme, m_theme->currentData().value<Settings::Theme>());
    m_settings.setValue(Settings::ApiBases, enteredApiBases());
    m_settings.setValue(Settings::UseCivArchive, m_civArchive->isChecked());
    QString error;
    if (!m_settings.sync(&error))
        qCWarning(lcSettingsDialog).noquote() << error;
    return true;
}

void SettingsDialog::accept()
{
    if (!saveValues())
        return;
    if (auto *application = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::apply(*application, m_settings.value(Settings::AppTheme));
    QDialog::accept();
}

void SettingsDialog::updateKeyStatus()
{
    QStringList lines;
    if (!m_keyStore->isKeychainAvailable())
        lines.append(warningHtml(m_keyStore->keychainError()));
    if (m_keyStore->isBusy() && m_keyStore->storage() == ApiKeyStore::Storage::None) {
        lines.append(tr("Looking in the system keychain…").toHtmlEscaped());
    } else {
        switch (m_keyStore->storage()) {
        case ApiKeyStore::Storage::Keychain:
            lines.append(tr("A key is saved in the system keychain.").toHtmlEscaped());
            break;
        case ApiKeyStore::Storage::SessionOnly:
            // Without a keychain, the line above already says "for this session only".
            lines.append(
                m_keyStore->isKeychainAvailable()
                    ? tr("A key is kept for this session only: it is forgotten when "
                         "the program closes.")
                          .toHtmlEscaped()
                    : tr("A key is set; it is forgotten when the program closes.").toHtmlEscaped());
            break;
        case ApiKeyStore::Storage::None:
            lines.append(
                ApiKeyStore::environmentKey().isEmpty()
                    ? tr("No key is saved.").toHtmlEscaped()
                    : tr("No key is saved; runs use the key in $CIVITAI_API_KEY.").toHtmlEscaped());
            break;
        }
    }
    if (!m_keyFailure.isEmpty())
        lines.append(errorHtml(m_keyFailure));
    m_keyStatus->setText(lines.join(QStringLiteral("<br>")));
    updateKeyButtons();
}

void SettingsDialog::updateKeyButtons()
{
    const bool busy = m_keyStore->isBusy();
    const bool hasText = !m_keyEdit->text().trimmed().isEmpty();
    m_saveKey->setEnabled(!busy && hasText && m_keyEdit->text().trimmed() != m_keyStore->key());
    m_testKey->setEnabled(hasText && !m_keyCheck->isRunning());
    m_removeKey->setEnabled(!busy && m_keyStore->storage() != ApiKeyStore::Storage::None);
}

void SettingsDialog::saveKey()
{
    m_keyFailure.clear();
    m_keyStore->store(m_keyEdit->text());
    updateKeyButtons();
}

void SettingsDialog::removeKey()
{
    m_keyFailure.clear();
    m_keyEdit->clear();
    m_testResult->hide();
    m_keyStore->remove();
    updateKeyButtons();
}

void SettingsDialog::showKeyFailure(const QString &message)
{
    m_keyFailure = message;
    updateKeyStatus();
}

void SettingsDialog::testKey()
{
    if (!validateApiBase()) {
        m_apiBase->setFocus();
        return;
    }
    // The first host is the one asked first; the key goes to every host alike.
    const QUrl apiBase = Settings::parseApiBases(enteredApiBases())->constFirst();
    m_keyCheck->start(apiBase, m_keyEdit->text());
    m_testResult->setText(
        tr("Testing the key with %1…").arg(apiBase.toDisplayString()).toHtmlEscaped());
    m_testResult->show();
    updateKeyButtons();
}

void SettingsDialog::showTestResult(const ApiKeyCheckResult &result)
{
    switch (result.kind) {
    case ApiKeyCheckResult::Kind::Valid:
        m_testResult->setText(
            successHtml(tr("The key works: it belongs to %1.").arg(result.username)));
        break;
    case ApiKeyCheckResult::Kind::Rejected:
        m_testResult->setText(
            errorHtml(tr("Civitai did not accept this key (%1). Check it, or create a new one.")
                          .arg(result.error)));
        break;
    case ApiKeyCheckResult::Kind::Failed:
        m_testResult->setText(
            errorHtml(tr("Could not test the key: %1. Try again later.").arg(result.error)));
        break;
    }
    m_testResult->show();
    updateKeyButtons();
}
