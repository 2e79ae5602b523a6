#include "importwizarddialog.h"

#include "pagestyle.h"

#include "store.h"
#include "workbook.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zhisuan::widgets {

namespace {
constexpr int kPreviewRows = 50;
const QString kIgnore = QStringLiteral("-");
const QString kUndecided = QStringLiteral("?");
} // namespace

ImportWizardDialog::ImportWizardDialog(db::Store *store, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_store(store), m_files(files), m_fileLabel(new QLabel(this)), m_file(new QComboBox(this)),
      m_encodingLabel(new QLabel(this)), m_encoding(new QComboBox(this)), m_delimiterLabel(new QLabel(this)),
      m_delimiter(new QComboBox(this)), m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)),
      m_presetLabel(new QLabel(this)), m_preset(new QComboBox(this)), m_useWeek(new QCheckBox(this)),
      m_week(new QDateEdit(this)), m_sheetLabel(new QLabel(this)), m_sheet(new QComboBox(this)), m_summary(new QLabel(this)), m_mappingTitle(new QLabel(this)),
      m_mapping(new QTableWidget(this)), m_previewTitle(new QLabel(this)), m_preview(new QTableWidget(this)),
      m_savePreset(new QPushButton(this)), m_import(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("ImportWizardDialog"));
    resize(1180, 760);
    for (int i = 0; i < m_files.size(); ++i)
        m_options.append(db::ImportOptions{});
    if (m_store) {
        auto presets = db::PresetRepository::list(*m_store);
        if (presets)
            m_presets = presets.value();
    }
    setUpControls();
    QDialogButtonBox *buttons = layOutControls();
    retranslateUi();
    connectControls(buttons);
    showFile(0);
}

void ImportWizardDialog::setUpControls()
{
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_preset->setObjectName(QStringLiteral("preset"));
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_import->setObjectName(QStringLiteral("import"));
    m_week->setObjectName(QStringLiteral("week"));
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_week->setCalendarPopup(true);
    m_week->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // Until a file says which week it covers: the last full trading week (its Friday), never today.
    const QDate today = QDate::currentDate();
    m_week->setDate(today.addDays(-((today.dayOfWeek() + 2) % 7) - (today.dayOfWeek() == 5 ? 7 : 0)));
    m_week->setEnabled(false);
    m_import->setDefault(true);
    for (const QString &f : std::as_const(m_files))
        m_file->addItem(QFileInfo(f).fileName(), f);
    m_mapping->setColumnCount(2);
    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
}

// The file and its reading (encoding, delimiter, kind, preset, week, sheet) in a grid over the summary; the column
// mapping beside the preview; Import and Cancel under them.
QDialogButtonBox *ImportWizardDialog::layOutControls()
{
    auto *controls = new QGridLayout;
    controls->addWidget(m_fileLabel, 0, 0);
    controls->addWidget(m_file, 0, 1, 1, 3);
    controls->addWidget(m_encodingLabel, 1, 0);
    controls->addWidget(m_encoding, 1, 1);
    controls->addWidget(m_delimiterLabel, 1, 2);
    controls->addWidget(m_delimiter, 1, 3);
    controls->addWidget(m_kindLabel, 2, 0);
    controls->addWidget(m_kind, 2, 1);
    controls->addWidget(m_presetLabel, 2, 2);
    controls->addWidget(m_preset, 2, 3);
    controls->addWidget(m_useWeek, 3, 0);
    controls->addWidget(m_week, 3, 1);
    controls->addWidget(m_sheetLabel, 3, 2);
    controls->addWidget(m_sheet, 3, 3);
    controls->setColumnStretch(1, 1);
    controls->setColumnStretch(3, 1);

    auto *mappingBox = new QWidget(this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(m_mappingTitle);
    mappingLayout->addWidget(m_mapping, 1);
    mappingLayout->addWidget(m_savePreset);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 760});

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    return buttons;
}

