#include "reportodtwriter.h"

#include "chartexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QTextDocumentWriter>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace zhisuan::widgets {

ReportOdtWriter::ReportOdtWriter(const QString &title, const QString &subtitle) : m_doc(std::make_unique<QTextDocument>())
{
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    m_cursor = QTextCursor(m_doc.get());
    m_body.setFontPointSize(10.5);
    m_bold = m_body;
    m_bold.setFontWeight(QFont::Bold);
    m_muted = m_body;
    m_muted.setFontPointSize(9);
    m_muted.setForeground(QColor(0x5F, 0x6B, 0x7A));
    m_cursor.setBlockCharFormat(m_bold);
    QTextCharFormat big = m_bold;
    big.setFontPointSize(20);
    m_cursor.insertText(title, big);
    paragraph(subtitle, m_muted);
}

void ReportOdtWriter::paragraph(const QString &text, const QTextCharFormat &format)
{
    m_cursor.insertBlock(QTextBlockFormat(), format);
    m_cursor.insertText(text, format);
}

void ReportOdtWriter::addHeading(const QString &text, double points, int level)
{
    QTextBlockFormat f;
    f.setHeadingLevel(level);
    f.setTopMargin(points * 0.8);
    f.setBottomMargin(points * 0.4);
    QTextCharFormat cf = m_bold;
    cf.setFontPointSize(points);
    m_cursor.insertBlock(f, cf);
    m_cursor.insertText(text, cf);
}

void ReportOdtWriter::addParagraph(const QString &text)
{
    paragraph(text, m_body);
}

void ReportOdtWriter::addNote(const QString &text)
{
    paragraph(text, m_muted);
}

void ReportOdtWriter::addCaption(const QString &text)
{
    paragraph(text, m_bold);
}

void ReportOdtWriter::addList(const QString &heading, const QStringList &items, bool bullets)
{
    addHeading(heading, 13, 2);
    QTextListFormat list;
    list.setStyle(bullets ? QTextListFormat::ListDisc : QTextListFormat::ListStyleUndefined);
    QTextList *points = nullptr;
    for (const QString &point : items) {
        if (!bullets) {
            paragraph(point, m_body);
            continue;
        }
        m_cursor.insertBlock(QTextBlockFormat(), m_body);
        if (!points)
            points = m_cursor.createList(list);
        else
            points->add(m_cursor.block());
        m_cursor.insertText(point, m_body);
    }
}

void ReportOdtWriter::addPageBreak()
{
    QTextBlockFormat f;
    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
    m_cursor.mergeBlockFormat(f);
}

void ReportOdtWriter::addChart(int number, QWidget *chart, double aspect, double zoom)
{
    ChartExporter::Options o;
    o.size = QSize(1200, int(1200 * aspect));
    o.scale = 2;
    o.zoom = zoom;
    const QImage image = ChartExporter::image(chart, o);
    const QUrl name(QStringLiteral("figure%1.png").arg(number));
    m_doc->addResource(QTextDocument::ImageResource, name, image);
    QTextImageFormat picture;
    picture.setName(name.toString());
    picture.setWidth(600);
    picture.setHeight(600.0 * image.height() / std::max(1, image.width()));
    m_cursor.insertBlock(QTextBlockFormat(), m_body);
    m_cursor.insertImage(picture);
}

void ReportOdtWriter::addTable(const Table &t)
{
    addCaption(t.caption);
    const int columns = int(t.headers.size());
    if (columns == 0)
        return;
    QTextTableFormat tf;
    tf.setHeaderRowCount(1);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorder(0.5);
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    m_cursor.insertBlock();
    QTextTable *table = m_cursor.insertTable(int(t.rows.size()) + 1, columns, tf);
    for (int col = 0; col < columns; ++col)
        table->cellAt(0, col).firstCursorPosition().insertText(t.headers[col], m_bold);
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int col = 0; col < columns && col < t.rows[r].size(); ++col) {
            QTextCursor cell = table->cellAt(r + 1, col).firstCursorPosition();
            QTextBlockFormat align;
            align.setAlignment(t.rightAligned.value(col) ? Qt::AlignRight : Qt::AlignLeft);
            cell.setBlockFormat(align);
            QTextCharFormat f = m_body;
            const QColor colour = t.colors.value(r).value(col);
            if (colour.isValid())
                f.setForeground(colour);
            cell.insertText(t.rows[r][col], f);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

db::Result<void> ReportOdtWriter::write(QIODevice *device)
{
    // The ODF writer closes the device it writes (a QSaveFile must not be closed): it writes to memory first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(m_doc.get()) || device->write(buffer.data()) != buffer.data().size())
        return db::Error{QStringLiteral("io"), QCoreApplication::translate("ReportDocument", "Cannot write the document"), {}};
    return {};
}

} // namespace zhisuan::widgets
