// The window in each shipped language: menus, actions, the empty state and Qt's own dialog
// buttons show the translation, not English.
#include "core/apikeystore.h"
#include "core/settings.h"
#include "core/translations.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestLanguages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString translated(const char *context, const char *source)
    {
        const QString text = QCoreApplication::translate(context, source);
        if (text == QLatin1String(source))
            qWarning("not translated: %s", source);
        return text;
    }

private Q_SLOTS:
    void cleanup() { Translations::install(*qApp, QStringLiteral("en")); }

    void theWindowSpeaksTheLanguage_data()
    {
        // One visible string per language written out: the test does not only compare the window
        // with the catalogue it was built from.
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)");
    }

    void theWindowSpeaksTheLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, fileMenu);
        QCOMPARE(Translations::install(*qApp, code), code);
        Settings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(code)));
        MainWindow window(settings);

        QCOMPARE(window.menuBar()->actions().constFirst()->text(), fileMenu);

        auto *start = window.findChild<QAction *>(QStringLiteral("Start"));
        QVERIFY(start);
        const QString startText = translated("MainWindow", "&Start");
        QVERIFY(startText != QLatin1String("&Start"));
        QCOMPARE(start->text(), startText);

        const QString dropHere = translated("MainWindow", "Drop model folders here");
        QVERIFY(dropHere != QLatin1String("Drop model folders here"));
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [&](const QLabel *label) { return label->text() == dropHere; }));

        // Qt's own buttons come from Qt's translations (Debian: qt6-translations-l10n).
        ApiKeyStore store;
        SettingsDialog dialog(settings, &store);
        const QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        const QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
        QVERIFY(cancel);
        const QString cancelText = QString(cancel->text()).remove(QLatin1Char('&'));
        QVERIFY2(cancelText != QLatin1String("Cancel"), "Qt's own translations were not found");
        QCOMPARE(cancelText,
                 QCoreApplication::translate("QPlatformTheme", "Cancel").remove(QLatin1Char('&')));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
