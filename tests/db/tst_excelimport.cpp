// Excel workbooks through the import (issue 28): the shapes Wind, iFinD and Choice save, built here with libxlsxwriter,
// must store exactly what the same table saved as CSV stores; errors name the cell as Excel does; hostile workbooks
// are refused with the store unchanged.
#include "importjob.h"
#include "importtesthelpers.h"
#include "store.h"

#include "csvreader.h"
#include "excelvalues.h"
#include "prefetchedrecords.h"
#include "workbook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <functional>
#include <map>

using namespace zhisuan::db;
using namespace zhisuan::test;

namespace {

// The parts of a zip archive, by name, in order: how the tests alter a workbook libxlsxwriter wrote (a 1904 date
// system, a formula without its value, a DTD) and build hostile ones.
using Parts = std::vector<std::pair<QByteArray, QByteArray>>;

Parts readZip(const QString &path)
{
    Parts parts;
    unzFile in = unzOpen64(QFile::encodeName(path).constData());
    if (!in)
        return parts;
    for (int s = unzGoToFirstFile(in); s == UNZ_OK; s = unzGoToNextFile(in)) {
        char name[512];
        unz_file_info64 info;
        unzGetCurrentFileInfo64(in, &info, name, sizeof name, nullptr, 0, nullptr, 0);
        QByteArray bytes(qsizetype(info.uncompressed_size), '\0');
        unzOpenCurrentFile(in);
        unzReadCurrentFile(in, bytes.data(), unsigned(bytes.size()));
        unzCloseCurrentFile(in);
        parts.emplace_back(QByteArray(name), bytes);
    }
    unzClose(in);
    return parts;
}

bool writeZip(const QString &path, const Parts &parts)
{
    zipFile out = zipOpen64(QFile::encodeName(path).constData(), 0);
    if (!out)
        return false;
    for (const auto &[name, bytes] : parts) {
        zipOpenNewFileInZip64(out, name.constData(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 1);
        zipWriteInFileInZip(out, bytes.constData(), unsigned(bytes.size()));
        zipCloseFileInZip(out);
    }
    return zipClose(out, nullptr) == ZIP_OK;
}

// Rewrites one part of a workbook.
bool patchPart(const QString &path, const QByteArray &part, const std::function<void(QByteArray &)> &patch)
{
    Parts parts = readZip(path);
    bool found = false;
    for (auto &[name, bytes] : parts)
        if (name == part) {
            patch(bytes);
            found = true;
        }
    return found && writeZip(path, parts);
}

// One workbook's cells, written with libxlsxwriter.
class Book
{
public:
    explicit Book(const QString &path) : m_book(workbook_new(QFile::encodeName(path).constData()))
    {
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_percent = workbook_add_format(m_book);
        format_set_num_format(m_percent, "0.00%");
        m_thousands = workbook_add_format(m_book);
        format_set_num_format(m_thousands, "#,##0.00");
        m_twoPlaces = workbook_add_format(m_book);
        format_set_num_format(m_twoPlaces, "0.00");
    }
    lxw_worksheet *sheet(const char *name) { return workbook_add_worksheet(m_book, name); }
    void text(lxw_worksheet *s, int r, int c, const char *t) { worksheet_write_string(s, lxw_row_t(r), lxw_col_t(c), t, nullptr); }
    void number(lxw_worksheet *s, int r, int c, double v, lxw_format *f = nullptr) { worksheet_write_number(s, lxw_row_t(r), lxw_col_t(c), v, f); }
    void date(lxw_worksheet *s, int r, int c, int y, int m, int d)
    {
        lxw_datetime dt{y, m, d, 0, 0, 0};
        worksheet_write_datetime(s, lxw_row_t(r), lxw_col_t(c), &dt, m_date);
    }
    void merge(lxw_worksheet *s, int r1, int c1, int r2, int c2, const char *t)
    {
        worksheet_merge_range(s, lxw_row_t(r1), lxw_col_t(c1), lxw_row_t(r2), lxw_col_t(c2), t, nullptr);
    }
    // A movers table's header in row r: 代码, [名称,] 周涨跌幅(%), 交易日期.
    void moversHeader(lxw_worksheet *s, int r, bool withName)
    {
        int c = 0;
        text(s, r, c++, "代码");
        if (withName)
            text(s, r, c++, "名称");
        text(s, r, c++, "周涨跌幅(%)");
        text(s, r, c, "交易日期");
    }
    lxw_format *dateFormat() const { return m_date; }
    lxw_format *percent() const { return m_percent; }
    lxw_format *thousands() const { return m_thousands; }
    lxw_format *twoPlaces() const { return m_twoPlaces; }
    bool close() { return workbook_close(m_book) == LXW_NO_ERROR; }

private:
    lxw_workbook *m_book;
    lxw_format *m_date, *m_percent, *m_thousands, *m_twoPlaces;
};

} // namespace

class TestExcelImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return writeFile(m_dir, name, bytes); }
    static QString errors(const ImportReport &r)
    {
        QStringList s;
        for (const auto &e : r.errors)
            s << e.toString();
        return s.join(QLatin1Char('\n'));
    }
    // A fresh store, its import of one file, and what it then holds: every weekly return with its numbers in full.
    struct Outcome
    {
        ImportReport report;
        QStringList rows;
    };
    Outcome importInto(const QString &storeName, const QString &path, ImportOptions options = {})
    {
        Outcome o;
        QFile::remove(m_dir.filePath(storeName));
        auto store = Store::open(m_dir.filePath(storeName));
        if (!store)
            return o;
        o.report = ImportJob::run(*store.value(), path, options);
        QSqlQuery q(store.value()->database());
        q.exec(QStringLiteral("SELECT code, week_start, week_end, return_pct, close, "
                              "(SELECT s.name || ' ' || s.kind FROM security s WHERE s.code = w.code), "
                              "(SELECT max(market_cap_cny) FROM security_snapshot n WHERE n.code = w.code) "
                              "FROM weekly_return w ORDER BY code"));
        // Numbers to their last bit: 17 significant digits tell every double apart.
        auto exact = [](const QVariant &v) { return v.isNull() ? QStringLiteral("-") : QString::number(v.toDouble(), 'g', 17); };
        while (q.next())
            o.rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                             exact(q.value(3)), exact(q.value(4)), q.value(5).toString(),
                                                             exact(q.value(6)));
        return o;
    }

    // The shapes: each writes a workbook at `path` and gives the same table as the CSV a terminal would have saved.
    static QByteArray buildShape(const QString &shape, const QString &path)
    {
        Book b(path);
        QByteArray csv;
        if (shape == QLatin1String("wind")) {
            // Wind's 数据浏览器: a title row, bracket headers with the period and unit, codes as text, a footer.
            lxw_worksheet *s = b.sheet("Sheet1");
            b.text(s, 0, 0, "区间涨跌幅排名");
            b.text(s, 1, 0, "证券代码");
            b.text(s, 1, 1, "证券简称");
            b.text(s, 1, 2, "区间涨跌幅[起始交易日期]20241104[截止交易日期]20241108[单位]%");
            b.text(s, 1, 3, "收盘价[单位]元");
            const char *codes[] = {"300474.SZ", "002230.SZ", "688256.SH"};
            const char *names[] = {"景嘉微", "科大讯飞", "寒武纪"};
            const double returns[] = {18.31, -4.43, 7.1};
            const double closes[] = {82.5, 53.12, 612.0};
            for (int i = 0; i < 3; ++i) {
                b.text(s, 2 + i, 0, codes[i]);
                b.text(s, 2 + i, 1, names[i]);
                b.number(s, 2 + i, 2, returns[i], b.twoPlaces());
                b.number(s, 2 + i, 3, closes[i], b.twoPlaces());
            }
            b.text(s, 6, 0, "数据来源：Wind");
            csv = "区间涨跌幅排名\n证券代码,证券简称,区间涨跌幅[起始交易日期]20241104[截止交易日期]20241108[单位]%,收盘价[单位]元\n"
                  "300474.SZ,景嘉微,18.31,82.50\n002230.SZ,科大讯飞,-4.43,53.12\n688256.SH,寒武纪,7.10,612.00\n\n数据来源：Wind\n";
        } else if (shape == QLatin1String("ifind")) {
            // iFinD: a sheet of notes before the data, a title, the period in brackets, money with thousands separators
            // on screen (the cell holds the number).
            lxw_worksheet *notes = b.sheet("说明");
            b.text(notes, 0, 0, "本表由同花顺iFinD导出");
            b.text(notes, 1, 0, "仅供参考");
            lxw_worksheet *s = b.sheet("数据");
            b.text(s, 0, 0, "同花顺iFinD 区间行情");
            b.text(s, 1, 0, "证券代码");
            b.text(s, 1, 1, "证券简称");
            b.text(s, 1, 2, "区间涨跌幅:前复权[20241104-20241108](%)");
            b.text(s, 1, 3, "总市值(亿元)");
            b.text(s, 2, 0, "300474.SZ");
            b.text(s, 2, 1, "景嘉微");
            b.number(s, 2, 2, 18.31);
            b.number(s, 2, 3, 4028.23, b.thousands());
            b.text(s, 3, 0, "0700.HK");
            b.text(s, 3, 1, "腾讯控股");
            b.number(s, 3, 2, -1.5);
            b.number(s, 3, 3, 38123.5, b.thousands());
            csv = "同花顺iFinD 区间行情\n证券代码,证券简称,区间涨跌幅:前复权[20241104-20241108](%),总市值(亿元)\n"
                  "300474.SZ,景嘉微,18.31,\"4,028.23\"\n0700.HK,腾讯控股,-1.50,\"38,123.50\"\n";
        } else if (shape == QLatin1String("choice") || shape == QLatin1String("choice1904")) {
            // Choice: a header of two rows with merged cells, codes as text that keep their zeros, returns formatted as
            // percentages (the cell holds 0.1831), trade dates as date cells, a formula with its value, a footer.
            lxw_worksheet *s = b.sheet("Sheet1");
            b.merge(s, 0, 0, 1, 0, "代码");
            b.merge(s, 0, 1, 1, 1, "名称");
            b.text(s, 0, 2, "周涨跌幅");
            b.text(s, 1, 2, "(%)");
            b.merge(s, 0, 3, 1, 3, "交易日期");
            const char *codes[] = {"002230", "300474", "688256"};
            const char *names[] = {"科大讯飞", "景嘉微", "寒武纪"};
            const double returns[] = {0.1831, -0.0443, 0.071};
            for (int i = 0; i < 3; ++i) {
                b.text(s, 2 + i, 0, codes[i]);
                b.text(s, 2 + i, 1, names[i]);
                if (i == 2)
                    worksheet_write_formula_num(s, lxw_row_t(2 + i), 2, "=0.071*1", b.percent(), returns[i]);
                else
                    b.number(s, 2 + i, 2, returns[i], b.percent());
                if (shape == QLatin1String("choice1904")) {
                    lxw_datetime dt{2024, 11, 8, 0, 0, 0};
                    b.number(s, 2 + i, 3, lxw_datetime_to_excel_date_epoch(&dt, 1), b.dateFormat());
                } else {
                    b.date(s, 2 + i, 3, 2024, 11, 8);
                }
            }
            b.text(s, 5, 0, "注：数据来源于Choice");
            csv = "代码,名称,周涨跌幅(%),交易日期\n002230,科大讯飞,18.31,2024-11-08\n300474,景嘉微,-4.43,2024-11-08\n"
                  "688256,寒武纪,7.1,2024-11-08\n注：数据来源于Choice\n";
        }
        if (!b.close())
            return {};
        if (shape == QLatin1String("choice1904")
            && !patchPart(path, "xl/workbook.xml", [](QByteArray &xml) { xml.replace("<workbookPr ", "<workbookPr date1904=\"1\" "); }))
            return {};
        return csv;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Each terminal's shape stores exactly what the same table as CSV stores (every number to its last bit).
    void shapesStoreWhatTheirCsvStores_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("format"); // xlsx: built here with libxlsxwriter; xls: data/excel/make_xls.py's
        QTest::addColumn<QString>("oneRow"); // a row the store must hold, as the comparison lists it
        for (const char *f : {"xlsx", "xls"}) {
            const QString format = QString::fromLatin1(f);

            QTest::newRow(QByteArray(f) + ": Wind: title, bracket headers, footer")
                << "wind" << format << "300474.SZ 2024-11-04 2024-11-08 18.309999999999999 82.5 景嘉微 stock -";
            QTest::newRow(QByteArray(f) + ": iFinD: notes sheet, bracket period, thousands")
                << "ifind" << format << "0700.HK 2024-11-04 2024-11-08 -1.5 - 腾讯控股 stock 3812350000000";
            QTest::newRow(QByteArray(f) + ": Choice: merged two-row header, percent and date cells")
                << "choice" << format << "002230.SZ 2024-11-04 2024-11-08 18.309999999999999 - 科大讯飞 stock -";
            QTest::newRow(QByteArray(f) + ": Choice in the 1904 date system")
                << "choice1904" << format << "688256.SH 2024-11-04 2024-11-08 7.0999999999999996 - 寒武纪 stock -";
        }
    }
    void shapesStoreWhatTheirCsvStores()
    {
        QFETCH(QString, shape);
        QFETCH(QString, format);
        QFETCH(QString, oneRow);
        QString xlsx = m_dir.filePath(shape + QStringLiteral(".xlsx"));
        const QByteArray csvBytes = buildShape(shape, xlsx);
        QVERIFY(!csvBytes.isEmpty());
        if (format == QLatin1String("xls")) {
            xlsx = m_dir.filePath(shape + QStringLiteral(".xls"));
            QFile::remove(xlsx);
            QVERIFY(QFile::copy(QStringLiteral(ZHISUAN_TEST_DATA "/excel/") + shape + QStringLiteral(".xls"), xlsx));
        }
        const QString csv = write(shape + QStringLiteral(".csv"), csvBytes);
        const ImportOptions options;
        const Outcome fromCsv = importInto(QStringLiteral("csv.sqlite"), csv, options);
        QVERIFY2(fromCsv.report.ok(), qPrintable(errors(fromCsv.report)));
        const Outcome fromXlsx = importInto(QStringLiteral("xlsx.sqlite"), xlsx, options);
        QVERIFY2(fromXlsx.report.ok(), qPrintable(errors(fromXlsx.report)));
        QVERIFY(fromXlsx.report.committed);
        QCOMPARE(fromXlsx.rows, fromCsv.rows);
        QVERIFY(!fromXlsx.rows.isEmpty());
        bool found = false;
        for (const QString &row : fromXlsx.rows)
            found = found || row == oneRow;
        QVERIFY2(found, qPrintable(fromXlsx.rows.join(QLatin1Char('\n'))));
    }

    // A bad cell is named as Excel names it, with the message the same cell gets in a CSV file; nothing is stored.
    void badCellIsNamedAsExcelNamesIt()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("bad.xlsx"));
        {
            Book b(xlsx);
            lxw_worksheet *s = b.sheet("周报 数据");
            b.text(s, 0, 0, "周涨跌幅排名");
            b.moversHeader(s, 2, true);
            const char *codes[] = {"002230", "300474", "688256", "300531"};
            for (int i = 0; i < 4; ++i) {
                b.text(s, 3 + i, 0, codes[i]);
                b.text(s, 3 + i, 1, "某公司");
                if (i == 3)
                    b.text(s, 3 + i, 2, "abc");
                else
                    b.number(s, 3 + i, 2, 1.25);
                b.date(s, 3 + i, 3, 2024, 11, 8);
            }
            QVERIFY(b.close());
        }
        const QString csv = write(QStringLiteral("bad.csv"), "周涨跌幅排名\n\n代码,名称,周涨跌幅(%),交易日期\n002230,某公司,1.25,2024-11-08\n"
                                                            "300474,某公司,1.25,2024-11-08\n688256,某公司,1.25,2024-11-08\n"
                                                            "300531,某公司,abc,2024-11-08\n");
        const Outcome fromCsv = importInto(QStringLiteral("csv.sqlite"), csv);
        const Outcome fromXlsx = importInto(QStringLiteral("xlsx.sqlite"), xlsx);
        QCOMPARE(fromCsv.report.errors.size(), 1);
        QCOMPARE(fromXlsx.report.errors.size(), 1);
        const QString csvError = fromCsv.report.errors.first().toString();
        QVERIFY2(csvError.startsWith(QStringLiteral("bad.csv:7:")), qPrintable(csvError));
        const QString message = csvError.mid(csvError.indexOf(QStringLiteral(": ")) + 2);
        QVERIFY2(message.contains(QStringLiteral("周涨跌幅")) && message.contains(QStringLiteral("abc")), qPrintable(message));
        QCOMPARE(fromXlsx.report.errors.first().toString(), QStringLiteral("bad.xlsx:'周报 数据'!C7: ") + message);
        QVERIFY(!fromXlsx.report.committed);
        QVERIFY(fromXlsx.rows.isEmpty());
    }

    // A formula whose value was never calculated (a file written by a program, not saved by Excel) is an error at its
    // cell; one with its value reads the value (the Choice shape above).
    void formulaWithoutItsValueIsAnErrorAtItsCell()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("formula.xlsx"));
        {
            Book b(xlsx);
            lxw_worksheet *s = b.sheet("Sheet1");
            b.moversHeader(s, 0, false);
            b.text(s, 1, 0, "300474");
            worksheet_write_formula_num(s, 1, 1, "=B3*2", nullptr, 2.5);
            b.date(s, 1, 2, 2024, 11, 8);
            b.text(s, 2, 0, "002230");
            b.number(s, 2, 1, 1.25);
            b.date(s, 2, 2, 2024, 11, 8);
            QVERIFY(b.close());
        }
        // What a program that writes formulas without calculating them writes: <f> and no <v>.
        QVERIFY(patchPart(xlsx, "xl/worksheets/sheet1.xml", [](QByteArray &xml) {
            const qsizetype f = xml.indexOf("</f>");
            const qsizetype v = xml.indexOf("<v>", f), end = xml.indexOf("</v>", f);
            xml.remove(v, end + 4 - v);
        }));
        const Outcome o = importInto(QStringLiteral("xlsx.sqlite"), xlsx);
        QCOMPARE(o.report.errors.size(), 1);
        const QString e = o.report.errors.first().toString();
        QVERIFY2(e.startsWith(QStringLiteral("formula.xlsx:Sheet1!B2: 周涨跌幅(%): ")) && e.contains(QStringLiteral("=B3*2")), qPrintable(e));
        QVERIFY(o.rows.isEmpty());
    }

    // Several sheets: the only one with a header the import knows is read; with two, the import asks which, naming
    // them; --sheet takes a name or a number; a sheet that is not there is refused listing the sheets.
    void sheetIsChosenOrAskedFor_data()
    {
        QTest::addColumn<bool>("twoTables");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("expect"); // "rows N" or an error fragment
        QTest::newRow("the only table") << false << QString() << "rows 1";
        QTest::newRow("two tables: asked") << true << QString() << "with a header ZhiSuan knows: 2 “上周”, 3 “本周”; choose one with --sheet";
        QTest::newRow("by name") << true << "本周" << "rows 2";
        QTest::newRow("by number") << true << "2" << "rows 1";
        QTest::newRow("no such sheet") << true << "下周" << "found no sheet “下周”; its sheets are 1 “封面”, 2 “上周”, 3 “本周”";
    }
    void sheetIsChosenOrAskedFor()
    {
        QFETCH(bool, twoTables);
        QFETCH(QString, sheet);
        QFETCH(QString, expect);
        const QString xlsx = m_dir.filePath(QStringLiteral("sheets.xlsx"));
        {
            Book b(xlsx);
            lxw_worksheet *cover = b.sheet("封面");
            b.text(cover, 0, 0, "AI 周报");
            lxw_worksheet *last = b.sheet("上周");
            b.moversHeader(last, 0, false);
            b.text(last, 1, 0, "300474");
            b.number(last, 1, 1, 1.5);
            b.date(last, 1, 2, 2024, 11, 1);
            if (twoTables) {
                lxw_worksheet *now = b.sheet("本周");
                b.moversHeader(now, 0, false);
                b.text(now, 1, 0, "300474");
                b.number(now, 1, 1, 2.5);
                b.date(now, 1, 2, 2024, 11, 8);
                b.text(now, 2, 0, "002230");
                b.number(now, 2, 1, 3.5);
                b.date(now, 2, 2, 2024, 11, 8);
            }
            QVERIFY(b.close());
        }
        ImportOptions options;
        options.sheet = sheet;
        const Outcome o = importInto(QStringLiteral("xlsx.sqlite"), xlsx, options);
        if (expect.startsWith(QStringLiteral("rows "))) {
            QVERIFY2(o.report.ok(), qPrintable(errors(o.report)));
            QCOMPARE(o.rows.size(), expect.mid(5).toInt());
        } else {
            QVERIFY(!o.report.ok());
            QVERIFY2(errors(o.report).contains(expect), qPrintable(errors(o.report)));
            QVERIFY(o.rows.isEmpty());
        }
    }

    // A dry run reads the workbook whole and writes nothing.
    void dryRunWritesNothing()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("dry.xlsx"));
        QVERIFY(!buildShape(QStringLiteral("wind"), xlsx).isEmpty());
        ImportOptions options;
        options.dryRun = true;
        const Outcome o = importInto(QStringLiteral("xlsx.sqlite"), xlsx, options);
        QVERIFY2(o.report.ok(), qPrintable(errors(o.report)));
        QCOMPARE(o.report.rowsRead, 3);
        QVERIFY(!o.report.committed);
        QVERIFY(o.rows.isEmpty());
    }

    // Hostile workbooks: refused with a sentence saying why, nothing stored, and the store as it was (its earlier
    // import intact). Each is built from the Wind shape, altered.
    void hostileWorkbooksAreRefused_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<QString>("says");
        QTest::newRow("zip bomb") << "bomb" << "refused as a zip bomb";
        QTest::newRow("entity expansion") << "entities" << "declares a DTD";
        QTest::newRow("external entity") << "external" << "declares a DTD";
        QTest::newRow("cut off") << "truncated" << "damaged or cut off";
        QTest::newRow("encrypted part") << "encrypted" << "is encrypted";
        QTest::newRow("cut-off .xls") << "truncatedXls" << "damaged";
        QTest::newRow("an .xls that is no workbook") << "oleNotExcel" << "damaged";
        QTest::newRow("huge table of strings") << "strings" << "holds more than 4,000,000 strings";
        QTest::newRow("workbook encrypted by Excel") << "excelEncrypted" << "is encrypted";
    }
    void hostileWorkbooksAreRefused()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(QStringLiteral("hostile.xlsx"));
        QFile::remove(path);
        QVERIFY(!buildShape(QStringLiteral("wind"), path).isEmpty());
        Parts parts = readZip(path);
        auto partOf = [&](const QByteArray &name) -> QByteArray & {
            for (auto &[n, bytes] : parts)
                if (n == name)
                    return bytes;
            parts.emplace_back(name, QByteArray());
            return parts.back().second;
        };
        if (hostile == QLatin1String("bomb")) {
            // 100 MB of spaces between two rows deflate to a hundred KB.
            QByteArray &sheet = partOf("xl/worksheets/sheet1.xml");
            sheet.insert(sheet.indexOf("<row "), QByteArray(100 << 20, ' '));
            QVERIFY(writeZip(path, parts));
        } else if (hostile == QLatin1String("entities") || hostile == QLatin1String("external")) {
            QByteArray dtd = hostile == QLatin1String("entities")
                                 ? QByteArray("<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                              "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>")
                                 : QByteArray("<!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
            QByteArray &table = partOf("xl/sharedStrings.xml");
            table.insert(table.indexOf("?>") + 2, dtd);
            table.replace("<t>证券代码</t>", hostile == QLatin1String("entities") ? "<t>&d;</t>" : "<t>&x;</t>");
            QVERIFY(writeZip(path, parts));
        } else if (hostile == QLatin1String("strings")) {
            // Four million and one empty strings: 20 MB of XML, under the zip-bomb floor, over the table's bound.
            QByteArray &table = partOf("xl/sharedStrings.xml");
            QByteArray many;
            many.reserve(5 * 4'000'001);
            for (int i = 0; i < 4'000'001; ++i)
                many += "<si/>";
            table.insert(table.lastIndexOf("</sst>"), many);
            QVERIFY(writeZip(path, parts));
        } else if (hostile == QLatin1String("excelEncrypted")) {
            // Excel keeps a password-protected .xlsx in a compound file with EncryptionInfo and EncryptedPackage streams:
            // the .xls fixture's Workbook stream renamed so (UTF-16 name and its byte length, in the directory).
            QFile xls(QStringLiteral(ZHISUAN_TEST_DATA "/excel/wind.xls"));
            QVERIFY(xls.open(QIODevice::ReadOnly));
            QByteArray bytes = xls.readAll();
            const qsizetype directory = (qFromLittleEndian<quint32>(bytes.constData() + 0x30) + 1) * 512;
            const QByteArray workbook = QByteArray::fromRawData(reinterpret_cast<const char *>(u"Workbook"), 16);
            const qsizetype entry = bytes.indexOf(workbook, directory);
            QVERIFY(entry >= directory && (entry - directory) % 128 == 0);
            const QString name = QStringLiteral("EncryptionInfo");
            bytes.replace(entry, 64, QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2) + QByteArray(64 - name.size() * 2, '\0'));
            qToLittleEndian<quint16>(quint16(name.size() * 2 + 2), bytes.data() + entry + 64);
            write(QStringLiteral("hostile.xlsx"), bytes);
        } else if (hostile == QLatin1String("truncated")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() * 2 / 3));
        } else if (hostile == QLatin1String("encrypted")) {
            // A part encrypted with the zip's own password scheme.
            zipFile out = zipOpen64(QFile::encodeName(path).constData(), 0);
            QVERIFY(out);
            for (const auto &[name, bytes] : parts) {
                QVERIFY(zipOpenNewFileInZip3_64(out, name.constData(), nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 0, -MAX_WBITS,
                                                DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, "secret", 0, 1) == ZIP_OK);
                zipWriteInFileInZip(out, bytes.constData(), unsigned(bytes.size()));
                zipCloseFileInZip(out);
            }
            QVERIFY(zipClose(out, nullptr) == ZIP_OK);
        } else if (hostile == QLatin1String("truncatedXls") || hostile == QLatin1String("oleNotExcel")) {
            // An .xls renamed .xlsx is read as what it is (see renamedWorkbookIsReadAsWhatItIs); a damaged one is refused.
            QFile xls(QStringLiteral(ZHISUAN_TEST_DATA "/excel/wind.xls"));
            QVERIFY(xls.open(QIODevice::ReadOnly));
            QByteArray bytes = xls.readAll();
            if (hostile == QLatin1String("truncatedXls"))
                bytes.truncate(bytes.size() / 2);
            else
                bytes = bytes.left(512) + QByteArray(bytes.size() - 512, '\xFF');
            write(QStringLiteral("hostile.xlsx"), bytes);
        }
        // The store holds an earlier import, which must stay as it was.
        QFile::remove(m_dir.filePath(QStringLiteral("hostile.sqlite")));
        auto store = Store::open(m_dir.filePath(QStringLiteral("hostile.sqlite")));
        QVERIFY(store.ok());
        const QString before = write(QStringLiteral("before.csv"), "代码,周涨跌幅(%),交易日期\n300474,1.5,2024-11-01\n");
        QVERIFY(ImportJob::run(*store.value(), before, {}).committed);
        auto dump = [&] {
            QStringList rows;
            QSqlQuery q(store.value()->database());
            q.exec(QStringLiteral("SELECT code || ' ' || week_start || ' ' || return_pct FROM weekly_return UNION ALL "
                                  "SELECT 'batches ' || COUNT(*) FROM import_batch"));
            while (q.next())
                rows << q.value(0).toString();
            return rows;
        };
        const QStringList held = dump();
        const ImportReport r = ImportJob::run(*store.value(), path, {});
        QVERIFY(!r.ok());
        QVERIFY(!r.committed);
        QVERIFY2(errors(r).contains(says), qPrintable(errors(r)));
        qInfo().noquote() << errors(r);
        QCOMPARE(dump(), held);
    }

    // A workbook is known by its bytes: an .xls renamed .xlsx (as users and mail gateways do) is read as the .xls it is.
    void renamedWorkbookIsReadAsWhatItIs()
    {
        const QString renamed = m_dir.filePath(QStringLiteral("renamed.xlsx"));
        QFile::remove(renamed);
        QVERIFY(QFile::copy(QStringLiteral(ZHISUAN_TEST_DATA "/excel/wind.xls"), renamed));
        const Outcome o = importInto(QStringLiteral("renamed.sqlite"), renamed);
        QVERIFY2(o.report.ok(), qPrintable(errors(o.report)));
        QCOMPARE(o.rows.size(), 3);
    }

    // A sheet read ahead and let go half-way (a cancelled import): the reading thread stops, nothing is left running.
    void prefetchStopsWhenLetGo()
    {
        auto input = ImportInput::open(QStringLiteral(ZHISUAN_TEST_DATA "/excel/generated.xls"));
        QVERIFY(input);
        auto book = Workbook::open(input.value());
        QVERIFY(book);
        for (int taken : {0, 1, 300}) {
            auto records = book.value()->records(0);
            QVERIFY(records);
            PrefetchedRecords ahead(std::move(records).value());
            CsvRecord record;
            for (int i = 0; i < taken; ++i)
                QVERIFY(ahead.next(record));
            QCOMPARE(record.line > 0, taken > 0);
        }
    }

    // The BIFF reader on a generated workbook (data/excel/make_xls.py: python3-xlwt, seeded): every cell of its 600
    // rows reads as the generator says it must, through a shared string table that runs over ten CONTINUE
    // records (ten), with strings broken across them in both encodings; RK and NUMBER numbers, percentages, dates,
    // booleans, holes. The last rows (where the import looks for footers) are the same rows' end.
    void generatedXlsReadsEveryCell_data()
    {
        QTest::addColumn<bool>("lastRowsOnly");
        QTest::addColumn<bool>("prefetched"); // read ahead on a thread, as the import reads a sheet
        QTest::newRow("every row") << false << false;
        QTest::newRow("the last rows") << true << false;
        QTest::newRow("every row, read ahead") << false << true;
    }
    void generatedXlsReadsEveryCell()
    {
        QFETCH(bool, lastRowsOnly);
        QFETCH(bool, prefetched);
        QFile json(QStringLiteral(ZHISUAN_TEST_DATA "/excel/generated.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(json.readAll()).object();
        auto input = ImportInput::open(QStringLiteral(ZHISUAN_TEST_DATA "/excel/generated.xls"));
        QVERIFY(input);
        auto book = Workbook::open(input.value());
        QVERIFY2(book, qPrintable(book ? QString() : book.error().message));
        QCOMPARE(book.value()->sheets(), QStringList({QStringLiteral("生成 数据"), QStringLiteral("Sheet2")}));
        qint64 cells = 0;
        for (int sheet = 0; sheet < 2; ++sheet) {
            const QJsonArray rows = expected.value(book.value()->sheets().at(sheet)).toArray();
            QVERIFY(rows.size() > 100);
            auto records = lastRowsOnly ? book.value()->lastRecords(sheet) : book.value()->records(sheet);
            QVERIFY(records);
            if (prefetched)
                records = std::unique_ptr<RecordSource>(new PrefetchedRecords(std::move(records).value()));
            const qint64 lastRow = rows.last().toArray().at(0).toInteger();
            CsvRecord record;
            for (const QJsonValue &r : rows) {
                const qint64 line = r.toArray().at(0).toInteger();
                if (lastRowsOnly && line <= lastRow - 64)
                    continue;
                QVERIFY2(records.value()->next(record), qPrintable(QStringLiteral("row %1 missing").arg(line)));
                QCOMPARE(record.line, line);
                QVERIFY(record.faults.empty());
                const QJsonArray want = r.toArray().at(1).toArray();
                QCOMPARE(qsizetype(record.fields.size()), want.size());
                for (qsizetype c = 0; c < want.size(); ++c) {
                    const QString got = QString::fromUtf8(record.fields[size_t(c)]);
                    if (got != want.at(c).toString())
                        QFAIL(qPrintable(QStringLiteral("%1: found “%2”, expected “%3”")
                                             .arg(ExcelValues::cellName(book.value()->sheets().at(sheet), line, c + 1), got, want.at(c).toString())));
                    ++cells;
                }
            }
            QVERIFY2(!records.value()->next(record), "a row more than the workbook has");
            QVERIFY(records.value()->error().isEmpty());
        }
        QVERIFY(cells > (lastRowsOnly ? 500 : 3000));
    }
};

QTEST_GUILESS_MAIN(TestExcelImport)
#include "tst_excelimport.moc"