void ImportWizardDialog::connectControls(QDialogButtonBox *buttons)
{
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_savePreset, &QPushButton::clicked, this, &ImportWizardDialog::askPresetName);
    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportWizardDialog::showFile);
    for (QComboBox *box : {m_encoding, m_delimiter, m_sheet}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            readControls();
            replan();
        });
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_options[m_current].mapping.reset(); // a new kind starts from its own header aliases
        readControls();
        replan();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_options[m_current].mapping.reset();
        readControls();
        replan();
    });
    connect(m_useWeek, &QCheckBox::toggled, this, [this](bool on) {
        m_week->setEnabled(on);
        readControls();
        replan();
    });
    connect(m_week, &QDateEdit::dateChanged, this, [this] {
        readControls();
        replan();
    });
}


void ImportWizardDialog::retranslateUi()
{
    setWindowTitle(tr("Import CSV"));
    m_fileLabel->setText(tr("File:"));
    m_encodingLabel->setText(tr("Encoding:"));
    m_delimiterLabel->setText(tr("Delimiter:"));
    m_kindLabel->setText(tr("Data:"));
    m_presetLabel->setText(tr("Preset:"));
    m_useWeek->setText(tr("Week containing:"));
    m_sheetLabel->setText(tr("Sheet:"));
    m_sheet->setToolTip(tr("The workbook's sheet to import; choose one to preview it"));
    if (m_sheet->count() > 0)
        m_sheet->setItemText(0, tr("The sheet with a known header"));
    m_useWeek->setToolTip(tr("For weekly files that say nowhere which week they cover"));
    m_mappingTitle->setText(tr("Columns"));
    m_previewTitle->setText(tr("Preview (first %1 rows; cells that fail validation are red)").arg(kPreviewRows));
    // Names for a screen reader (issue 29): the tables by their titles, the week by its check box.
    m_mapping->setAccessibleName(m_mappingTitle->text());
    m_preview->setAccessibleName(m_previewTitle->text());
    m_week->setAccessibleName(m_useWeek->text());
    m_savePreset->setText(tr("Save mapping as preset…"));
    m_import->setText(m_files.size() > 1 ? tr("Import %n files", nullptr, int(m_files.size())) : tr("Import"));
    m_cancel->setText(tr("Cancel"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in file"), tr("Imported as")});

    const bool was = m_updating;
    m_updating = true;
    auto refill = [](QComboBox *box, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = box->currentData();
        box->clear();
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        const int at = box->findData(current);
        box->setCurrentIndex(at >= 0 ? at : 0);
    };
    refill(m_encoding, {{tr("Detect"), QString()}, {QStringLiteral("UTF-8"), QStringLiteral("UTF-8")},
                        {tr("GB18030 / GBK"), QStringLiteral("GB18030")}, {QStringLiteral("Big5"), QStringLiteral("BIG5")}});
    refill(m_delimiter, {{tr("Detect"), 0}, {tr("Comma ,"), int(',')}, {tr("Tab"), int('\t')},
                         {tr("Semicolon ;"), int(';')}, {tr("Pipe |"), int('|')}});
    QList<std::pair<QString, QVariant>> kinds{{tr("Detect from the header"), QString()}};
    for (const auto &k : db::ImportKindRegistry::all())
        kinds.append({k.displayTitle(), k.id});
    refill(m_kind, kinds);
    QList<std::pair<QString, QVariant>> presets{{tr("None"), QString()}};
    for (const auto &p : std::as_const(m_presets))
        presets.append({p.name, p.name});
    refill(m_preset, presets);
    m_updating = was;
}

void ImportWizardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_updating && m_current >= 0)
            replan();
    }
    QDialog::changeEvent(event);
}

