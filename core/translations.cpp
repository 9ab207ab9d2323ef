#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "cdm.translations")

namespace {

QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;
QString currentCode = QStringLiteral("en");

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QList<Translations::Language> Translations::shipped()
{
    return {
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("ja"), QStringLiteral("日本語") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") },
    };
}

QString Translations::install(QCoreApplication &app, const QString &language)
{
    uninstall(ownTranslator);
    uninstall(qtTranslator);
    currentCode = QStringLiteral("en");

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // QTranslator::load(QLocale, …) walks the locale's UI languages: "de_AT" finds "de". English,
    // the source language, has a file too: its plural forms ("1 folder", "2 folders").
    const QString name = QStringLiteral("civitai-data-manager");
    const QString folder = QStringLiteral(":/i18n");
    auto *own = new QTranslator(&app);
    if (!own->load(locale, name, QStringLiteral("_"), folder)) {
        if (!language.isEmpty() && language != QLatin1String("en"))
            qCWarning(lcTranslations) << "no translation for" << language << "- using English";
        if (!own->load(name + QStringLiteral("_en"), folder))
            qCWarning(lcTranslations) << "the English plural forms are missing from" << folder;
    }
    QCoreApplication::installTranslator(own);
    ownTranslator = own;
    currentCode = own->language().isEmpty() ? QStringLiteral("en") : own->language();
    if (currentCode == QLatin1String("en"))
        return currentCode; // Qt's own text is English already

    // Qt's own text: standard buttons and dialogs. Debian ships it in qt6-translations-l10n;
    // without it those stay English.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder)) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        qCInfo(lcTranslations) << "Qt's own translation for" << currentCode << "is not in"
                               << qtFolder;
        delete qt;
    }
    return currentCode;
}

QString Translations::current()
{
    return currentCode;
}
