#pragma once

#include "result.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QFont;
class QIODevice;
class QPainter;
class QWidget;

namespace zhisuan::widgets {

class TableDelegate;

// A multi-page A4 PDF in the style of the brokers' weekly reports: a title block, key points in a shaded box, a
// table of contents with page numbers, numbered sections, numbered figures ("图 1：…") and tables ("表 1：…") each
// with its source line, a running header and a "page n of N" footer. Figures are live chart widgets drawn as
// vectors through ChartExporter; tables longer than a page continue on the next one under a repeated header.
//
// Blocks are laid out first (so that the contents know their pages) and then painted one at a time; the progress
// callback runs between blocks and can cancel.
class ReportDocument
{
public:
    struct Table
    {
        QString title;
        QStringList headers;
        QList<QStringList> rows;
        QList<QList<QColor>> colors; // text colour per cell; invalid or missing = default
        QList<bool> rightAligned;    // per column
        QString source;
        QString note; // one line under the table, above its source: what a mark in it means ("NM: …")
    };
    // A table as a model shows it: its headers, and every row's cells formatted by the delegate (numbers right
    // aligned, signed changes red when up and green when down, as the dashboards show them).
    static Table tableFromModel(const QAbstractItemModel &model, const TableDelegate &delegate);
    // The colour of a change in a table: red up, green down, as Chinese markets print them; invalid for zero.
    static QColor changeColour(double change);

    ReportDocument(const QString &title, const QString &subtitle);

    void setHeaderText(const QString &text); // top of every page but the first
    void setFooterText(const QString &text); // bottom left of every page
    void addKeyPoints(const QString &heading, const QStringList &points = {});
    void setKeyPoints(const QStringList &points); // of the key-points block, when they are known only later
    void addBox(const QString &heading, const QStringList &paragraphs); // shaded like the key points, no bullets
    void addContents(const QString &heading);
    void addFigureList(const QString &heading); // every figure and table with its page, as 图表目录
    void addHeading(const QString &text); // numbered 1, 2, … and listed in the contents
    void addParagraph(const QString &text);
    void addPageBreak();
    // `aspect` is height / width of the figure; `zoom` below 1 draws the chart smaller (see ChartExporter::Options).
    void addChart(QWidget *chart, const QString &title, const QString &source, double aspect = 0.5, double zoom = 1.0);
    void addTable(const Table &table);

    // Writes the PDF. `progress(done, total)` is called before each block is painted; returning false stops with
    // the error "cancelled" and leaves the device half-written (write into a QSaveFile and discard it).
    db::Result<void> write(QIODevice *device, const std::function<bool(int, int)> &progress = {});
    // The same content as an editable OpenDocument text (.odt, which WPS and Word open), for an analyst to finish
    // the weekly in: headings, paragraphs, key points, tables with their titles and sources, and each figure as a
    // picture with its caption. No contents with page numbers: the word processor makes its own. `progress` as for
    // write(), and so is a cancel.
    db::Result<void> writeOdt(QIODevice *device, const std::function<bool(int, int)> &progress = {}) const;
    int pageCount() const { return m_pageCount; }
    int figureCount() const { return m_figures; }

private:
    enum class Kind { KeyPoints, Contents, FigureList, Heading, Paragraph, Chart, Table, PageBreak };
    struct Block
    {
        Block(Kind k, const QString &t) : kind(k), text(t) {}
        Kind kind;
        QString text;      // heading, paragraph, key-points or contents heading
        QStringList items; // key points
        QWidget *chart = nullptr;
        QString source;
        double aspect = 0.5;
        double zoom = 1.0;
        bool bullets = true; // key points; a box of paragraphs has none
        Table table;
        int number = 0; // section, figure or table number
    };
    struct Placed
    {
        int block;
        int page;
        double y;
        double height;
        int rowFrom = 0, rowTo = 0; // tables: the rows on this page
    };
    struct Metrics;

    void layout(const Metrics &m);
    double blockHeight(const Metrics &m, const Block &b) const;
    QList<double> columnWidths(const Metrics &m, const Table &t) const;
    QList<double> rowHeights(const Metrics &m, const Table &t, const QList<double> &widths) const;
    void paintPageFrame(QPainter &p, const Metrics &m, int page) const;
    void paintBlock(QPainter &p, const Metrics &m, const Placed &placed) const;
    void paintTable(QPainter &p, const Metrics &m, const Placed &placed) const;

    QString m_title;
    QString m_subtitle;
    QString m_header;
    QString m_footer;
    QList<Block> m_blocks;
    QList<Placed> m_placed;
    int m_sections = 0;
    int m_figures = 0;
    int m_tables = 0;
    int m_pageCount = 0;
};

} // namespace zhisuan::widgets
