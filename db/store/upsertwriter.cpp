#include "upsertwriter.h"

#include <utility>

namespace zhisuan::db {

void UpsertWriter::parentKey(std::string &out, const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values)
{
    out.assign(table);
    for (const auto *cells : {&key, &values}) {
        for (const Cell &c : *cells) {
            out.push_back('\x1f');
            if (const auto *t = std::get_if<QByteArray>(&c.value))
                out.append(t->constData(), size_t(t->size()));
            else if (!isMissing(c.value))
                out += valueToString(c.value).toStdString();
        }
    }
}

Result<UpsertWriter::Corrections> UpsertWriter::finish()
{
    if (auto r = writePending(); !r)
        return r.error();
    return std::exchange(m_corrections, {});
}

} // namespace zhisuan::db
