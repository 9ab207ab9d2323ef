#include "core/galleryindex.h"

#include "core/gallerywriter.h"
#include "core/html.h"
#include "core/version.h"

#include <QJsonArray>

namespace {

// Script-safe JSON (Html::jsonForScript) inside '…': only backslashes and single quotes need
// escaping. Both are per character, so cards escaped one by one read as the whole escaped.
QByteArray literal(QString json)
{
    json.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    json.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return json.toUtf8();
}

} // namespace

void GalleryIndex::add(const ArchivedModel &model)
{
    if (m_models++ > 0)
        m_cards += ',';
    m_cards += literal(Html::jsonForScript(GalleryWriter::indexCard(model)));
    if (!model.sha256.isEmpty()) {
        const QByteArray sha256 = model.sha256.size() == 64
            ? QByteArray::fromHex(model.sha256.toLatin1())
            : '#' + model.sha256.toUtf8(); // not a SHA-256: kept apart from every binary one
        if (m_hashes.contains(sha256))
            ++m_duplicates;
        else
            m_hashes.insert(sha256);
    }
}

QByteArray GalleryIndex::script() const
{
    // {"duplicates":…,"models":[],"version":…} with the cards put between the brackets.
    const QString json = Html::jsonForScript(QJsonObject {
        { QStringLiteral("version"), QLatin1String(CDM_VERSION) },
        { QStringLiteral("duplicates"), m_duplicates },
        { QStringLiteral("models"), QJsonArray() },
    });
    const qsizetype cards = json.indexOf(QLatin1String("\"models\":[]")) + 10;
    QByteArray script = "window.CDM_GALLERY = JSON.parse('";
    script.reserve(script.size() + json.size() + m_cards.size() + 4);
    script += literal(json.left(cards));
    script += m_cards;
    script += literal(json.mid(cards));
    script += "');\n";
    return script;
}
