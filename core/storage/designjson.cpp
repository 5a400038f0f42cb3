#include "designjson.h"

#include "jsonenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace remaster::storage {

using namespace remaster::model;
namespace u = remaster::units;

QString DesignIssue::toString() const
{
    QString s = field + QStringLiteral(": ") + message;
    if (!accepted.isEmpty())
        s += QStringLiteral(" (") + DesignJson::tr("accepted: %1").arg(accepted) + QStringLiteral(")");
    return s;
}

namespace {

QString fmt(double v)
{
    return QString::number(v, 'g', 10);
}

// Reads one JSON object, collecting problems with their full path. Unknown keys are reported:
// a typo in a hand-written design ("moter_id") must not silently fall back to a default.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &o, const QString &path, QList<DesignIssue> &issues, const QStringList &keys)
        : m_obj(o)
        , m_path(path)
        , m_issues(issues)
    {
        for (const QString &k : o.keys())
            if (!keys.contains(k))
                fail(k, DesignJson::tr("is not a known field"), keys.join(QStringLiteral(", ")));
    }

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    void fail(const QString &key, const QString &message, const QString &accepted = {})
    {
        m_issues.append({ at(key), message, accepted });
    }
    bool has(const QString &key) const { return m_obj.contains(key) && !m_obj.value(key).isNull(); }
    const QJsonObject &object() const { return m_obj; }

    std::optional<double> number(const QString &key, double min, double max, const QString &unit)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_obj.value(key);
        const QString range
            = fmt(min) + QStringLiteral(" … ") + fmt(max) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(key, DesignJson::tr("must be a number"), range);
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            fail(key, DesignJson::tr("is %1, out of range").arg(fmt(d)), range);
            return std::nullopt;
        }
        return d;
    }
    double number(const QString &key, double min, double max, const QString &unit, double fallback)
    {
        return number(key, min, max, unit).value_or(fallback);
    }
    std::optional<int> integer(const QString &key, int min, int max)
    {
        const auto d = number(key, min, max, {});
        if (!d)
            return std::nullopt;
        if (std::floor(*d) != *d) {
            fail(key, DesignJson::tr("must be a whole number"), QStringLiteral("%1 … %2").arg(min).arg(max));
            return std::nullopt;
        }
        return static_cast<int>(*d);
    }
    QString text(const QString &key, bool required = false)
    {
        if (!has(key)) {
            if (required)
                fail(key, DesignJson::tr("is missing"));
            return {};
        }
        if (!m_obj.value(key).isString()) {
            fail(key, DesignJson::tr("must be a text string"));
            return {};
        }
        return m_obj.value(key).toString();
    }
    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        if (!m_obj.value(key).isBool()) {
            fail(key, DesignJson::tr("must be true or false"));
            return fallback;
        }
        return m_obj.value(key).toBool();
    }
    QJsonObject child(const QString &key)
    {
        if (!has(key))
            return {};
        if (!m_obj.value(key).isObject()) {
            fail(key, DesignJson::tr("must be an object"));
            return {};
        }
        return m_obj.value(key).toObject();
    }
    QJsonArray array(const QString &key)
    {
        if (!has(key))
            return {};
        if (!m_obj.value(key).isArray()) {
            fail(key, DesignJson::tr("must be an array"));
            return {};
        }
        return m_obj.value(key).toArray();
    }

private:
    QJsonObject m_obj;
    QString m_path;
    QList<DesignIssue> &m_issues;
};

// The vehicle figures a design may override, with the unit in the key and the conversion.
struct OverrideField {
    const char *key;
    const char *unit;
    std::function<void(VehicleOverrides &, double, const Provenance &)> set;
    std::function<std::optional<std::pair<double, Provenance>>(const VehicleOverrides &)> get;
};

template<class Q>
std::optional<std::pair<double, Provenance>> readBack(const std::optional<Sourced<Q>> &o, double (*convert)(Q))
{
    if (!o)
        return std::nullopt;
    return std::make_pair(convert(o->value), o->provenance);
}

double identity(u::Dimensionless d)
{
    return d.value();
}

const std::vector<OverrideField> &overrideFields()
{
    static const std::vector<OverrideField> fields {
        { "gvw_kg", "kg",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.gvw = Sourced<u::Mass> { u::kilograms(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.gvw, &u::inKilograms); } },
        { "mass_in_running_order_kg", "kg",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.massInRunningOrder = Sourced<u::Mass> { u::kilograms(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.massInRunningOrder, &u::inKilograms); } },
        { "front_axle_limit_kg", "kg",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.frontAxleLimit = Sourced<u::Mass> { u::kilograms(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.frontAxleLimit, &u::inKilograms); } },
        { "rear_axle_limit_kg", "kg",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.rearAxleLimit = Sourced<u::Mass> { u::kilograms(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.rearAxleLimit, &u::inKilograms); } },
        { "unladen_front_axle_load_kg", "kg",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.unladenFrontAxleLoad = Sourced<u::Mass> { u::kilograms(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.unladenFrontAxleLoad, &u::inKilograms); } },
        { "wheelbase_mm", "mm",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.wheelbase = Sourced<u::Length> { u::millimetres(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.wheelbase, &u::inMillimetres); } },
        { "overall_length_mm", "mm",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.overallLength = Sourced<u::Length> { u::millimetres(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.overallLength, &u::inMillimetres); } },
        { "overall_width_mm", "mm",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.overallWidth = Sourced<u::Length> { u::millimetres(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.overallWidth, &u::inMillimetres); } },
        { "overall_height_mm", "mm",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.overallHeight = Sourced<u::Length> { u::millimetres(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.overallHeight, &u::inMillimetres); } },
        { "load_space_centre_from_front_axle_mm", "mm",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.loadSpaceCentreFromFrontAxle = Sourced<u::Length> { u::millimetres(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.loadSpaceCentreFromFrontAxle, &u::inMillimetres); } },
        { "frontal_area_m2", "m²",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.frontalArea = Sourced<u::Area> { u::squareMetres(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.frontalArea, &u::inSquareMetres); } },
        { "drag_coefficient", "",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.dragCoefficient = Sourced<u::Dimensionless> { u::ratio(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.dragCoefficient, &identity); } },
        { "rolling_resistance", "",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.rollingResistance = Sourced<u::Dimensionless> { u::ratio(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.rollingResistance, &identity); } },
        { "tyre_rolling_radius_mm", "mm",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.tyreRollingRadius = Sourced<u::Length> { u::millimetres(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.tyreRollingRadius, &u::inMillimetres); } },
        { "original_power_kw", "kW",
          [](VehicleOverrides &o, double v, const Provenance &p) {
              o.originalEnginePower = Sourced<u::Power> { u::kilowatts(v), p };
          },
          [](const VehicleOverrides &o) { return readBack(o.originalEnginePower, &u::inKilowatts); } },
    };
    return fields;
}

