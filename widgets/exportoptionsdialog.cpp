#include "exportoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace zhisuan::widgets {

ExportOptionsDialog::ExportOptionsDialog(Mode mode, const ExportChoice &initial, QWidget *parent)
    : QDialog(parent), m_format(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_scale(new QComboBox(this)), m_transparent(new QCheckBox(tr("Transparent background (PNG)"), this)),
      m_initialTemplate(initial.nameTemplate)
{
    setWindowTitle(tr("Export chart"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG (vector)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF (vector)"), QStringLiteral("pdf"));
    for (QSpinBox *s : {m_width, m_height}) {
        s->setRange(200, 8000);
        s->setSingleStep(50);
        s->setSuffix(tr(" px")); // every format is laid out in pixels at 96 dpi, so they look alike
    }
    for (int k : {1, 2, 3})
        m_scale->addItem(QStringLiteral("%1×").arg(k), k);
    m_format->setCurrentIndex(std::max(0, m_format->findData(initial.format)));
    const ChartExporter::Options &saved = initial.options;
    m_width->setValue(saved.size.width());
    m_height->setValue(saved.size.height());
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(saved.scale)));
    m_transparent->setChecked(saved.transparent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale (PNG):"), m_scale);
    form->addRow(QString(), m_transparent);
    if (mode == Mode::ManyCharts) {
        setWindowTitle(tr("Export all charts"));
        m_nameTemplate = new QLineEdit(initial.nameTemplate, this);
        m_nameTemplate->setObjectName(QStringLiteral("nameTemplate"));
        m_nameTemplate->setMinimumWidth(m_nameTemplate->fontMetrics().horizontalAdvance(m_nameTemplate->text()) * 3 / 2);
        m_nameTemplate->setToolTip(tr("{page}, {chart} and {date} are replaced by the page, the chart id and the date: for a market chart the week it "
                                         "shows (2024-07-22_26), else today's date."));
        form->addRow(tr("File names:"), m_nameTemplate);
    }
    form->addRow(buttons);
}

ChartExporter::Options ExportOptionsDialog::options() const
{
    ChartExporter::Options o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->currentData().toInt();
    o.transparent = m_transparent->isChecked();
    return o;
}

QString ExportOptionsDialog::format() const
{
    return m_format->currentData().toString();
}

QString ExportOptionsDialog::nameTemplate() const
{
    const QString text = m_nameTemplate ? m_nameTemplate->text().trimmed() : QString();
    // Without {chart} every chart of the page would overwrite the previous one.
    return text.contains(QLatin1String("{chart}")) ? text : text + QStringLiteral("_{chart}");
}

ExportChoice ExportOptionsDialog::choice() const
{
    return {options(), format(), m_nameTemplate ? nameTemplate() : m_initialTemplate};
}

} // namespace zhisuan::widgets
