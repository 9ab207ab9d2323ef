#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Who can download a version of a model now. Civitai keeps new versions for those who pay, for a
// while (early access) or for good (paid access); such a version exists, but is no plain
// download. Every field from Civitai is read liberally: answers of 2022 to 2026 say it in
// different ways.
struct VersionAccess
{
    enum class Kind
    {
        Public,
        EarlyAccess,
        Paid
    };
    Kind kind = Kind::Public;
    QDateTime endsAt; // UTC; invalid when no end is known or the access is paid for good

    // The access of a model-version object as Civitai answers it, at `nowUtc`: a gate whose end
    // has passed is public.
    static VersionAccess of(const QJsonObject &version, const QDateTime &nowUtc);
    // Whether of() reads the version's field `key`.
    static bool readsField(QByteArrayView key);

    // As an updates_available.json entry holds it: "access" ("public", "early_access", "paid")
    // and, when known, "access_ends_at".
    static VersionAccess fromEntry(const QJsonObject &entry);
    void writeTo(QJsonObject &entry) const;

    bool isPublic() const { return kind == Kind::Public; }
    // "Early access until 31/12/2026", "Paid", "Paid until ..." in the reader's language; empty
    // when public.
    QString label() const;
};
