#include "sheetlistmodel.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace remaster::storage {
namespace {

SheetSortColumn sortColumnFor(int column)
{
    switch (column) {
    case SheetListModel::StatusColumn: return SheetSortColumn::Status;
    case SheetListModel::CustomerColumn: return SheetSortColumn::Customer;
    case SheetListModel::VinColumn: return SheetSortColumn::Vin;
    case SheetListModel::RegistrationColumn: return SheetSortColumn::Registration;
    case SheetListModel::VariantColumn: return SheetSortColumn::Variant;
    case SheetListModel::CreatedColumn: return SheetSortColumn::Created;
    case SheetListModel::UpdatedColumn: return SheetSortColumn::Updated;
    default: return SheetSortColumn::Number; // the revision number sorts by sheet number
    }
}

QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

} // namespace

SheetListModel::SheetListModel(const SheetRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    refresh();
}

int SheetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SheetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SheetSummary &s = m_rows.at(index.row());
    if (role == StatusCodeRole)
        return sheetStatusCode(s.status);
    if (role == NumberRole)
        return s.number;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return s.number;
    case StatusColumn: return sheetStatusLabel(s.status);
    case CustomerColumn: return s.customer;
    case VinColumn: return s.vin;
    case RegistrationColumn: return s.registration;
    case VariantColumn: return s.variantId;
    case RevisionColumn: return s.revision;
    case CreatedColumn: return localTime(s.createdAt);
    case UpdatedColumn: return localTime(s.updatedAt);
    default: return {};
    }
}

QVariant SheetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Sheet");
    case StatusColumn: return tr("Status");
    case CustomerColumn: return tr("Customer");
    case VinColumn: return tr("VIN");
    case RegistrationColumn: return tr("Registration");
    case VariantColumn: return tr("Variant");
    case RevisionColumn: return tr("Revision");
    case CreatedColumn: return tr("Created");
    case UpdatedColumn: return tr("Updated");
    default: return {};
    }
}

SheetPage SheetListModel::readPage() const
{
    SheetQuery q = m_query;
    q.limit = m_pageSize;
    q.after = m_lastKey;
    SheetError error;
    SheetPage page = m_repository.list(q, &error);
    m_lastError = error.message;
    return page;
}

bool SheetListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void SheetListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask for more from a slot of our own signals:
    // never start a change inside another one.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QScopedValueRollback<bool> changing(m_changing, true);
    const SheetPage page = readPage();
    if (page.rows.size() < m_pageSize || !m_lastError.isEmpty())
        m_atEnd = true;
    if (page.rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
    m_rows += page.rows;
    m_lastKey = page.keys.last();
    endInsertRows();
}

void SheetListModel::refresh()
{
    // Rows removed then inserted rather than a model reset: views keep their header state, and
    // nothing is fetched while the change is in flight.
    const QScopedValueRollback<bool> changing(m_changing, true);
    m_atEnd = true;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_lastKey.clear();
    const SheetPage page = readPage();
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, 0, static_cast<int>(page.rows.size()) - 1);
        m_rows = page.rows;
        m_lastKey = page.keys.last();
        endInsertRows();
    }
    m_atEnd = page.rows.size() < m_pageSize || !m_lastError.isEmpty();
}

void SheetListModel::setPageSize(int rows)
{
    const int size = rows > 0 ? rows : 256;
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    refresh();
}

void SheetListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = sortColumnFor(column);
    m_query.descending = order == Qt::DescendingOrder;
    refresh();
}

void SheetListModel::setSearchText(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    refresh();
}

void SheetListModel::setStatusFilter(std::optional<SheetStatus> status)
{
    m_query.status = status;
    refresh();
}

void SheetListModel::setDateRange(const QDate &from, const QDate &to)
{
    m_query.createdFrom = from;
    m_query.createdTo = to;
    refresh();
}

} // namespace remaster::storage
