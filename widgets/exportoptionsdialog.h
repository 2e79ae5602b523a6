#pragma once

#include "chartexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace zhisuan::widgets {

// Format, size, scale and background for chart export; remembers the last choice.
class ExportOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    // With a name template, the dialog also asks how to name the files of a multi-chart export.
    enum class Mode { OneChart, ManyCharts };
    explicit ExportOptionsDialog(Mode mode = Mode::OneChart, QWidget *parent = nullptr);
    ChartExporter::Options options() const;
    static ChartExporter::Options savedOptions(); // the last choice remembered, or the exporter's defaults
    QString format() const; // png, svg or pdf
    QString nameTemplate() const; // {page}, {chart} and {date} are replaced; ManyCharts only
    void remember() const;

private:
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QCheckBox *m_transparent;
    QLineEdit *m_nameTemplate = nullptr;
};

} // namespace zhisuan::widgets
