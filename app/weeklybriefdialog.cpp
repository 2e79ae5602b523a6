#include "weeklybriefdialog.h"

#include "marketanalytics.h"
#include "settings.h"
#include "store.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include "filedialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace zhisuan::app {

WeeklyBriefDialog::WeeklyBriefDialog(db::Store *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_date(new QDateEdit(this)), m_weekInfo(new QLabel(this)), m_view(new QPlainTextEdit(this)),
      m_firm(new QLineEdit(this)), m_disclaimer(new QPlainTextEdit(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_open(new QCheckBox(tr("Open the PDF when it is written"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Weekly brief"));
    m_date->setObjectName(QStringLiteral("date"));
    m_path->setObjectName(QStringLiteral("path"));
    m_view->setObjectName(QStringLiteral("view"));
    m_view->setPlaceholderText(tr("Optional: your view of the week, printed in a box on the first page above the key points. "
                                  "Separate paragraphs with a blank line."));
    m_view->setTabChangesFocus(true);
    m_view->setFixedHeight(m_view->fontMetrics().lineSpacing() * 5 + 12);
    // The brief goes to clients: the firm that sends it, and its risk disclosure (empty: the standard one, shown).
    m_firm->setObjectName(QStringLiteral("firm"));
    m_firm->setPlaceholderText(tr("Optional: printed on the title, header and footer"));
    m_firm->setText(settings::firmName.get());
    m_disclaimer->setObjectName(QStringLiteral("disclaimer"));
    m_disclaimer->setPlaceholderText(WeeklyBrief::defaultDisclaimer());
    m_disclaimer->setPlainText(settings::briefDisclaimer.get());
    m_disclaimer->setTabChangesFocus(true);
    m_disclaimer->setFixedHeight(m_disclaimer->fontMetrics().lineSpacing() * 4 + 12);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status->setObjectName(QStringLiteral("status"));
    m_open->setObjectName(QStringLiteral("openWhenWritten"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_weekInfo->setWordWrap(true);
    m_status->setWordWrap(true);

    // The weeks with market data, read once: the dialog says whether the chosen week has any, and opens on the
    // latest with index returns (as the market page and `zhisuan report` do).
    if (auto weeks = db::MarketAnalytics(*m_store).weeks())
        m_marketWeeks = weeks.value();
    const auto latest = WeeklyBrief::latestMarketWeek(*m_store);
    if (!latest)
        m_status->setText(latest.error().message); // the brief will say the same when written
    m_date->setDate(latest && latest.value().isValid() ? latest.value() : QDate::currentDate());

    auto *sectionsBox = new QGroupBox(tr("Sections"), this);
    auto *sectionsLayout = new QVBoxLayout(sectionsBox);
    const QStringList remembered = settings::briefSections.get();
    for (WeeklyBrief::Section s : WeeklyBrief::allSections()) {
        auto *box = new QCheckBox(WeeklyBrief::title(s), sectionsBox);
        box->setObjectName(QStringLiteral("section-") + WeeklyBrief::id(s));
        box->setChecked(remembered.isEmpty() || remembered.contains(WeeklyBrief::id(s)));
        sectionsLayout->addWidget(box);
        m_sections.insert(s, box);
        connect(box, &QCheckBox::toggled, this, [this] { m_write->setEnabled(!m_running && !sections().isEmpty()); });
    }

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Any day of the week:"), m_date);
    form->addRow(QString(), m_weekInfo);
    form->addRow(tr("Our view:"), m_view);
    form->addRow(tr("Firm:"), m_firm);
    form->addRow(tr("Risk disclosure:"), m_disclaimer);
    form->addRow(tr("PDF file:"), fileRow);
    form->addRow(QString(), m_open);
    // The row's label names the file box for a screen reader (issue 29): its field is a layout, not the box.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(fileRow)))
        label->setBuddy(m_path);
    m_open->setChecked(settings::briefOpen.get());

    m_write = m_buttons->addButton(tr("Write brief"), QDialogButtonBox::AcceptRole);
    m_write->setDefault(true);
    m_write->setObjectName(QStringLiteral("write"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sectionsBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &WeeklyBriefDialog::updateWeek);
    connect(m_browse, &QPushButton::clicked, this, &WeeklyBriefDialog::chooseFile);
    connect(m_write, &QPushButton::clicked, this, &WeeklyBriefDialog::writeBrief);
    connect(m_cancel, &QPushButton::clicked, this, &WeeklyBriefDialog::cancel);
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::reject);
    updateWeek();
    setMinimumWidth(520);
}

void WeeklyBriefDialog::setDate(const QDate &day)
{
    m_date->setDate(day);
}

void WeeklyBriefDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

void WeeklyBriefDialog::setView(const QString &text)
{
    m_view->setPlainText(text);
}

QList<WeeklyBrief::Section> WeeklyBriefDialog::sections() const
{
    QList<WeeklyBrief::Section> out;
    for (WeeklyBrief::Section s : WeeklyBrief::allSections())
        if (m_sections.value(s)->isChecked())
            out << s;
    return out;
}

void WeeklyBriefDialog::saveView()
{
    // The view is a draft of the week's: kept per week, so closing the dialog or switching weeks loses nothing.
    if (!m_viewWeek.isValid())
        return;
    const QString week = m_viewWeek.toString(Qt::ISODate);
    if (m_view->toPlainText().trimmed().isEmpty())
        settings::briefViews.remove(week);
    else
        settings::briefViews.set(week, m_view->toPlainText());
}

void WeeklyBriefDialog::updateWeek()
{
    const auto [monday, sunday] = WeeklyBrief::calendarWeek(m_date->date());
    if (monday != m_viewWeek) {
        saveView();
        m_viewWeek = monday;
        m_view->setPlainText(settings::briefViews.get(monday.toString(Qt::ISODate)));
    }
    db::TradingWeek week;
    for (const db::TradingWeek &w : std::as_const(m_marketWeeks))
        if (w.start >= monday && w.start <= sunday)
            week = w;
    const bool market = week.isValid();
    m_weekInfo->setText(market ? tr("Week of %1 to %2; market data for %3.")
                                     .arg(monday.toString(Qt::ISODate), sunday.toString(Qt::ISODate), week.label())
                               : tr("Week of %1 to %2; no market data for this week: the market sections will say so.")
                                     .arg(monday.toString(Qt::ISODate), sunday.toString(Qt::ISODate)));
    // Propose a file name for the week, unless the user typed one.
    QString folder = settings::briefFolder.get();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString proposal = QDir(folder).filePath(tr("zhisuan-brief-%1.pdf").arg(monday.toString(Qt::ISODate)));
    if (m_path->text().isEmpty() || m_path->text() == m_pathDefault)
        m_path->setText(proposal);
    m_pathDefault = proposal;
}

void WeeklyBriefDialog::chooseFile()
{
    // A .odt is an editable copy to finish the weekly in WPS or Word.
    const QString path = widgets::FileDialog::getSaveFileName(this, tr("Write the weekly brief"), m_path->text(),
                                                              tr("PDF files (*.pdf);;Editable copy, OpenDocument text (*.odt)"));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!path.isEmpty())
        m_path->setText(suffix == QLatin1String("pdf") || suffix == QLatin1String("odt") ? path : path + QStringLiteral(".pdf"));
}

void WeeklyBriefDialog::setRunning(bool running)
{
    m_running = running;
    m_date->setEnabled(!running);
    m_view->setReadOnly(running);
    m_firm->setEnabled(!running);
    m_disclaimer->setReadOnly(running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    for (QCheckBox *box : std::as_const(m_sections))
        box->setEnabled(!running);
    m_write->setEnabled(!running && !sections().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void WeeklyBriefDialog::writeBrief()
{
    if (m_running)
        return;
    QString path = m_path->text().trimmed();
    if (path.isEmpty() || sections().isEmpty())
        return;
    if (const QString suffix = QFileInfo(path).suffix().toLower(); suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))
        path += QStringLiteral(".pdf");
    QStringList ids;
    for (auto s : sections())
        ids << WeeklyBrief::id(s);
    settings::briefSections.set(ids);
    settings::briefFolder.set(QFileInfo(path).absolutePath());
    settings::briefOpen.set(m_open->isChecked());
    settings::firmName.set(m_firm->text().trimmed());
    settings::briefDisclaimer.set(m_disclaimer->toPlainText().trimmed());
    saveView();
    QDir().mkpath(QFileInfo(path).absolutePath()); // Documents may not exist yet on a fresh account

    m_cancelRequested = false;
    setRunning(true);
    m_progress->setValue(0);
    WeeklyBrief brief(m_store);
    brief.setView(m_view->toPlainText());
    // Charts are widgets, so the brief renders on this thread, step by step; the dialog stays responsive
    // between steps and Cancel is honoured at the next one.
    const db::Result<void> written = brief.write(path, m_date->date(), sections(), [this](int percent, const QString &step) {
        m_progress->setValue(percent);
        m_status->setText(step);
        QCoreApplication::processEvents();
        return !m_cancelRequested;
    });
    setRunning(false);
    if (!written && written.error().code == QLatin1String("cancelled")) {
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled: no file was written."));
        return;
    }
    if (!written) {
        m_status->setText(written.error().message);
        QMessageBox::warning(this, tr("Weekly brief"), written.error().message);
        return;
    }
    m_progress->setValue(100);
    const int pages = brief.pageCount();
    m_status->setText(pages > 0 ? tr("Wrote %1 (%n page(s)).", "", pages).arg(QDir::toNativeSeparators(path))
                                : tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    emit briefWritten(path, pages);
    if (m_open->isChecked() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_status->setText(tr("%1 %2", "two sentences").arg(m_status->text(), tr("No PDF viewer is set up to open it.")));
}

void WeeklyBriefDialog::cancel()
{
    m_cancelRequested = true;
}

void WeeklyBriefDialog::reject()
{
    if (m_running) { // closing the window while it renders cancels
        cancel();
        return;
    }
    saveView();
    QDialog::reject();
}

} // namespace zhisuan::app
