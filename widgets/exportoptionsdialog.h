#pragma once

#include "exportchoice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace zhisuan::widgets {

// Format, size, scale and background for chart export, starting from the choice the app hands in (its last one).
class ExportOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    // With a name template, the dialog also asks how to name the files of a multi-chart export.
    enum class Mode { OneChart, ManyCharts };
    explicit ExportOptionsDialog(Mode mode = Mode::OneChart, const ExportChoice &initial = {}, QWidget *parent = nullptr);
    ChartExporter::Options options() const;
    QString format() const; // png, svg or pdf
    QString nameTemplate() const; // {page}, {chart} and {date} are replaced; ManyCharts only
    // What the user chose, for the app to keep (the name template as given when there is no field for it).
    ExportChoice choice() const;

private:
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QCheckBox *m_transparent;
    QLineEdit *m_nameTemplate = nullptr;
    QString m_initialTemplate;
};

} // namespace zhisuan::widgets
