#pragma once

#include <QBuffer>

// A device that fails after `failAfter` bytes, like a disk with a bad sector.
class FailDevice final : public QBuffer
{
public:
    FailDevice(const QByteArray &data, qint64 failAfter)
        : m_data(data)
        , m_failAfter(failAfter)
    {
        setBuffer(&m_data);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (pos() >= m_failAfter) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        return QBuffer::readData(data, qMin(maxSize, m_failAfter - pos()));
    }

private:
    QByteArray m_data;
    qint64 m_failAfter;
};
