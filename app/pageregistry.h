#pragma once

#include <QString>
#include <QStringList>
#include <QStyle>

#include <optional>

class QWidget;

namespace zhisuan::db {
class Store;
}

namespace zhisuan::app {

class DashboardPage;

// The window's pages, in sidebar order: id (`--page`, the shell completion, the last page kept), translated title,
// sidebar icon and factory. The main window and the command line both read this list; adding a page is adding a
// row here (docs/architecture.md, "A page").
class PageRegistry
{
public:
    struct Page
    {
        QString id;
        QString title; // translated
        QStyle::StandardPixmap icon;
        DashboardPage *(*make)(db::Store *store, QWidget *parent);
    };
    static QList<Page> all();
    static QStringList ids();
    static std::optional<Page> find(const QString &id);
};

} // namespace zhisuan::app
