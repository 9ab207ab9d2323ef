#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class SharedStrings;

// A state file's bytes while it is read: mapped into memory when the system allows it (no copy of
// tens of megabytes, nor zeroed pages to hold one), else read whole.
class StateFileBytes
{
public:
    explicit StateFileBytes(const QString &path)
        : m_file(path)
    { }
    // False, with `error` set, when the file cannot be read.
    bool open(QString *error);
    QByteArrayView bytes() const { return m_bytes; }

    // How often `c` is in `text`: a bound on the entries of a state, reserved before reading
    // them (a hash of 100,000 grown as it fills hashes each key again several times).
    static qsizetype count(QByteArrayView text, char c);
    // The same of `text`, a part of these bytes, giving back the pages it walked through.
    qsizetype countForgetting(QByteArrayView text, char c);

    // Mapped pages the reader is done with leave the process (the system keeps them cached; a
    // read maps them again): while mapped they count in its resident memory, and a state file of
    // 50 MB, read through once, would add its size to the peak.
    void forgetBefore(const char *position);

private:
    // Pages are given back a MiB at a time at most: a walk's cost stays in its own reading.
    static constexpr qsizetype ForgetStep = 1 << 20;

    QFile m_file;
    QByteArray m_read;
    QByteArrayView m_bytes;
    bool m_mapped = false;
    qsizetype m_forgotten = 0; // the bytes given back, from the start, in this walk
};

// The skeleton shared by the archive's state files (processed_files.json,
// missing_from_civitai.txt, updates_available.json, hash_cache.json): a file that is not there
// is an empty state, a load replaces the state, a change makes a save due, and a save is atomic
// (JsonFile::write). Each subclass reads and writes its own format, byte for byte the Python
// tool's where the Python tool wrote the file.
class StateFile
{
    Q_DECLARE_TR_FUNCTIONS(StateFile)

public:
    virtual ~StateFile() = default;

    const QString &path() const { return m_path; }
    bool isDirty() const { return m_dirty; }

    // False, with `error` set and the state empty, when the file cannot be read or is damaged.
    bool load(QString *error = nullptr);
    // Writes the state, or removes the file when the state is one that is not kept on disk.
    // The state stays due for the next save when this fails.
    bool save(QString *error = nullptr);
    // Forgets a saved state (nothing due) to free its memory; until the next load, save() keeps
    // what is on disk. False, keeping the state, when something is due.
    bool unload();

    // Paths read are shared with the other state files given the same `strings` (see
    // SharedStrings); null: none.
    void setSharedStrings(SharedStrings *strings) { m_sharedStrings = strings; }

protected:
    explicit StateFile(QString path);

    // Takes the state's text a piece at a time; false when it could not be written.
    using Sink = std::function<bool(QByteArrayView)>;

    QString shared(const QString &text) const;

    void setDirty() { m_dirty = true; }
    // What is on disk is the state again (a subclass saved it its own way).
    void setSaved() { m_dirty = false; }

private:
    virtual void clear() = 0;
    // Reads the existing file into the (cleared) state.
    virtual bool read(QString *error) = 0;
    // Whether the state has a file at all; its file is removed when not (the Python tool deletes
    // an empty missing list).
    virtual bool keptOnDisk() const { return true; }
    // The file's text, handed to `sink` a piece at a time, so that a large state (tens of
    // megabytes at 100,000 files) is never held whole: as it is made it is compared with the file
    // on disk, which is replaced only when it differs (ChangedFileWriter). False when the sink
    // failed.
    virtual bool writePieces(const Sink &sink) const = 0;
    // The file exists but could not be loaded; the state is empty again.
    virtual void unreadable() { }
    // The whole state has just been written.
    virtual void written() { }

    bool saveInPieces(QString *error) const;

    QString m_path;
    bool m_dirty = false;
    bool m_unloaded = false; // see unload()
    SharedStrings *m_sharedStrings = nullptr;
};

// A state file holding one JSON object, written as the Python tool's json.dump(indent=4).
class JsonStateFile : public StateFile
{
protected:
    using StateFile::StateFile;

private:
    // Takes the object read into the (cleared) state; false with `error` set when it is not one
    // of ours.
    virtual bool fromJson(const QJsonObject &root, QString *error) = 0;
    virtual QJsonObject toJson() const = 0;

    bool read(QString *error) final;
    bool writePieces(const Sink &sink) const final; // format(toJson())
};

// A state file holding one JSON object of up to 100,000 entries (the hash cache, the processed
// files): read a member at a time (JsonStream) and written from its own text in pieces
// (writePieces()), never held whole as a JSON document, which costs several times the text.
class StreamedJsonStateFile : public StateFile
{
protected:
    using StateFile::StateFile;

private:
    // One member of the file's object, its value still JSON text (JsonStream parses it); false,
    // with `error` set, when it is damaged.
    virtual bool readMember(const QString &key, QByteArrayView value, QString *error) = 0;
    // After the last member: false, with `error` set, when the file is not one of ours.
    virtual bool membersRead(QString *) { return true; }
    bool read(QString *error) final;
};
