#include "pagestyle.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPalette>

#include <cmath>

namespace zhisuan::widgets {

namespace {

// What a style sheet would have drawn (the accent bar, a dashed border), painted over the label's palette
// background before its text. Not a style sheet: QStyleSheetStyle fixes a widget's palette when it polishes it,
// so a styled label would keep the old colours when the desktop switches between light and dark.
class Decoration : public QObject
{
public:
    enum class Kind { AccentBar, DashedBorder };
    Decoration(QLabel *label, Kind kind) : QObject(label), m_kind(kind) { label->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            auto *w = static_cast<QWidget *>(watched);
            QPainter p(w);
            if (m_kind == Kind::AccentBar) {
                p.fillRect(QRect(0, 0, 4, w->height()), QColor(0xC0, 0x39, 0x2B));
            } else {
                p.setPen(QPen(w->palette().color(QPalette::Mid), 1, Qt::DashLine));
                p.drawRect(w->rect().adjusted(0, 0, -1, -1));
            }
        }
        return false;
    }

private:
    Kind m_kind;
};

void setPixelSize(QLabel *label, int pixels)
{
    QFont f = label->font();
    f.setPixelSize(pixels);
    label->setFont(f);
}

} // namespace

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
    // AlternateBase behind Text: palette roles, so both follow the desktop (a fixed light background under the
    // palette's text was unreadable on a dark desktop).
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::AlternateBase);
    label->setForegroundRole(QPalette::Text);
    label->setContentsMargins(14, 8, 10, 8);
    setPixelSize(label, 14);
    new Decoration(label, Decoration::Kind::AccentBar);
}

void PageStyle::emptyState(QLabel *label)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setContentsMargins(24, 24, 24, 24);
    setPixelSize(label, 14);
    new Decoration(label, Decoration::Kind::DashedBorder);
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
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
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
