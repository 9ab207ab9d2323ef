// The shipped .ts files are complete and current (lupdate over today's sources finds nothing
// new), keep every placeholder and accelerator, and each language reaches what people read: the
// gallery pages, their scripts' text, Qt's own buttons and the command line.
#include "core/archivedmodel.h"
#include "core/gallerywriter.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList forms; // the translation, or each plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.forms.append(xml.readElementText());
                    } else {
                        message.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text, bool withPluralCount)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto match = marker.globalMatch(text); match.hasNext();) {
        const QString placeholder = match.next().captured();
        if (withPluralCount || placeholder != QLatin1String("%n"))
            found.append(placeholder);
    }
    found.sort();
    return found;
}

bool hasAccelerator(QString text)
{
    text.remove(QLatin1String("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&[^\\s&;]"));
    return accelerator.match(text).hasMatch();
}

QString describe(const Message &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
}

QStringList tsFiles()
{
    return QString::fromUtf8(CDM_TS_FILES).split(QLatin1Char('|'));
}

QString languageOf(const QString &tsFile)
{
    return tsFile.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); }

    void completeAndCurrent_data()
    {
        QTest::addColumn<QString>("tsFile");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(languageOf(file))) << file;
        QTest::newRow("en (plural forms)") << QStringLiteral(CDM_TS_FILE_EN);
    }

    // lupdate on a copy, with the sources of today: whatever it marks unfinished (new or changed
    // text), obsolete or vanished (text gone from the sources) is missing from the shipped file.
    void completeAndCurrent()
    {
        QFETCH(QString, tsFile);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));

        QStringList arguments = QString::fromUtf8(CDM_LUPDATE_OPTIONS).split(QLatin1Char('|'));
        if (tsFile == QLatin1String(CDM_TS_FILE_EN))
            arguments.append(QStringLiteral("-pluralonly"));
        arguments << QStringLiteral("@" CDM_LUPDATE_LIST) << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(CDM_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &message : messages) {
            const bool empty = message.forms.isEmpty()
                || std::any_of(message.forms.cbegin(), message.forms.cend(),
                               [](const QString &form) { return form.trimmed().isEmpty(); });
            if (!message.type.isEmpty())
                problems.append(message.type + QStringLiteral(" – ") + describe(message));
            else if (empty)
                problems.append(QStringLiteral("empty – ") + describe(message));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 messages need work (run the "
                                           "update_translations target, then translate):\n%3")
                                .arg(problems.size())
                                .arg(messages.size())
                                .arg(problems.mid(0, 20).join(QLatin1Char('\n')))));
    }

    void placeholdersAndAccelerators_data()
    {
        QTest::addColumn<QString>("tsFile");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(languageOf(file))) << file;
    }

    // A lost %1 drops a file name from a message; a lost & a keyboard shortcut.
    void placeholdersAndAccelerators()
    {
        QFETCH(QString, tsFile);
        QString error;
        const QList<Message> messages = readTs(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &message : messages) {
            if (!message.type.isEmpty())
                continue; // unfinished: completeAndCurrent() reports it
            for (const QString &form : message.forms) {
                // A singular form may spell the number out ("un dossier"): %n is optional there.
                if (placeholders(message.source, !message.numerus)
                    != placeholders(form, !message.numerus))
                    problems.append(
                        QStringLiteral("placeholders – %1 → \"%2\"").arg(describe(message), form));
                if (hasAccelerator(message.source) != hasAccelerator(form))
                    problems.append(
                        QStringLiteral("accelerator – %1 → \"%2\"").arg(describe(message), form));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void eachLanguageReachesThePages_data()
    {
        QTest::addColumn<QString>("code");
        for (const Translations::Language &language : Translations::shipped()) {
            if (language.code != QLatin1String("en"))
                QTest::newRow(qPrintable(language.code)) << language.code;
        }
    }

    void eachLanguageReachesThePages()
    {
        QFETCH(QString, code);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), code), code);
        QCOMPARE(Translations::current(), code);

        const QString title = GalleryWriter::tr("Model browser");
        QVERIFY2(title != QLatin1String("Model browser"), qPrintable(title));
        const QString index = GalleryWriter::indexPage({});
        QVERIFY(
            index.contains(QStringLiteral("<html lang=\"%1\">")
                               .arg(QString(code).replace(QLatin1Char('_'), QLatin1Char('-')))));
        QVERIFY(index.contains(QStringLiteral("<h1>%1</h1>").arg(title)));

        // The scripts' text: what index.js shows for qsTr('Missing from Civitai').
        const QString missing = QCoreApplication::translate("index", "Missing from Civitai");
        QVERIFY2(missing != QLatin1String("Missing from Civitai"), qPrintable(missing));
        QVERIFY2(GalleryWriter::scriptText().contains(missing),
                 qPrintable(GalleryWriter::scriptText()));

        // A model page's numbers follow the language too.
        ArchivedModel model;
        model.modelName = QStringLiteral("m");
        model.downloads = 18342;
        const QString page = GalleryWriter::modelPage(model);
        QVERIFY(!page.contains(QLatin1String(">18342<")));
        QVERIFY2(page.contains(QLatin1Char('>') + QLocale().toString(18342) + QLatin1Char('<')),
                 qPrintable(QLocale().toString(18342)));

        // Qt's own text (dialog buttons) follows: qt6-translations-l10n on Debian.
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY2(cancel != QLatin1String("Cancel"),
                 "Qt's own translations were not found (Debian: qt6-translations-l10n)");
    }

    // GalleryWriter finds qsTr('…') with a single-quoted literal: a call of any other shape
    // would be translated in the .ts file but never reach the page.
    void everyScriptTextIsFoundForThePages()
    {
        static const QRegularExpression anyCall(QStringLiteral("(?<!function )qsTr\\("));
        const QStringList scripts
            = QDir(QStringLiteral(":/gallery")).entryList({ QStringLiteral("*.js") }, QDir::Files);
        int calls = 0;
        for (const QString &script : scripts) {
            QFile file(QStringLiteral(":/gallery/") + script);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(file.readAll());
            for (auto match = anyCall.globalMatch(code); match.hasNext(); match.next())
                ++calls;
        }
        QVERIFY(calls > 40);
        QCOMPARE(GalleryWriter::scriptSources().size(), calls);
    }

    void englishHasItsPluralForms()
    {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")),
                 QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("CleanDialog", "Remove %n folder(s)", nullptr, 1),
                 QStringLiteral("Remove 1 folder"));
        QCOMPARE(QCoreApplication::translate("CleanDialog", "Remove %n folder(s)", nullptr, 3),
                 QStringLiteral("Remove 3 folders"));
        QVERIFY(GalleryWriter::indexPage({}).contains(QLatin1String("<html lang=\"en\">")));
    }

    void anUnknownLanguageFallsBackToEnglish()
    {
        QTest::ignoreMessage(QtWarningMsg, "no translation for \"pt\" - using English");
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("pt")),
                 QStringLiteral("en"));
        QCOMPARE(GalleryWriter::tr("Model browser"), QStringLiteral("Model browser"));
    }

    void commandLineFollowsTheSystemLanguage_data() { eachLanguageReachesThePages_data(); }

    // The installed program with no language chosen: LC_ALL decides, as for any Unix tool.
    void commandLineFollowsTheSystemLanguage()
    {
        QFETCH(QString, code);
        QTemporaryDir home;
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LC_ALL"), code + QStringLiteral(".UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(CDM_CLI_PATH), { QStringLiteral("--help") });
        QVERIFY(cli.waitForFinished(30000));
        const QString help = QString::fromUtf8(cli.readAllStandardOutput());

        Translations::install(*QCoreApplication::instance(), code);
        const QString expected
            = QCoreApplication::translate("CommandLine", "Process one model file.");
        QVERIFY2(expected != QLatin1String("Process one model file."), qPrintable(expected));
        QVERIFY2(help.contains(expected), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
