#pragma once

#include "chartsurface.h"

#include <QDialog>

class QTableView;

namespace zhisuan::widgets {

// A chart's figures as a table a keyboard and a screen reader can walk (issue 29): the rows of ChartSurface::table,
// one cell at a time with the arrow keys, the column names as headers; Ctrl+C copies the selection as tab-separated
// text; Esc closes it.
class DataTableDialog : public QDialog
{
    Q_OBJECT
public:
    DataTableDialog(const QString &title, const ChartSurface::Table &table, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    void copySelection();

    QTableView *m_view;
};

} // namespace zhisuan::widgets