QStringList overrideKeys()
{
    QStringList keys;
    for (const auto &f : overrideFields())
        keys << QLatin1String(f.key);
    return keys;
}

std::vector<PlacedPart> readParts(const QJsonArray &array, const QString &path, QList<DesignIssue> &issues)
{
    std::vector<PlacedPart> parts;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!array.at(i).isObject()) {
            issues.append({ at, DesignJson::tr("must be an object"), {} });
            continue;
        }
        ObjectReader r(array.at(i).toObject(), at, issues,
                       { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("mass_kg"),
                         QStringLiteral("position_from_front_axle_mm") });
        PlacedPart p;
        p.id = r.text(QStringLiteral("id"), true).toStdString();
        p.name = r.text(QStringLiteral("name"), true).toStdString();
        const auto mass = r.number(QStringLiteral("mass_kg"), 0, 1000, QStringLiteral("kg"));
        const auto pos = r.number(QStringLiteral("position_from_front_axle_mm"), -2000, 8000, QStringLiteral("mm"));
        if (!mass)
            r.fail(QStringLiteral("mass_kg"), DesignJson::tr("is required"), QStringLiteral("0 … 1000 kg"));
        if (!pos)
            r.fail(QStringLiteral("position_from_front_axle_mm"), DesignJson::tr("is required"),
                   QStringLiteral("-2000 … 8000 mm"));
        p.mass = u::kilograms(mass.value_or(0));
        p.positionFromFrontAxle = u::millimetres(pos.value_or(0));
        parts.push_back(p);
    }
    return parts;
}

QJsonArray writeParts(const std::vector<PlacedPart> &parts)
{
    QJsonArray a;
    for (const auto &p : parts)
        a.append(QJsonObject {
            { QStringLiteral("id"), QString::fromStdString(p.id) },
            { QStringLiteral("name"), QString::fromStdString(p.name) },
            { QStringLiteral("mass_kg"), u::inKilograms(p.mass) },
            { QStringLiteral("position_from_front_axle_mm"), u::inMillimetres(p.positionFromFrontAxle) } });
    return a;
}

const QRegularExpression kIsoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));

