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

QByteArray GalleryIndex::add(const ArchivedModel &model)
{
    const QByteArray card = literal(Html::jsonForScript(GalleryWriter::indexCard(model)));
    if (const auto place = m_reserved.constFind(model.folder); place != m_reserved.constEnd()) {
        m_cards[*place] = card;
        m_reserved.erase(place);
    } else {
        m_cards.append(card);
    }
    ++m_models;
    countFile(model.sha256);
    return card;
}

bool GalleryIndex::setAsideUnreadable(const ArchivedModel &model)
{
    if (!model.isUnreadable())
        return false;
    m_unreadable.append(model.fileName);
    return true;
}

void GalleryIndex::addCard(const QByteArray &card, const QString &sha256)
{
    m_cards.append(card);
    ++m_models;
    countFile(sha256);
}

void GalleryIndex::reserve(const QString &folder)
{
    m_reserved.insert(folder, m_cards.size());
    m_cards.append(QByteArray());
}

void GalleryIndex::countFile(const QString &sha256)
{
    if (sha256.isEmpty())
        return;
    const QByteArray binary = sha256.size() == 64
        ? QByteArray::fromHex(sha256.toLatin1())
        : '#' + sha256.toUtf8(); // not a SHA-256: kept apart from every binary one
    if (m_hashes.contains(binary))
        ++m_duplicates;
    else
        m_hashes.insert(binary);
}

QByteArray GalleryIndex::script() const
{
    // {"duplicates":…,"models":[],"unreadable":[…],"version":…} with the cards put between the
    // brackets.
    QJsonObject head {
        { QStringLiteral("version"), QLatin1String(CDM_VERSION) },
        { QStringLiteral("duplicates"), m_duplicates },
        { QStringLiteral("models"), QJsonArray() },
    };
    if (!m_unreadable.isEmpty())
        head.insert(QStringLiteral("unreadable"), QJsonArray::fromStringList(m_unreadable));
    const QString json = Html::jsonForScript(head);
    const qsizetype cards = json.indexOf(QLatin1String("\"models\":[]")) + 10;
    qsizetype size = json.size() + 40;
    for (const QByteArray &card : m_cards)
        size += card.size() + 1;
    QByteArray script = "window.CDM_GALLERY = JSON.parse('";
    script.reserve(size);
    script += literal(json.left(cards));
    bool first = true;
    for (const QByteArray &card : m_cards) {
        if (card.isEmpty())
            continue; // a reserved place never filled
        if (!std::exchange(first, false))
            script += ',';
        script += card;
    }
    script += literal(json.mid(cards));
    script += "');\n";
    return script;
}
