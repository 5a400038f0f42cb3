#include "componentbrowser.h"

#include "catalogcontext.h"
#include "displaynames.h"
#include "entrydetailsview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace remaster::ui {

using namespace remaster::model;

class ComponentFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString condition; // empty = any
    QString text;

    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        if (!condition.isEmpty() && idx.data(ComponentTableModel::ConditionRole).toString() != condition)
            return false;
        if (text.isEmpty())
            return true;
        return idx.data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive)
            || idx.data(ComponentTableModel::IdRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

ComponentBrowser::ComponentBrowser(CatalogContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ComponentTableModel(this))
    , m_proxy(new ComponentFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComponentTableModel::SortRole);

    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("componentKind"));
    m_kindLabel->setBuddy(m_kind);
    m_conditionLabel = new QLabel(this);
    m_condition = new QComboBox(this);
    m_condition->setObjectName(QStringLiteral("componentCondition"));
    m_conditionLabel->setBuddy(m_condition);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("componentSearch"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kindLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(m_conditionLabel);
    bar->addWidget(m_condition);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("componentTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComponentBrowser::showSelected);

    m_details = new EntryDetailsView(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComponentBrowser::reloadKind);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &ComponentBrowser::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ComponentBrowser::applyFilters);
    connect(&m_context, &CatalogContext::catalogChanged, this, [this] {
        const QString selected = selectedId();
        reloadKind();
        selectId(selected);
    });
    retranslate();
}

void ComponentBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComponentBrowser::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_conditionLabel->setText(tr("Con&dition:"));
    m_search->setPlaceholderText(tr("Search name or id"));
    const int kindIndex = std::max(0, m_kind->currentIndex());
    const int conditionIndex = std::max(0, m_condition->currentIndex());
    {
        QSignalBlocker b1(m_kind);
        QSignalBlocker b2(m_condition);
        m_kind->clear();
        for (auto k : { ComponentKind::Motor, ComponentKind::Inverter, ComponentKind::Reducer,
                        ComponentKind::BatteryModule, ComponentKind::Charger, ComponentKind::DcDc })
            m_kind->addItem(DisplayNames::componentKindPlural(k), static_cast<int>(k));
        m_kind->setCurrentIndex(kindIndex);
        m_condition->clear();
        m_condition->addItem(tr("Any"), QString());
        m_condition->addItem(DisplayNames::condition(Condition::New), QStringLiteral("new"));
        m_condition->addItem(DisplayNames::condition(Condition::SecondLife), QStringLiteral("second-life"));
        m_condition->setCurrentIndex(conditionIndex);
    }
    reloadKind();
}

void ComponentBrowser::reloadKind()
{
    m_model->setCatalog(&m_context.catalog(), static_cast<ComponentKind>(m_kind->currentData().toInt()));
    applyFilters();
}

void ComponentBrowser::applyFilters()
{
    m_proxy->condition = m_condition->currentData().toString();
    m_proxy->text = m_search->text().trimmed();
    m_proxy->refresh();
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    if (m_proxy->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    showSelected();
}

int ComponentBrowser::visibleCount() const
{
    return m_proxy->rowCount();
}

QString ComponentBrowser::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(ComponentTableModel::IdRole).toString();
}

bool ComponentBrowser::selectId(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, 0).data(ComponentTableModel::IdRole).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void ComponentBrowser::showSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_context.store())
        m_details->clearEntry();
    else
        m_details->showEntry(m_context.store()->entryJson(id), m_context.catalog());
    emit selectionChanged(id);
}

} // namespace remaster::ui
