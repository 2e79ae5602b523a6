#include "chartexporter.h"

#include "chartsurface.h"
#include "pdftextrepair.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

namespace zhisuan::widgets {

namespace {

// QSvgGenerator names one family per text, the widget font's (Latin-only "Noto Sans"): a viewer without our font
// fallback then draws the Chinese labels in whatever it finds, or as boxes. Each text names the Chinese families
// the package depends on first (fonts-noto-cjk, or fonts-wqy-microhei), which cover Latin too, then its own.
QByteArray withCjkFamilies(const QByteArray &svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    QString text = QString::fromUtf8(svg);
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype at = 0;
    for (auto it = family.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        out += QStringLiteral("font-family=\"'Noto Sans CJK SC', 'WenQuanYi Micro Hei', '%1', sans-serif\"").arg(m.captured(1));
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out.toUtf8();
}

} // namespace


void ChartExporter::paint(ChartSurface &chart, QPainter &p, const QRectF &target, const Options &o, bool raster)
{
    p.save();
    p.translate(target.topLeft());
    const QSizeF size = target.size();
    const double margin = 16;
    QFont titleFont = chart.widget()->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    QFont sourceFont = chart.widget()->font();
    sourceFont.setPointSizeF(sourceFont.pointSizeF() * 0.85);
    if (o.titleFont)
        titleFont = *o.titleFont;
    if (o.sourceFont)
        sourceFont = *o.sourceFont;
    const double titleHeight = o.title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 8;
    const QString source = (o.source.isEmpty() ? QCoreApplication::translate("ChartExporter", "Source: ZhiSuan Board")
                                               : QCoreApplication::translate("ChartExporter", "Source: %1, ZhiSuan Board").arg(o.source));
    // A long source line (the map's two reports, in English) runs on to a second line rather than off the page.
    const double sourceWidth = size.width() - 2 * margin;
    const double sourceHeight = QFontMetricsF(sourceFont).boundingRect(QRectF(0, 0, sourceWidth, 1e6), Qt::TextWordWrap, source).height() + 8;
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
        const QSize minimum = chart.minimumExportSize();
        double scale = std::clamp(o.zoom, 0.25, 1.0);
        if (minimum.width() > 0)
            scale = std::min(scale, double(wanted.width()) / minimum.width());
        if (minimum.height() > 0)
            scale = std::min(scale, double(wanted.height()) / minimum.height());
        const QSize laidOut = (QSizeF(wanted) / scale).toSize().expandedTo(minimum);
        p.save();
        p.translate(area.topLeft());
        p.scale(scale, scale);
        // The export's title above replaces the chart's own: one title, not two.
        chart.render(&p, QRectF(QPointF(0, 0), QSizeF(laidOut)), o.title.isEmpty());
        p.restore();
    }
    p.setFont(sourceFont);
    p.setPen(QColor(0x5F, 0x6B, 0x7A));
    p.drawText(QRectF(margin, size.height() - margin - sourceHeight, sourceWidth, sourceHeight),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, source);
    p.restore();
}

QImage ChartExporter::image(ChartSurface &chart, const Options &o)
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

db::Result<void> ChartExporter::exportTo(ChartSurface &chart, const QString &path, const Options &o)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        if (!image(chart, o).save(path, "PNG"))
            return db::Error{QStringLiteral("io"), QCoreApplication::translate("ChartExporter", "Cannot write %1").arg(path), path};
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(o.size);
        svg.setResolution(96); // fonts sized as on screen and in the PNG
        svg.setViewBox(QRect(QPoint(0, 0), o.size));
        svg.setTitle(o.title);
        svg.setDescription(o.source);
        QPainter p;
        if (!p.begin(&svg))
            return db::Error{QStringLiteral("io"), QCoreApplication::translate("ChartExporter", "Cannot write %1").arg(path), path};
        paint(chart, p, QRectF(QPointF(0, 0), QSizeF(o.size)), o, false);
        p.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(withCjkFamilies(buffer.data())) < 0 || !file.commit())
            return db::Error{QStringLiteral("io"), QCoreApplication::translate("ChartExporter", "Cannot write %1: %2").arg(path, file.errorString()), path};
        return {};
    }
    if (suffix == QLatin1String("pdf")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setTitle(o.title);
        pdf.setCreator(QStringLiteral("ZhiSuan Board"));
        // At 96 dpi, as the screen and the PNG: the same layout and type sizes, the page 0.75 pt per pixel.
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(o.size) * 0.75, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf))
            return db::Error{QStringLiteral("io"), QCoreApplication::translate("ChartExporter", "Cannot write %1").arg(path), path};
        paint(chart, p, QRectF(QPointF(0, 0), QSizeF(o.size)), o, false);
        p.end();
        // Its text repaired (PdfTextRepair: 中心 copies as 中心, not as a radical) before it is written.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(PdfTextRepair::repaired(buffer.data())) < 0 || !file.commit())
            return db::Error{QStringLiteral("io"), QCoreApplication::translate("ChartExporter", "Cannot write %1: %2").arg(path, file.errorString()), path};
        return {};
    }
    return db::Error{QStringLiteral("invalid-input"),
                     QCoreApplication::translate("ChartExporter", "expected a .png, .svg or .pdf file name, found “%1”").arg(QFileInfo(path).fileName()),
                     path};
}

db::Result<void> ChartExporter::exportTo(QWidget *chart, const QString &path, const Options &o)
{
    if (ChartSurface *surface = ChartSurface::from(chart))
        return exportTo(*surface, path, o);
    return db::Error{QStringLiteral("invalid-input"), notAChart(chart), {}};
}

QImage ChartExporter::image(QWidget *chart, const Options &o)
{
    ChartSurface *surface = ChartSurface::from(chart);
    Q_ASSERT_X(surface, "ChartExporter::image", "not a chart");
    return surface ? image(*surface, o) : QImage();
}

void ChartExporter::paint(QWidget *chart, QPainter &painter, const QRectF &target, const Options &o, bool raster)
{
    if (ChartSurface *surface = ChartSurface::from(chart))
        paint(*surface, painter, target, o, raster);
}

QString ChartExporter::notAChart(const QWidget *widget)
{
    return QCoreApplication::translate("ChartExporter", "%1 draws no chart to export").arg(widget ? widget->objectName() : QString());
}

} // namespace zhisuan::widgets