void readVehicle(const QJsonObject &o, RetrofitDesign &d, QList<DesignIssue> &issues)
{
    ObjectReader r(o, QStringLiteral("vehicle"), issues,
                   { QStringLiteral("variant_id"), QStringLiteral("engine_id"), QStringLiteral("overrides"),
                     QStringLiteral("coast_down"), QStringLiteral("identity"), QStringLiteral("removed_parts") });
    d.variantId = r.text(QStringLiteral("variant_id"), true).toStdString();
    d.engineId = r.text(QStringLiteral("engine_id"), true).toStdString();

    ObjectReader ov(r.child(QStringLiteral("overrides")), QStringLiteral("vehicle.overrides"), issues, overrideKeys());
    for (const auto &field : overrideFields()) {
        const QString key = QLatin1String(field.key);
        if (!ov.has(key))
            continue;
        const QJsonValue v = ov.object().value(key);
        Provenance p { "user", Confidence::Vehicle, {} };
        QJsonValue value = v;
        if (v.isObject()) {
            ObjectReader q(v.toObject(), ov.at(key), issues,
                           { QStringLiteral("value"), QStringLiteral("source"), QStringLiteral("confidence"),
                             QStringLiteral("note") });
            value = v.toObject().value(QLatin1String("value"));
            p.sourceId = q.text(QStringLiteral("source"), true).toStdString();
            const QString conf = q.text(QStringLiteral("confidence"));
            if (!conf.isEmpty() && !confidenceFromCode(conf.toStdString(), p.confidence))
                q.fail(QStringLiteral("confidence"), DesignJson::tr("is not a confidence mark"),
                       QStringLiteral("A, B, C, E, R, V"));
            p.note = q.text(QStringLiteral("note")).toStdString();
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            ov.fail(key,
                    DesignJson::tr("must be a number (%1) or {value, source, confidence, note}")
                        .arg(QString::fromUtf8(field.unit)));
            continue;
        }
        field.set(d.overrides, value.toDouble(), p);
    }

    if (r.has(QStringLiteral("coast_down"))) {
        ObjectReader c(r.child(QStringLiteral("coast_down")), QStringLiteral("vehicle.coast_down"), issues,
                       { QStringLiteral("f0_n"), QStringLiteral("f1_n_per_kmh"), QStringLiteral("f2_n_per_kmh2"),
                         QStringLiteral("reference_mass_kg") });
        const auto f0 = c.number(QStringLiteral("f0_n"), 0, 5000, QStringLiteral("N"));
        const auto f1 = c.number(QStringLiteral("f1_n_per_kmh"), -50, 50, QStringLiteral("N/(km/h)"));
        const auto f2 = c.number(QStringLiteral("f2_n_per_kmh2"), 0, 1, QStringLiteral("N/(km/h)²"));
        const auto m = c.number(QStringLiteral("reference_mass_kg"), 500, 6000, QStringLiteral("kg"));
        if (f0 && f1 && f2 && m)
            d.coastDown = CoastDownOverride { u::newtons(*f0), newtonsPerKmh(*f1), newtonsPerKmhSquared(*f2),
                                              u::kilograms(*m) };
        else
            c.fail(QString(), DesignJson::tr("needs f0_n, f1_n_per_kmh, f2_n_per_kmh2 and reference_mass_kg"));
    }

    ObjectReader id(r.child(QStringLiteral("identity")), QStringLiteral("vehicle.identity"), issues,
                    { QStringLiteral("vin"), QStringLiteral("registration"), QStringLiteral("first_registration_date"),
                      QStringLiteral("category"), QStringLiteral("energy"), QStringLiteral("collector_vehicle"),
                      QStringLiteral("manufacturer_agreement"), QStringLiteral("national_genre"),
                      QStringLiteral("body_work"), QStringLiteral("registration_status"), QStringLiteral("seats") });
    d.identity.vin = id.text(QStringLiteral("vin")).trimmed().toUpper().toStdString();
    d.identity.registration = id.text(QStringLiteral("registration")).trimmed().toStdString();
    const QString date = id.text(QStringLiteral("first_registration_date")).trimmed();
    if (!date.isEmpty() && !kIsoDate.match(date).hasMatch())
        id.fail(QStringLiteral("first_registration_date"), DesignJson::tr("must be a date YYYY-MM-DD"));
    d.identity.firstRegistrationDate = date.toStdString();
    d.identity.category = id.text(QStringLiteral("category")).trimmed().toUpper().toStdString();
    if (id.has(QStringLiteral("energy")))
        d.identity.energy = id.text(QStringLiteral("energy")).trimmed().toUpper().toStdString();
    d.identity.collectorVehicle = id.boolean(QStringLiteral("collector_vehicle"), false);
    d.identity.manufacturerAgreement = id.boolean(QStringLiteral("manufacturer_agreement"), false);
    d.identity.nationalGenre = id.text(QStringLiteral("national_genre")).trimmed().toUpper().toStdString();
    d.identity.bodyWork = id.text(QStringLiteral("body_work")).trimmed().toUpper().toStdString();
    if (id.has(QStringLiteral("registration_status"))) {
        const QString status = id.text(QStringLiteral("registration_status"));
        RegistrationStatus parsed;
        if (!registrationStatusFromCode(status.toStdString(), parsed))
            id.fail(QStringLiteral("registration_status"), DesignJson::tr("is not a registration status"),
                    QStringLiteral("fr-definitive, fr-ww, fr-w, foreign"));
        d.identity.registrationStatus = status.toStdString();
    }
    d.identity.seats = id.integer(QStringLiteral("seats"), 1, 60);

    if (r.has(QStringLiteral("removed_parts")))
        d.removedParts
            = readParts(r.array(QStringLiteral("removed_parts")), QStringLiteral("vehicle.removed_parts"), issues);
}

