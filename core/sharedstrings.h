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
        return *m_strings.insert(text);
    }
    void clear() { m_strings = {}; }

private:
    QSet<QString> m_strings;
};
