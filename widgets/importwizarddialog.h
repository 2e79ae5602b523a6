#pragma once

#include "importjob.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace zhisuan::db {
class Store;
}

namespace zhisuan::widgets {

// File ▸ Import: shows how each file will be read (encoding, delimiter, header row, kind), a preview of the
// first rows with the cells that fail validation marked, and the column mapping, which can be edited and
// saved as a named preset. Accepting returns one set of options per file; the import itself runs elsewhere.
class ImportWizardDialog : public QDialog
{
    Q_OBJECT
public:
    ImportWizardDialog(db::Store *store, const QStringList &files, QWidget *parent = nullptr);

    // One (file, options) pair per file, as set in the dialog.
    QList<std::pair<QString, db::ImportOptions>> imports() const;
    // The plan of the file shown, or nullptr when the file cannot be read as any kind.
    const db::ImportPlan *currentPlan() const { return m_planOk ? &m_plan : nullptr; }
    int previewErrorCount() const { return m_previewErrors; }
    // Maps a column of the current file (by header) to a field key, or "-" for not imported.
    void setColumnMapping(const QString &header, const QString &fieldKey);
    bool saveMappingAsPreset(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The constructor's steps: the controls' names and defaults, their layout, and what each change does.
    void setUpControls();
    QDialogButtonBox *layOutControls();
    void connectControls(QDialogButtonBox *buttons);
    void retranslateUi();
    void showFile(int index);
    void readControls();
    void replan();
    void fillMapping();
    void fillPreview();
    void mappingEdited();
    void askPresetName();

    db::Store *m_store;
    QStringList m_files;
    QList<db::ImportOptions> m_options;
    QHash<QString, std::shared_ptr<const db::ImportInput>> m_inputs; // opened once per file; its encoding check is remembered
    QHash<QString, QString> m_inputErrors;
    QHash<QString, QStringList> m_sheetsOf; // a workbook's sheets, by path (empty for a text file)
    QList<db::UserPreset> m_presets;
    int m_current = -1;
    bool m_updating = false;
    db::ImportPlan m_plan;
    bool m_planOk = false;
    QString m_planError;
    int m_previewErrors = 0;

    QLabel *m_fileLabel;
    QComboBox *m_file;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiter;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_presetLabel;
    QComboBox *m_preset;
    QCheckBox *m_useWeek;
    QDateEdit *m_week;
    // A workbook's sheets (.xlsx, .xls): the one to import, each previewed when chosen. Hidden for a text file.
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_summary;
    QLabel *m_mappingTitle;
    QTableWidget *m_mapping;
    QLabel *m_previewTitle;
    QTableWidget *m_preview;
    QPushButton *m_savePreset;
    QPushButton *m_import;
    QPushButton *m_cancel;
};

} // namespace zhisuan::widgets