void readKit(const QJsonObject &o, RetrofitDesign &d, QList<DesignIssue> &issues)
{
    ObjectReader r(o, QStringLiteral("kit"), issues,
                   { QStringLiteral("motor_id"), QStringLiteral("inverter_id"), QStringLiteral("reducer_id"),
                     QStringLiteral("reducer_ratio"), QStringLiteral("battery_module_id"),
                     QStringLiteral("modules_in_series"), QStringLiteral("strings_in_parallel"),
                     QStringLiteral("soc_min_percent"), QStringLiteral("soc_max_percent"), QStringLiteral("charger_id"),
                     QStringLiteral("dc_charging"), QStringLiteral("dcdc_id"), QStringLiteral("positions_mm"),
                     QStringLiteral("extra_parts"), QStringLiteral("aux"), QStringLiteral("regen"),
                     QStringLiteral("measured_modules"), QStringLiteral("module_acceptance"),
                     QStringLiteral("speed_limiter_kmh") });
    KitSelection &k = d.kit;
    if (const auto limiter = r.number(QStringLiteral("speed_limiter_kmh"), 20, 250, QStringLiteral("km/h")))
        k.speedLimiter = u::kilometresPerHour(*limiter);
    k.motorId = r.text(QStringLiteral("motor_id"), true).toStdString();
    k.inverterId = r.text(QStringLiteral("inverter_id"), true).toStdString();
    k.reducerId = r.text(QStringLiteral("reducer_id"), true).toStdString();
    k.reducerRatio = r.number(QStringLiteral("reducer_ratio"), 1, 20, {});
    k.batteryModuleId = r.text(QStringLiteral("battery_module_id"), true).toStdString();
    const auto series = r.integer(QStringLiteral("modules_in_series"), 1, 400);
    const auto parallel = r.integer(QStringLiteral("strings_in_parallel"), 1, 20);
    if (!r.has(QStringLiteral("modules_in_series")))
        r.fail(QStringLiteral("modules_in_series"), DesignJson::tr("is missing"), QStringLiteral("1 … 400"));
    if (!r.has(QStringLiteral("strings_in_parallel")))
        r.fail(QStringLiteral("strings_in_parallel"), DesignJson::tr("is missing"), QStringLiteral("1 … 20"));
    k.modulesInSeries = series.value_or(0);
    k.stringsInParallel = parallel.value_or(0);
    const double socMin = r.number(QStringLiteral("soc_min_percent"), 0, 50, QStringLiteral("%"), 5);
    const double socMax = r.number(QStringLiteral("soc_max_percent"), 50, 100, QStringLiteral("%"), 95);
    k.socMin = u::ratio(socMin / 100.0);
    k.socMax = u::ratio(socMax / 100.0);
    k.chargerId = r.text(QStringLiteral("charger_id"), true).toStdString();
    k.dcdcId = r.text(QStringLiteral("dcdc_id"), true).toStdString();
    if (r.has(QStringLiteral("dc_charging"))) {
        ObjectReader dc(r.child(QStringLiteral("dc_charging")), QStringLiteral("kit.dc_charging"), issues,
                        { QStringLiteral("power_kw"), QStringLiteral("current_limit_a") });
        const auto p = dc.number(QStringLiteral("power_kw"), 1, 400, QStringLiteral("kW"));
        const auto i = dc.number(QStringLiteral("current_limit_a"), 1, 1000, QStringLiteral("A"));
        if (p && i)
            k.dcCharging = DcChargingInput { u::kilowatts(*p), u::amperes(*i) };
        else
            dc.fail(QString(), DesignJson::tr("needs power_kw and current_limit_a"));
    }
    ObjectReader pos(r.child(QStringLiteral("positions_mm")), QStringLiteral("kit.positions_mm"), issues,
                     { QStringLiteral("motor"), QStringLiteral("inverter"), QStringLiteral("battery"),
                       QStringLiteral("charger"), QStringLiteral("dcdc") });
    auto position = [&](const char *key) -> std::optional<u::Length> {
        const auto v = pos.number(QLatin1String(key), -2000, 8000, QStringLiteral("mm"));
        return v ? std::optional<u::Length>(u::millimetres(*v)) : std::nullopt;
    };
    k.motorPosition = position("motor");
    k.inverterPosition = position("inverter");
    k.batteryPosition = position("battery");
    k.chargerPosition = position("charger");
    k.dcdcPosition = position("dcdc");
    k.extraParts = readParts(r.array(QStringLiteral("extra_parts")), QStringLiteral("kit.extra_parts"), issues);

    const QJsonArray measured = r.array(QStringLiteral("measured_modules"));
    for (int i = 0; i < measured.size(); ++i) {
        ObjectReader m(measured.at(i).toObject(), QStringLiteral("kit.measured_modules[%1]").arg(i), issues,
                       { QStringLiteral("serial"), QStringLiteral("capacity_ah"), QStringLiteral("resistance_mohm") });
        const QString serial = m.text(QStringLiteral("serial"), true);
        const auto ah = m.number(QStringLiteral("capacity_ah"), 0.1, 2000, QStringLiteral("Ah"));
        const auto mohm = m.number(QStringLiteral("resistance_mohm"), 0.01, 10000, QStringLiteral("mOhm"));
        if (!ah || !mohm)
            m.fail(QString(), DesignJson::tr("needs capacity_ah and resistance_mohm"));
        k.measuredModules.push_back(
            { serial.toStdString(), u::ampereHours(ah.value_or(0)), u::milliohms(mohm.value_or(0)) });
    }
    ObjectReader accept(r.child(QStringLiteral("module_acceptance")), QStringLiteral("kit.module_acceptance"), issues,
                        { QStringLiteral("max_capacity_spread_percent"),
                          QStringLiteral("max_resistance_spread_percent"), QStringLiteral("min_soh_percent") });
    k.moduleAcceptance.maxCapacitySpread
        = accept.number(QStringLiteral("max_capacity_spread_percent"), 0, 100, QStringLiteral("%"),
                        k.moduleAcceptance.maxCapacitySpread * 100)
        / 100;
    k.moduleAcceptance.maxResistanceSpread
        = accept.number(QStringLiteral("max_resistance_spread_percent"), 0, 1000, QStringLiteral("%"),
                        k.moduleAcceptance.maxResistanceSpread * 100)
        / 100;
    k.moduleAcceptance.minStateOfHealth = accept.number(QStringLiteral("min_soh_percent"), 0, 100, QStringLiteral("%"),
                                                        k.moduleAcceptance.minStateOfHealth * 100)
        / 100;

    ObjectReader aux(r.child(QStringLiteral("aux")), QStringLiteral("kit.aux"), issues,
                     { QStringLiteral("base_w"), QStringLiteral("hvac_w"), QStringLiteral("low_voltage_w") });
    k.aux.base = u::watts(aux.number(QStringLiteral("base_w"), 0, 10000, QStringLiteral("W"), u::inWatts(k.aux.base)));
    k.aux.hvac = u::watts(aux.number(QStringLiteral("hvac_w"), 0, 15000, QStringLiteral("W"), u::inWatts(k.aux.hvac)));
    k.aux.lowVoltage = u::watts(
        aux.number(QStringLiteral("low_voltage_w"), 0, 5000, QStringLiteral("W"), u::inWatts(k.aux.lowVoltage)));
    ObjectReader regen(r.child(QStringLiteral("regen")), QStringLiteral("kit.regen"), issues,
                       { QStringLiteral("max_power_kw"), QStringLiteral("fade_speed_kmh"),
                         QStringLiteral("recoverable_fraction"), QStringLiteral("cg_height_mm"),
                         QStringLiteral("tyre_road_adhesion") });
    k.regen.maxPower = u::kilowatts(
        regen.number(QStringLiteral("max_power_kw"), 0, 500, QStringLiteral("kW"), u::inKilowatts(k.regen.maxPower)));
    k.regen.fadeSpeed = u::kilometresPerHour(regen.number(
        QStringLiteral("fade_speed_kmh"), 0, 50, QStringLiteral("km/h"), u::inKilometresPerHour(k.regen.fadeSpeed)));
    k.regen.recoverableFraction
        = u::ratio(regen.number(QStringLiteral("recoverable_fraction"), 0, 1, {}, k.regen.recoverableFraction.value()));
    k.regen.cgHeight = u::millimetres(regen.number(QStringLiteral("cg_height_mm"), 200, 2500, QStringLiteral("mm"),
                                                   u::inMillimetres(k.regen.cgHeight)));
    k.regen.adhesion
        = u::ratio(regen.number(QStringLiteral("tyre_road_adhesion"), 0.1, 1.5, {}, k.regen.adhesion.value()));
}

