#pragma once

#include "core/archivedmodel.h"

#include <QByteArray>
#include <QSet>

// The model browser's data (_gallery/models.js), built a model at a time: each model's card is
// formatted as it is added, so the index of 100,000 models costs the text of their cards, not
// the models themselves.
class GalleryIndex final
{
public:
    void add(const ArchivedModel &model);
    int size() const { return m_models; }
    // window.CDM_GALLERY = JSON.parse('…'): a string literal, which the browser parses much
    // quicker than an object literal of megabytes.
    QByteArray script() const;

private:
    QByteArray m_cards; // each card's JSON, comma-separated, escaped for the string literal
    QSet<QByteArray> m_hashes; // each file's SHA-256 (binary): files archived twice are counted
    int m_duplicates = 0;
    int m_models = 0;
};
