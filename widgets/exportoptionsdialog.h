#pragma once

#include "chartexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace zhisuan::widgets {

// Format, size, scale and background for chart export; remembers the last choice.
class ExportOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportOptionsDialog(QWidget *parent = nullptr);
    ChartExporter::Options options() const;
    static ChartExporter::Options savedOptions(); // the last choice remembered, or the exporter's defaults
    QString format() const; // png, svg or pdf
    void remember() const;

private:
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_scale;
    QCheckBox *m_transparent;
};

} // namespace zhisuan::widgets
