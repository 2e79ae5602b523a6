#include "pagestyle.h"

#include <QLabel>

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
    label->setStyleSheet(QStringLiteral("QLabel { background: #f6f1e7; border-left: 4px solid #c0392b; padding: 8px 10px; font-size: 14px; }"));
}

void PageStyle::emptyState(QLabel *label)
{
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("QLabel { border: 1px dashed palette(mid); padding: 24px; font-size: 14px; }"));
}

} // namespace zhisuan::widgets
