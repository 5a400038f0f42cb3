#include "evaluationjson.h"

#include "checkjson.h"
#include "model/design_check.h"

#include <QJsonArray>

#include <cmath>

namespace remaster::storage {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

// JSON has no infinity; an unreachable target (e.g. 0–50 km/h never reached) is null.
QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double kwh(u::Energy e)
{
    return u::inKilowattHours(e);
}

QJsonObject requirement(const RequirementCheck &c)
{
    return { { QStringLiteral("id"), QString::fromStdString(c.id) },
             { QStringLiteral("required_wheel_torque_nm"), finite(u::inNewtonMetres(c.requiredWheelTorque)) },
             { QStringLiteral("available_wheel_torque_nm"), finite(u::inNewtonMetres(c.availableWheelTorque)) },
             { QStringLiteral("required_wheel_power_kw"), finite(u::inKilowatts(c.requiredWheelPower)) },
             { QStringLiteral("available_wheel_power_kw"), finite(u::inKilowatts(c.availableWheelPower)) },
             { QStringLiteral("margin_percent"), finite(c.marginPercent) },
             { QStringLiteral("pass"), c.pass } };
}

QJsonObject window(const VoltageWindowCheck &w)
{
    return { { QStringLiteral("against"), QString::fromStdString(w.against) },
             { QStringLiteral("pack_empty_v"), u::inVolts(w.packEmpty) },
             { QStringLiteral("pack_nominal_v"), u::inVolts(w.packNominal) },
             { QStringLiteral("pack_full_v"), u::inVolts(w.packFull) },
             { QStringLiteral("range_min_v"), u::inVolts(w.rangeMin) },
             { QStringLiteral("range_max_v"), u::inVolts(w.rangeMax) },
             { QStringLiteral("problem"), QString::fromStdString(w.problem) },
             { QStringLiteral("pass"), w.pass } };
}

QJsonObject charge(const ChargeTimeEstimate &c)
{
    return { { QStringLiteral("duration_10_to_80_h"), finite(u::inSeconds(c.duration) / 3600.0) },
             { QStringLiteral("into_pack_kwh"), kwh(c.intoPack) },
             { QStringLiteral("from_grid_kwh"), kwh(c.fromGrid) } };
}

QJsonObject energy(const EnergyResult &e)
{
    return { { QStringLiteral("distance_km"), u::inKilometres(e.distance) },
             { QStringLiteral("duration_s"), u::inSeconds(e.duration) },
             { QStringLiteral("traction_at_wheel_kwh"), kwh(e.tractionAtWheel) },
             { QStringLiteral("regenerated_kwh"), kwh(e.regenerated) },
             { QStringLiteral("friction_braking_kwh"), kwh(e.frictionBraking) },
             { QStringLiteral("losses_kwh"),
               QJsonObject { { QStringLiteral("gear"), kwh(e.gearLoss) },
                             { QStringLiteral("motor"), kwh(e.motorLoss) },
                             { QStringLiteral("inverter"), kwh(e.inverterLoss) },
                             { QStringLiteral("battery"), kwh(e.batteryLoss) } } },
             { QStringLiteral("aux_kwh"), kwh(e.aux) },
             { QStringLiteral("battery_energy_kwh"), kwh(e.batteryNet) },
             { QStringLiteral("plug_energy_kwh"), kwh(e.plug) },
             { QStringLiteral("consumption_wh_per_km"), finite(inWattHoursPerKilometre(e.batteryPerDistance)) },
             { QStringLiteral("plug_consumption_wh_per_km"), finite(inWattHoursPerKilometre(e.plugPerDistance)) },
             { QStringLiteral("range_km"), finite(u::inKilometres(e.range)) } };
}

// The wheel torque/power envelope and the demand lines at GVW, for charts in documents.
QJsonObject envelope(const WheelEnvelope &e)
{
    auto speeds = [](const std::vector<u::Velocity> &v) {
        QJsonArray a;
        for (const auto &x : v)
            a.append(u::inKilometresPerHour(x));
        return a;
    };
    auto torques = [](const std::vector<u::Torque> &v) {
        QJsonArray a;
        for (const auto &x : v)
            a.append(u::inNewtonMetres(x));
        return a;
    };
    auto powers = [](const std::vector<u::Power> &v) {
        QJsonArray a;
        for (const auto &x : v)
            a.append(u::inKilowatts(x));
        return a;
    };
    QJsonArray demand;
    for (const auto &d : e.demand)
        demand.append(QJsonObject { { QStringLiteral("grade_percent"), d.gradePercent },
                                    { QStringLiteral("wheel_torque_nm"), torques(d.wheelTorque) },
                                    { QStringLiteral("wheel_power_kw"), powers(d.wheelPower) } });
    return { { QStringLiteral("speed_kmh"), speeds(e.speed) },
             { QStringLiteral("peak_wheel_torque_nm"), torques(e.peakWheelTorque) },
             { QStringLiteral("continuous_wheel_torque_nm"), torques(e.continuousWheelTorque) },
             { QStringLiteral("peak_wheel_power_kw"), powers(e.peakWheelPower) },
             { QStringLiteral("continuous_wheel_power_kw"), powers(e.continuousWheelPower) },
             { QStringLiteral("demand"), demand } };
}

const char *limitName(std::size_t i)
{
    static const char *names[] = { "motor-torque", "motor-power", "motor-speed", "battery-power" };
    return i < 4 ? names[i] : "other";
}

QJsonObject pevTest(const wltp::PevTestResult &t, u::Mass testMass, u::Length cycleDistance,
                    const wltp::Downscaling &dsc)
{
    auto procedure = [&](EnergyPerLength ecDc, u::Length aer, EnergyPerLength ecAc) {
        return QJsonObject { { QStringLiteral("ec_dc_wh_per_km"), finite(inWattHoursPerKilometre(ecDc)) },
                             { QStringLiteral("range_km"), finite(u::inKilometres(aer)) },
                             { QStringLiteral("ec_ac_wh_per_km"), finite(inWattHoursPerKilometre(ecAc)) } };
    };
    return { { QStringLiteral("test_mass_kg"), u::inKilograms(testMass) },
             { QStringLiteral("cycle_distance_km"), finite(u::inKilometres(cycleDistance)) },
             { QStringLiteral("downscaling"),
               QJsonObject { { QStringLiteral("required_power_kw"), finite(dsc.requiredPowerKw) },
                             { QStringLiteral("r_max"), finite(dsc.rMax) },
                             { QStringLiteral("factor"), dsc.factor },
                             { QStringLiteral("applied"), dsc.applied } } },
             { QStringLiteral("complete_cycles"), t.completeCycles },
             { QStringLiteral("usable_battery_energy_kwh"), finite(u::inKilowattHours(t.usableBatteryEnergy)) },
             { QStringLiteral("recharged_energy_ac_kwh"), finite(u::inKilowattHours(t.rechargedEnergy)) },
             { QStringLiteral("distance_to_break_off_km"), finite(u::inKilometres(t.distanceToBreakOff)) },
             { QStringLiteral("k1"), finite(t.k1) },
             { QStringLiteral("followed_trace"), t.followedTrace },
             // Published figures come from the shortened test procedure; the CCP beside it.
             { QStringLiteral("stp"), procedure(t.ecDcStp, t.aerStp, t.ecAcStp) },
             { QStringLiteral("ccp"), procedure(t.ecDcCcp, t.aerCcp, t.ecAcCcp) },
             { QStringLiteral("ec_ac_wh_per_km"), finite(inWattHoursPerKilometre(t.ecAcStp)) },
             { QStringLiteral("ec_dc_wh_per_km"), finite(inWattHoursPerKilometre(t.ecDcStp)) },
             { QStringLiteral("range_km"), finite(u::inKilometres(t.aerStp)) } };
}

QJsonObject writeWltp(const WltpEvaluation &w)
{
    return { { QStringLiteral("method"),
               QStringLiteral("UN GTR 15 / Reg. (EU) 2017/1151 Annex XXI: PEV Type 1 test, shortened test "
                              "procedure (Sub-Annex 8 §3.4.4.2), consecutive cycles alongside") },
             { QStringLiteral("category"), QLatin1String(w.category == wltp::Category::M1 ? "M1" : "N1") },
             { QStringLiteral("load_share"), w.testMasses.loadShare },
             { QStringLiteral("tm_l_kg"), u::inKilograms(w.testMasses.low) },
             { QStringLiteral("tm_h_kg"), u::inKilograms(w.testMasses.high) },
             { QStringLiteral("cycle_id"), QString::fromStdString(w.cycleId) },
             { QStringLiteral("rated_power_kw"), u::inKilowatts(w.ratedPower) },
             { QStringLiteral("maximum_speed_kmh"), finite(u::inKilometresPerHour(w.maximumSpeed)) },
             { QStringLiteral("air_density_kg_per_m3"), w.airDensity.value() },
             { QStringLiteral("capped_speed"),
               QJsonObject { { QStringLiteral("applied"), w.cappedSpeed.applied },
                             { QStringLiteral("cap_kmh"),
                               w.cappedSpeed.applied ? QJsonValue(u::inKilometresPerHour(w.cappedSpeed.cap))
                                                     : QJsonValue(QJsonValue::Null) },
                             { QStringLiteral("added_seconds"), w.cappedSpeed.addedSeconds } } },
             { QStringLiteral("downscaling_factor"), w.downscalingHigh.factor },
             { QStringLiteral("low"), pevTest(w.low, w.testMasses.low, w.cycleDistanceLow, w.downscalingLow) },
             { QStringLiteral("high"), pevTest(w.high, w.testMasses.high, w.cycleDistanceHigh, w.downscalingHigh) },
             { QStringLiteral("ec_ac_wh_per_km"), finite(inWattHoursPerKilometre(w.high.ecAcStp)) },
             { QStringLiteral("range_km"), finite(u::inKilometres(w.low.aerStp)) } };
}

} // namespace

