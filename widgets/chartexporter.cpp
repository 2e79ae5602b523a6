#include "chartexporter.h"

#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLayout>
#include <QPainter>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

namespace zhisuan::widgets {

namespace {

// Lays the widget out at `size` for the duration of a render, then puts it back.
class TemporarySize
{
public:
    TemporarySize(QWidget *w, const QSize &size) : m_widget(w), m_old(w->size())
    {
        // A chart on another tab or page is not laid out: bring its branch forward in every stack above it.
        for (QWidget *child = w, *parent = w->parentWidget(); parent; child = parent, parent = parent->parentWidget()) {
            if (auto *stack = qobject_cast<QStackedWidget *>(parent)) {
                if (stack->currentWidget() != child) {
                    m_stacks.append({stack, stack->currentIndex()});
                    stack->setCurrentWidget(child);
                }
            }
        }
        QCoreApplication::processEvents();
        // Qt Charts deletes replaced axes and series with deleteLater(); outside an event loop (the command line, a
        // brief being written) they would still be in the scene and be drawn under the new ones.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_wasAttribute = w->testAttribute(Qt::WA_DontShowOnScreen);
        if (!w->isVisible())
            w->setAttribute(Qt::WA_DontShowOnScreen, true);
        w->resize(size);
        // Hidden widgets (a chart on another tab) get their resize event only when shown: deliver it now so that
        // the chart lays itself out at the export size.
        QResizeEvent resize(size, m_old);
        QCoreApplication::sendEvent(w, &resize);
        sendPendingResizes(w);
        if (auto *layout = w->layout())
            layout->activate();
        QCoreApplication::sendPostedEvents(w, QEvent::LayoutRequest);
        // Qt Charts places some items (bar labels) from queued updates: let them run at the new size.
        QCoreApplication::processEvents();
    }
    ~TemporarySize()
    {
        const QSize exported = m_widget->size();
        m_widget->resize(m_old);
        QResizeEvent resize(m_old, exported);
        QCoreApplication::sendEvent(m_widget, &resize);
        m_widget->setAttribute(Qt::WA_DontShowOnScreen, m_wasAttribute);
        for (auto it = m_stacks.crbegin(); it != m_stacks.crend(); ++it)
            it->first->setCurrentIndex(it->second);
    }

private:
    // What QWidget::render does for hidden widgets: children laid out while hidden (a chart view's viewport)
    // have their resize events pending; a view drawn through its scene needs them delivered.
    static void sendPendingResizes(QWidget *w)
    {
        for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->testAttribute(Qt::WA_PendingResizeEvent)) {
                QResizeEvent e(child->size(), QSize());
                QCoreApplication::sendEvent(child, &e);
                child->setAttribute(Qt::WA_PendingResizeEvent, false);
            }
            sendPendingResizes(child);
        }
    }

    QWidget *m_widget;
    QSize m_old;
    bool m_wasAttribute;
    QList<std::pair<QStackedWidget *, int>> m_stacks;
};

} // namespace

