#pragma once

class QLabel;

namespace zhisuan::widgets {

// The house look of a dashboard page's labels, in one place.
class PageStyle
{
public:
    static void heading(QLabel *label);    // the page title
    static void summary(QLabel *label);    // the report-style sentence under it
    static void emptyState(QLabel *label); // what to import when there is nothing to show
};

} // namespace zhisuan::widgets