QJsonObject EvaluationJson::write(const RetrofitDesign &design, const DesignEvaluation &ev, const CatalogSet &catalog)
{
    const EvaluationResult &r = ev.result;
    const RetrofitDesignInput &in = ev.resolved.input;
    const MotorSizingResult &m = r.motor;
    const BatterySizingResult &b = r.battery;

    QJsonArray cycles;
    for (const auto &c : r.cycles) {
        QJsonObject o = energy(c.simulation.total);
        o.insert(QStringLiteral("cycle_id"), QString::fromStdString(c.cycleId));
        o.insert(QStringLiteral("payload"), QString::fromStdString(c.payload));
        o.insert(QStringLiteral("test_mass_kg"), u::inKilograms(c.testMass));
        o.insert(QStringLiteral("followed_trace"), c.simulation.followedTrace);
        o.insert(QStringLiteral("final_soc_percent"), c.simulation.finalSoc.value() * 100.0);
        QJsonArray shortfalls;
        for (std::size_t i = 0; i < c.simulation.shortfalls.size(); ++i) {
            const auto &s = c.simulation.shortfalls[i];
            if (!s.occurred())
                continue;
            shortfalls.append(QJsonObject {
                { QStringLiteral("limit"), QLatin1String(limitName(i)) },
                { QStringLiteral("seconds"), s.seconds },
                { QStringLiteral("largest_wheel_torque_nm"), u::inNewtonMetres(s.maxWheelTorqueShortfall) },
                { QStringLiteral("largest_power_kw"), u::inKilowatts(s.maxPowerShortfall) },
                { QStringLiteral("first_time_s"), u::inSeconds(s.firstTime) } });
        }
        o.insert(QStringLiteral("shortfalls"), shortfalls);
        QJsonArray phases;
        for (const auto &p : c.simulation.phases) {
            QJsonObject po = energy(p.energy);
            po.insert(QStringLiteral("name"), QString::fromStdString(p.name));
            phases.append(po);
        }
        o.insert(QStringLiteral("phases"), phases);
        cycles.append(o);
    }

    QJsonArray warnings;
    for (const auto &w : r.warnings)
        warnings.append(QString::fromStdString(w));

    const QJsonObject vehicle {
        { QStringLiteral("variant_id"), QString::fromStdString(ev.resolved.variant.id) },
        { QStringLiteral("variant_label"), QString::fromStdString(ev.resolved.variant.label) },
        { QStringLiteral("engine_id"), QString::fromStdString(ev.resolved.engine.id) },
        { QStringLiteral("engine_label"), QString::fromStdString(ev.resolved.engine.label) },
        { QStringLiteral("overrides_applied"), static_cast<int>(design.overrides.count()) },
        { QStringLiteral("original_power_kw"), u::inKilowatts(in.vehicle.originalEnginePower) },
        { QStringLiteral("gvw_kg"), u::inKilograms(in.vehicle.gvw) },
        { QStringLiteral("original_mass_in_running_order_kg"), u::inKilograms(in.vehicle.originalMassInRunningOrder) },
        { QStringLiteral("removed_mass_kg"), u::inKilograms(in.vehicle.removedMass) },
        { QStringLiteral("kit_mass_kg"), u::inKilograms(r.kitMass) },
        { QStringLiteral("converted_mass_in_running_order_kg"), u::inKilograms(r.convertedMassInRunningOrder) },
        { QStringLiteral("mass_change_percent"), (r.massChangeRatio.value() - 1.0) * 100.0 },
        { QStringLiteral("air_density_kg_per_m3"), r.airDensity.value() }
    };

    const QJsonObject motor {
        { QStringLiteral("motor_id"), QString::fromStdString(in.kit.motor.info.id) },
        { QStringLiteral("motor_label"), QString::fromStdString(in.kit.motor.info.label) },
        // The other kit parts by name, for documents (their ids are in the design's kit).
        { QStringLiteral("inverter_label"), QString::fromStdString(in.kit.inverter.info.label) },
        { QStringLiteral("charger_label"), QString::fromStdString(in.kit.charger.info.label) },
        { QStringLiteral("dcdc_label"), QString::fromStdString(in.kit.dcdc.info.label) },
        { QStringLiteral("reducer_ratio"), in.kit.reducerRatio.value() },
        { QStringLiteral("requirements"),
          QJsonArray { requirement(m.hillStart), requirement(m.sustainedGrade), requirement(m.topSpeed),
                       requirement(m.acceleration) } },
        { QStringLiteral("reachable_top_speed_kmh"), finite(u::inKilometresPerHour(m.reachableTopSpeed)) },
        { QStringLiteral("speed_limited_top_speed_kmh"), finite(u::inKilometresPerHour(m.speedLimitedTopSpeed)) },
        { QStringLiteral("power_limited_top_speed_kmh"), finite(u::inKilometresPerHour(m.powerLimitedTopSpeed)) },
        { QStringLiteral("acceleration_time_s"), finite(u::inSeconds(m.accelerationTime)) },
        { QStringLiteral("ratio_range"),
          QJsonObject { { QStringLiteral("min"), finite(m.ratioRange.minimum.value()) },
                        { QStringLiteral("max"), finite(m.ratioRange.maximum.value()) },
                        { QStringLiteral("feasible"), m.ratioRange.feasible } } },
        { QStringLiteral("power_window"),
          QJsonObject { { QStringLiteral("basis"), QLatin1String(powerBasisCode(m.powerWindow.basis)) },
                        { QStringLiteral("electric_kw"), u::inKilowatts(m.powerWindow.electric) },
                        { QStringLiteral("original_kw"), u::inKilowatts(m.powerWindow.original) },
                        { QStringLiteral("lower_kw"), u::inKilowatts(m.powerWindow.lower) },
                        { QStringLiteral("upper_kw"), u::inKilowatts(m.powerWindow.upper) },
                        { QStringLiteral("ratio_percent"), m.powerWindow.ratio * 100.0 },
                        { QStringLiteral("pass"), m.powerWindow.pass } } },
        { QStringLiteral("envelope"), envelope(m.envelope) },
        { QStringLiteral("pass"), m.pass() }
    };

    QJsonObject battery { { QStringLiteral("module_id"), QString::fromStdString(in.kit.module.info.id) },
                          { QStringLiteral("module_label"), QString::fromStdString(in.kit.module.info.label) },
                          { QStringLiteral("modules_in_series"), in.kit.modulesInSeries },
                          { QStringLiteral("strings_in_parallel"), in.kit.stringsInParallel },
                          { QStringLiteral("inverter_window"), window(b.inverterWindow) },
                          { QStringLiteral("motor_window"), window(b.motorWindow) },
                          { QStringLiteral("gross_energy_kwh"), kwh(b.grossEnergy) },
                          { QStringLiteral("usable_energy_kwh"), kwh(b.usableEnergy) },
                          { QStringLiteral("mass_kg"), u::inKilograms(b.mass) },
                          { QStringLiteral("volume_l"), u::inLitres(b.volume) },
                          { QStringLiteral("capacity_ah"), u::inAmpereHours(b.capacity) },
                          { QStringLiteral("resistance_mohm"), u::inMilliohms(b.resistance) },
                          { QStringLiteral("peak_discharge_kw_at_min_soc"), u::inKilowatts(b.peakDischargeAtMinSoc) },
                          { QStringLiteral("peak_discharge_kw_at_mid_soc"), u::inKilowatts(b.peakDischargeAtMidSoc) },
                          { QStringLiteral("peak_regen_kw_at_mid_soc"), u::inKilowatts(b.peakRegenAtMidSoc) },
                          { QStringLiteral("discharge_pass"), b.dischargePass },
                          { QStringLiteral("regen_pass"), b.regenPass },
                          { QStringLiteral("charge_ac"), charge(b.acCharge) },
                          { QStringLiteral("pass"), b.pass() } };
    if (b.dcCharge)
        battery.insert(QStringLiteral("charge_dc"), charge(*b.dcCharge));
    if (const auto &sl = ev.resolved.secondLife) {
        QJsonArray strings;
        for (const auto &st : sl->strings) {
            QJsonArray serials;
            for (int index : st.modules)
                serials.append(
                    QString::fromStdString(design.kit.measuredModules[static_cast<std::size_t>(index)].serial));
            strings.append(QJsonObject { { QStringLiteral("modules"), serials },
                                         { QStringLiteral("capacity_ah"), u::inAmpereHours(st.capacity) },
                                         { QStringLiteral("capacity_spread_percent"), st.capacitySpread * 100 },
                                         { QStringLiteral("resistance_spread_percent"), st.resistanceSpread * 100 },
                                         { QStringLiteral("min_state_of_health_percent"), st.minStateOfHealth * 100 },
                                         { QStringLiteral("pass"), st.pass() } });
        }
        QJsonArray leftover;
        for (int index : sl->leftover)
            leftover.append(QString::fromStdString(design.kit.measuredModules[static_cast<std::size_t>(index)].serial));
        battery.insert(QStringLiteral("second_life"),
                       QJsonObject { { QStringLiteral("strings"), strings },
                                     { QStringLiteral("leftover"), leftover },
                                     { QStringLiteral("pack_capacity_ah"), u::inAmpereHours(sl->packCapacity) },
                                     { QStringLiteral("pass"), sl->pass() } });
    }

    // The mass sheet needs no registration data, so every evaluation carries it.
    QJsonValue massBalance(QJsonValue::Null);
    try {
        massBalance = CheckJson::writeMassBalance(designMassBalance(design, ev.resolved));
    } catch (const InputError &) {
        // A sheet whose van would tip is reported by `check`; the evaluation stays usable.
    }

    static const char *classNames[] = { "1", "2", "3a", "3b" };
    QJsonValue wltpBlock(QJsonValue::Null);
    if (r.wltp)
        wltpBlock = writeWltp(*r.wltp);
    const int cls = static_cast<int>(r.wltc.wltcClass);
    return { { QStringLiteral("format"), QStringLiteral("remaster-evaluation") },
             { QStringLiteral("format_version"), kFormatVersion },
             { QStringLiteral("design_name"), QString::fromStdString(design.name) },
             { QStringLiteral("catalog_versions"),
               QJsonObject { { QStringLiteral("vehicles"), QString::fromStdString(catalog.vehiclesVersion) },
                             { QStringLiteral("components"), QString::fromStdString(catalog.componentsVersion) } } },
             { QStringLiteral("vehicle"), vehicle },
             { QStringLiteral("wltc"),
               QJsonObject { { QStringLiteral("class"), QLatin1String(cls >= 0 && cls < 4 ? classNames[cls] : "?") },
                             { QStringLiteral("pmr_w_per_kg"), r.wltc.pmrWattsPerKilogram },
                             { QStringLiteral("cycle_id"), QString::fromStdString(r.wltc.cycleId) } } },
             { QStringLiteral("wltp"), wltpBlock },
             { QStringLiteral("motor"), motor },
             { QStringLiteral("battery"), battery },
             { QStringLiteral("mass_balance"), massBalance },
             { QStringLiteral("cycles"), cycles },
             { QStringLiteral("warnings"), warnings } };
}

} // namespace remaster::storage
