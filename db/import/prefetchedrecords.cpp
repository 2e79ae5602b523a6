#include "prefetchedrecords.h"

namespace zhisuan::db {

PrefetchedRecords::PrefetchedRecords(std::unique_ptr<RecordSource> source) : m_source(std::move(source))
{
    m_size = m_source->size();
    m_position = m_source->position();
    m_thread = std::thread([this] { read(); });
}

PrefetchedRecords::~PrefetchedRecords()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

// The reading thread: batches of the source's records and errors, until its end, an error it cannot read past, or
// the consumer's stop.
void PrefetchedRecords::read()
{
    CsvRecord record;
    bool last = false;
    while (!last) {
        Batch batch;
        while (int(batch.items.size()) < kBatchRecords) {
            Item item;
            if (!m_source->next(record)) {
                const QString error = m_source->error();
                if (error.isEmpty() || m_source->atEnd())
                    last = true;
                if (error.isEmpty())
                    break;
                item.isError = true;
                item.error = error;
                item.line = m_source->errorLine();
                item.errorColumn = m_source->errorColumn();
                item.atEnd = m_source->atEnd();
                batch.items.push_back(std::move(item));
                if (last)
                    break;
                continue;
            }
            item.line = record.line;
            item.firstField = batch.fields.size();
            item.fieldCount = record.size();
            for (const QByteArrayView field : record.fields) {
                if (field.isNull()) {
                    batch.fields.emplace_back(-1, 0);
                } else {
                    batch.fields.emplace_back(batch.bytes.size(), field.size());
                    batch.bytes.append(field);
                }
            }
            item.faults = record.faults;
            batch.items.push_back(std::move(item));
        }
        batch.last = last;
        batch.position = m_source->position();
        batch.size = m_source->size();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatches; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
    }
}

bool PrefetchedRecords::next(CsvRecord &record)
{
    for (;;) {
        if (m_haveBatch && m_nextItem < m_batch.items.size()) {
            const Item &item = m_batch.items[m_nextItem++];
            if (item.isError) {
                m_error = item.error;
                m_errorLine = item.line;
                m_errorColumn = item.errorColumn;
                m_atEnd = item.atEnd;
                return false;
            }
            m_error.clear();
            record.line = item.line;
            record.base = nullptr;
            record.columns.clear();
            record.fieldOffsets.clear();
            record.lineOffsets.clear();
            record.fields.resize(size_t(item.fieldCount));
            for (int i = 0; i < item.fieldCount; ++i) {
                const auto &[offset, length] = m_batch.fields[item.firstField + size_t(i)];
                record.fields[size_t(i)] = offset < 0 ? QByteArrayView() : QByteArrayView(m_batch.bytes.constData() + offset, length);
            }
            record.faults = item.faults;
            return true;
        }
        if (m_haveBatch && m_batch.last) {
            m_error.clear();
            m_atEnd = true;
            return false;
        }
        // The next batch (the one whose records were handed out is let go only now: their views lived until this call).
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_haveBatch = true;
        m_nextItem = 0;
        m_position = m_batch.position;
        m_size = m_batch.size;
    }
}

} // namespace zhisuan::db
