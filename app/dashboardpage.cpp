#include "dashboardpage.h"

#include <QComboBox>
#include <QEvent>

#include <atomic>

namespace zhisuan::app {

namespace {
std::atomic<int> s_constructed{0};
}

DashboardPage::DashboardPage(const QString &id, QWidget *parent) : QWidget(parent), m_id(id)
{
    ++s_constructed;
}

DashboardPage::~DashboardPage() = default;

bool DashboardPage::event(QEvent *event)
{
    const bool handled = QWidget::event(event); // the page's changeEvent refills its choices in the new language
    if (event->type() == QEvent::LanguageChange)
        refitChoices();
    return handled;
}

void DashboardPage::refitChoices()
{
    for (QComboBox *box : findChildren<QComboBox *>()) {
        const QComboBox::SizeAdjustPolicy policy = box->sizeAdjustPolicy();
        if (policy == QComboBox::AdjustToContents)
            continue; // measures itself on every change
        // Setting a policy drops the measured size; the box measures its items again when asked next.
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setSizeAdjustPolicy(policy);
    }
}

int DashboardPage::constructed()
{
    return s_constructed.load();
}

} // namespace zhisuan::app
