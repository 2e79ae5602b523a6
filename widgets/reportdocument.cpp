#include "reportdocument.h"

#include "chartexporter.h"
#include "pdftextrepair.h"
#include "reportodtwriter.h"
#include "tabledelegate.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

namespace zhisuan::widgets {

namespace {

const QColor kInk(0x22, 0x2B, 0x36);
const QColor kMuted(0x5F, 0x6B, 0x7A);
const QColor kBrand(0x1F, 0x38, 0x64);     // headings, rules, table headers
const QColor kShade(0xEE, 0xF2, 0xF8);     // key-points box
const QColor kZebra(0xF6, 0xF8, 0xFB);     // every other table row
const QColor kUp(0xC0, 0x1F, 0x1F);        // Chinese markets: red is up
const QColor kDown(0x0B, 0x7A, 0x4B);      // and green is down
constexpr double kCellPadX = 6;
constexpr double kCellPadY = 3.5;
constexpr double kResolution = 96; // one unit per screen pixel: charts lay out as on screen

QString sourceLine(const QString &source)
{
    return source.isEmpty() ? QCoreApplication::translate("ReportDocument", "Source: ZhiSuan Board")
                            : QCoreApplication::translate("ReportDocument", "Source: %1, ZhiSuan Board").arg(source);
}

QFont reportFont(double points, bool bold = false)
{
    // Latin text and digits in a Latin face, Chinese in WenQuanYi Micro Hei: with these the PDF's text copies and
    // searches correctly. Noto Sans CJK, drawn by Qt's PDF engine, maps digits after Latin letters to nothing, so it
    // is only the last resort. (Its radicals, 人 as ⼈, are repaired for every PDF by PdfTextRepair.)
    static const QStringList families = [] {
        const QStringList installed = QFontDatabase::families();
        QStringList out;
        for (const QString &family : {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("WenQuanYi Micro Hei"),
                                      QStringLiteral("Noto Sans CJK SC")})
            if (installed.contains(family))
                out << family;
        return out.isEmpty() ? QStringList{QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()} : out;
    }();
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "ﬃ" in "Traffic" would copy and search as one odd character.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

struct ReportDocument::Metrics
{
    QPaintDevice *device = nullptr;
    double pageWidth = 0, pageHeight = 0;
    double left = 0, right = 0, top = 0, bottom = 0;
    QFont title = reportFont(20, true);
    QFont subtitle = reportFont(10.5);
    QFont heading = reportFont(13, true);
    QFont boxHeading = reportFont(11, true);
    QFont body = reportFont(9.5);
    QFont caption = reportFont(9.5, true);
    QFont tableHeader = reportFont(8.5, true);
    QFont table = reportFont(8.5);
    QFont small = reportFont(7.5);
    double gap = 14;

    QFontMetricsF fm(const QFont &f) const { return QFontMetricsF(f, device); }
    double width() const { return right - left; }
    double wrappedHeight(const QFont &f, double w, const QString &text) const
    {
        return fm(f).boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, text).height();
    }
    // The first page's title, wrapped to the text width (a firm's name makes it longer than a line), then the subtitle.
    double titleHeight(const QString &text) const { return std::max(fm(title).height(), wrappedHeight(title, width(), text)); }
    double titleBlock(const QString &text) const { return titleHeight(text) + fm(subtitle).height() + 26; }
    double captionHeight() const { return fm(caption).height() + 6; }
    double sourceHeight() const { return fm(small).height() + 6; }
};

ReportDocument::Table ReportDocument::tableFromModel(const QAbstractItemModel &model, const TableDelegate &delegate)
{
    Table t;
    const QLocale locale;
    for (int c = 0; c < model.columnCount(); ++c) {
        t.headers << model.headerData(c, Qt::Horizontal).toString();
        const auto format = delegate.columnFormat(c);
        t.rightAligned << (format != TableDelegate::Format::Text && format != TableDelegate::Format::Vocabulary);
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        QList<QColor> colors;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QVariant v = model.data(model.index(r, c), Qt::DisplayRole);
            cells << delegate.text(model.index(r, c), locale);
            QColor color;
            if (delegate.columnFormat(c) == TableDelegate::Format::Change && !v.isNull()) {
                const double d = v.toDouble();
                color = changeColour(d);
            }
            colors << color;
        }
        t.rows << cells;
        t.colors << colors;
    }
    t.note = delegate.multiplesNote(model, locale);
    return t;
}

QColor ReportDocument::changeColour(double change)
{
    return change > 0 ? kUp : change < 0 ? kDown : QColor();
}

ReportDocument::ReportDocument(const QString &title, const QString &subtitle) : m_title(title), m_subtitle(subtitle) {}

void ReportDocument::setHeaderText(const QString &text)
{
    m_header = text;
}

void ReportDocument::setFooterText(const QString &text)
{
    m_footer = text;
}

void ReportDocument::addKeyPoints(const QString &heading, const QStringList &points)
{
    Block b{Kind::KeyPoints, heading};
    b.items = points;
    m_blocks << b;
}

void ReportDocument::setKeyPoints(const QStringList &points)
{
    for (Block &b : m_blocks)
        if (b.kind == Kind::KeyPoints && b.bullets)
            b.items = points;
}

void ReportDocument::addBox(const QString &heading, const QStringList &paragraphs)
{
    Block b{Kind::KeyPoints, heading};
    b.items = paragraphs;
    b.bullets = false;
    m_blocks << b;
}

void ReportDocument::addContents(const QString &heading)
{
    m_blocks << Block{Kind::Contents, heading};
}

void ReportDocument::addFigureList(const QString &heading)
{
    m_blocks << Block{Kind::FigureList, heading};
}

void ReportDocument::addHeading(const QString &text)
{
    Block b{Kind::Heading, text};
    b.number = ++m_sections;
    m_blocks << b;
}

void ReportDocument::addPageBreak()
{
    m_blocks << Block{Kind::PageBreak, QString()};
}

void ReportDocument::addParagraph(const QString &text)
{
    m_blocks << Block{Kind::Paragraph, text};
}

void ReportDocument::addChart(QWidget *chart, const QString &title, const QString &source, double aspect, double zoom)
{
    Block b{Kind::Chart, title};
    b.chart = chart;
    b.source = source;
    b.aspect = aspect;
    b.zoom = zoom;
    b.number = ++m_figures;
    m_blocks << b;
}

void ReportDocument::addTable(const Table &table)
{
    Block b{Kind::Table, table.title};
    b.table = table;
    b.number = ++m_tables;
    m_blocks << b;
}

QList<double> ReportDocument::columnWidths(const Metrics &m, const Table &t) const
{
    const int n = int(t.headers.size());
    QList<double> natural(n, 0.0);
    for (int c = 0; c < n; ++c) {
        natural[c] = m.fm(m.tableHeader).horizontalAdvance(t.headers[c]);
        for (const QStringList &row : t.rows)
            natural[c] = std::max(natural[c], m.fm(m.table).horizontalAdvance(row.value(c)));
        natural[c] += 2 * kCellPadX + 1;
    }
    const double total = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
    const double width = m.width();
    if (n == 0 || total <= 0)
        return natural;
    if (total <= width) { // spread the spare width, as report tables span the text column
        for (double &w : natural)
            w += (width - total) / n;
        return natural;
    }
    // Too wide: columns narrower than a fair share keep their width, the rest share what is left and wrap.
    QList<bool> fixed(n, false);
    double remaining = width;
    int open = n;
    for (bool changed = true; changed && open > 0;) {
        changed = false;
        const double share = remaining / open;
        for (int c = 0; c < n; ++c) {
            if (!fixed[c] && natural[c] <= share) {
                fixed[c] = true;
                remaining -= natural[c];
                --open;
                changed = true;
            }
        }
    }
    double openNatural = 0;
    for (int c = 0; c < n; ++c)
        if (!fixed[c])
            openNatural += natural[c];
    QList<double> widths = natural;
    for (int c = 0; c < n; ++c)
        if (!fixed[c])
            widths[c] = remaining * natural[c] / openNatural;
    return widths;
}

QList<double> ReportDocument::rowHeights(const Metrics &m, const Table &t, const QList<double> &widths) const
{
    QList<double> heights;
    auto height = [&](const QFont &font, const QStringList &cells) {
        double h = m.fm(font).height();
        for (int c = 0; c < cells.size() && c < widths.size(); ++c)
            if (!cells[c].isEmpty())
                h = std::max(h, m.wrappedHeight(font, widths[c] - 2 * kCellPadX, cells[c]));
        return h + 2 * kCellPadY;
    };
    heights << height(m.tableHeader, t.headers);
    for (const QStringList &row : t.rows)
        heights << height(m.table, row);
    return heights;
}

double ReportDocument::blockHeight(const Metrics &m, const Block &b) const
{
    switch (b.kind) {
    case Kind::KeyPoints: {
        const double indent = b.bullets ? 14 : 0;
        double h = 12 + m.fm(m.boxHeading).height() + 8;
        for (const QString &item : b.items)
            h += m.wrappedHeight(m.body, m.width() - 24 - indent, item) + 5;
        return h + 8;
    }
    case Kind::Contents: {
        int sections = 0;
        for (const Block &other : m_blocks)
            sections += other.kind == Kind::Heading ? 1 : 0;
        return m.fm(m.heading).height() + 10 + sections * m.fm(m.body).height() * 1.6;
    }
    case Kind::FigureList: {
        int entries = 0;
        for (const Block &other : m_blocks)
            entries += other.kind == Kind::Chart || other.kind == Kind::Table ? 1 : 0;
        return entries == 0 ? 0 : m.fm(m.heading).height() + 10 + entries * m.fm(m.table).height() * 1.55;
    }
    case Kind::Heading:
        return m.fm(m.heading).height() + 10;
    case Kind::Paragraph:
        return m.wrappedHeight(m.body, m.width(), b.text);
    case Kind::Chart: {
        // At least the chart's minimum size under the caption and above the source line, so it is not squeezed.
        const double frame = 2 * 16 + m.fm(m.caption).height() + 8 + m.fm(m.small).height() + 8;
        const double minimum = std::max(b.chart->minimumSize().height(), b.chart->minimumSizeHint().height()) * b.zoom + frame;
        return std::max(m.width() * b.aspect, minimum);
    }
    case Kind::Table:
    case Kind::PageBreak:
        break;
    }
    if (b.kind == Kind::PageBreak)
        return 0;
    const auto heights = rowHeights(m, b.table, columnWidths(m, b.table));
    return m.captionHeight() + std::accumulate(heights.cbegin(), heights.cend(), 0.0) + m.sourceHeight();
}

void ReportDocument::layout(const Metrics &m)
{
    m_placed.clear();
    int page = 0;
    double y = m.top + m.titleBlock(m_title);
    double pageTop = y;
    auto newPage = [&] {
        ++page;
        y = pageTop = m.top;
    };
    // The first piece of a block: what must fit under a heading so that the heading is not left alone.
    auto firstPiece = [&](int i) -> double {
        if (i >= m_blocks.size())
            return 0;
        const Block &b = m_blocks[i];
        if (b.kind != Kind::Table)
            return std::min(blockHeight(m, b), (m.bottom - m.top) / 2);
        // What the table layout below needs on the page: all of a short table, else the header and three rows.
        const auto heights = rowHeights(m, b.table, columnWidths(m, b.table));
        const double total = blockHeight(m, b);
        if (total <= (m.bottom - m.top) / 3 || heights.size() <= 4)
            return total;
        return m.captionHeight() + heights[0] + heights[1] + heights[2] + heights[3];
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks[i];
        if (b.kind == Kind::PageBreak) {
            if (y > pageTop)
                newPage();
            continue;
        }
        if (b.kind != Kind::Table) {
            const double h = blockHeight(m, b);
            // A heading stays with what follows it: its introductory paragraphs and the first piece after them.
            double keep = 0;
            if (b.kind == Kind::Heading) {
                keep = 6;
                int next = i + 1;
                for (; next < m_blocks.size() && m_blocks[next].kind == Kind::Paragraph; ++next)
                    keep += blockHeight(m, m_blocks[next]) + m.gap;
                keep = std::min(keep + firstPiece(next), (m.bottom - m.top) / 2);
            }
            if (y + h + keep > m.bottom && y > pageTop)
                newPage();
            m_placed.append({int(i), page, y, h});
            y += h + (b.kind == Kind::Heading ? 6 : m.gap);
            continue;
        }
        // Tables run on over pages, each piece with the caption and header row, the source under the last. Short
        // tables are kept whole, and a piece is never left with fewer than three rows when the table has more.
        const auto heights = rowHeights(m, b.table, columnWidths(m, b.table));
        const int rows = int(b.table.rows.size());
        const double head = m.captionHeight() + heights[0];
        const double foot = m.sourceHeight() * (b.table.note.isEmpty() ? 1 : 2); // the note, then the source
        const double total = head + std::accumulate(heights.cbegin() + 1, heights.cend(), 0.0) + foot;
        const int minimumRows = std::min(rows, 3);
        if (total <= (m.bottom - m.top) / 3 && y + total > m.bottom && y > pageTop)
            newPage();
        int row = 0;
        do {
            // Rows that fit under the caption and header here.
            auto fitting = [&] {
                int n = 0;
                for (double h = head; row + n < rows && y + h + heights[row + n + 1] <= m.bottom; ++n)
                    h += heights[row + n + 1];
                return n;
            };
            if ((fitting() < std::max(1, minimumRows) || (rows == 0 && y + head + foot > m.bottom)) && y > pageTop)
                newPage();
            const int from = row;
            int to = from + std::max(1, fitting());
            if (to > rows)
                to = rows;
            if (to < rows && rows - to < 3 && to - from > 3)
                to = std::max(from + 3, rows - 3); // leave the last piece three rows
            double h = head;
            for (int r = from; r < to; ++r)
                h += heights[r + 1];
            if (to == rows) {
                if (y + h + foot > m.bottom && to - from > 1) {
                    // The source line does not fit: carry rows over with it, three when this piece can spare them.
                    const int carried = std::min(3, to - from - 1);
                    for (int r = 0; r < carried; ++r) {
                        --to;
                        h -= heights[to + 1];
                    }
                } else {
                    h += foot;
                }
            }
            row = to;
            Placed piece{int(i), page, y, h};
            piece.rowFrom = from;
            piece.rowTo = row;
            m_placed.append(piece);
            y += h + m.gap;
            if (row < rows)
                newPage();
        } while (row < rows);
    }
    m_pageCount = page + 1;
}

void ReportDocument::paintPageFrame(QPainter &p, const Metrics &m, int page) const
{
    p.save();
    if (page == 0) {
        p.fillRect(QRectF(0, 0, m.pageWidth, 8), kBrand);
        p.setPen(kBrand);
        p.setFont(m.title);
        const double titleHeight = m.titleHeight(m_title);
        p.drawText(QRectF(m.left, m.top, m.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_title);
        p.setPen(kMuted);
        p.setFont(m.subtitle);
        p.drawText(QRectF(m.left, m.top + titleHeight + 4, m.width(), m.fm(m.subtitle).height()),
                   Qt::AlignLeft | Qt::AlignVCenter, m_subtitle);
        p.setPen(QPen(kBrand, 1.5));
        const double rule = m.top + m.titleBlock(m_title) - 10;
        p.drawLine(QPointF(m.left, rule), QPointF(m.right, rule));
    } else {
        p.setFont(m.small);
        p.setPen(kMuted);
        const double h = m.fm(m.small).height();
        const QRectF band(m.left, m.top - 22 - h, m.width(), h);
        p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_header.isEmpty() ? m_title : m_header);
        p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, m_subtitle);
        p.setPen(QPen(kBrand, 0.8));
        p.drawLine(QPointF(m.left, m.top - 16), QPointF(m.right, m.top - 16));
    }
    p.setFont(m.small);
    p.setPen(QPen(QColor(0xC8, 0xCF, 0xD8), 0.8));
    p.drawLine(QPointF(m.left, m.bottom + 16), QPointF(m.right, m.bottom + 16));
    p.setPen(kMuted);
    const QRectF foot(m.left, m.bottom + 22, m.width(), m.fm(m.small).height());
    p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("ReportDocument", "Page %1 of %2").arg(page + 1).arg(m_pageCount));
    p.restore();
}

