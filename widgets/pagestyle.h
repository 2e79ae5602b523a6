#pragma once

#include <QColor>

class QLabel;
class QPalette;

namespace zhisuan::widgets {

// The house look of a dashboard page's labels, in one place. Colours come from the palette's roles (no style
// sheets, which freeze a widget's palette), so pages read as well on a dark desktop as on a light one and follow
// a palette change while running; the one fixed colour is the accent (the reports' red), a mark beside text,
// never a background behind it.
class PageStyle
{
public:
    static void heading(QLabel *label);    // the page title
    static void summary(QLabel *label);    // the report-style sentence under it
    static void emptyState(QLabel *label); // what to import when there is nothing to show
    static void note(QLabel *label);       // secondary text: a hint or a caveat under a chart
    static void card(QLabel *label);       // a small boxed figure (rich text, see mutedText/accent)

    // Whether the palette is a dark one (light text on a dark base).
    static bool isDark(const QPalette &palette);
    // For rich text, which cannot name palette roles: secondary text, the accent, up and down moves.
    static QColor mutedText(const QPalette &palette);
    static QColor accent(const QPalette &palette);
    static QColor up(const QPalette &palette);   // a rise: red, as Chinese markets show it
    static QColor down(const QPalette &palette); // a fall: green
    // WCAG contrast ratio of two colours, 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace zhisuan::widgets
