#pragma once

#include "core/jsonstreamscan.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <array>

// A SHA-256 as its 32 bytes, held in place: the run's state keeps several for each of 100,000
// files, and a QByteArray of them costs another 50 bytes of header and heap each. All zero bytes
// is no digest (no input hashes to them).
class Sha256Digest final
{
public:
    static constexpr qsizetype Size = 32;

    Sha256Digest() = default; // none

    // Of 32 bytes; none for anything else.
    static Sha256Digest fromBytes(QByteArrayView bytes)
    {
        Sha256Digest digest;
        if (bytes.size() == Size)
            std::copy_n(bytes.data(), Size, digest.m_bytes.begin());
        return digest;
    }
    // Of 64 hex digits, either case; none for anything else.
    static Sha256Digest fromHex(QByteArrayView hex)
    {
        if (hex.size() != 2 * Size)
            return {};
        Sha256Digest digest;
        for (qsizetype i = 0; i < Size; ++i) {
            const int high = JsonStream::Scan::hexValue(hex[2 * i]);
            const int low = JsonStream::Scan::hexValue(hex[2 * i + 1]);
            if (high < 0 || low < 0)
                return {};
            digest.m_bytes[i] = char(high << 4 | low);
        }
        return digest;
    }

    bool isEmpty() const
    {
        return std::all_of(m_bytes.begin(), m_bytes.end(), [](char byte) { return byte == 0; });
    }
    QByteArrayView bytes() const { return { m_bytes.data(), Size }; }
    // Lower case, as Python's hexdigest(); empty for none.
    QByteArray toHex() const { return isEmpty() ? QByteArray() : bytes().toByteArray().toHex(); }

    bool operator==(const Sha256Digest &) const = default;

private:
    std::array<char, Size> m_bytes {};
};
