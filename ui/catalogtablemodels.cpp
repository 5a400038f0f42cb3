#include "catalogtablemodels.h"

#include "displaynames.h"

#include <QLocale>

namespace remaster::ui {

using namespace remaster::model;
namespace u = remaster::units;

// ---- VariantTableModel ----

void VariantTableModel::setCatalog(const CatalogSet *catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
}

const VehicleVariant *VariantTableModel::variantAt(int row) const
{
    if (!m_catalog || row < 0 || row >= static_cast<int>(m_catalog->variants.size()))
        return nullptr;
    return &m_catalog->variants[static_cast<std::size_t>(row)];
}

int VariantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : static_cast<int>(m_catalog->variants.size());
}

int VariantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantTableModel::data(const QModelIndex &index, int role) const
{
    const VehicleVariant *v = index.isValid() ? variantAt(index.row()) : nullptr;
    if (!v)
        return {};
    if (role == IdRole)
        return QString::fromStdString(v->id);
    const double gvw = u::inKilograms(v->gvw.value);
    const double mro = u::inKilograms(v->massInRunningOrder.value);
    if (role == SortRole) {
        switch (index.column()) {
        case Gvw: return gvw;
        case MassInRunningOrder: return mro;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Gvw || index.column() == MassInRunningOrder))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MassInRunningOrder && v->massInRunningOrder.isRepresentative())
        return tr("Representative value, not this vehicle's own: enter field G of the registration "
                  "certificate or a weighbridge figure.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Label: return QString::fromStdString(v->label);
    case Generation:
        return DisplayNames::generation(v->generation) + QLatin1Char(' ') + QString::fromStdString(v->phase);
    case Body: return DisplayNames::body(v->body);
    case Length: return QString::fromStdString(v->lengthCode);
    case Height: return QString::fromStdString(v->heightCode);
    case Drive: return DisplayNames::drive(v->drive, v->rearWheels);
    case Gvw: return DisplayNames::mass(gvw);
    case MassInRunningOrder:
        return DisplayNames::mass(mro)
            + (v->massInRunningOrder.isRepresentative() ? QStringLiteral(" (R)") : QString());
    default: return {};
    }
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label: return tr("Variant");
    case Generation: return tr("Generation");
    case Body: return tr("Body");
    case Length: return tr("Length");
    case Height: return tr("Height");
    case Drive: return tr("Drive");
    case Gvw: return tr("GVW");
    case MassInRunningOrder: return tr("Mass in running order");
    default: return {};
    }
}

void VariantTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// ---- VariantFilterProxy ----

VariantFilterProxy::VariantFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VariantTableModel::SortRole);
    setSortLocaleAware(true);
}

void VariantFilterProxy::setFilter(const VariantFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool VariantFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const VariantTableModel *>(sourceModel());
    const VehicleVariant *v = model ? model->variantAt(sourceRow) : nullptr;
    return v && m_filter.matches(*v);
}

// ---- ComponentTableModel ----

QStringList ComponentTableModel::headers() const
{
    switch (m_kind) {
    case ComponentKind::Motor:
        return { tr("Motor"),       tr("Condition"),  tr("Peak power"), tr("Continuous power"),
                 tr("Peak torque"), tr("Max. speed"), tr("Mass") };
    case ComponentKind::Inverter:
        return {
            tr("Inverter"), tr("Condition"), tr("DC range"), tr("Peak power"), tr("Peak phase current"), tr("Mass")
        };
    case ComponentKind::Reducer:
        return { tr("Reduction gear"), tr("Condition"), tr("Ratio"), tr("Max. input torque"), tr("Mass") };
    case ComponentKind::BatteryModule:
        return { tr("Battery module"), tr("Condition"), tr("Chemistry"), tr("Nominal voltage"),
                 tr("Capacity"),       tr("Energy"),    tr("Mass") };
    case ComponentKind::Charger:
        return { tr("Charger"), tr("Condition"), tr("Type"), tr("Power"), tr("Efficiency"), tr("Mass") };
    case ComponentKind::DcDc:
        return { tr("DC-DC converter"), tr("Condition"), tr("Power"), tr("Input range"), tr("Mass") };
    }
    return {};
}

