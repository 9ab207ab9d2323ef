#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <optional>

// Tells what a downloaded preview really is, by its content alone: the image host's Content-Type
// and the URL's extension are claims, and an HTML or SVG page saved as a preview runs its scripts
// when double-clicked. Only whole images and videos of a few known formats pass; the extension of
// the saved file comes from the format found.
class MediaCheck final
{
public:
    enum class Format
    {
        Jpeg,
        Png,
        WebP,
        Gif,
        Avif,
        Heif,
        Mp4,
        QuickTime,
        WebM,
        Matroska
    };

    struct Limits
    {
        qint64 maxImageBytes = 50 * 1024 * 1024;
        qint64 maxVideoBytes = 200 * 1024 * 1024;
    };

    struct Result
    {
        std::optional<Format> format; // empty: rejected, see error
        QString error;

        bool ok() const { return format.has_value(); }
    };

    // The file's format, once it is known whole (not cut short) and within the limits.
    static Result inspect(const QString &path, const Limits &limits);
    // The format its first bytes announce (16 bytes are enough; ISO media needs up to 64).
    static std::optional<Format> sniff(const QByteArray &head);
    static bool isVideo(Format format);
    // ".jpeg", ".png", ".webp", ".gif", ".avif", ".heic", ".mp4", ".mov", ".webm", ".mkv".
    static QString extension(Format format);
    static QStringList extensions();

private:
    static bool isComplete(Format format, QFile &file);
};
