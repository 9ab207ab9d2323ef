#include "core/filehasher.h"

#include "core/pausegate.h"

#include <QFile>
#include <QLoggingCategory>

#include <memory>
#include <openssl/evp.h>

Q_LOGGING_CATEGORY(lcHash, "cdm.hash")

namespace {

struct DigestContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using DigestContext = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;

QString toHex(const unsigned char *digest, unsigned int length)
{
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), length).toHex());
}

// Fetched once: OpenSSL 3 looks the implementation up again at each use of EVP_sha256(), which
// costs as much as hashing the few hundred bytes of a listing or a stamp.
const EVP_MD *sha256()
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    static const EVP_MD *const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (fetched)
        return fetched;
#endif
    return EVP_sha256();
}

DigestContext newSha256Context()
{
    DigestContext context(EVP_MD_CTX_new());
    if (context && EVP_DigestInit_ex(context.get(), sha256(), nullptr) != 1)
        context.reset();
    return context;
}

} // namespace

HashOutcome FileHasher::hashFile(const QString &path, const HashControl &control)
{
    QFile file(path);
    // Unbuffered: QFile's own buffer would only add a copy to our 2 MiB reads.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        qCWarning(lcHash) << "cannot open" << path << file.errorString();
        return { {}, file.errorString(), false };
    }
    return hashDevice(file, control);
}

HashOutcome FileHasher::hashDevice(QIODevice &device, const HashControl &control)
{
    DigestContext context = newSha256Context();
    if (!context)
        return { {}, tr("OpenSSL could not start SHA-256"), false };

    // Not zeroed: a LoRA of a few megabytes should not first clear two.
    const auto buffer = std::make_unique_for_overwrite<char[]>(ChunkSize);
    for (;;) {
        if (control.pause)
            control.pause->waitWhilePaused(control.cancel);
        if (control.cancel && control.cancel->load(std::memory_order_relaxed))
            return { {}, {}, true };
        const qint64 got = device.read(buffer.get(), ChunkSize);
        if (got < 0)
            return { {},
                     //: %1 is the system's error message
                     tr("read error: %1").arg(device.errorString()),
                     false };
        if (got == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.get(), size_t(got));
        if (control.bytesDone)
            control.bytesDone->fetch_add(got, std::memory_order_relaxed);
        if (control.fileBytesDone)
            control.fileBytesDone->fetch_add(got, std::memory_order_relaxed);
    }

    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return { {}, tr("OpenSSL could not finish SHA-256"), false };
    return { toHex(digest, length), {}, false };
}

QString FileHasher::hashBytes(QByteArrayView data)
{
    const QByteArray digest = digestOf(data);
    return toHex(reinterpret_cast<const unsigned char *>(digest.constData()),
                 unsigned(digest.size()));
}

QByteArray FileHasher::digestOf(QByteArrayView data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
               &length, sha256(), nullptr);
    digest.truncate(length);
    return digest;
}
