#pragma once

#include "core/apikeycheck.h"

#include <QDialog>

class ApiKeyStore;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class Settings;

// The desktop app's preferences: the Civitai API key (kept by ApiKeyStore in the system keychain,
// tested with ApiKeyCheck), request pacing, files, appearance and the API address. Settings are
// written when the dialog is accepted; the key has its own Save and Remove, which act at once.
// Nothing here waits: the keychain and the key test answer through signals.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `settings` and `keyStore` outlive the dialog; the store is the application's, so a key kept
    // for the session only survives the dialog.
    SettingsDialog(Settings &settings, ApiKeyStore *keyStore, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    QWidget *createCivitaiGroup();
    QWidget *createRequestsGroup();
    QWidget *createFilesGroup();
    QWidget *createAppearanceGroup();
    QWidget *createAdvancedGroup();
    QWidget *createCivArchiveGroup();

    void loadValues();
    bool saveValues();
    void updateKeyStatus();
    void updateKeyButtons();
    void saveKey();
    void testKey();
    void removeKey();
    void showTestResult(const ApiKeyCheckResult &result);
    void showKeyFailure(const QString &message);
    bool validateApiBase();
    QStringList enteredApiBases() const; // the default list when empty

    Settings &m_settings;
    ApiKeyStore *m_keyStore;
    ApiKeyCheck *m_keyCheck;

    QLineEdit *m_keyEdit = nullptr;
    QToolButton *m_showKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_saveKey = nullptr;
    QPushButton *m_testKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QLabel *m_testResult = nullptr;
    QDoubleSpinBox *m_minPause = nullptr;
    QDoubleSpinBox *m_maxPause = nullptr;
    QSpinBox *m_previewDownloads = nullptr;
    QLineEdit *m_extensions = nullptr;
    QLabel *m_extensionsError = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QLabel *m_apiBaseError = nullptr;
    QCheckBox *m_civArchive = nullptr;
    QString m_keyFailure; // the keychain's last refusal, shown under the key until the next action
};
