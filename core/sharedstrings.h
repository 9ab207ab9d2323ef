#pragma once

#include <QSet>
#include <QString>

// One copy of each equal string: the state files each key the same 100,000 model file paths
// and folder names (the hash cache, the processed files, the updates, the history, the model
// stamps, the scan), and a copy of every path costs tens of megabytes. Qt's strings share their data when copied, so handing out the first
// copy read is enough. Only needed while the state is read: clear() frees the pool, not the
// strings it handed out.
class SharedStrings final
{
public:
    // A string equal to `text`, sharing the memory of the first one seen.
    QString shared(const QString &text)
    {
        return m_strings.insert(Key { text, qHash(text, m_seed) })->text;
    }
    void clear() { m_strings = {}; }

private:
    // With its hash: a look-up compares the text of an equal hash only, and growing the set
    // hashes no text again.
    struct Key
    {
        QString text;
        size_t hash;
        bool operator==(const Key &other) const { return hash == other.hash && text == other.text; }
        friend size_t qHash(const Key &key, size_t seed) { return key.hash ^ seed; }
    };
    size_t m_seed = QHashSeed::globalSeed();
    QSet<Key> m_strings;
};
