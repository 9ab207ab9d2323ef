#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

// The languages we ship, and loading them: our own messages (embedded under :/i18n) and Qt's
// (its standard dialogs and buttons, from Qt's translations folder). The window and the command
// line both use the setting's language; "" means the system's.
namespace Translations {

struct Language
{
    QString code; // a Qt locale name: "fr", "zh_CN"
    QString nativeName; // in its own language, as people look for theirs: "Français"
};

// English first, then the shipped translations.
QList<Language> shipped();

// Installs the translators for `language` ("" = the system's UI languages), replacing any installed
// before; the default QLocale follows, so numbers and sizes read the same as the text. Returns the
// code of the language now in use ("en" when no translation matched).
QString install(QCoreApplication &app, const QString &language);

// The language of the text in use ("en" until install() found a translation); the gallery's
// <html lang> and its script strings follow it.
QString current();

} // namespace Translations
