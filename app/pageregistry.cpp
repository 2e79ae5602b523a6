#include "pageregistry.h"

#include "centresdashboard.h"
#include "chipsdashboard.h"
#include "datapage.h"
#include "marketdashboard.h"
#include "modelsdashboard.h"

#include <QCoreApplication>

namespace zhisuan::app {

namespace {

template<typename P>
DashboardPage *make(db::Store *store, QWidget *parent)
{
    return new P(store, parent);
}

// The titles are the window's strings (its sidebar and View menu), kept in its translation context.
QString title(const char *source)
{
    return QCoreApplication::translate("zhisuan::app::MainWindow", source);
}

} // namespace

QList<PageRegistry::Page> PageRegistry::all()
{
    return {
        {QStringLiteral("market"), title(QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "Market")), QStyle::SP_ArrowUp, &make<MarketDashboard>},
        {QStringLiteral("centres"), title(QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "Compute centres")), QStyle::SP_DriveNetIcon,
         &make<CentresDashboard>},
        {QStringLiteral("models"), title(QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "Models & apps")), QStyle::SP_FileDialogInfoView,
         &make<ModelsDashboard>},
        {QStringLiteral("chips"), title(QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "Chips")), QStyle::SP_ComputerIcon, &make<ChipsDashboard>},
        {QStringLiteral("data"), title(QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "Data")), QStyle::SP_DriveHDIcon, &make<DataPage>},
    };
}

QStringList PageRegistry::ids()
{
    QStringList ids;
    for (const Page &p : all())
        ids << p.id;
    return ids;
}

std::optional<PageRegistry::Page> PageRegistry::find(const QString &id)
{
    for (const Page &p : all())
        if (p.id == id)
            return p;
    return std::nullopt;
}

} // namespace zhisuan::app
