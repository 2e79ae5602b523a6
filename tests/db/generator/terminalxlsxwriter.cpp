#include "terminalxlsxwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

#include <random>

namespace zhisuan::db::gen {

namespace {

// ="300474" is how a CSV keeps a text cell's zeros from Excel: in a workbook it is the text cell itself.
QString withoutExcelText(const QString &text)
{
    if (text.size() >= 3 && text.startsWith(QLatin1String("=\"")) && text.endsWith(QLatin1Char('"')))
        return text.mid(2, text.size() - 3);
    return text;
}

QString columnLetters(int column) // 0-based
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return name;
}

class Book
{
public:
    // libxlsxwriter's temporary files go beside the workbook (in memory when that is /dev/shm), not to /tmp.
    explicit Book(const QString &path) : m_tmpdir(QFile::encodeName(QFileInfo(path).absolutePath()))
    {
        // Fields by name: libxlsxwriter adds members (Debian 13's has output_buffer and output_buffer_size).
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.tmpdir = m_tmpdir.data();
        options.use_zip64 = LXW_FALSE;
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book); // only when close() was not reached: the file is discarded by the caller
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    bool ok() const { return m_book != nullptr; }
    lxw_worksheet *sheet(const QString &name) { return workbook_add_worksheet(m_book, name.toUtf8().constData()); }
    lxw_format *format(const QString &code)
    {
        if (code.isEmpty())
            return nullptr;
        if (lxw_format *f = m_formats.value(code))
            return f;
        lxw_format *f = workbook_add_format(m_book);
        format_set_num_format(f, code.toUtf8().constData()); // copied into the format
        m_formats.insert(code, f);
        return f;
    }
    lxw_error close()
    {
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e;
    }

private:
    QByteArray m_tmpdir;
    lxw_workbook *m_book = nullptr;
    QHash<QString, lxw_format *> m_formats;
};

QString places(int decimals)
{
    return decimals > 0 ? QStringLiteral(".") + QString(decimals, QLatin1Char('0')) : QString();
}

} // namespace

XlsxStyle XlsxStyle::random(quint64 caseSeed)
{
    std::mt19937_64 g(splitmix(caseSeed ^ 0x786C73785F677E6Eull));
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    XlsxStyle s;
    const double pick = unit(g);
    s.sheet = pick < 0.6 ? QStringLiteral("Sheet1") : pick < 0.75 ? QStringLiteral("数据") : pick < 0.9 ? QStringLiteral("区间涨跌幅") : QStringLiteral("周报 数据");
    s.mergedHeader = unit(g) < 0.6;
    s.textChance = unit(g) < 0.3 ? 0.2 : 0.0;
    s.percentChance = unit(g) < 0.5 ? 0.6 : 0.0;
    s.seed = g();
    return s;
}

QStringList XlsxStyle::tags() const
{
    QStringList t{QStringLiteral("xlsx")};
    if (sheet.contains(QLatin1Char(' ')))
        t << QStringLiteral("xlsx:sheet-quoted");
    if (textChance > 0)
        t << QStringLiteral("xlsx:numbers-as-text");
    if (percentChance > 0)
        t << QStringLiteral("xlsx:percent-fractions");
    return t;
}

