#include "core/apikeystore.h"
#include "core/runoptions.h"
#include "core/settings.h"
#include "fakecivitai.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeCivitai m_server;
    const QString m_goodKey = QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90");
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ApiKeyStore> m_store;

    template<typename T> static T *child(const QWidget &dialog, const char *name)
    {
        T *found = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s in the dialog", name);
        return found;
    }

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // The dialog asks the keychain on opening; wait until it has answered.
    void waitForKeychain(const SettingsDialog &)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_store->isBusy(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.setAcceptedApiKey(m_goodKey, QStringLiteral("archivist"));
    }

    void init()
    {
        QFile::remove(settingsFile());
        m_settings = std::make_unique<Settings>(settingsFile());
        m_store = std::make_unique<ApiKeyStore>();
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
    }

    void showsTheStoredSettings()
    {
        m_settings->setValue(Settings::MinPauseSeconds, 1.5);
        m_settings->setValue(Settings::MaxPauseSeconds, 4.0);
        m_settings->setValue(Settings::HashThreads, 6);
        m_settings->setValue(Settings::PreviewDownloads, 5);
        m_settings->setValue(Settings::Extensions,
                             QStringList { QStringLiteral("safetensors"), QStringLiteral("gguf") });
        m_settings->setValue(Settings::Language, QStringLiteral("fr"));
        m_settings->setValue(Settings::AppTheme, Settings::Theme::Dark);
        m_settings->setValue(Settings::ApiBases,
                             QStringList { QStringLiteral("http://127.0.0.1:1234") });

        SettingsDialog dialog(*m_settings, m_store.get());
        QCOMPARE(child<QDoubleSpinBox>(dialog, "minPauseSpin")->value(), 1.5);
        QCOMPARE(child<QDoubleSpinBox>(dialog, "maxPauseSpin")->value(), 4.0);
        QCOMPARE(child<QSpinBox>(dialog, "threadsSpin")->value(), 6);
        QCOMPARE(child<QSpinBox>(dialog, "previewDownloadsSpin")->value(), 5);
        QCOMPARE(child<QLineEdit>(dialog, "extensionsEdit")->text(),
                 QStringLiteral("safetensors, gguf"));
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentText(),
                 QStringLiteral("Français"));
        QCOMPARE(child<QComboBox>(dialog, "themeCombo")->currentData().value<Settings::Theme>(),
                 Settings::Theme::Dark);
        QCOMPARE(child<QLineEdit>(dialog, "apiBaseEdit")->text(),
                 QStringLiteral("http://127.0.0.1:1234"));
        waitForKeychain(dialog);
    }

    void showsDefaultsForAFreshInstallation()
    {
        SettingsDialog dialog(*m_settings, m_store.get());
        QCOMPARE(child<QDoubleSpinBox>(dialog, "minPauseSpin")->value(), 3.0);
        QCOMPARE(child<QDoubleSpinBox>(dialog, "maxPauseSpin")->value(), 6.0);
        QCOMPARE(child<QSpinBox>(dialog, "threadsSpin")->text(), QStringLiteral("Automatic"));
        QCOMPARE(child<QSpinBox>(dialog, "previewDownloadsSpin")->value(), 4);
        QCOMPARE(child<QSpinBox>(dialog, "previewDownloadsSpin")->maximum(), 6);
        QCOMPARE(child<QLineEdit>(dialog, "extensionsEdit")->text(), QStringLiteral("safetensors"));
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QString());
        QCOMPARE(child<QLineEdit>(dialog, "apiBaseEdit")->text(),
                 QStringLiteral("https://civitai.red, https://civitai.com"));
        QVERIFY(!child<QCheckBox>(dialog, "civArchiveCheck")->isChecked()); // a third party: opt-in
        waitForKeychain(dialog);
    }

    void savesTheFieldsWhenAccepted()
    {
        {
            SettingsDialog dialog(*m_settings, m_store.get());
            waitForKeychain(dialog);
            child<QDoubleSpinBox>(dialog, "minPauseSpin")->setValue(0.5);
            child<QDoubleSpinBox>(dialog, "maxPauseSpin")->setValue(2.5);
            child<QSpinBox>(dialog, "threadsSpin")->setValue(3);
            child<QSpinBox>(dialog, "previewDownloadsSpin")->setValue(3);
            child<QLineEdit>(dialog, "extensionsEdit")
                ->setText(QStringLiteral(".SafeTensors, ckpt,gguf"));
            auto *language = child<QComboBox>(dialog, "languageCombo");
            language->setCurrentIndex(language->findText(QStringLiteral("简体中文")));
            auto *theme = child<QComboBox>(dialog, "themeCombo");
            theme->setCurrentIndex(theme->findData(QVariant::fromValue(Settings::Theme::Light)));
            child<QLineEdit>(dialog, "apiBaseEdit")
                ->setText(QStringLiteral(" http://127.0.0.1:8/ ,https://civitai.red"));
            child<QCheckBox>(dialog, "civArchiveCheck")->setChecked(true);
            dialog.show();
            child<QDialogButtonBox>(dialog, "dialogButtons")->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const Settings reread(settingsFile());
        QCOMPARE(reread.value(Settings::MinPauseSeconds), 0.5);
        QCOMPARE(reread.value(Settings::MaxPauseSeconds), 2.5);
        QCOMPARE(reread.value(Settings::HashThreads), 3);
        QCOMPARE(reread.value(Settings::PreviewDownloads), 3);
        QCOMPARE(reread.value(Settings::Extensions),
                 (QStringList { QStringLiteral("safetensors"), QStringLiteral("ckpt"),
                                QStringLiteral("gguf") }));
        QCOMPARE(reread.value(Settings::Language), QStringLiteral("zh_CN"));
        QCOMPARE(reread.value(Settings::AppTheme), Settings::Theme::Light);
        QCOMPARE(reread.value(Settings::ApiBases),
                 (QStringList { QStringLiteral("http://127.0.0.1:8/"),
                                QStringLiteral("https://civitai.red") }));
        QVERIFY(reread.value(Settings::UseCivArchive));
        RunOptions options;
        reread.applyTo(options);
        QVERIFY(options.useCivArchive);
        QCOMPARE(options.civArchiveBase, RunOptions::defaultCivArchiveBase());
        // Accepting applied the theme to the application.
        QCOMPARE(Theme::styleName(), QStringLiteral("fusion"));
        Theme::apply(*qApp, Settings::Theme::System);
    }

    void keepsTheMaximumPauseAtLeastTheMinimum()
    {
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        child<QDoubleSpinBox>(dialog, "minPauseSpin")->setValue(8);
        QCOMPARE(child<QDoubleSpinBox>(dialog, "maxPauseSpin")->value(), 8.0);
    }

    void refusesAnInvalidApiAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("ftp") << "ftp://civitai.com";
        QTest::newRow("no scheme") << "civitai.com";
        QTest::newRow("file") << "file:///etc/passwd";
        QTest::newRow("one bad of two") << "https://civitai.red, civitai.com";
    }

    void refusesAnInvalidApiAddress()
    {
        QFETCH(QString, address);
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        dialog.show();
        child<QLineEdit>(dialog, "apiBaseEdit")->setText(address);
        QVERIFY(child<QLabel>(dialog, "apiBaseError")->isVisible());
        QVERIFY(child<QLabel>(dialog, "apiBaseError")->text().contains(QStringLiteral("https://")));
        child<QDialogButtonBox>(dialog, "dialogButtons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible()); // stays open
        QCOMPARE(Settings(settingsFile()).value(Settings::ApiBases),
                 Settings::ApiBases.defaultValue());

        child<QLineEdit>(dialog, "apiBaseEdit")->setText(QStringLiteral("https://civitai.com"));
        QVERIFY(!child<QLabel>(dialog, "apiBaseError")->isVisible());
    }

    void refusesBadExtensions()
    {
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        dialog.show();
        child<QLineEdit>(dialog, "extensionsEdit")->setText(QStringLiteral("safetensors, ../x"));
        child<QDialogButtonBox>(dialog, "dialogButtons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(dialog, "extensionsError")->isVisible());
    }

    void testButtonShowsAValidKey()
    {
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        dialog.show();
        child<QLineEdit>(dialog, "apiBaseEdit")->setText(m_server.baseUrl().toString());
        auto *test = child<QPushButton>(dialog, "testKeyButton");
        QVERIFY(!test->isEnabled()); // nothing to test yet
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(m_goodKey);
        QVERIFY(test->isEnabled());
        m_server.clearRequests();
        test->click();
        auto *result = child<QLabel>(dialog, "testResultLabel");
        QVERIFY(result->text().contains(QStringLiteral("Testing")));
        QVERIFY(!test->isEnabled()); // one test at a time; the UI still runs meanwhile
        QTRY_VERIFY(result->text().contains(QStringLiteral("belongs to archivist")));
        QVERIFY(test->isEnabled());
        QCOMPARE(m_server.requestCount(QStringLiteral("/api/v1/me")), 1);
        // Testing does not save: the key is only stored with Save.
        QCOMPARE(m_store->storage(), ApiKeyStore::Storage::None);
    }

    void testButtonShowsARejectedKey()
    {
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        dialog.show();
        child<QLineEdit>(dialog, "apiBaseEdit")->setText(m_server.baseUrl().toString());
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(QStringLiteral("revoked-key"));
        child<QPushButton>(dialog, "testKeyButton")->click();
        auto *result = child<QLabel>(dialog, "testResultLabel");
        QTRY_VERIFY(result->text().contains(QStringLiteral("did not accept")));
        QVERIFY(result->text().contains(QStringLiteral("401")));
    }

    void testButtonShowsAnUnreachableServer()
    {
        m_server.injectFault(QStringLiteral("/api/v1/me"), FakeCivitai::Fault::htmlError(502));
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        dialog.show();
        child<QLineEdit>(dialog, "apiBaseEdit")->setText(m_server.baseUrl().toString());
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(m_goodKey);
        child<QPushButton>(dialog, "testKeyButton")->click();
        auto *result = child<QLabel>(dialog, "testResultLabel");
        QTRY_VERIFY(result->text().contains(QStringLiteral("Could not test the key: HTTP 502")));
    }

    void masksTheKeyUntilShown()
    {
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        auto *edit = child<QLineEdit>(dialog, "apiKeyEdit");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        child<QToolButton>(dialog, "showKeyButton")->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        child<QToolButton>(dialog, "showKeyButton")->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }

    void saysPlainlyWhenThereIsNoKeychain()
    {
        // This test runs with no session bus (tests/ui/CMakeLists.txt): the key can only be kept
        // for the session.
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        dialog.show();
        auto *status = child<QLabel>(dialog, "keyStatusLabel");
        QVERIFY2(status->text().contains(QStringLiteral("No key is saved")),
                 qPrintable(status->text()));
        child<QLineEdit>(dialog, "apiKeyEdit")->setText(m_goodKey);
        QSignalSpy stored(m_store.get(), &ApiKeyStore::stored);
        child<QPushButton>(dialog, "saveKeyButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
        QVERIFY(!m_store->isKeychainAvailable());
        QVERIFY2(status->text().contains(QStringLiteral("No system keychain is available")),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("this session only")));
        QVERIFY(!status->text().contains(m_goodKey));
        QCOMPARE(m_store->keyForRun(), m_goodKey);

        // The key outlives the dialog: the store is the application's.
        {
            SettingsDialog again(*m_settings, m_store.get());
            QCOMPARE(child<QLineEdit>(again, "apiKeyEdit")->text(), m_goodKey);
        }

        auto *remove = child<QPushButton>(dialog, "removeKeyButton");
        QVERIFY(remove->isEnabled());
        QSignalSpy removed(m_store.get(), &ApiKeyStore::removed);
        remove->click();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QVERIFY(child<QLineEdit>(dialog, "apiKeyEdit")->text().isEmpty());
        QVERIFY(status->text().contains(QStringLiteral("No key is saved")));
        QVERIFY(!remove->isEnabled());
    }

    void showsAKeySavedInTheSystemKeychain()
    {
        if (qEnvironmentVariable("CDM_TEST_REAL_KEYCHAIN") != QLatin1String("1"))
            QSKIP("needs a private Secret Service: run through ctest "
                  "(tst_settingsdialog_secretservice)");
        {
            SettingsDialog dialog(*m_settings, m_store.get());
            waitForKeychain(dialog);
            dialog.show();
            auto *status = child<QLabel>(dialog, "keyStatusLabel");
            QVERIFY2(status->text().contains(QStringLiteral("No key is saved")),
                     qPrintable(status->text()));
            child<QLineEdit>(dialog, "apiKeyEdit")->setText(m_goodKey);
            QSignalSpy stored(m_store.get(), &ApiKeyStore::stored);
            child<QPushButton>(dialog, "saveKeyButton")->click();
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
            QVERIFY(m_store->isKeychainAvailable());
            QCOMPARE(status->text(), QStringLiteral("A key is saved in the system keychain."));
            QVERIFY(!child<QPushButton>(dialog, "saveKeyButton")->isEnabled()); // nothing new
        }

        // A later session: a new store finds the key, and the dialog shows it (masked).
        m_store = std::make_unique<ApiKeyStore>();
        SettingsDialog dialog(*m_settings, m_store.get());
        auto *edit = child<QLineEdit>(dialog, "apiKeyEdit");
        QTRY_COMPARE_WITH_TIMEOUT(edit->text(), m_goodKey, 20000);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLabel>(dialog, "keyStatusLabel")->text(),
                 QStringLiteral("A key is saved in the system keychain."));
        QSignalSpy removed(m_store.get(), &ApiKeyStore::removed);
        child<QPushButton>(dialog, "removeKeyButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QVERIFY(child<QLabel>(dialog, "keyStatusLabel")
                    ->text()
                    .contains(QStringLiteral("No key is saved")));
    }

    void namesEveryFieldAndGivesMnemonics()
    {
        SettingsDialog dialog(*m_settings, m_store.get());
        waitForKeychain(dialog);
        const QList<QWidget *> fields = dialog.findChildren<QWidget *>();
        for (QWidget *field : fields) {
            if (qobject_cast<QLineEdit *>(field) || qobject_cast<QAbstractSpinBox *>(field)
                || qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractButton *>(field)) {
                if (field->parent() && qobject_cast<QAbstractSpinBox *>(field->parent()))
                    continue; // a spin box's own line edit
                if (field->parent()
                    && (qobject_cast<QComboBox *>(field->parent())
                        || qobject_cast<QLineEdit *>(field->parent())))
                    continue; // a combo box's view, a line edit's clear button
                const bool named = !field->accessibleName().isEmpty()
                    || (qobject_cast<QAbstractButton *>(field)
                        && !static_cast<QAbstractButton *>(field)->text().isEmpty());
                QVERIFY2(named,
                         qPrintable(field->objectName() + QLatin1Char(' ')
                                    + QString::fromLatin1(field->metaObject()->className())));
            }
        }
        // Every label that leads to a field has a mnemonic, and no two mnemonics clash.
        QList<QChar> mnemonics;
        const auto addMnemonic = [&](const QString &text) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp >= 0 && amp + 1 < text.size())
                mnemonics.append(text.at(amp + 1).toLower());
        };
        int buddies = 0;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            ++buddies;
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
            addMnemonic(label->text());
        }
        QCOMPARE(buddies, 9);
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            addMnemonic(button->text());
        QList<QChar> unique = mnemonics;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        QCOMPARE(unique.size(), mnemonics.size());
        QVERIFY(child<QLabel>(dialog, "languageNote")->text().contains(QStringLiteral("restart")));
    }

    void appliesThemes()
    {
        const QString platformStyle = Theme::styleName();
        Theme::apply(*qApp, Settings::Theme::Dark);
        QCOMPARE(Theme::styleName(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        Theme::apply(*qApp, Settings::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 60);
        Theme::apply(*qApp, Settings::Theme::System);
        QCOMPARE(Theme::styleName(), platformStyle);
    }

    // Pictures for people, not assertions: written when CDM_SCREENSHOT_DIR is set.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("CDM_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set CDM_SCREENSHOT_DIR to write screenshots of the dialog");
        for (const Settings::Theme theme : { Settings::Theme::Light, Settings::Theme::Dark }) {
            Theme::apply(*qApp, theme);
            SettingsDialog dialog(*m_settings, m_store.get());
            waitForKeychain(dialog);
            dialog.show();
            child<QLineEdit>(dialog, "apiBaseEdit")->setText(m_server.baseUrl().toString());
            child<QLineEdit>(dialog, "apiKeyEdit")->setText(m_goodKey);
            QSignalSpy stored(m_store.get(), &ApiKeyStore::stored);
            child<QPushButton>(dialog, "saveKeyButton")->click();
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 20000);
            child<QPushButton>(dialog, "testKeyButton")->click();
            QTRY_VERIFY(child<QLabel>(dialog, "testResultLabel")
                            ->text()
                            .contains(QStringLiteral("archivist")));
            dialog.adjustSize();
            const QString name
                = theme == Settings::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
            QVERIFY(dialog.grab().save(QStringLiteral("%1/settings-%2.png").arg(folder, name)));
            m_store->remove();
            QTRY_VERIFY(!m_store->isBusy());
        }
        Theme::apply(*qApp, Settings::Theme::System);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
