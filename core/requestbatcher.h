#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <limits>

// Groups the files waiting for the same thing (a hash's triage, a version, a model) into requests
// of at most `limit` keys. A full request goes out at once; a partial one only when none of this
// batcher's requests is on its way, so keys pile up while the polite pause holds the queue, and
// after its first key waited `delay` for company (0: the keys added in one pass of the event
// loop, as when an answer is handled).
// Answers come back as answered(keys): the caller takes each key's files with take().
// A batcher whose answers bring much data along may keep fewer requests on their way
// (setMaxOnItsWay) and be held (setHeld): nothing is sent while what came of earlier answers is
// still being worked through, so a large collection is not held in memory all at once.
template<typename Key>
class RequestBatcher
{
    Q_DISABLE_COPY_MOVE(RequestBatcher)

public:
    using Send = std::function<void(const QList<Key> &keys)>;

    RequestBatcher(int limit, std::chrono::milliseconds delay, QObject *timerParent, Send send)
        : m_limit(limit)
        , m_timer(timerParent)
        , m_send(std::move(send))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(delay);
        QObject::connect(&m_timer, &QTimer::timeout, timerParent, [this] {
            m_due = true;
            sendWhatIsDue();
        });
    }

    // `file` waits for `key`; a key already waiting or asked for is not asked for again.
    void add(const Key &key, int file)
    {
        QList<int> &files = m_files[key];
        files.append(file);
        if (files.size() > 1)
            return;
        m_unsent.append(key);
        if (m_unsent.size() >= m_limit)
            sendWhatIsDue();
        else if (!m_due && !m_timer.isActive())
            m_timer.start();
    }

    // No more keys are coming from outside: what waits may go as soon as nothing is on its way,
    // and keys added later (a burst while an answer is handled) go together at the next pass of
    // the event loop.
    void flush()
    {
        m_timer.stop();
        m_timer.setInterval(0);
        m_due = true;
        sendWhatIsDue();
    }

    // An answer (or a failure) came for `keys`, sent earlier.
    void answered()
    {
        --m_onItsWay;
        sendWhatIsDue();
    }

    QList<int> take(const Key &key) { return m_files.take(key); }

    void setMaxOnItsWay(int requests) { m_maxOnItsWay = requests; }
    void setHeld(bool held)
    {
        if (m_held == held)
            return;
        m_held = held;
        sendWhatIsDue();
    }

    // Cancelling: every file still waiting, asked for or not.
    QList<int> takeAll()
    {
        m_timer.stop();
        m_unsent.clear();
        QList<int> files;
        for (const QList<int> &waiting : std::as_const(m_files))
            files += waiting;
        m_files.clear();
        return files;
    }

private:
    void sendWhatIsDue()
    {
        while (!m_held && m_onItsWay < m_maxOnItsWay
               && (m_unsent.size() >= m_limit
                   || (!m_unsent.isEmpty() && m_due && m_onItsWay == 0))) {
            const QList<Key> keys = m_unsent.mid(0, m_limit);
            m_unsent.remove(0, keys.size());
            ++m_onItsWay;
            m_send(keys);
        }
        if (m_unsent.isEmpty())
            m_due = false;
    }

    const int m_limit;
    QTimer m_timer;
    Send m_send;
    QHash<Key, QList<int>> m_files; // waiting for each key
    QList<Key> m_unsent;
    int m_onItsWay = 0;
    int m_maxOnItsWay = std::numeric_limits<int>::max();
    bool m_due = false;
    bool m_held = false;
};
