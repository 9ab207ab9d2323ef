#pragma once

#include "core/archivedmodel.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>
#include <functional>
#include <vector>

// The model browser's data (_gallery/models.js), built a model at a time: each model's card is
// formatted as it is added, so the index of 100,000 models costs the text of their cards, not
// the models themselves; a card the gallery's cache holds (GalleryCache) stays in its file until
// the index is written.
class GalleryIndex final
{
public:
    // A model's card as the index holds it.
    static QByteArray cardOf(const ArchivedModel &model);
    // A model's card (cardOf() unless given), in the place reserved for its folder if there is
    // one.
    void add(const ArchivedModel &model) { add(model, cardOf(model)); }
    void add(const ArchivedModel &model, const QByteArray &card);
    // Keeps an unreadable file (ArchivedModel::isUnreadable) out of the models: the overview
    // names it apart. True if it was one.
    bool setAsideUnreadable(const ArchivedModel &model);
    // A card made by an earlier add(), `size` bytes at `offset` in the file `storedCards` names.
    void addStoredCard(qint64 offset, qint64 size, QByteArrayView sha256);
    void setStoredCards(const QString &path) { m_cardFiles[StoredCards] = path; }
    // A card of the folder's model (cardOf()), `size` bytes at `offset` in the file
    // `recordedCards` names (GalleryCache::recordedCards), in the place reserved for the folder.
    void addRecordedCard(const QString &folder, qint64 offset, qint64 size, QByteArrayView sha256);
    void setRecordedCards(const QString &path) { m_cardFiles[RecordedCards] = path; }
    // Keeps the folder's place in the index's order for a card added later; a place never filled
    // (the folder held no model) is left out.
    void reserve(const QString &folder);
    int size() const { return m_models; }

    // window.CDM_GALLERY = JSON.parse('…'): a string literal, which the browser parses much
    // quicker than an object literal of megabytes.
    QByteArray script() const;
    // The same bytes handed to `sink` a piece at a time; false when the sink or the stored cards'
    // file failed.
    bool writeScript(const std::function<bool(QByteArrayView)> &sink) const;

private:
    enum CardFile { StoredCards, RecordedCards };
    struct Card
    {
        QByteArray text; // each card's JSON, escaped for the string literal
        qint64 offset = -1; // or where it is in one of the cards' files
        qint64 size = 0;
        CardFile file = StoredCards;
    };

    void place(const QString &folder, Card card);
    void countFile(QByteArrayView sha256);
    int duplicates() const;

    std::vector<Card> m_cards;
    QHash<QString, qsizetype> m_reserved; // folder -> its place in m_cards
    QStringList m_unreadable; // their file names
    std::array<QString, 2> m_cardFiles; // by CardFile
    std::vector<std::array<char, 32>> m_hashes; // each file's SHA-256: files archived twice
    QSet<QByteArray> m_otherHashes; // not a SHA-256
    int m_otherDuplicates = 0;
    int m_models = 0;
};
