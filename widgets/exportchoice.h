#pragma once

#include "chartexporter.h"

#include <QString>

namespace zhisuan::widgets {

// What the export dialog asks: the exporter's options, the format and, for a multi-chart export, how to name the
// files. The app keeps it in its settings registry and hands it to the dialog; widgets never read settings.
struct ExportChoice
{
    ChartExporter::Options options;
    QString format = QStringLiteral("png");                        // png, svg or pdf
    QString nameTemplate = QStringLiteral("{page}_{chart}_{date}"); // {page}, {chart} and {date} are replaced
};

} // namespace zhisuan::widgets