WrittenFile TerminalXlsxWriter::write(const TerminalTable &table, const XlsxStyle &style, const QString &path, QString *error)
{
    WrittenFile out;
    out.sheet = style.sheet;
    std::mt19937_64 g(style.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QFile::remove(path);
    Book book(path);
    lxw_worksheet *sheet = book.ok() ? book.sheet(style.sheet) : nullptr;
    if (!sheet) {
        if (error)
            *error = QStringLiteral("libxlsxwriter could not start a workbook");
        return out;
    }
    QHash<int, bool> percentColumns; // a column shown as percentages is so in every row
    const auto text = [&](int row, int column, const QString &s, QStringList &shown) {
        if (s.isEmpty())
            return;
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), s.toUtf8().constData(), nullptr);
        shown << columnLetters(column) + QStringLiteral(": '") + s + QLatin1Char('\'');
    };

    int row = 0; // 0-based, as libxlsxwriter counts
    for (const TableLine &line : table.lines) {
        out.lines.append(row + 1);
        QList<CellPosition> positions;
        for (int c = 0; c < line.cells.size(); ++c)
            positions.append(CellPosition{row + 1, c + 1, c + 1});
        out.cells.append(positions);

        bool twoRows = false;
        if (line.role == TableLine::Role::Header && style.mergedHeader)
            for (const TableCell &cell : line.cells)
                twoRows = twoRows || cell.text.contains(QLatin1Char('\n'));
        if (twoRows) {
            // Choice's header: the halves of a two-line name in two rows, every other name merged down over both.
            QStringList top, bottom;
            for (int c = 0; c < line.cells.size(); ++c) {
                const QString &name = line.cells[c].text;
                if (const qsizetype at = name.indexOf(QLatin1Char('\n')); at >= 0) {
                    text(row, c, name.left(at), top);
                    text(row + 1, c, name.mid(at + 1), bottom);
                } else if (!name.isEmpty()) {
                    worksheet_merge_range(sheet, lxw_row_t(row), lxw_col_t(c), lxw_row_t(row + 1), lxw_col_t(c), name.toUtf8().constData(), nullptr);
                    top << columnLetters(c) + QStringLiteral(": '") + name + QStringLiteral("' (merged down)");
                }
            }
            out.text << top.join(QStringLiteral(" | ")) << bottom.join(QStringLiteral(" | "));
            row += 2;
            continue;
        }

        QStringList shown;
        for (int c = 0; c < line.cells.size(); ++c) {
            const TableCell &cell = line.cells[c];
            const CellValue &v = cell.value;
            const bool typed = v.type != CellValue::Type::Text && !(style.textChance > 0 && unit(g) < style.textChance);
            if (typed && v.type == CellValue::Type::Number) {
                const bool sign = cell.tags.contains(QStringLiteral("num:percent-sign")) || cell.tags.contains(QStringLiteral("num:percent-fullwidth"));
                if (v.percent && !percentColumns.contains(c))
                    percentColumns.insert(c, unit(g) < style.percentChance);
                QString code;
                double number = 0;
                if (v.percent && (sign || percentColumns.value(c))) {
                    // What Excel holds for 18.31%: the double nearest to 0.1831, shown as a percentage.
                    number = v.number.scaledBy(-2).toDouble();
                    code = QStringLiteral("0.00%");
                } else {
                    number = v.number.toDouble();
                    const int decimals = v.number.decimals();
                    if (cell.tags.contains(QStringLiteral("num:accounting")) || cell.tags.contains(QStringLiteral("num:accounting-fullwidth")))
                        code = QStringLiteral("#,##0%1_);(#,##0%1)").arg(places(decimals));
                    else if (cell.tags.contains(QStringLiteral("num:thousands")))
                        code = QStringLiteral("#,##0") + places(decimals);
                    else
                        // General, the number's own places, or two places whatever it has: a format only shows the
                        // number, and the import must read the value, not what is shown.
                        switch (int(unit(g) * 3)) {
                        case 0: break;
                        case 1: code = QStringLiteral("0") + places(decimals); break;
                        default: code = QStringLiteral("0.00"); break;
                        }
                }
                worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(c), number, book.format(code));
                shown << columnLetters(c) + QStringLiteral(": ") + QString::number(number, 'g', 17) + (code.isEmpty() ? QString() : QStringLiteral(" [") + code + QLatin1Char(']'));
            } else if (typed && v.type == CellValue::Type::Date) {
                lxw_datetime dt{v.date.year(), v.date.month(), v.date.day(), 0, 0, 0};
                QString code;
                if (cell.tags.contains(QStringLiteral("date:datetime-zero")))
                    code = QStringLiteral("yyyy-mm-dd hh:mm:ss");
                else
                    switch (int(unit(g) * 3)) {
                    case 0: code = QStringLiteral("yyyy-mm-dd"); break;
                    case 1: code = QStringLiteral("yyyy/m/d"); break;
                    default: code = QStringLiteral("yyyy\"年\"m\"月\"d\"日\""); break;
                    }
                worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(c), &dt, book.format(code));
                shown << columnLetters(c) + QStringLiteral(": date ") + v.date.toString(Qt::ISODate) + QStringLiteral(" [") + code + QLatin1Char(']');
            } else {
                text(row, c, withoutExcelText(cell.text), shown);
            }
        }
        out.text << shown.join(QStringLiteral(" | "));
        ++row;
    }
    if (const lxw_error e = book.close(); e != LXW_NO_ERROR) {
        if (error)
            *error = QStringLiteral("libxlsxwriter: ") + QString::fromUtf8(lxw_strerror(e));
        return out;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read back ") + path;
        return out;
    }
    out.bytes = f.readAll();
    return out;
}

} // namespace zhisuan::db::gen
