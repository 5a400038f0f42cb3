// The sheet list for views: a table model over a SheetRepository that reads one page at a time
// (canFetchMore/fetchMore, keyset paging), so that 100,000 sheets open and scroll at once.
// Search text, status and date filters and the sort column reset the model and read page one.
#pragma once

#include "sheetrepository.h"

#include <QAbstractTableModel>

namespace remaster::storage {

class SheetListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        StatusColumn,
        CustomerColumn,
        VinColumn,
        RegistrationColumn,
        VariantColumn,
        RevisionColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { StatusCodeRole = Qt::UserRole + 1, NumberRole };

    explicit SheetListModel(const SheetRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<SheetStatus> status);
    void setDateRange(const QDate &from, const QDate &to);
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Reads page one again (after a save elsewhere).
    void refresh();

    const SheetSummary &sheetAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_lastError; }

private:
    SheetPage readPage() const;
    const SheetRepository &m_repository;
    SheetQuery m_query;
    int m_pageSize = 256;
    QList<SheetSummary> m_rows;
    QVariantList m_lastKey;
    bool m_atEnd = false;
    bool m_changing = false;
    mutable QString m_lastError;
};

} // namespace remaster::storage