void ImportWizardDialog::showFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_current = index;
    const db::ImportOptions &o = m_options[index];
    m_updating = true;
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(o.encoding)));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(int(o.delimiter))));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(o.kind)));
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(o.preset)));
    m_useWeek->setChecked(o.week.isValid());
    if (o.week.isValid())
        m_week->setDate(o.week);
    // A workbook's sheets, read once per file (a text file has none: the sheet box hides, the text boxes show).
    const QString path = m_files[index];
    if (!m_sheetsOf.contains(path)) {
        QStringList sheets;
        if (auto input = db::ImportInput::open(path); input && db::Workbook::sniff(*input.value())) {
            if (auto book = db::Workbook::open(input.value()))
                sheets = book.value()->sheets();
        }
        m_sheetsOf.insert(path, sheets);
    }
    const QStringList &sheets = m_sheetsOf.value(path);
    const bool workbook = !sheets.isEmpty();
    m_sheet->clear();
    m_sheet->addItem(tr("The sheet with a known header"), QString());
    for (int i = 0; i < sheets.size(); ++i)
        m_sheet->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(sheets[i]), sheets[i]);
    m_sheet->setCurrentIndex(qMax(0, m_sheet->findData(o.sheet)));
    m_sheetLabel->setVisible(workbook);
    m_sheet->setVisible(workbook);
    for (QWidget *w : std::initializer_list<QWidget *>{m_encodingLabel, m_encoding, m_delimiterLabel, m_delimiter})
        w->setEnabled(!workbook);
    m_updating = false;
    replan();
}

void ImportWizardDialog::readControls()
{
    if (m_updating || m_current < 0)
        return;
    db::ImportOptions &o = m_options[m_current];
    o.encoding = m_encoding->currentData().toString();
    o.delimiter = char(m_delimiter->currentData().toInt());
    o.kind = m_kind->currentData().toString();
    o.preset = m_preset->currentData().toString();
    o.week = m_useWeek->isChecked() ? m_week->date() : QDate();
    o.sheet = m_sheet->currentData().toString();
}

void ImportWizardDialog::replan()
{
    if (m_updating || m_current < 0)
        return;
    const QString path = m_files[m_current];
    if (!m_inputs.contains(path) && !m_inputErrors.contains(path)) {
        auto input = db::ImportInput::open(path);
        if (input)
            m_inputs.insert(path, input.value());
        else
            m_inputErrors.insert(path, input.error().message);
    }
    db::ImportOptions options = m_options[m_current];
    const QString name = QFileInfo(path).fileName();
    auto plan = m_inputs.contains(path)
                    ? db::ImportJob::plan(m_inputs.value(path), name, options, m_presets)
                    : db::Result<db::ImportPlan>(db::Error{QStringLiteral("io"), m_inputErrors.value(path), path});
    m_planOk = plan.ok();
    if (m_planOk) {
        m_plan = std::move(plan).value();
        m_planError.clear();
    } else {
        m_plan = db::ImportPlan{};
        m_planError = db::ImportIssue::of(name, plan.error()).toString();
    }
    // The week box shows the week the file states (header period, 交易日期, title line), for when it is ticked.
    if (m_planOk && !m_useWeek->isChecked() && m_plan.statedWeekEnd.isValid()) {
        const bool was = m_updating;
        m_updating = true;
        m_week->setDate(m_plan.statedWeekEnd);
        m_updating = was;
    }
    fillMapping();
    fillPreview();

    QString summary;
    if (!m_planOk) {
        summary = QStringLiteral("<span style='color:%2'>%1</span>").arg(m_planError.toHtmlEscaped(), PageStyle::accent(palette()).name());
    } else if (m_plan.workbook) {
        summary = tr("Read as <b>%1</b> from the sheet <b>%2</b> of the workbook (%3), header on row <b>%4</b>.")
                      .arg(m_plan.kind->displayTitle().toHtmlEscaped(), m_plan.sheetName.toHtmlEscaped(), m_plan.encoding)
                      .arg(m_plan.headerLine);
    } else {
        const QString delimiter = m_plan.delimiter == '\t' ? tr("tab") : QString(QLatin1Char(m_plan.delimiter));
        summary = tr("Read as <b>%1</b>, encoding <b>%2</b>, delimiter <b>%3</b>, header on line <b>%4</b>.")
                      .arg(m_plan.kind->displayTitle().toHtmlEscaped(), m_plan.encoding, delimiter.toHtmlEscaped())
                      .arg(m_plan.headerLine);
    }
    if (m_planOk) {
        for (const QString &note : std::as_const(m_plan.notes))
            summary += QStringLiteral("<br>• ") + note.toHtmlEscaped();
        if (m_previewErrors > 0)
            summary += QStringLiteral("<br><span style='color:%1'>").arg(PageStyle::accent(palette()).name())
                       + tr("%n cell(s) in the preview fail validation: the file would be rejected as it is.", nullptr,
                            m_previewErrors)
                             .toHtmlEscaped()
                       + QStringLiteral("</span>");
        if (!m_plan.unmappedMeasures.isEmpty())
            summary += QStringLiteral("<br><span style='color:#c0392b'>")
                       + tr("%n column(s) in red hold numbers this kind does not store: map each to a field or choose "
                            "“(not imported)” before importing.", nullptr, int(m_plan.unmappedMeasures.size()))
                             .toHtmlEscaped()
                       + QStringLiteral("</span>");
        // A unit the column's field cannot hold (收盘价(万股)) or does not know (万美元): the file cannot be imported as
        // it is; the column can be marked “(not imported)”.
        for (const db::ImportIssue &problem : std::as_const(m_plan.headerProblems))
            summary += QStringLiteral("<br><span style='color:#c0392b'>%1</span>").arg(problem.toString().toHtmlEscaped());
    }
    m_summary->setText(summary);
    m_import->setEnabled(m_planOk && m_plan.unmappedMeasures.isEmpty() && m_plan.headerProblems.isEmpty());
    m_savePreset->setEnabled(m_planOk && m_store);
}