void readOperation(const QJsonObject &o, RetrofitDesign &d, QList<DesignIssue> &issues)
{
    ObjectReader r(o, QStringLiteral("operation"), issues,
                   { QStringLiteral("payloads"), QStringLiteral("payload_position_mm"), QStringLiteral("ambient_c"),
                     QStringLiteral("altitude_m"), QStringLiteral("cycles") });
    OperationSettings &op = d.operation;
    const QJsonArray payloads = r.array(QStringLiteral("payloads"));
    for (int i = 0; i < payloads.size(); ++i) {
        ObjectReader p(payloads.at(i).toObject(), QStringLiteral("operation.payloads[%1]").arg(i), issues,
                       { QStringLiteral("name"), QStringLiteral("payload_kg") });
        const auto kg = p.number(QStringLiteral("payload_kg"), 0, 5000, QStringLiteral("kg"));
        if (!kg)
            p.fail(QStringLiteral("payload_kg"), DesignJson::tr("is required"), QStringLiteral("0 … 5000 kg"));
        op.payloads.push_back({ p.text(QStringLiteral("name"), true).toStdString(), u::kilograms(kg.value_or(0)) });
    }
    if (const auto pos = r.number(QStringLiteral("payload_position_mm"), 0, 8000, QStringLiteral("mm")))
        op.payloadPosition = u::millimetres(*pos);
    op.ambient
        = u::celsius(r.number(QStringLiteral("ambient_c"), -40, 50, QStringLiteral("°C"), u::inCelsius(op.ambient)));
    op.altitude = u::metres(r.number(QStringLiteral("altitude_m"), -500, 5000, QStringLiteral("m"), 0));
    if (r.has(QStringLiteral("cycles"))) {
        op.cycles.clear();
        for (const QJsonValue &v : r.array(QStringLiteral("cycles"))) {
            if (!v.isString() || v.toString().isEmpty())
                r.fail(QStringLiteral("cycles"), DesignJson::tr("must be an array of cycle ids or .csv paths"));
            else
                op.cycles.push_back(v.toString().toStdString());
        }
    }
}

void readRequirements(const QJsonObject &o, RetrofitDesign &d, QList<DesignIssue> &issues)
{
    ObjectReader r(o, QStringLiteral("requirements"), issues,
                   { QStringLiteral("top_speed_kmh"), QStringLiteral("hill_start_grade_percent"),
                     QStringLiteral("sustained_grade_percent"), QStringLiteral("sustained_grade_speed_kmh"),
                     QStringLiteral("acceleration_target_speed_kmh"), QStringLiteral("acceleration_max_time_s") });
    Requirements &q = d.requirements;
    q.topSpeed = u::kilometresPerHour(
        r.number(QStringLiteral("top_speed_kmh"), 40, 200, QStringLiteral("km/h"), u::inKilometresPerHour(q.topSpeed)));
    q.hillStartGradePercent
        = r.number(QStringLiteral("hill_start_grade_percent"), 0, 40, QStringLiteral("%"), q.hillStartGradePercent);
    q.sustainedGradePercent
        = r.number(QStringLiteral("sustained_grade_percent"), 0, 40, QStringLiteral("%"), q.sustainedGradePercent);
    q.sustainedGradeSpeed
        = u::kilometresPerHour(r.number(QStringLiteral("sustained_grade_speed_kmh"), 5, 150, QStringLiteral("km/h"),
                                        u::inKilometresPerHour(q.sustainedGradeSpeed)));
    q.accelerationTargetSpeed
        = u::kilometresPerHour(r.number(QStringLiteral("acceleration_target_speed_kmh"), 10, 150,
                                        QStringLiteral("km/h"), u::inKilometresPerHour(q.accelerationTargetSpeed)));
    q.accelerationMaxTime = u::seconds(r.number(QStringLiteral("acceleration_max_time_s"), 1, 60, QStringLiteral("s"),
                                                u::inSeconds(q.accelerationMaxTime)));
}

