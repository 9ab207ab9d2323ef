#include "core/galleryindex.h"

#include "core/fileslices.h"
#include "core/gallerywriter.h"
#include "core/html.h"
#include "core/version.h"

#include <QJsonArray>

#include <algorithm>
#include <cstring>

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

QByteArray GalleryIndex::cardOf(const ArchivedModel &model)
{
    return literal(Html::jsonForScript(GalleryWriter::indexCard(model)));
}

void GalleryIndex::add(const ArchivedModel &model, const QByteArray &card)
{
    place(model.folder, { card });
    countFile(model.sha256.toUtf8());
}

void GalleryIndex::addRecordedCard(const QString &folder, qint64 offset, qint64 size,
                                   QByteArrayView sha256)
{
    place(folder, { QByteArray(), offset, size, RecordedCards });
    countFile(sha256);
}

void GalleryIndex::place(const QString &folder, Card card)
{
    if (const auto place = m_reserved.constFind(folder); place != m_reserved.constEnd()) {
        m_cards[*place] = std::move(card);
        m_reserved.erase(place);
    } else {
        m_cards.push_back(std::move(card));
    }
    ++m_models;
}

bool GalleryIndex::setAsideUnreadable(const ArchivedModel &model)
{
    if (!model.isUnreadable())
        return false;
    m_unreadable.append(model.fileName);
    return true;
}

void GalleryIndex::addStoredCard(qint64 offset, qint64 size, QByteArrayView sha256)
{
    m_cards.push_back({ QByteArray(), offset, size });
    ++m_models;
    countFile(sha256);
}

void GalleryIndex::reserve(const QString &folder)
{
    m_reserved.insert(folder, qsizetype(m_cards.size()));
    m_cards.emplace_back();
}

// Kept as 32 bytes each and counted when the index is written: a set of 100,000 hashes costs
// several times that.
void GalleryIndex::countFile(QByteArrayView sha256)
{
    if (sha256.isEmpty())
        return;
    const QByteArray binary
        = sha256.size() == 64 ? QByteArray::fromHex(sha256.toByteArray()) : QByteArray();
    if (binary.size() == 32) {
        std::array<char, 32> hash;
        std::memcpy(hash.data(), binary.constData(), hash.size());
        m_hashes.push_back(hash);
    } else if (m_otherHashes.contains(sha256.toByteArray())) { // not a SHA-256: kept apart
        ++m_otherDuplicates;
    } else {
        m_otherHashes.insert(sha256.toByteArray());
    }
}

int GalleryIndex::duplicates() const
{
    std::vector<std::array<char, 32>> sorted = m_hashes;
    std::sort(sorted.begin(), sorted.end());
    const auto distinct = std::unique(sorted.begin(), sorted.end());
    return int(sorted.end() - distinct) + m_otherDuplicates;
}

QByteArray GalleryIndex::script() const
{
    QByteArray script;
    writeScript([&script](QByteArrayView piece) {
        script += piece;
        return true;
    });
    return script;
}

bool GalleryIndex::writeScript(const std::function<bool(QByteArrayView)> &sink) const
{
    // {"duplicates":…,"models":[],"unreadable":[…],"version":…} with the cards put between the
    // brackets.
    QJsonObject head {
        { QStringLiteral("version"), QLatin1String(CDM_VERSION) },
        { QStringLiteral("duplicates"), duplicates() },
        { QStringLiteral("models"), QJsonArray() },
    };
    if (!m_unreadable.isEmpty())
        head.insert(QStringLiteral("unreadable"), QJsonArray::fromStringList(m_unreadable));
    const QString json = Html::jsonForScript(head);
    const qsizetype cards = json.indexOf(QLatin1String("\"models\":[]")) + 10;
    // Each opened at the first card it holds; its cards are in the order of their folders.
    std::array<FileSlices, 2> files { FileSlices(m_cardFiles[0]), FileSlices(m_cardFiles[1]) };
    if (!sink("window.CDM_GALLERY = JSON.parse('") || !sink(literal(json.left(cards))))
        return false;
    bool first = true;
    for (const Card &card : m_cards) {
        if (card.text.isEmpty() && card.offset < 0)
            continue; // a reserved place never filled
        if (!std::exchange(first, false) && !sink(","))
            return false;
        if (card.offset < 0) {
            if (!sink(card.text))
                return false;
            continue;
        }
        const QByteArrayView text = files[card.file].read(card.offset, card.size);
        if (text.size() != card.size || !sink(text))
            return false;
    }
    return sink(literal(json.mid(cards))) && sink("');\n");
}
