#pragma once

#include "importinput.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>


namespace zhisuan::db {

// A zip archive (an .xlsx workbook is one) read through zlib's minizip from an ImportInput, so that a file on disk is
// read in positional windows as a CSV file is and bytes in memory (tests, the fuzzer) the same way. Every part is read
// in chunks with its inflated size bounded: a part whose stated size is past the limit is refused before it is opened,
// and minizip never inflates past the stated size (a part that claims less than it holds ends early and fails its
// CRC). A part that inflates past kMaxRatio times its compressed size once it is larger than kRatioFloor is refused as
// a zip bomb while it is read. Encrypted parts are refused.
class ZipArchive
{
public:
    static constexpr qint64 kMaxPartBytes = qint64(2) << 30;
    static constexpr qint64 kRatioFloor = qint64(64) << 20;
    static constexpr qint64 kMaxRatio = 200;

    // An error says why the archive cannot be read (not a zip, cut off, …) as a sentence.
    static Result<std::unique_ptr<ZipArchive>> open(std::shared_ptr<const ImportInput> input);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool contains(const QString &name) const;

    // One part read in chunks.
    class Part
    {
    public:
        ~Part();
        Part(const Part &) = delete;
        Part &operator=(const Part &) = delete;
        // Up to `max` bytes appended to `out`: how many (0 at the end), or why the part cannot be read.
        Result<qint64> readInto(QByteArray &out, qint64 max);
        qint64 inflated() const { return m_inflated; }
        qint64 size() const { return m_size; } // as the archive states it, for progress only

    private:
        friend class ZipArchive;
        Part() = default;
        void *m_zip = nullptr; // the archive's unzFile, with this part open in it
        QString m_name;
        qint64 m_compressed = 0;
        qint64 m_size = 0;
        qint64 m_inflated = 0;
        qint64 m_limit = kMaxPartBytes;
        bool m_done = false;
    };

    // Opens a part to read; `limit` bounds it below kMaxPartBytes (a part read whole into memory). One part at a time
    // is open in an archive (minizip's rule): opening another closes the one before.
    Result<std::unique_ptr<Part>> part(const QString &name, qint64 limit = kMaxPartBytes) const;
    // A whole part, at most `limit` bytes inflated.
    Result<QByteArray> readAll(const QString &name, qint64 limit) const;

private:
    ZipArchive() = default;
    void *m_zip = nullptr; // unzFile
    std::shared_ptr<const ImportInput> m_input;
    QStringList m_names; // every part, from the central directory
};

} // namespace zhisuan::db