void readHomologation(const QJsonObject &o, RetrofitDesign &d, QList<DesignIssue> &issues)
{
    ObjectReader r(o, QStringLiteral("homologation"), issues,
                   { QStringLiteral("power_basis"), QStringLiteral("conversion_date"),
                     QStringLiteral("ac_dc_galvanically_connected"), QStringLiteral("ac_double_protection"),
                     QStringLiteral("dimensions_after_mm"), QStringLiteral("gvw_after_kg"),
                     QStringLiteral("installer_habilitation_valid_until"), QStringLiteral("evidence"),
                     QStringLiteral("wltp_optional_equipment_low_kg"),
                     QStringLiteral("wltp_optional_equipment_high_kg") });
    HomologationSettings &h = d.homologation;
    h.wltpOptionalEquipmentLow
        = u::kilograms(r.number(QStringLiteral("wltp_optional_equipment_low_kg"), 0, 2000, QStringLiteral("kg"), 0));
    h.wltpOptionalEquipmentHigh
        = u::kilograms(r.number(QStringLiteral("wltp_optional_equipment_high_kg"), 0, 2000, QStringLiteral("kg"),
                                u::inKilograms(h.wltpOptionalEquipmentLow)));
    if (h.wltpOptionalEquipmentHigh < h.wltpOptionalEquipmentLow)
        r.fail(QStringLiteral("wltp_optional_equipment_high_kg"),
               DesignJson::tr("must not be below wltp_optional_equipment_low_kg"));
    const QString basis = r.text(QStringLiteral("power_basis"));
    if (basis == QLatin1String("thirty-minute"))
        h.powerBasis = PowerBasis::ThirtyMinute;
    else if (basis == QLatin1String("peak"))
        h.powerBasis = PowerBasis::Peak;
    else if (!basis.isEmpty())
        r.fail(QStringLiteral("power_basis"), DesignJson::tr("is not a power basis"),
               QStringLiteral("peak, thirty-minute"));
    const QString date = r.text(QStringLiteral("conversion_date")).trimmed();
    if (!date.isEmpty() && !kIsoDate.match(date).hasMatch())
        r.fail(QStringLiteral("conversion_date"), DesignJson::tr("must be a date YYYY-MM-DD"));
    h.conversionDate = date.toStdString();
    h.acDcGalvanicallyConnected = r.boolean(QStringLiteral("ac_dc_galvanically_connected"), true);
    h.acDoubleProtection = r.boolean(QStringLiteral("ac_double_protection"), false);
    if (r.has(QStringLiteral("dimensions_after_mm"))) {
        ObjectReader dim(r.child(QStringLiteral("dimensions_after_mm")),
                         QStringLiteral("homologation.dimensions_after_mm"), issues,
                         { QStringLiteral("length"), QStringLiteral("width"), QStringLiteral("height"),
                           QStringLiteral("wheelbase") });
        const auto l = dim.number(QStringLiteral("length"), 3000, 12000, QStringLiteral("mm"));
        const auto w = dim.number(QStringLiteral("width"), 1500, 3000, QStringLiteral("mm"));
        const auto ht = dim.number(QStringLiteral("height"), 1500, 4500, QStringLiteral("mm"));
        const auto wb = dim.number(QStringLiteral("wheelbase"), 2000, 6000, QStringLiteral("mm"));
        if (l && w && ht && wb)
            h.dimensionsAfter
                = Dimensions { u::millimetres(*l), u::millimetres(*w), u::millimetres(*ht), u::millimetres(*wb) };
        else
            dim.fail(QString(), DesignJson::tr("needs length, width, height and wheelbase"));
    }
    if (const auto gvw = r.number(QStringLiteral("gvw_after_kg"), 1000, 12000, QStringLiteral("kg")))
        h.gvwAfter = u::kilograms(*gvw);
    const QString habilitation = r.text(QStringLiteral("installer_habilitation_valid_until")).trimmed();
    if (!habilitation.isEmpty() && !kIsoDate.match(habilitation).hasMatch())
        r.fail(QStringLiteral("installer_habilitation_valid_until"), DesignJson::tr("must be a date YYYY-MM-DD"));
    h.installerHabilitationValidUntil = habilitation.toStdString();
    const QJsonObject evidence = r.child(QStringLiteral("evidence"));
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        ObjectReader e(it.value().toObject(), QStringLiteral("homologation.evidence.") + it.key(), issues,
                       { QStringLiteral("provided"), QStringLiteral("measured_value"), QStringLiteral("test_current_a"),
                         QStringLiteral("note") });
        EvidenceRecord rec;
        rec.provided = e.boolean(QStringLiteral("provided"), false);
        rec.measuredValue = e.number(QStringLiteral("measured_value"), 0, 1e12, {});
        rec.testCurrent = e.number(QStringLiteral("test_current_a"), 0, 1000, QStringLiteral("A"));
        rec.note = e.text(QStringLiteral("note")).toStdString();
        h.evidence[it.key().toStdString()] = rec;
    }
}

} // namespace

DesignReadResult DesignJson::read(const QByteArray &json, KitPart kit)
{
    JsonEnvelope::Issue issue;
    const std::optional<QJsonObject> root = JsonEnvelope::parseObject(json, &issue);
    if (!root)
        return { std::nullopt, { { QStringLiteral("(file)"), issue.message, {} } } };
    return read(*root, kit);
}

DesignReadResult DesignJson::read(const QJsonObject &root, KitPart kit)
{
    DesignReadResult result;
    QList<DesignIssue> &issues = result.issues;
    ObjectReader r(root, QString(), issues,
                   { QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("name"),
                     QStringLiteral("vehicle"), QStringLiteral("kit"), QStringLiteral("operation"),
                     QStringLiteral("requirements"), QStringLiteral("homologation") });
    if (root.value(QLatin1String("format")).toString() != QLatin1String("remaster-design")) {
        r.fail(QStringLiteral("format"), tr("must be \"remaster-design\""));
        return result;
    }
    if (root.value(QLatin1String("format_version")).toInt(-1) != kFormatVersion) {
        r.fail(QStringLiteral("format_version"), tr("is not supported by this ReMaster"),
               QString::number(kFormatVersion));
        return result;
    }
    RetrofitDesign d;
    d.name = r.text(QStringLiteral("name")).toStdString();
    if (!r.has(QStringLiteral("vehicle")))
        r.fail(QStringLiteral("vehicle"), tr("is missing"));
    result.hasKit = r.has(QStringLiteral("kit"));
    if (!result.hasKit && kit == KitPart::Required)
        r.fail(QStringLiteral("kit"), tr("is missing"));
    readVehicle(r.child(QStringLiteral("vehicle")), d, issues);
    if (result.hasKit || kit == KitPart::Required)
        readKit(r.child(QStringLiteral("kit")), d, issues);
    readOperation(r.child(QStringLiteral("operation")), d, issues);
    readRequirements(r.child(QStringLiteral("requirements")), d, issues);
    readHomologation(r.child(QStringLiteral("homologation")), d, issues);
    if (issues.isEmpty())
        result.design = std::move(d);
    return result;
}