void ChartExporter::paint(QWidget *chart, QPainter &p, const QRectF &target, const Options &o, bool raster)
{
    p.save();
    p.translate(target.topLeft());
    const QSizeF size = target.size();
    const double margin = 16;
    QFont titleFont = chart->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    QFont sourceFont = chart->font();
    sourceFont.setPointSizeF(sourceFont.pointSizeF() * 0.85);
    if (o.titleFont)
        titleFont = *o.titleFont;
    if (o.sourceFont)
        sourceFont = *o.sourceFont;
    const double titleHeight = o.title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 8;
    const double sourceHeight = QFontMetricsF(sourceFont).height() + 8;
    if (!o.transparent || !raster)
        p.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    p.setPen(QColor(0x22, 0x2B, 0x36));
    if (!o.title.isEmpty()) {
        p.setFont(titleFont);
        p.drawText(QRectF(margin, margin, size.width() - 2 * margin, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, o.title);
    }
    const QRectF area(margin, margin + titleHeight, size.width() - 2 * margin, size.height() - 2 * margin - titleHeight - sourceHeight);
    {
        // A chart cannot be laid out below its minimum size (axis labels, legends): lay it out there and scale.
        const QSize wanted = area.size().toSize();
        // Shrink uniformly as far as the minimum needs, and lay out at the size that then fills the target.
        const QSize minimum = chart->minimumSize().expandedTo(chart->minimumSizeHint());
        double scale = std::clamp(o.zoom, 0.25, 1.0);
        if (minimum.width() > 0)
            scale = std::min(scale, double(wanted.width()) / minimum.width());
        if (minimum.height() > 0)
            scale = std::min(scale, double(wanted.height()) / minimum.height());
        const QSize laidOut = (QSizeF(wanted) / scale).toSize().expandedTo(minimum);
        // The export's title above replaces the chart's own: one title, not two (restored after the render).
        struct InnerTitle
        {
            QChart *chart = nullptr;
            QString title;
            ~InnerTitle()
            {
                if (chart)
                    chart->setTitle(title);
            }
        } inner;
        if (auto *view = qobject_cast<QChartView *>(chart); view && !o.title.isEmpty() && !view->chart()->title().isEmpty()) {
            inner.chart = view->chart();
            inner.title = inner.chart->title();
            inner.chart->setTitle(QString());
        }
        TemporarySize resized(chart, laidOut);
        p.save();
        p.translate(area.topLeft());
        p.scale(scale, scale);
        if (auto *view = qobject_cast<QChartView *>(chart)) {
            // Through the scene, not QWidget::render: the view culls items (bar labels) against an exposed region
            // computed without the painter's transform, and drops the ones that an offset or scale moves.
            view->render(&p, QRectF(QPointF(0, 0), QSizeF(laidOut)), view->viewport()->rect(), Qt::IgnoreAspectRatio);
        } else {
            chart->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        p.restore();
    }
    p.setFont(sourceFont);
    p.setPen(QColor(0x5F, 0x6B, 0x7A));
    const QString source = (o.source.isEmpty() ? QCoreApplication::translate("ChartExporter", "Source: ZhiSuan Board")
                                               : QCoreApplication::translate("ChartExporter", "Source: %1, ZhiSuan Board").arg(o.source));
    p.drawText(QRectF(margin, size.height() - margin - sourceHeight, size.width() - 2 * margin, sourceHeight),
               Qt::AlignLeft | Qt::AlignVCenter, source);
    p.restore();
}

QImage ChartExporter::image(QWidget *chart, const Options &o)
{
    const int scale = std::clamp(o.scale, 1, 3);
    // Opaque unless asked otherwise: an RGB32 image is drawn the same, and Qt's PNG writer hands its rows to libpng
    // as they are (an ARGB32_Premultiplied one is converted a row at a time, and written with an alpha channel
    // that is all opaque): a third of an export's time went into writing the PNG.
    QImage image(o.size * scale, o.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(o.transparent ? Qt::transparent : Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(chart, p, QRectF(QPointF(0, 0), QSizeF(o.size)), o, true);
    return image;
}

QString ChartExporter::exportTo(QWidget *chart, const QString &path, const Options &o)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        if (!image(chart, o).save(path, "PNG"))
            return QCoreApplication::translate("ChartExporter", "Cannot write %1").arg(path);
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(o.size);
        svg.setResolution(96); // fonts sized as on screen and in the PNG
        svg.setViewBox(QRect(QPoint(0, 0), o.size));
        svg.setTitle(o.title);
        svg.setDescription(o.source);
        QPainter p;
        if (!p.begin(&svg))
            return QCoreApplication::translate("ChartExporter", "Cannot write %1").arg(path);
        paint(chart, p, QRectF(QPointF(0, 0), QSizeF(o.size)), o, false);
        p.end();
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setTitle(o.title);
        pdf.setCreator(QStringLiteral("ZhiSuan Board"));
        // At 96 dpi, as the screen and the PNG: the same layout and type sizes, the page 0.75 pt per pixel.
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(o.size) * 0.75, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf))
            return QCoreApplication::translate("ChartExporter", "Cannot write %1").arg(path);
        paint(chart, p, QRectF(QPointF(0, 0), QSizeF(o.size)), o, false);
        p.end();
        return {};
    }
    return QCoreApplication::translate("ChartExporter", "expected a .png, .svg or .pdf file name, found “%1”").arg(QFileInfo(path).fileName());
}

} // namespace zhisuan::widgets
