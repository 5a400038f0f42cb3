#include "variantbrowser.h"

#include "catalogcontext.h"
#include "displaynames.h"
#include "entrydetailsview.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace remaster::ui {

using namespace remaster::model;

namespace {
// Combo data: an empty QVariant means "any".
QVariant currentData(const QComboBox *c)
{
    return c->currentData();
}

void setItemsKeepingSelection(QComboBox *combo, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant previous = combo->currentData();
    QSignalBlocker block(combo);
    combo->clear();
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int index = previous.isValid() ? combo->findData(previous) : 0;
    combo->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

VariantBrowser::VariantBrowser(CatalogContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new VariantTableModel(this))
    , m_proxy(new VariantFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_filterBox = new QGroupBox(this);
    m_filterForm = new QFormLayout(m_filterBox);
    auto makeCombo = [this](const char *name) {
        auto *c = new QComboBox(m_filterBox);
        c->setObjectName(QLatin1String(name));
        connect(c, &QComboBox::currentIndexChanged, this, &VariantBrowser::applyFilters);
        return c;
    };
    m_generation = makeCombo("generationFilter");
    m_body = makeCombo("bodyFilter");
    m_length = makeCombo("lengthFilter");
    m_height = makeCombo("heightFilter");
    m_gvw = makeCombo("gvwFilter");
    m_drive = makeCombo("driveFilter");
    m_engine = makeCombo("engineFilter");
    m_search = new QLineEdit(m_filterBox);
    m_search->setObjectName(QStringLiteral("variantSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &VariantBrowser::applyFilters);
    m_reset = new QPushButton(m_filterBox);
    connect(m_reset, &QPushButton::clicked, this, &VariantBrowser::resetFilters);
    m_count = new QLabel(m_filterBox);
    m_count->setObjectName(QStringLiteral("variantCount"));

    for (QWidget *field : std::initializer_list<QWidget *> { m_search, m_generation, m_body, m_length, m_height, m_gvw,
                                                             m_drive, m_engine }) {
        auto *label = new QLabel(m_filterBox);
        label->setBuddy(field);
        m_filterLabels.append(label);
        m_filterForm->addRow(label, field);
    }
    m_filterBox->setMinimumWidth(260);
    m_filterForm->addRow(m_reset);
    m_filterForm->addRow(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("variantTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VariantTableModel::Label, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VariantTableModel::Label, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // selectionChanged, not currentRowChanged: the current index moves before the selection does.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VariantBrowser::showSelected);

    m_details = new EntryDetailsView(this);
    m_details->setObjectName(QStringLiteral("variantDetails"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *filterColumn = new QWidget(this);
    auto *filterLayout = new QVBoxLayout(filterColumn);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filterBox);
    filterLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("variantSplitter"));
    splitter->addWidget(filterColumn);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_context, &CatalogContext::catalogChanged, this, [this] {
        const QString selected = selectedId();
        m_model->setCatalog(&m_context.catalog());
        rebuildChoices();
        applyFilters();
        if (!selectId(selected))
            m_details->clearEntry();
    });
    m_model->setCatalog(&m_context.catalog());
    retranslate();
}

void VariantBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VariantBrowser::retranslate()
{
    m_filterBox->setTitle(tr("Which Master is it?"));
    m_search->setPlaceholderText(tr("Search name or id (Ctrl+F)"));
    m_search->setToolTip(tr("Part of the variant's name or identifier"));
    const QStringList labels { tr("&Search:"),      tr("&Generation:"), tr("&Body:"),  tr("&Length:"),
                               tr("Roof &height:"), tr("G&VW:"),        tr("&Drive:"), tr("&Engine:") };
    for (int row = 0; row < labels.size() && row < m_filterLabels.size(); ++row)
        m_filterLabels.at(row)->setText(labels.at(row));
    m_reset->setText(tr("&Reset filters"));
    m_gvw->setToolTip(tr("Gross vehicle weight, field F.1 of the registration certificate"));
    m_engine->setToolTip(tr("Original diesel engine, field P.2 (kW) of the registration certificate"));
    m_model->retranslate();
    rebuildChoices();
    applyFilters();
}

void VariantBrowser::rebuildChoices()
{
    m_updating = true;
    const auto &catalog = m_context.catalog();
    const QString any = tr("Any");
    setItemsKeepingSelection(m_generation,
                             { { any, {} },
                               { DisplayNames::generation(Generation::MasterIII), QStringLiteral("master-3") },
                               { DisplayNames::generation(Generation::MasterIV), QStringLiteral("master-4") } });
    setItemsKeepingSelection(m_body,
                             { { any, {} },
                               { DisplayNames::body(Body::PanelVan), QStringLiteral("panel-van") },
                               { DisplayNames::body(Body::ChassisCab), QStringLiteral("chassis-cab") },
                               { DisplayNames::body(Body::PlatformCab), QStringLiteral("platform-cab") } });
    setItemsKeepingSelection(m_length,
                             { { any, {} },
                               { QStringLiteral("L1"), QStringLiteral("L1") },
                               { QStringLiteral("L2"), QStringLiteral("L2") },
                               { QStringLiteral("L3"), QStringLiteral("L3") },
                               { QStringLiteral("L4"), QStringLiteral("L4") } });
    setItemsKeepingSelection(m_height,
                             { { any, {} },
                               { QStringLiteral("H1"), QStringLiteral("H1") },
                               { QStringLiteral("H2"), QStringLiteral("H2") },
                               { QStringLiteral("H3"), QStringLiteral("H3") } });
    std::set<double> gvws;
    for (const auto &v : catalog.variants)
        gvws.insert(std::round(units::inKilograms(v.gvw.value)));
    QList<QPair<QString, QVariant>> gvwItems { { any, {} } };
    for (double kg : gvws)
        gvwItems.append({ DisplayNames::mass(kg), kg });
    setItemsKeepingSelection(m_gvw, gvwItems);
    setItemsKeepingSelection(
        m_drive,
        { { any, {} },
          { DisplayNames::driveOnly(Drive::FrontWheel), QStringLiteral("fwd") },
          { DisplayNames::driveOnly(Drive::RearWheel), QStringLiteral("rwd") },
          { DisplayNames::drive(Drive::RearWheel, RearWheels::Twin), QStringLiteral("rwd-twin") } });
    QList<QPair<QString, QVariant>> engineItems { { any, {} } };
    const QLocale locale;
    for (const auto &e : catalog.engines)
        engineItems.append({ tr("%1 %2 (%3, %4)")
                                 .arg(QString::fromStdString(e.code), QString::fromStdString(e.label))
                                 .arg(DisplayNames::power(units::inKilowatts(e.power.value), 0))
                                 .arg(DisplayNames::generation(e.generation)),
                             QString::fromStdString(e.id) });
    setItemsKeepingSelection(m_engine, engineItems);
    m_updating = false;
}

void VariantBrowser::resetFilters()
{
    m_updating = true;
    for (QComboBox *c : { m_generation, m_body, m_length, m_height, m_gvw, m_drive, m_engine })
        c->setCurrentIndex(0);
    m_search->clear();
    m_updating = false;
    applyFilters();
}

void VariantBrowser::applyFilters()
{
    if (m_updating)
        return;
    VariantFilter f;
    Generation g;
    if (generationFromCode(currentData(m_generation).toString().toStdString(), g))
        f.generation = g;
    Body b;
    if (bodyFromCode(currentData(m_body).toString().toStdString(), b))
        f.body = b;
    f.lengthCode = currentData(m_length).toString().toStdString();
    f.heightCode = currentData(m_height).toString().toStdString();
    if (currentData(m_gvw).isValid())
        f.gvwKg = currentData(m_gvw).toDouble();
    const QString drive = currentData(m_drive).toString();
    if (drive == QLatin1String("fwd"))
        f.drive = Drive::FrontWheel;
    else if (drive == QLatin1String("rwd"))
        f.drive = Drive::RearWheel;
    else if (drive == QLatin1String("rwd-twin")) {
        f.drive = Drive::RearWheel;
        f.rearWheels = RearWheels::Twin;
    }
    f.engineId = currentData(m_engine).toString().toStdString();
    f.text = m_search->text().trimmed().toStdString();
    m_proxy->setFilter(f);
    m_count->setText(tr("%1 of %2 variants").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    if (m_proxy->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    showSelected();
}

QString VariantBrowser::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(VariantTableModel::IdRole).toString();
}

bool VariantBrowser::selectId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(VariantTableModel::IdRole).toString() == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_proxy->index(row, 0));
            return true;
        }
    }
    return false;
}

int VariantBrowser::visibleCount() const
{
    return m_proxy->rowCount();
}

void VariantBrowser::showSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_context.store()) {
        m_details->clearEntry();
    } else {
        m_details->showEntry(m_context.store()->entryJson(id), m_context.catalog());
    }
    emit selectionChanged(id);
}

} // namespace remaster::ui
