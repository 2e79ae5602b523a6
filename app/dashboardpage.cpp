#include "dashboardpage.h"

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

int DashboardPage::constructed()
{
    return s_constructed.load();
}

} // namespace zhisuan::app
