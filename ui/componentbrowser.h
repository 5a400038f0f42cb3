// The component catalog browser: motors, inverters, gears, battery modules, chargers, DC-DC.
#pragma once

#include "catalogtablemodels.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace remaster::ui {

class CatalogContext;
class EntryDetailsView;

class ComponentBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ComponentBrowser(CatalogContext &context, QWidget *parent = nullptr);
    QString selectedId() const;
    bool selectId(const QString &id);
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *conditionCombo() const { return m_condition; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    ComponentTableModel *model() const { return m_model; }
    int visibleCount() const;

signals:
    void selectionChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadKind();
    void applyFilters();
    void showSelected();

    CatalogContext &m_context;
    ComponentTableModel *m_model;
    class ComponentFilterProxy *m_proxy;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_conditionLabel;
    QComboBox *m_condition;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_table;
    EntryDetailsView *m_details;
};

} // namespace remaster::ui
