#pragma once

#include "csvreader.h"
#include "recordsource.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace zhisuan::db {

// Another source's records, read ahead on a thread of their own: the import writes one batch of rows while the next is
// being read. For a workbook's sheet, whose XML is inflated and tokenised for every row, that is the second core's
// work (an .xlsx import took twice as long as the same rows as CSV when both ran on one).
//
// The records are the source's exactly: line, fields (a missing cell stays a null view, an empty one an empty view),
// faults, and the errors between them, in order. A record's fields view this object's batch and stay valid until the
// next call of next(), as with every RecordSource. At most kBatches batches of kBatchRecords records wait; destroying
// the object stops the reading thread (a cancelled import) and waits for it.
class PrefetchedRecords : public RecordSource
{
public:
    static constexpr int kBatchRecords = 1024;
    static constexpr size_t kBatches = 4;

    explicit PrefetchedRecords(std::unique_ptr<RecordSource> source);
    ~PrefetchedRecords() override;

    bool next(CsvRecord &record) override;
    bool atEnd() const override { return m_atEnd; }
    QString error() const override { return m_error; }
    qint64 errorLine() const override { return m_errorLine; }
    qint64 errorColumn() const override { return m_errorColumn; }
    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_size; }

private:
    struct Item
    {
        qint64 line = 0;
        size_t firstField = 0; // in Batch::fields
        int fieldCount = 0;
        std::vector<std::pair<int, QString>> faults;
        // An error between records (fieldCount unused): its message, place, and whether reading stopped there.
        bool isError = false;
        QString error;
        qint64 errorColumn = 0;
        bool atEnd = false;
    };
    struct Batch
    {
        QByteArray bytes;
        std::vector<std::pair<qsizetype, qsizetype>> fields; // offset (-1: a null view) and length in bytes
        std::vector<Item> items;
        bool last = false; // the source has nothing after this batch
        qint64 position = 0, size = 0;
    };
    void read();

    std::unique_ptr<RecordSource> m_source;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_stop = false;
    std::thread m_thread;

    // The consumer's side.
    Batch m_batch;
    size_t m_nextItem = 0;
    bool m_haveBatch = false;
    bool m_atEnd = false;
    QString m_error;
    qint64 m_errorLine = 0, m_errorColumn = 0;
    qint64 m_position = 0, m_size = 0;
};

} // namespace zhisuan::db
