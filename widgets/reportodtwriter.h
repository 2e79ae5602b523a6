#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

class QIODevice;
class QWidget;

namespace zhisuan::widgets {

// The brief as an editable OpenDocument text: headings, paragraphs, lists, tables and each chart as a picture, in the
// order ReportDocument hands them over. Pages, contents and figure lists are the word processor's business.
class ReportOdtWriter
{
public:
    struct Table
    {
        QString caption;
        QStringList headers;
        QList<QStringList> rows;
        QList<bool> rightAligned;
        QList<QList<QColor>> colors;
    };

    explicit ReportOdtWriter(const QString &title, const QString &subtitle);

    void addHeading(const QString &text, double points, int level);
    void addParagraph(const QString &text);
    void addNote(const QString &text);    // smaller, muted: source lines
    void addCaption(const QString &text); // bold: a figure's or a table's caption
    void addList(const QString &heading, const QStringList &items, bool bullets);
    void addPageBreak();
    // A picture of the chart (an editor cannot edit a chart widget), wide as the text, sharp when printed.
    void addChart(int number, QWidget *chart, double aspect, double zoom);
    void addTable(const Table &table);
    db::Result<void> write(QIODevice *device);

private:
    void paragraph(const QString &text, const QTextCharFormat &format);

    std::unique_ptr<QTextDocument> m_doc;
    QTextCursor m_cursor;
    QTextCharFormat m_body, m_bold, m_muted;
};

} // namespace zhisuan::widgets