QJsonObject DesignJson::write(const RetrofitDesign &d)
{
    QJsonObject overrides;
    for (const auto &field : overrideFields()) {
        if (const auto v = field.get(d.overrides)) {
            QJsonObject o { { QStringLiteral("value"), v->first },
                            { QStringLiteral("source"), QString::fromStdString(v->second.sourceId) },
                            { QStringLiteral("confidence"), QLatin1String(confidenceCode(v->second.confidence)) } };
            if (!v->second.note.empty())
                o.insert(QStringLiteral("note"), QString::fromStdString(v->second.note));
            overrides.insert(QLatin1String(field.key), o);
        }
    }
    QJsonObject vehicle {
        { QStringLiteral("variant_id"), QString::fromStdString(d.variantId) },
        { QStringLiteral("engine_id"), QString::fromStdString(d.engineId) },
        { QStringLiteral("overrides"), overrides },
        { QStringLiteral("identity"),
          QJsonObject {
              { QStringLiteral("vin"), QString::fromStdString(d.identity.vin) },
              { QStringLiteral("registration"), QString::fromStdString(d.identity.registration) },
              { QStringLiteral("first_registration_date"), QString::fromStdString(d.identity.firstRegistrationDate) },
              { QStringLiteral("category"), QString::fromStdString(d.identity.category) },
              { QStringLiteral("energy"), QString::fromStdString(d.identity.energy) },
              { QStringLiteral("collector_vehicle"), d.identity.collectorVehicle },
              { QStringLiteral("manufacturer_agreement"), d.identity.manufacturerAgreement },
              { QStringLiteral("national_genre"), QString::fromStdString(d.identity.nationalGenre) },
              { QStringLiteral("body_work"), QString::fromStdString(d.identity.bodyWork) },
              { QStringLiteral("registration_status"), QString::fromStdString(d.identity.registrationStatus) } } }
    };
    if (d.identity.seats) {
        QJsonObject identity = vehicle.value(QLatin1String("identity")).toObject();
        identity.insert(QStringLiteral("seats"), *d.identity.seats);
        vehicle.insert(QStringLiteral("identity"), identity);
    }
    if (d.coastDown)
        vehicle.insert(
            QStringLiteral("coast_down"),
            QJsonObject { { QStringLiteral("f0_n"), u::inNewtons(d.coastDown->f0) },
                          { QStringLiteral("f1_n_per_kmh"), inNewtonsPerKmh(d.coastDown->f1) },
                          { QStringLiteral("f2_n_per_kmh2"), inNewtonsPerKmhSquared(d.coastDown->f2) },
                          { QStringLiteral("reference_mass_kg"), u::inKilograms(d.coastDown->referenceMass) } });
    if (d.removedParts)
        vehicle.insert(QStringLiteral("removed_parts"), writeParts(*d.removedParts));

    const KitSelection &k = d.kit;
    QJsonObject kit { { QStringLiteral("motor_id"), QString::fromStdString(k.motorId) },
                      { QStringLiteral("inverter_id"), QString::fromStdString(k.inverterId) },
                      { QStringLiteral("reducer_id"), QString::fromStdString(k.reducerId) },
                      { QStringLiteral("battery_module_id"), QString::fromStdString(k.batteryModuleId) },
                      { QStringLiteral("modules_in_series"), k.modulesInSeries },
                      { QStringLiteral("strings_in_parallel"), k.stringsInParallel },
                      { QStringLiteral("soc_min_percent"), k.socMin.value() * 100.0 },
                      { QStringLiteral("soc_max_percent"), k.socMax.value() * 100.0 },
                      { QStringLiteral("charger_id"), QString::fromStdString(k.chargerId) },
                      { QStringLiteral("dcdc_id"), QString::fromStdString(k.dcdcId) },
                      { QStringLiteral("extra_parts"), writeParts(k.extraParts) },
                      { QStringLiteral("aux"),
                        QJsonObject { { QStringLiteral("base_w"), u::inWatts(k.aux.base) },
                                      { QStringLiteral("hvac_w"), u::inWatts(k.aux.hvac) },
                                      { QStringLiteral("low_voltage_w"), u::inWatts(k.aux.lowVoltage) } } },
                      { QStringLiteral("regen"),
                        QJsonObject { { QStringLiteral("max_power_kw"), u::inKilowatts(k.regen.maxPower) },
                                      { QStringLiteral("fade_speed_kmh"), u::inKilometresPerHour(k.regen.fadeSpeed) },
                                      { QStringLiteral("recoverable_fraction"), k.regen.recoverableFraction.value() },
                                      { QStringLiteral("cg_height_mm"), u::inMillimetres(k.regen.cgHeight) },
                                      { QStringLiteral("tyre_road_adhesion"), k.regen.adhesion.value() } } } };
    if (k.reducerRatio)
        kit.insert(QStringLiteral("reducer_ratio"), *k.reducerRatio);
    if (k.speedLimiter)
        kit.insert(QStringLiteral("speed_limiter_kmh"), u::inKilometresPerHour(*k.speedLimiter));
    if (!k.measuredModules.empty()) {
        QJsonArray measured;
        for (const auto &m : k.measuredModules)
            measured.append(QJsonObject { { QStringLiteral("serial"), QString::fromStdString(m.serial) },
                                          { QStringLiteral("capacity_ah"), u::inAmpereHours(m.capacity) },
                                          { QStringLiteral("resistance_mohm"), u::inMilliohms(m.resistance) } });
        kit.insert(QStringLiteral("measured_modules"), measured);
        kit.insert(
            QStringLiteral("module_acceptance"),
            QJsonObject {
                { QStringLiteral("max_capacity_spread_percent"), k.moduleAcceptance.maxCapacitySpread * 100 },
                { QStringLiteral("max_resistance_spread_percent"), k.moduleAcceptance.maxResistanceSpread * 100 },
                { QStringLiteral("min_soh_percent"), k.moduleAcceptance.minStateOfHealth * 100 } });
    }
    if (k.dcCharging)
        kit.insert(QStringLiteral("dc_charging"),
                   QJsonObject { { QStringLiteral("power_kw"), u::inKilowatts(k.dcCharging->power) },
                                 { QStringLiteral("current_limit_a"), u::inAmperes(k.dcCharging->currentLimit) } });
    QJsonObject positions;
    auto putPosition = [&](const char *key, const std::optional<u::Length> &p) {
        if (p)
            positions.insert(QLatin1String(key), u::inMillimetres(*p));
    };
    putPosition("motor", k.motorPosition);
    putPosition("inverter", k.inverterPosition);
    putPosition("battery", k.batteryPosition);
    putPosition("charger", k.chargerPosition);
    putPosition("dcdc", k.dcdcPosition);
    if (!positions.isEmpty())
        kit.insert(QStringLiteral("positions_mm"), positions);

    QJsonArray payloads;
    for (const auto &p : d.operation.payloads)
        payloads.append(QJsonObject { { QStringLiteral("name"), QString::fromStdString(p.name) },
                                      { QStringLiteral("payload_kg"), u::inKilograms(p.payload) } });
    QJsonArray cycles;
    for (const auto &c : d.operation.cycles)
        cycles.append(QString::fromStdString(c));
    QJsonObject operation { { QStringLiteral("ambient_c"), u::inCelsius(d.operation.ambient) },
                            { QStringLiteral("altitude_m"), u::inMetres(d.operation.altitude) },
                            { QStringLiteral("cycles"), cycles } };
    if (!payloads.isEmpty())
        operation.insert(QStringLiteral("payloads"), payloads);
    if (d.operation.payloadPosition)
        operation.insert(QStringLiteral("payload_position_mm"), u::inMillimetres(*d.operation.payloadPosition));

    const Requirements &q = d.requirements;
    const QJsonObject requirements {
        { QStringLiteral("top_speed_kmh"), u::inKilometresPerHour(q.topSpeed) },
        { QStringLiteral("hill_start_grade_percent"), q.hillStartGradePercent },
        { QStringLiteral("sustained_grade_percent"), q.sustainedGradePercent },
        { QStringLiteral("sustained_grade_speed_kmh"), u::inKilometresPerHour(q.sustainedGradeSpeed) },
        { QStringLiteral("acceleration_target_speed_kmh"), u::inKilometresPerHour(q.accelerationTargetSpeed) },
        { QStringLiteral("acceleration_max_time_s"), u::inSeconds(q.accelerationMaxTime) }
    };

    QJsonObject evidence;
    for (const auto &[id, rec] : d.homologation.evidence) {
        QJsonObject e { { QStringLiteral("provided"), rec.provided } };
        if (rec.measuredValue)
            e.insert(QStringLiteral("measured_value"), *rec.measuredValue);
        if (rec.testCurrent)
            e.insert(QStringLiteral("test_current_a"), *rec.testCurrent);
        if (!rec.note.empty())
            e.insert(QStringLiteral("note"), QString::fromStdString(rec.note));
        evidence.insert(QString::fromStdString(id), e);
    }
    QJsonObject homologation {
        { QStringLiteral("conversion_date"), QString::fromStdString(d.homologation.conversionDate) },
        { QStringLiteral("ac_dc_galvanically_connected"), d.homologation.acDcGalvanicallyConnected },
        { QStringLiteral("ac_double_protection"), d.homologation.acDoubleProtection },
        { QStringLiteral("evidence"), evidence }
    };
    if (d.homologation.wltpOptionalEquipmentLow > u::kilograms(0.0)
        || d.homologation.wltpOptionalEquipmentHigh > u::kilograms(0.0)) {
        homologation.insert(QStringLiteral("wltp_optional_equipment_low_kg"),
                            u::inKilograms(d.homologation.wltpOptionalEquipmentLow));
        homologation.insert(QStringLiteral("wltp_optional_equipment_high_kg"),
                            u::inKilograms(d.homologation.wltpOptionalEquipmentHigh));
    }
    if (d.homologation.powerBasis)
        homologation.insert(QStringLiteral("power_basis"), QLatin1String(powerBasisCode(*d.homologation.powerBasis)));
    if (d.homologation.dimensionsAfter)
        homologation.insert(
            QStringLiteral("dimensions_after_mm"),
            QJsonObject {
                { QStringLiteral("length"), u::inMillimetres(d.homologation.dimensionsAfter->length) },
                { QStringLiteral("width"), u::inMillimetres(d.homologation.dimensionsAfter->width) },
                { QStringLiteral("height"), u::inMillimetres(d.homologation.dimensionsAfter->height) },
                { QStringLiteral("wheelbase"), u::inMillimetres(d.homologation.dimensionsAfter->wheelbase) } });
    if (d.homologation.gvwAfter)
        homologation.insert(QStringLiteral("gvw_after_kg"), u::inKilograms(*d.homologation.gvwAfter));
    if (!d.homologation.installerHabilitationValidUntil.empty())
        homologation.insert(QStringLiteral("installer_habilitation_valid_until"),
                            QString::fromStdString(d.homologation.installerHabilitationValidUntil));

    return { { QStringLiteral("format"), QStringLiteral("remaster-design") },
             { QStringLiteral("format_version"), kFormatVersion },
             { QStringLiteral("name"), QString::fromStdString(d.name) },
             { QStringLiteral("vehicle"), vehicle },
             { QStringLiteral("kit"), kit },
             { QStringLiteral("operation"), operation },
             { QStringLiteral("requirements"), requirements },
             { QStringLiteral("homologation"), homologation } };
}

QList<DesignIssue> DesignJson::fromInputError(const InputError &error)
{
    QList<DesignIssue> issues;
    for (const auto &e : error.errors()) {
        QString message = QCoreApplication::translate("Model", e.message.c_str());
        if (!e.actual.empty())
            message += QStringLiteral(": ") + QString::fromStdString(e.actual);
        issues.append({ QString::fromStdString(e.field), message, QString::fromStdString(e.acceptedRange) });
    }
    return issues;
}

} // namespace remaster::storage