void ImportWizardDialog::fillMapping()
{
    m_mapping->setRowCount(0);
    if (!m_planOk)
        return;
    const auto &fields = m_plan.kind->fields;
    m_mapping->setRowCount(int(m_plan.columns.size()));
    for (int r = 0; r < m_plan.columns.size(); ++r) {
        const db::ColumnMapping &c = m_plan.columns[r];
        auto *header = new QTableWidgetItem(c.header);
        header->setFlags(header->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(r, 0, header);
        auto *box = new QComboBox(m_mapping);
        const bool undecided = m_plan.unmappedMeasures.contains(c.column);
        if (undecided) {
            // A measure with no field: not silently dropped. The user maps it or says "not imported".
            box->addItem(tr("(choose: numbers not imported yet)"), kUndecided);
            header->setForeground(QColor(0xc0, 0x39, 0x2b));
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setToolTip(tr("This column holds numbers that “%1” does not store. Map it to a field, or choose "
                                  "“(not imported)” to leave them out.")
                                   .arg(m_plan.kind->displayTitle()));
        }
        box->addItem(tr("(not imported)"), kIgnore);
        for (const auto &f : fields) {
            const QString hint = f.aliases.size() > 1 ? f.aliases[1].header : QString();
            // A Chinese page names a field by its Chinese header (周截止日), not the stored key (week_end).
            const bool chinese = QLocale().language() == QLocale::Chinese;
            box->addItem(hint.isEmpty() || hint == f.key ? f.key
                         : chinese                      ? hint
                                                        : QStringLiteral("%1 — %2").arg(f.key, hint),
                         f.key);
            box->setItemData(box->count() - 1, f.key, Qt::ToolTipRole);
        }
        if (m_plan.kind->takesExtraColumns)
            box->addItem(tr("(value column “%1”)").arg(c.header), QStringLiteral("+"));
        int at = 0;
        if (c.field >= 0)
            at = box->findData(fields[c.field].key);
        else if (c.extra)
            at = box->findData(QStringLiteral("+"));
        box->setCurrentIndex(qMax(0, at));
        connect(box, &QComboBox::currentIndexChanged, this, &ImportWizardDialog::mappingEdited);
        m_mapping->setCellWidget(r, 1, box);
    }
    m_mapping->resizeColumnToContents(0);
}

void ImportWizardDialog::fillPreview()
{
    m_preview->clear();
    m_previewErrors = 0;
    if (!m_planOk) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const auto rows = db::ImportJob::preview(m_plan, kPreviewRows);
    int columns = int(m_plan.header.size());
    for (const auto &r : rows)
        columns = qMax(columns, int(r.cells.size()));
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(int(rows.size()));
    QStringList headers = m_plan.header;
    while (headers.size() < columns)
        headers << QString();
    m_preview->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (int r = 0; r < rows.size(); ++r) {
        lines << QString::number(rows[r].line);
        for (int c = 0; c < rows[r].cells.size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r].cells[c]);
            const QString error = rows[r].errors.value(c);
            if (!error.isEmpty()) {
                ++m_previewErrors;
                item->setBackground(QColor(0xF8, 0xD7, 0xDA));
                item->setForeground(QColor(0x84, 0x20, 0x29));
                item->setToolTip(tr("Line %1: %2").arg(rows[r].line).arg(error));
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(lines); // file line numbers, as errors report them
    m_preview->resizeColumnsToContents();
}

void ImportWizardDialog::mappingEdited()
{
    if (!m_planOk)
        return;
    db::UserPreset edited;
    edited.name = tr("(edited mapping)");
    edited.kind = m_plan.kind->id;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        const QString header = m_mapping->item(r, 0)->text().trimmed();
        const QString key = box ? box->currentData().toString() : kIgnore;
        if (!header.isEmpty() && key != QLatin1String("+") && key != kUndecided)
            edited.mapping.insert(header, key);
    }
    db::ImportOptions &o = m_options[m_current];
    o.mapping = edited;
    o.kind = edited.kind;
    replan();
}

void ImportWizardDialog::setColumnMapping(const QString &header, const QString &fieldKey)
{
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        if (m_mapping->item(r, 0)->text() != header)
            continue;
        auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        const int at = box ? box->findData(fieldKey) : -1;
        if (at >= 0)
            box->setCurrentIndex(at); // triggers mappingEdited
    }
}

