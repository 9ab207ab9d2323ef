#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

// Small covers for the collection's rows, decoded off the UI thread at the size they are shown
// and kept for the rows that scroll by again. A row asks; it hears `ready` once the picture is.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    explicit ThumbnailCache(QSize size, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    QSize size() const { return m_size; }
    // The picture when decoded; else a null image, and the decoding starts.
    QImage thumbnail(const QString &path) const;
    bool isDecoding() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void ready(const QString &path);

private:
    void decoded(const QString &path, const QImage &image);

    QSize m_size;
    mutable QCache<QString, QImage> m_images;
    mutable QSet<QString> m_pending;
    mutable QThreadPool m_pool;
};
