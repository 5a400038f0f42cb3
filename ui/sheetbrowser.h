// The build-sheet browser: every sheet with search, status filter and sorting (the list reads
// page by page, so 100,000 sheets scroll at once), the selected sheet's latest revision, and the
// workflow actions with sign-off.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace remaster::storage {
class SheetListModel;
}

namespace remaster::ui {

class CatalogContext;

class SheetBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit SheetBrowser(CatalogContext &context, QWidget *parent = nullptr);

    QString selectedNumber() const;
    bool selectNumber(const QString &number);
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    storage::SheetListModel *model() const { return m_model; }
    // For tests: the name used for sign-offs instead of asking.
    void setSignerForTesting(const QString &name) { m_testSigner = name; }
    // Moves the selected sheet to `statusCode` with a sign-off; returns the error text or "".
    QString transitionSelected(const QString &statusCode);
    // Exports the selected sheet's chosen document to `path` (no dialog); returns "" or the error.
    QString exportPdf(const QString &path);
    QComboBox *documentKindCombo() const { return m_docKind; }
    QComboBox *documentLanguageCombo() const { return m_docLanguage; }

signals:
    void openDesignRequested(const QJsonObject &design, const QString &sheetNumber);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void applyFilters();
    void showSelected();
    void updateButtons();

    CatalogContext &m_context;
    storage::SheetListModel *m_model = nullptr;
    QLineEdit *m_search;
    QComboBox *m_status;
    QLabel *m_statusLabel;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_details;
    QPushButton *m_openDesign;
    QPushButton *m_submit;
    QPushButton *m_sendBack;
    QPushButton *m_approve;
    QPushButton *m_built;
    QPushButton *m_archive;
    QComboBox *m_docKind;
    QComboBox *m_docLanguage;
    QPushButton *m_preview;
    QPushButton *m_exportPdf;
    void printPreview();
    QString m_testSigner;
    // The sheet and revision the details show: a sign-off is for that revision only.
    QString m_shownNumber;
    QString m_shownHash;
};

} // namespace remaster::ui
