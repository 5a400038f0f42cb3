#include "displaynames.h"

#include "uisettings.h"

#include <QLocale>

namespace remaster::ui {

using namespace remaster::model;

QString DisplayNames::generation(Generation g)
{
    return g == Generation::MasterIII ? tr("Master III") : tr("Master IV");
}

QString DisplayNames::body(Body b)
{
    switch (b) {
    case Body::PanelVan: return tr("Panel van");
    case Body::ChassisCab: return tr("Chassis cab");
    case Body::PlatformCab: return tr("Platform cab");
    }
    return {};
}

QString DisplayNames::driveOnly(Drive d)
{
    return d == Drive::FrontWheel ? tr("FWD") : tr("RWD");
}

QString DisplayNames::rearWheels(RearWheels r)
{
    return r == RearWheels::Single ? tr("single rear wheels") : tr("twin rear wheels");
}

QString DisplayNames::drive(Drive d, RearWheels r)
{
    return r == RearWheels::Twin ? tr("%1, twin rear wheels").arg(driveOnly(d)) : driveOnly(d);
}

QString DisplayNames::componentKindPlural(ComponentKind k)
{
    switch (k) {
    case ComponentKind::Motor: return tr("Traction motors");
    case ComponentKind::Inverter: return tr("Inverters");
    case ComponentKind::Reducer: return tr("Reduction gears");
    case ComponentKind::BatteryModule: return tr("Battery modules");
    case ComponentKind::Charger: return tr("Chargers");
    case ComponentKind::DcDc: return tr("DC-DC converters");
    }
    return {};
}

QString DisplayNames::payloadCase(const std::string &name)
{
    if (name == "empty")
        return tr("empty");
    if (name == "half")
        return tr("half load");
    if (name == "full")
        return tr("full load (GVW)");
    return QString::fromStdString(name);
}

QString DisplayNames::condition(Condition c)
{
    return c == Condition::New ? tr("New") : tr("Second-life");
}

QString DisplayNames::chargerType(ChargerType t)
{
    return t == ChargerType::OnBoardAc ? tr("On-board AC") : tr("DC inlet");
}

QString DisplayNames::mass(double kg)
{
    return tr("%1 kg").arg(QLocale().toString(kg, 'f', 0));
}

QString DisplayNames::powerUnit()
{
    return UiSettings::powerUnit() == QLatin1String("hp") ? tr("hp") : tr("kW");
}

double DisplayNames::powerValue(double kw)
{
    // Metric horsepower (PS, ch): 1 hp = 0.73549875 kW, the unit French certificates used before kW.
    return UiSettings::powerUnit() == QLatin1String("hp") ? units::inMetricHorsepower(units::kilowatts(kw)) : kw;
}

QString DisplayNames::power(double kw, int decimals)
{
    const double v = powerValue(kw);
    return QStringLiteral("%1\u202F%2")
        .arg(QLocale().toString(v, 'f', decimals >= 0 ? decimals : (v < 10 ? 1 : 0)), powerUnit());
}

} // namespace remaster::ui
