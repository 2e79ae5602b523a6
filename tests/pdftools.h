#pragma once

// Reads PDFs the way a reviewer would, with poppler-utils (installed by ./dev): page count, embedded fonts,
// and the text of a page in reading order.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pdftools {

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline int pages(const QString &pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The text of page `page` (1-based), or of the whole file when page is 0.
inline QString text(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

// pdffonts' table: one line per font, "name type encoding emb sub uni …".
inline QStringList fonts(const QString &pdf)
{
    QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

// Whether every font is embedded (the "emb" column says yes).
inline bool allFontsEmbedded(const QStringList &fonts)
{
    for (const QString &line : fonts) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 6 || cols[cols.size() - 5] != QLatin1String("yes"))
            return false;
    }
    return !fonts.isEmpty();
}

} // namespace pdftools
