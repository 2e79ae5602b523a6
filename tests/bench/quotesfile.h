#pragma once

// The daily-quotes CSV both import benchmarks read (bench_import against sqlite3 .import, bench_pgimport against
// psql \copy): `codes` securities, one row per security and trading day, prices from a fixed recurrence, so that
// every run and both engines read the same bytes.

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QString>

namespace bench {

inline bool writeQuotes(const QString &path, qint64 rows, int codes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    buffer += "code,trade_date,open,high,low,close,volume,amount\n";
    const qint64 days = (rows + codes - 1) / codes;
    qint64 written = 0;
    for (int c = 0; c < codes && written < rows; ++c) {
        const QByteArray code = QByteArray::number(300000 + c).rightJustified(6, '0') + ".SZ";
        QDate day(2000, 1, 3);
        double close = 10.0 + c % 37;
        for (qint64 d = 0; d < days && written < rows; ++d, ++written) {
            close *= 1.0 + ((d * 7919 + c) % 201 - 100) / 10000.0;
            buffer += code + ',' + day.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(close * 0.99, 'f', 2)
                      + ',' + QByteArray::number(close * 1.02, 'f', 2) + ',' + QByteArray::number(close * 0.98, 'f', 2)
                      + ',' + QByteArray::number(close, 'f', 2) + ',' + QByteArray::number(100000 + d * 13 % 90000)
                      + ',' + QByteArray::number(close * (100000 + d * 13 % 90000), 'f', 2) + '\n';
            day = day.addDays(1);
            if (buffer.size() > (1 << 20) - 256) {
                if (f.write(buffer) != buffer.size())
                    return false;
                buffer.clear();
            }
        }
    }
    return f.write(buffer) == buffer.size() && f.flush();
}

} // namespace bench