bool ImportWizardDialog::saveMappingAsPreset(const QString &name)
{
    if (!m_planOk || !m_store || name.trimmed().isEmpty())
        return false;
    db::UserPreset preset;
    preset.name = name.trimmed();
    preset.kind = m_plan.kind->id;
    for (const db::ColumnMapping &c : std::as_const(m_plan.columns)) {
        if (c.header.isEmpty())
            continue;
        preset.mapping.insert(c.header.trimmed(), c.field >= 0 ? m_plan.kind->fields[c.field].key : kIgnore);
    }
    if (auto r = db::PresetRepository::save(*m_store, preset); !r) {
        QMessageBox::warning(this, tr("Save preset"), r.error().message);
        return false;
    }
    m_presets.removeIf([&](const db::UserPreset &p) { return p.name == preset.name; });
    m_presets.append(preset);
    db::ImportOptions &o = m_options[m_current];
    o.mapping.reset();
    o.preset = preset.name;
    retranslateUi(); // refills the preset list
    m_updating = true;
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(preset.name)));
    m_updating = false;
    replan();
    return true;
}

void ImportWizardDialog::askPresetName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save preset"),
                                               tr("Name for this column mapping (choose it later for files of the same layout):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveMappingAsPreset(name);
}

QList<std::pair<QString, db::ImportOptions>> ImportWizardDialog::imports() const
{
    QList<std::pair<QString, db::ImportOptions>> list;
    for (int i = 0; i < m_files.size(); ++i)
        list.append({m_files[i], m_options[i]});
    return list;
}

} // namespace zhisuan::widgets
