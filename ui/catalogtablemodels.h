// Table models over the loaded catalog: vehicle variants and components of one kind.
#pragma once

#include "model/catalog_set.h"
#include "model/variant_filter.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace remaster::ui {

class VariantTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Generation, Body, Length, Height, Drive, Gvw, MassInRunningOrder, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit VariantTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }
    void setCatalog(const model::CatalogSet *catalog);
    const model::VehicleVariant *variantAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    const model::CatalogSet *m_catalog = nullptr;
};

class VariantFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit VariantFilterProxy(QObject *parent = nullptr);
    void setFilter(const model::VariantFilter &filter);
    const model::VariantFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    model::VariantFilter m_filter;
};

// Components of one kind, with the columns that matter for that kind.
class ComponentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int ConditionRole = Qt::UserRole + 3;

    explicit ComponentTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }
    void setCatalog(const model::CatalogSet *catalog, model::ComponentKind kind);
    model::ComponentKind kind() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    struct Cell {
        QString text;
        QVariant sortKey;
    };
    struct Row {
        QString id;
        QString condition;
        QList<Cell> cells;
    };
    QList<Row> m_rows;
    QStringList headers() const;
    const model::CatalogSet *m_catalog = nullptr;
    model::ComponentKind m_kind = model::ComponentKind::Motor;
};

} // namespace remaster::ui
