#include "ui/thumbnailcache.h"

#include "ui/background.h"

#include <QImageReader>
#include <QPointer>

namespace {
constexpr int CachedThumbnails = 4000; // about 16 MB at 32 px
}

ThumbnailCache::ThumbnailCache(QSize size, QObject *parent)
    : QObject(parent)
    , m_size(size)
    , m_images(CachedThumbnails)
{
    m_pool.setMaxThreadCount(1); // a background chore: one core is enough
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::thumbnail(const QString &path) const
{
    if (path.isEmpty())
        return {};
    if (const QImage *image = m_images.object(path))
        return *image;
    if (m_pending.contains(path))
        return {};
    m_pending.insert(path);
    auto *self = const_cast<ThumbnailCache *>(this); // the cache fills itself; callers only read
    const QSize size = m_size;
    m_pool.start([self, path, size] {
        const BackgroundPriority lower;
        QImageReader reader(path);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatioByExpanding));
        QImage image = reader.read();
        if (!image.isNull()) // the middle of the picture, square
            image = image.copy(QRect(
                QPoint((image.width() - size.width()) / 2, (image.height() - size.height()) / 2),
                size));
        QMetaObject::invokeMethod(
            self, [self, path, image] { self->decoded(path, image); }, Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::decoded(const QString &path, const QImage &image)
{
    m_pending.remove(path);
    // An unreadable picture is remembered as a blank one: not decoded again on every paint.
    m_images.insert(path,
                    new QImage(image.isNull() ? QImage(m_size, QImage::Format_ARGB32) : image));
    if (image.isNull())
        m_images.object(path)->fill(Qt::transparent);
    Q_EMIT ready(path);
}
