#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <atomic>

class PauseGate;
class QIODevice;

// The result of hashing one file: a lower-case hex SHA-256, or why there is none.
struct HashOutcome
{
    QString sha256;
    QString error;
    bool cancelled = false;

    bool ok() const { return !cancelled && error.isEmpty(); }
};

// How a caller steers and watches one hash; every member is optional.
struct HashControl
{
    const std::atomic_bool *cancel = nullptr; // checked between chunks
    const PauseGate *pause = nullptr; // waited on between chunks
    std::atomic<qint64> *bytesDone = nullptr; // grows as bytes are read, e.g. for a whole run
    std::atomic<qint64> *fileBytesDone = nullptr; // the same, for this file alone
};

// SHA-256 through OpenSSL's EVP interface (SHA-NI where the CPU has it), reading in large
// sequential chunks. Stateless and thread-safe: one call hashes one file, so files hash in
// parallel by calling it from several pool threads.
class FileHasher final
{
    Q_DECLARE_TR_FUNCTIONS(FileHasher)

public:
    static constexpr qint64 ChunkSize = 2 * 1024 * 1024;

    static HashOutcome hashFile(const QString &path, const HashControl &control = {});
    static HashOutcome hashDevice(QIODevice &device, const HashControl &control = {});
    static QString hashBytes(QByteArrayView data);
    static QByteArray digestOf(QByteArrayView data); // the same as 32 bytes, not hex
};
