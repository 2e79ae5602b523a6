// Build-time helper: renders the SVG application icon as square PNGs for the hicolor theme.
//   zhisuan_rendericon ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE/apps/io.github.zhisuan.Board.png
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // No QGuiApplication: raster painting of an SVG without text needs no platform plugin (and none warns).
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: zhisuan_rendericon ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "zhisuan_rendericon: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    for (const QString &arg : args.mid(3)) {
        const int size = arg.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
        p.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args[2]).arg(size);
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/io.github.zhisuan.Board.png");
        if (!image.save(file)) {
            std::fprintf(stderr, "zhisuan_rendericon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
