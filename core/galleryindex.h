#pragma once

#include "core/archivedmodel.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QHash>
#include <QSet>
#include <QStringList>

// The model browser's data (_gallery/models.js), built a model at a time: each model's card is
// formatted as it is added, so the index of 100,000 models costs the text of their cards, not
// the models themselves.
class GalleryIndex final
{
public:
    // A model's card, in the place reserved for its folder if there is one; returns the card.
    QByteArray add(const ArchivedModel &model);
    // Keeps an unreadable file (ArchivedModel::isUnreadable) out of the models: the overview
    // names it apart. True if it was one.
    bool setAsideUnreadable(const ArchivedModel &model);
    // A card made by an earlier add() (GalleryCache).
    void addCard(const QByteArray &card, const QString &sha256);
    // Keeps the folder's place in the index's order for a card added later; a place never filled
    // (the folder held no model) is left out.
    void reserve(const QString &folder);
    int size() const { return m_models; }
    // window.CDM_GALLERY = JSON.parse('…'): a string literal, which the browser parses much
    // quicker than an object literal of megabytes.
    QByteArray script() const;

private:
    void countFile(const QString &sha256);

    QByteArrayList m_cards; // each card's JSON, escaped for the string literal
    QHash<QString, qsizetype> m_reserved; // folder -> its place in m_cards
    QStringList m_unreadable; // their file names
    QSet<QByteArray> m_hashes; // each file's SHA-256 (binary): files archived twice are counted
    int m_duplicates = 0;
    int m_models = 0;
};
