#pragma once

#include <QByteArray>

#include <set>
#include <vector>

namespace zhisuan::db {

// The days of a daily-quote file's rows. A file sorted by security changes day on every row, so a hash of the date
// text cost a lookup and a copy per row; an ISO date (what the parser writes) is a bit of a calendar instead.
class TradeDateSet
{
public:
    void insert(const QByteArray &iso)
    {
        const int day = index(iso);
        if (day < 0) {
            m_other.insert(iso);
            return;
        }
        if (m_bits.empty())
            m_bits.resize(kYears * 12 * 31);
        m_bits[size_t(day)] = true;
    }
    std::set<QByteArray> dates() const
    {
        std::set<QByteArray> all = m_other;
        for (size_t i = 0; i < m_bits.size(); ++i) {
            if (!m_bits[i])
                continue;
            const int year = int(i / (12 * 31)), month = int(i / 31 % 12) + 1, day = int(i % 31) + 1;
            all.insert(QByteArray::number(year).rightJustified(4, '0') + '-' + QByteArray::number(month).rightJustified(2, '0')
                       + '-' + QByteArray::number(day).rightJustified(2, '0'));
        }
        return all;
    }

private:
    static constexpr int kYears = 10000;
    // yyyy-mm-dd with digits where digits belong, as the position in a calendar of 31-day months; -1 otherwise.
    static int index(const QByteArray &iso)
    {
        if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
            return -1;
        int v[8];
        const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
        for (int k = 0; k < 8; ++k) {
            const char c = iso[at[k]];
            if (c < '0' || c > '9')
                return -1;
            v[k] = c - '0';
        }
        const int year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        const int month = v[4] * 10 + v[5], day = v[6] * 10 + v[7];
        if (month < 1 || month > 12 || day < 1 || day > 31)
            return -1;
        return (year * 12 + month - 1) * 31 + day - 1;
    }
    std::vector<bool> m_bits;
    std::set<QByteArray> m_other;
};

} // namespace zhisuan::db