void ComponentTableModel::setCatalog(const CatalogSet *catalog, ComponentKind kind)
{
    beginResetModel();
    m_catalog = catalog;
    m_kind = kind;
    m_rows.clear();
    const QLocale l;
    auto num = [&](double v, int decimals, const QString &unit) {
        return Cell { l.toString(v, 'f', decimals) + QChar(0x202F) + unit, v };
    };
    auto txt = [](const std::string &s) { return Cell { QString::fromStdString(s), QString::fromStdString(s) }; };
    auto head = [&](const ComponentInfo &info) {
        Row r;
        r.id = QString::fromStdString(info.id);
        r.condition = QLatin1String(conditionCode(info.condition));
        r.cells << txt(info.label)
                << Cell { DisplayNames::condition(info.condition), DisplayNames::condition(info.condition) };
        return r;
    };
    if (catalog) {
        switch (kind) {
        case ComponentKind::Motor:
            for (const auto &m : catalog->motors) {
                Row r = head(m.info);
                r.cells << num(DisplayNames::powerValue(u::inKilowatts(m.peakPower.value)), 0,
                               DisplayNames::powerUnit())
                        << num(DisplayNames::powerValue(u::inKilowatts(m.continuousPower.value)), 0,
                               DisplayNames::powerUnit())
                        << num(u::inNewtonMetres(m.peakTorque.value), 0, QStringLiteral("N·m"))
                        << num(u::inRpm(m.maxSpeed.value), 0, QStringLiteral("rpm"))
                        << num(u::inKilograms(m.mass.value), 1, QStringLiteral("kg"));
                m_rows << r;
            }
            break;
        case ComponentKind::Inverter:
            for (const auto &x : catalog->inverters) {
                Row r = head(x.info);
                r.cells << Cell { QStringLiteral("%1–%2 V").arg(l.toString(u::inVolts(x.dcVoltageMin.value), 'f', 0),
                                                                l.toString(u::inVolts(x.dcVoltageMax.value), 'f', 0)),
                                  u::inVolts(x.dcVoltageMax.value) }
                        << num(DisplayNames::powerValue(u::inKilowatts(x.peakPower.value)), 0,
                               DisplayNames::powerUnit())
                        << num(u::inAmperes(x.peakPhaseCurrent.value), 0, QStringLiteral("A"))
                        << num(u::inKilograms(x.mass.value), 1, QStringLiteral("kg"));
                m_rows << r;
            }
            break;
        case ComponentKind::Reducer:
            for (const auto &x : catalog->reducers) {
                Row r = head(x.info);
                r.cells << Cell { l.toString(x.ratio.value.value(), 'f', 3), x.ratio.value.value() }
                        << num(u::inNewtonMetres(x.maxInputTorque.value), 0, QStringLiteral("N·m"))
                        << num(u::inKilograms(x.mass.value), 1, QStringLiteral("kg"));
                m_rows << r;
            }
            break;
        case ComponentKind::BatteryModule:
            for (const auto &x : catalog->batteryModules) {
                Row r = head(x.info);
                r.cells << txt(x.chemistry) << num(u::inVolts(x.nominalVoltage.value), 1, QStringLiteral("V"))
                        << num(u::inAmpereHours(x.capacity.value), 1, QStringLiteral("Ah"))
                        << num(u::inKilowattHours(x.energy.value), 2, QStringLiteral("kWh"))
                        << num(u::inKilograms(x.mass.value), 1, QStringLiteral("kg"));
                m_rows << r;
            }
            break;
        case ComponentKind::Charger:
            for (const auto &x : catalog->chargers) {
                Row r = head(x.info);
                r.cells << Cell { DisplayNames::chargerType(x.type), DisplayNames::chargerType(x.type) }
                        << num(u::inKilowatts(x.power.value), 1, QStringLiteral("kW"))
                        << num(x.efficiency.value.value() * 100, 0, QStringLiteral("%"))
                        << num(u::inKilograms(x.mass.value), 1, QStringLiteral("kg"));
                m_rows << r;
            }
            break;
        case ComponentKind::DcDc:
            for (const auto &x : catalog->dcdcs) {
                Row r = head(x.info);
                r.cells << num(u::inKilowatts(x.power.value), 1, QStringLiteral("kW"))
                        << Cell { QStringLiteral("%1–%2 V").arg(
                                      l.toString(u::inVolts(x.inputVoltageMin.value), 'f', 0),
                                      l.toString(u::inVolts(x.inputVoltageMax.value), 'f', 0)),
                                  u::inVolts(x.inputVoltageMax.value) }
                        << num(u::inKilograms(x.mass.value), 1, QStringLiteral("kg"));
                m_rows << r;
            }
            break;
        }
    }
    endResetModel();
}

int ComponentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant ComponentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == ConditionRole)
        return r.condition;
    if (index.column() >= r.cells.size())
        return {};
    const Cell &c = r.cells.at(index.column());
    if (role == Qt::DisplayRole)
        return c.text;
    if (role == SortRole)
        return c.sortKey;
    if (role == Qt::TextAlignmentRole && c.sortKey.typeId() == QMetaType::Double)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ComponentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return headers().value(section);
}

void ComponentTableModel::retranslate()
{
    setCatalog(m_catalog, m_kind);
}

} // namespace remaster::ui
