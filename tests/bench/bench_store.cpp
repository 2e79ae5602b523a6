// ./dev bench --scale S: writes the big store of issue 14 reproducibly (fixed seed), on top of the starter
// dataset so that the starter store's weeks and views exist in it too:
//   5,000 × S codes × 10 years of daily quotes (12.5M rows at S = 1), 31 申万 industries × 514 weeks of weekly
//   returns, 20k × S lockups, 10k × S centres, 5k × S releases (500 × S models), 130k × S weekly visits.
// Rows are written with sqlite3 prepared statements in one transaction, as one generated import batch; derived
// tables are filled the way the migrations backfill them. Usage: bench_store STORE [SCALE]
#include "starterdataset.h"
#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sqlite3.h>

#include <cmath>
#include <random>

using namespace zhisuan::db;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        out() << "bench_store: " << sql << ": " << message << Qt::endl;
        sqlite3_free(message);
        return false;
    }
    return true;
}

// A prepared statement bound by position and stepped once per row.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            out() << "bench_store: " << sql << ": " << sqlite3_errmsg(db) << Qt::endl;
    }
    ~Insert() { sqlite3_finalize(m_stmt); }
    Insert &text(int i, const QByteArray &v)
    {
        sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Insert &real(int i, double v)
    {
        sqlite3_bind_double(m_stmt, i, v);
        return *this;
    }
    Insert &integer(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE) {
            out() << "bench_store: " << sqlite3_errmsg(m_db) << Qt::endl;
            return false;
        }
        return true;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

QByteArray iso(const QDate &d) { return d.toString(Qt::ISODate).toLatin1(); }

// The 31 申万 level-1 industries (2021 classification) with their index codes.
const char *const kIndustries[31][2] = {
    {"801010.SI", "农林牧渔"}, {"801030.SI", "基础化工"}, {"801040.SI", "钢铁"},     {"801050.SI", "有色金属"},
    {"801080.SI", "电子"},     {"801110.SI", "家用电器"}, {"801120.SI", "食品饮料"}, {"801130.SI", "纺织服饰"},
    {"801140.SI", "轻工制造"}, {"801150.SI", "医药生物"}, {"801160.SI", "公用事业"}, {"801170.SI", "交通运输"},
    {"801180.SI", "房地产"},   {"801200.SI", "商贸零售"}, {"801210.SI", "社会服务"}, {"801230.SI", "综合"},
    {"801710.SI", "建筑材料"}, {"801720.SI", "建筑装饰"}, {"801730.SI", "电力设备"}, {"801740.SI", "国防军工"},
    {"801750.SI", "计算机"},   {"801760.SI", "传媒"},     {"801770.SI", "通信"},     {"801780.SI", "银行"},
    {"801790.SI", "非银金融"}, {"801880.SI", "汽车"},     {"801890.SI", "机械设备"}, {"801950.SI", "煤炭"},
    {"801960.SI", "石油石化"}, {"801970.SI", "环保"},     {"801980.SI", "美容护理"}};

const char *const kProvinces[] = {"北京市", "上海市", "广东省", "浙江省", "江苏省", "山东省", "四川省", "湖北省",
                                  "湖南省", "河南省", "贵州省", "内蒙古自治区", "宁夏回族自治区", "甘肃省", "安徽省", "福建省"};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        out() << "usage: bench_store STORE [SCALE]" << Qt::endl;
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const double scale = argc > 2 ? QByteArray(argv[2]).toDouble() : 1.0;
    if (!(scale > 0.0)) {
        out() << "bench_store: SCALE must be a positive number" << Qt::endl;
        return 2;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto opened = Store::open(path);
    if (!opened) {
        out() << opened.error().message << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();
    for (const auto &r : StarterDataset::load(store))
        if (!r.ok()) {
            out() << "bench_store: the starter dataset did not load: " << r.file << Qt::endl;
            return 1;
        }
    sqlite3 *db = store.handle();
    QElapsedTimer timer;
    timer.start();
    std::mt19937_64 rng(14);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> gauss(0.0, 1.0);

    const int codes = std::max(1, int(std::lround(5000 * scale)));
    const int tradingDays = 2500; // ten years of weekdays, ending with the starter dataset's last week
    const QDate lastDay(2024, 8, 30);
    QList<QDate> days;
    for (QDate d = lastDay; days.size() < tradingDays; d = d.addDays(-1))
        if (d.dayOfWeek() <= 5)
            days.prepend(d);
    QList<QByteArray> dayText;
    for (const QDate &d : std::as_const(days))
        dayText << iso(d);

    if (!exec(db, "PRAGMA foreign_keys = OFF") || !exec(db, "BEGIN IMMEDIATE"))
        return 1;
    exec(db, "INSERT INTO import_batch(file_name,sha256,kind,preset,encoding,imported_at,rows_read,rows_inserted) "
             "VALUES('bench_store (generated)','','daily_bars','daily_bars','UTF-8','2026-12-01T00:00:00Z',0,0)");
    const qint64 batch = sqlite3_last_insert_rowid(db);

    Insert security(db, "INSERT OR IGNORE INTO security(code,name,market,kind,industry_sw,currency,source,batch_id) "
                        "VALUES(?,?,?,?,?,'CNY','bench_store',?)");
    for (const auto &industry : kIndustries) {
        security.text(1, industry[0]).text(2, QByteArray(industry[1]) + "(申万)").text(3, "SW").text(4, "industry")
            .text(5, industry[1]).integer(6, batch);
        if (!security.step())
            return 1;
    }
    QList<QByteArray> codeList;
    for (int c = 0; c < codes; ++c) {
        const char *const prefixes[][2] = {{"600", "SH"}, {"000", "SZ"}, {"300", "SZ"}, {"688", "SH"}};
        const auto &p = prefixes[c % 4];
        const QByteArray code = p[0] + QByteArray::number(100 + c / 4).rightJustified(3, '0') + '.' + p[1];
        codeList << code;
        security.text(1, code).text(2, "股票" + QByteArray::number(c)).text(3, p[1]).text(4, "stock")
            .text(5, kIndustries[c % 31][1]).integer(6, batch);
        if (!security.step())
            return 1;
    }

    // Daily quotes in code order, as a terminal exports them.
    Insert bar(db, "INSERT OR IGNORE INTO daily_bar(code,trade_date,open,high,low,close,volume,amount,batch_id) "
                   "VALUES(?,?,?,?,?,?,?,?,?)");
    qint64 bars = 0;
    for (const QByteArray &code : std::as_const(codeList)) {
        double close = 5.0 + 95.0 * unit(rng);
        for (const QByteArray &day : std::as_const(dayText)) {
            const double open = close;
            close = std::max(0.5, close * (1.0 + 0.02 * gauss(rng)));
            const double high = std::max(open, close) * (1.0 + 0.01 * unit(rng));
            const double low = std::min(open, close) * (1.0 - 0.01 * unit(rng));
            const double volume = std::floor(1e5 + 1e7 * unit(rng));
            bar.text(1, code).text(2, day).real(3, open).real(4, high).real(5, low).real(6, close).real(7, volume)
                .real(8, volume * close).integer(9, batch);
            if (!bar.step())
                return 1;
            ++bars;
        }
    }

    // 31 industries × 514 weeks of weekly returns (the starter dataset's weeks keep their published figures).
    Insert weekly(db, "INSERT OR IGNORE INTO weekly_return(code,week_start,week_end,return_pct,source,batch_id) "
                      "VALUES(?,?,?,?,'bench_store',?)");
    const QDate lastMonday = lastDay.addDays(1 - lastDay.dayOfWeek());
    for (int w = 0; w < 514; ++w) {
        const QDate monday = lastMonday.addDays(-7 * w);
        for (const auto &industry : kIndustries) {
            weekly.text(1, industry[0]).text(2, iso(monday)).text(3, iso(monday.addDays(4))).real(4, 3.0 * gauss(rng))
                .integer(5, batch);
            if (!weekly.step())
                return 1;
        }
    }

    Insert lockup(db, "INSERT OR IGNORE INTO lockup(code,expiry_date,shares,market_value_cny,total_shares,float_a_shares,"
                      "source,batch_id) VALUES(?,?,?,?,?,?,'bench_store',?)");
    const int lockups = int(std::lround(20000 * scale));
    for (int i = 0; i < lockups; ++i) {
        const double shares = std::floor(1e6 + 1e8 * unit(rng));
        lockup.text(1, codeList[int(unit(rng) * codes) % codes]).text(2, iso(QDate(2014, 9, 1).addDays(int(unit(rng) * 3800))))
            .real(3, shares).real(4, shares * 20.0).real(5, shares * 10.0).real(6, shares * 5.0).integer(7, batch);
        if (!lockup.step())
            return 1;
    }

    Insert centre(db, "INSERT INTO compute_centre(name,province,city,capacity_text,capacity_kind,current_pflops,"
                      "planned_pflops,ecosystem,status,source,batch_id) VALUES(?,?,?,?,'parsed',?,?,?,?,'bench_store',?)");
    const char *const ecosystems[] = {"ascend", "hygon", "cambricon", "nvidia", "kunlun", "mixed"};
    const char *const statuses[] = {"operational", "partial", "construction", "planned"};
    const int centres = int(std::lround(10000 * scale));
    for (int i = 0; i < centres; ++i) {
        const bool plannedOnly = i % 3 == 0;
        const double pflops = std::floor(10.0 + 2000.0 * unit(rng) * unit(rng));
        centre.text(1, "生成智算中心" + QByteArray::number(i)).text(2, kProvinces[i % 16]).text(3, "")
            .text(4, QByteArray::number(pflops) + "P");
        centre.real(5, plannedOnly ? 0.0 : pflops).real(6, pflops * 2.0).text(7, ecosystems[i % 6])
            .text(8, statuses[plannedOnly ? 3 : i % 3]).integer(9, batch);
        if (!centre.step())
            return 1;
    }

    Insert organisation(db, "INSERT OR IGNORE INTO organisation(name,kind,region,source,batch_id) VALUES(?,'vendor','domestic','bench_store',?)");
    Insert model(db, "INSERT OR IGNORE INTO ai_model(name,vendor,modality,region,source,batch_id) VALUES(?,?,'text','domestic','bench_store',?)");
    Insert release(db, "INSERT OR IGNORE INTO model_release(model,released_on,title,source,batch_id) VALUES(?,?,?,'bench_store',?)");
    const int models = std::max(1, int(std::lround(500 * scale)));
    for (int m = 0; m < models; ++m) {
        const QByteArray vendor = "生成厂商" + QByteArray::number(m % 50);
        const QByteArray name = "GenModel-" + QByteArray::number(m);
        if (!organisation.text(1, vendor).integer(2, batch).step() || !model.text(1, name).text(2, vendor).integer(3, batch).step())
            return 1;
        for (int r = 0; r < 10; ++r) {
            const QDate on = QDate(2019, 1, 1).addDays(int(unit(rng) * 2000));
            if (!release.text(1, name).text(2, iso(on)).text(3, name + " 发布 v" + QByteArray::number(r)).integer(4, batch).step())
                return 1;
        }
    }

    Insert site(db, "INSERT OR IGNORE INTO site(name,category,region,source,batch_id) VALUES(?,'text','domestic','bench_store',?)");
    Insert traffic(db, "INSERT OR IGNORE INTO site_traffic(site,week_start,week_end,visits,source,batch_id) VALUES(?,?,?,?,'bench_store',?)");
    const int sites = std::max(1, int(std::lround(250 * scale)));
    for (int s = 0; s < sites; ++s) {
        const QByteArray name = "gen-site-" + QByteArray::number(s) + ".cn";
        if (!site.text(1, name).integer(2, batch).step())
            return 1;
        double visits = 1e5 + 1e8 * unit(rng);
        for (int w = 0; w < 520; ++w) {
            const QDate start = QDate(2014, 9, 5).addDays(7 * w);
            visits = std::max(1000.0, visits * (1.0 + 0.05 * gauss(rng)));
            if (!traffic.text(1, name).text(2, iso(start)).text(3, iso(start.addDays(6))).real(4, std::floor(visits)).integer(5, batch).step())
                return 1;
        }
    }

    // Derived tables, as the migrations backfill them (absent in stores of older versions).
    sqlite3_stmt *probe = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE name='trading_day'", -1, &probe, nullptr) == SQLITE_OK
        && sqlite3_step(probe) == SQLITE_ROW)
        exec(db, "INSERT OR IGNORE INTO trading_day(trade_date) SELECT DISTINCT trade_date FROM daily_bar");
    sqlite3_finalize(probe);
    exec(db, QByteArray("UPDATE import_batch SET rows_read=" + QByteArray::number(bars) + ", rows_inserted=" + QByteArray::number(bars)
                        + " WHERE id=" + QByteArray::number(batch)).constData());
    // No ANALYZE: users' stores have no statistics either, and the plans must be right without them.
    if (!exec(db, "COMMIT") || !exec(db, "PRAGMA foreign_keys = ON") || !exec(db, "PRAGMA wal_checkpoint(TRUNCATE)"))
        return 1;
    out() << QStringLiteral("bench_store: %1 codes, %2 daily quotes, %3 lockups, %4 centres, %5 releases, %6 weekly visits in %7 s")
                 .arg(codes)
                 .arg(bars)
                 .arg(lockups)
                 .arg(centres)
                 .arg(models * 10)
                 .arg(sites * 520)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}
