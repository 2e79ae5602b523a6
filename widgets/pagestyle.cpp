#include "pagestyle.h"

#include <QLabel>
#include <QPalette>

#include <cmath>

namespace zhisuan::widgets {

void PageStyle::heading(QLabel *label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    label->setFont(f);
}

void PageStyle::summary(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Background and text are palette roles, not style-sheet colours: a style sheet colour is fixed when it is
    // set, and a light background with the palette's (possibly white) text was unreadable on a dark desktop.
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::AlternateBase);
    label->setForegroundRole(QPalette::Text);
    label->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid #c0392b; padding: 8px 10px; font-size: 14px; }"));
}

void PageStyle::emptyState(QLabel *label)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("QLabel { border: 1px dashed palette(mid); padding: 24px; font-size: 14px; }"));
}

void PageStyle::note(QLabel *label)
{
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
}

void PageStyle::card(QLabel *label)
{
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::Base);
    label->setForegroundRole(QPalette::Text);
    label->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }"));
}

bool PageStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QColor PageStyle::mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.4);
}

QColor PageStyle::accent(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xF0, 0x6A, 0x5B) : QColor(0xC0, 0x39, 0x2B);
}

QColor PageStyle::up(const QPalette &palette)
{
    return accent(palette);
}

QColor PageStyle::down(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4C, 0xC3, 0x6A) : QColor(0x1E, 0x8E, 0x3E);
}

double PageStyle::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace zhisuan::widgets
