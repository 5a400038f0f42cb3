// The vehicle catalog browser: filters an engineer sets from what they see on the van, the
// matching variants, and every figure of the selected one with its source.
#pragma once

#include "catalogtablemodels.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QGroupBox;
class QFormLayout;

namespace remaster::ui {

class CatalogContext;
class EntryDetailsView;

class VariantBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit VariantBrowser(CatalogContext &context, QWidget *parent = nullptr);

    QString selectedId() const;
    bool selectId(const QString &id);
    int visibleCount() const;

    // The filter widgets, exposed for keyboard focus and tests.
    QComboBox *generationCombo() const { return m_generation; }
    QComboBox *bodyCombo() const { return m_body; }
    QComboBox *lengthCombo() const { return m_length; }
    QComboBox *heightCombo() const { return m_height; }
    QComboBox *gvwCombo() const { return m_gvw; }
    QComboBox *driveCombo() const { return m_drive; }
    QComboBox *engineCombo() const { return m_engine; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    EntryDetailsView *details() const { return m_details; }
    VariantTableModel *model() const { return m_model; }

public slots:
    void resetFilters();

signals:
    void selectionChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildChoices();
    void applyFilters();
    void showSelected();

    CatalogContext &m_context;
    VariantTableModel *m_model;
    VariantFilterProxy *m_proxy;
    QGroupBox *m_filterBox;
    QFormLayout *m_filterForm;
    QList<QLabel *> m_filterLabels;
    QComboBox *m_generation;
    QComboBox *m_body;
    QComboBox *m_length;
    QComboBox *m_height;
    QComboBox *m_gvw;
    QComboBox *m_drive;
    QComboBox *m_engine;
    QLineEdit *m_search;
    QPushButton *m_reset;
    QLabel *m_count;
    QTableView *m_table;
    EntryDetailsView *m_details;
    bool m_updating = false;
};

} // namespace remaster::ui
