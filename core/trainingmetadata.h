#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

struct TagCount
{
    QString tag;
    qint64 count = 0;

    bool operator==(const TagCount &) const = default;
};

// Reads the training data kohya's scripts leave in `__metadata__`. For a LoRA deleted from
// Civitai, the captions counted in `ss_tag_frequency` are the only trigger words left.
class TrainingMetadata final
{
public:
    // Tag counts summed over all datasets, most frequent first (ties by tag). Reads
    // `ss_tag_frequency`, else the `tag_frequency` of each entry in `ss_datasets`; both are
    // JSON documents stored as strings. Malformed values give an empty list, never an error.
    static QList<TagCount> tagFrequencies(const QJsonObject &metadata);

    // The `limit` most frequent tags: the likely trigger words.
    static QStringList triggerWords(const QJsonObject &metadata, int limit = 10);
};