void ReportDocument::paintTable(QPainter &p, const Metrics &m, const Placed &placed) const
{
    const Block &b = m_blocks[placed.block];
    const Table &t = b.table;
    const auto widths = columnWidths(m, t);
    const auto heights = rowHeights(m, t, widths);
    double y = placed.y;
    p.setPen(kInk);
    p.setFont(m.caption);
    QString caption = QCoreApplication::translate("ReportDocument", "Table %1: %2").arg(b.number).arg(t.title);
    if (placed.rowFrom > 0)
        caption = QCoreApplication::translate("ReportDocument", "%1 (continued)").arg(caption);
    p.drawText(QRectF(m.left, y, m.width(), m.captionHeight()), Qt::AlignLeft | Qt::AlignVCenter, caption);
    y += m.captionHeight();

    auto drawRow = [&](const QStringList &cells, const QList<QColor> &colors, double h, const QFont &font, const QColor &ink) {
        double x = m.left;
        p.setFont(font);
        for (int c = 0; c < widths.size(); ++c) {
            const QColor color = colors.value(c);
            p.setPen(color.isValid() ? color : ink);
            const Qt::Alignment align = (t.rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            p.drawText(QRectF(x + kCellPadX, y + kCellPadY, widths[c] - 2 * kCellPadX, h - 2 * kCellPadY),
                       int(align) | Qt::TextWordWrap, cells.value(c));
            x += widths[c];
        }
    };
    p.fillRect(QRectF(m.left, y, m.width(), heights[0]), kBrand);
    drawRow(t.headers, {}, heights[0], m.tableHeader, Qt::white);
    y += heights[0];
    for (int r = placed.rowFrom; r < placed.rowTo; ++r) {
        const double h = heights[r + 1];
        if ((r - placed.rowFrom) % 2 == 1)
            p.fillRect(QRectF(m.left, y, m.width(), h), kZebra);
        drawRow(t.rows[r], t.colors.value(r), h, m.table, kInk);
        y += h;
    }
    p.setPen(QPen(kBrand, 1));
    p.drawLine(QPointF(m.left, y), QPointF(m.right, y));
    if (placed.rowTo == t.rows.size()) {
        p.setFont(m.small);
        p.setPen(kMuted);
        if (!t.note.isEmpty()) {
            p.drawText(QRectF(m.left, y, m.width(), m.sourceHeight()), Qt::AlignLeft | Qt::AlignVCenter, t.note);
            y += m.sourceHeight();
        }
        p.drawText(QRectF(m.left, y, m.width(), m.sourceHeight()), Qt::AlignLeft | Qt::AlignVCenter, sourceLine(t.source));
    }
}

void ReportDocument::paintBlock(QPainter &p, const Metrics &m, const Placed &placed) const
{
    const Block &b = m_blocks[placed.block];
    p.save();
    p.setPen(kInk);
    switch (b.kind) {
    case Kind::KeyPoints: {
        const QRectF box(m.left, placed.y, m.width(), placed.height);
        p.fillRect(box, kShade);
        p.fillRect(QRectF(box.left(), box.top(), 4, box.height()), kBrand);
        double y = box.top() + 12;
        p.setFont(m.boxHeading);
        p.setPen(kBrand);
        p.drawText(QRectF(box.left() + 12, y, box.width() - 24, m.fm(m.boxHeading).height()), Qt::AlignLeft | Qt::AlignVCenter, b.text);
        y += m.fm(m.boxHeading).height() + 8;
        p.setFont(m.body);
        const double indent = b.bullets ? 14 : 0;
        for (const QString &item : b.items) {
            const double h = m.wrappedHeight(m.body, box.width() - 24 - indent, item);
            if (b.bullets) {
                p.setPen(kBrand);
                p.drawText(QRectF(box.left() + 12, y, 14, m.fm(m.body).height()), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("■"));
            }
            p.setPen(kInk);
            p.drawText(QRectF(box.left() + 12 + indent, y, box.width() - 24 - indent, h), Qt::TextWordWrap, item);
            y += h + 5;
        }
        break;
    }
    case Kind::Contents:
    case Kind::FigureList: {
        if (placed.height <= 0)
            break; // no figure or table to list
        double y = placed.y;
        p.setFont(m.heading);
        p.setPen(kBrand);
        p.drawText(QRectF(m.left, y, m.width(), m.fm(m.heading).height()), Qt::AlignLeft | Qt::AlignVCenter, b.text);
        y += m.fm(m.heading).height() + 10;
        const bool contents = b.kind == Kind::Contents;
        const QFont font = contents ? m.body : m.table;
        p.setFont(font);
        p.setPen(kInk);
        const double line = m.fm(font).height() * (contents ? 1.6 : 1.55);
        int previous = -1;
        for (const Placed &other : m_placed) {
            const Block &entry = m_blocks[other.block];
            if (other.block == previous) // a table's later pieces
                continue;
            previous = other.block;
            QString label;
            if (contents && entry.kind == Kind::Heading)
                label = QStringLiteral("%1  %2").arg(entry.number).arg(entry.text);
            else if (!contents && entry.kind == Kind::Chart)
                label = QCoreApplication::translate("ReportDocument", "Figure %1: %2").arg(entry.number).arg(entry.text);
            else if (!contents && entry.kind == Kind::Table)
                label = QCoreApplication::translate("ReportDocument", "Table %1: %2").arg(entry.number).arg(entry.text);
            else
                continue;
            const QString page = QString::number(other.page + 1);
            label = m.fm(font).elidedText(label, Qt::ElideRight, m.width() - 60);
            const QRectF row(m.left, y, m.width(), line);
            p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, label);
            p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, page);
            // Dot leaders between the title and its page, as printed contents have.
            const double from = m.left + m.fm(font).horizontalAdvance(label) + 8;
            const double to = m.right - m.fm(font).horizontalAdvance(page) - 8;
            p.save();
            p.setPen(QPen(kMuted, 0.8, Qt::DotLine));
            const double baseline = y + line / 2 + m.fm(font).ascent() / 2 - 1;
            if (to > from)
                p.drawLine(QPointF(from, baseline), QPointF(to, baseline));
            p.restore();
            y += line;
        }
        break;
    }
    case Kind::Heading: {
        p.setFont(m.heading);
        p.setPen(kBrand);
        const double h = m.fm(m.heading).height();
        p.drawText(QRectF(m.left, placed.y, m.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1  %2").arg(b.number).arg(b.text));
        p.setPen(QPen(kBrand, 1));
        p.drawLine(QPointF(m.left, placed.y + h + 4), QPointF(m.right, placed.y + h + 4));
        break;
    }
    case Kind::Paragraph:
        p.setFont(m.body);
        p.drawText(QRectF(m.left, placed.y, m.width(), placed.height), Qt::TextWordWrap, b.text);
        break;
    case Kind::Chart: {
        ChartExporter::Options o;
        o.title = QCoreApplication::translate("ReportDocument", "Figure %1: %2").arg(b.number).arg(b.text);
        o.source = b.source;
        o.zoom = b.zoom;
        o.titleFont = m.caption;
        o.sourceFont = m.small;
        // The exporter frames the chart with a 16-unit margin: widen the target so that captions line up with tables.
        ChartExporter::paint(b.chart, p, QRectF(m.left - 16, placed.y - 16, m.width() + 32, placed.height + 16), o, false);
        break;
    }
    case Kind::Table:
        paintTable(p, m, placed);
        break;
    case Kind::PageBreak:
        break;
    }
    p.restore();
}

// The error a progress callback's "stop" gives: nothing to report beyond that it stopped.
static db::Error cancelledError()
{
    return db::Error{QStringLiteral("cancelled"), QCoreApplication::translate("ReportDocument", "Cancelled"), {}};
}

db::Result<void> ReportDocument::write(QIODevice *device, const std::function<bool(int, int)> &progress)
{
    // Written whole into memory, then its text repaired (PdfTextRepair) on the way to the device.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    // "… AI and computing — Week of 2024-08-12 to 2024-08-18": the title and the week read as two parts.
    pdf.setTitle(m_subtitle.isEmpty() ? m_title : m_title + QStringLiteral(" — ") + m_subtitle);
    pdf.setCreator(QStringLiteral("ZhiSuan Board"));
    pdf.setResolution(int(kResolution));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    Metrics m;
    m.device = &pdf;
    const QRectF page = pdf.pageLayout().fullRectPixels(int(kResolution));
    m.pageWidth = page.width();
    m.pageHeight = page.height();
    m.left = 64;
    m.right = m.pageWidth - 64;
    m.top = 76;
    m.bottom = m.pageHeight - 68;
    layout(m);

    QPainter p;
    if (!p.begin(&pdf))
        return db::Error{QStringLiteral("io"), QCoreApplication::translate("ReportDocument", "Cannot start the PDF"), {}};
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    int current = 0;
    paintPageFrame(p, m, 0);
    for (int i = 0; i < m_placed.size(); ++i) {
        if (progress && !progress(int(i), int(m_placed.size()))) {
            p.end();
            return cancelledError();
        }
        const Placed &placed = m_placed[i];
        while (current < placed.page) {
            pdf.newPage();
            paintPageFrame(p, m, ++current);
        }
        paintBlock(p, m, placed);
    }
    if (progress)
        progress(int(m_placed.size()), int(m_placed.size()));
    if (!p.end())
        return db::Error{QStringLiteral("io"), QCoreApplication::translate("ReportDocument", "Cannot write the PDF"), {}};
    const QByteArray written = PdfTextRepair::repaired(buffer.data());
    if (device->write(written) != written.size())
        return db::Error{QStringLiteral("io"), QCoreApplication::translate("ReportDocument", "Cannot write the PDF"), {}};
    return {};
}

db::Result<void> ReportDocument::writeOdt(QIODevice *device, const std::function<bool(int, int)> &progress) const
{
    ReportOdtWriter odt(m_title, m_subtitle);
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (progress && !progress(i, int(m_blocks.size())))
            return cancelledError();
        const Block &b = m_blocks[i];
        switch (b.kind) {
        case Kind::KeyPoints:
            odt.addList(b.text, b.items, b.bullets);
            break;
        case Kind::Contents:
        case Kind::FigureList:
            break; // page numbers belong to the word processor, which makes its own contents
        case Kind::Heading:
            odt.addHeading(QStringLiteral("%1 %2").arg(b.number).arg(b.text), 15, 1);
            break;
        case Kind::Paragraph:
            odt.addParagraph(b.text);
            break;
        case Kind::PageBreak:
            odt.addPageBreak();
            break;
        case Kind::Chart:
            odt.addCaption(QCoreApplication::translate("ReportDocument", "Figure %1: %2").arg(b.number).arg(b.text));
            if (b.chart)
                odt.addChart(b.number, b.chart, b.aspect, b.zoom);
            odt.addNote(sourceLine(b.source));
            break;
        case Kind::Table: {
            const Table &t = b.table;
            odt.addTable({QCoreApplication::translate("ReportDocument", "Table %1: %2").arg(b.number).arg(t.title), t.headers, t.rows,
                          t.rightAligned, t.colors});
            if (!t.note.isEmpty())
                odt.addNote(t.note);
            odt.addNote(sourceLine(t.source));
            break;
        }
        }
    }
    return odt.write(device);
}

} // namespace zhisuan::widgets
