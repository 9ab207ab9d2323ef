#include "core/trainingmetadata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

// Values may be JSON text inside a string (kohya) or, from other writers, already parsed.
QJsonValue parseEmbeddedJson(const QJsonValue &value)
{
    if (!value.isString())
        return value;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return {};
}

// {"dataset_dir": {"tag": count, ...}, ...}
void addFrequencies(const QJsonObject &perDataset, QHash<QString, qint64> &counts)
{
    for (const QJsonValue &dataset : perDataset) {
        const QJsonObject tags = dataset.toObject();
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            const QString tag = it.key().trimmed();
            if (!tag.isEmpty())
                counts[tag] += qint64(it.value().toDouble());
        }
    }
}

} // namespace

QList<TagCount> TrainingMetadata::tagFrequencies(const QJsonObject &metadata)
{
    QHash<QString, qint64> counts;
    const QJsonValue tagFrequency
        = parseEmbeddedJson(metadata.value(QLatin1String("ss_tag_frequency")));
    if (tagFrequency.isObject()) {
        addFrequencies(tagFrequency.toObject(), counts);
    } else {
        const QJsonValue datasets = parseEmbeddedJson(metadata.value(QLatin1String("ss_datasets")));
        for (const QJsonValue &dataset : datasets.toArray())
            addFrequencies(
                parseEmbeddedJson(dataset.toObject().value(QLatin1String("tag_frequency")))
                    .toObject(),
                counts);
    }

    QList<TagCount> result;
    result.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({ it.key(), it.value() });
    std::sort(result.begin(), result.end(), [](const TagCount &a, const TagCount &b) {
        return a.count != b.count ? a.count > b.count : a.tag < b.tag;
    });
    return result;
}

QStringList TrainingMetadata::triggerWords(const QJsonObject &metadata, int limit)
{
    QStringList words;
    const QList<TagCount> frequencies = tagFrequencies(metadata);
    for (const TagCount &entry : frequencies) {
        if (words.size() >= limit)
            break;
        words.append(entry.tag);
    }
    return words;
}
