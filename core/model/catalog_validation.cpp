#include "model/catalog_validation.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace remaster::model {
namespace {

std::string formatNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// Collects range problems for one entry. Values are compared in the unit people read, so that
// the message shows the range as docs/catalog-format.md writes it.
class RangeChecker
{
public:
    void check(const char *field, double value, double min, double max, const char *unit)
    {
        if (!std::isfinite(value)) {
            add(field, QT_TRANSLATE_NOOP("Model", "is not a finite number"), {}, min, max, unit);
        } else if (value < min || value > max) {
            add(field, QT_TRANSLATE_NOOP("Model", "is out of range"), formatNumber(value) + " " + unit, min, max, unit);
        }
    }
    void require(bool ok, const char *field, const char *message)
    {
        if (!ok)
            errors.push_back({ field, message, {}, {} });
    }
    std::vector<FieldError> errors;

private:
    void add(const char *field, const char *message, const std::string &actual, double min, double max,
             const char *unit)
    {
        std::string range = formatNumber(min) + " … " + formatNumber(max);
        if (*unit)
            range += std::string(" ") + unit;
        errors.push_back({ field, message, range, actual });
    }
};

using namespace units;

} // namespace

std::vector<FieldError> validateEngine(const EngineOption &e)
{
    RangeChecker c;
    c.check("power", inKilowatts(e.power.value), 1, 500, "kW");
    if (e.torque)
        c.check("torque", inNewtonMetres(e.torque->value), 1, 2000, "N·m");
    c.require(e.yearFrom >= 1990 && (e.yearTo == 0 || e.yearTo >= e.yearFrom), "years",
              QT_TRANSLATE_NOOP("Model", "'from' must be a year from 1990 and 'to' must not be before it"));
    return c.errors;
}

std::vector<FieldError> validateVariant(const VehicleVariant &v)
{
    RangeChecker c;
    const double gvw = inKilograms(v.gvw.value);
    const double mro = inKilograms(v.massInRunningOrder.value);
    c.check("gvw", gvw, 2000, 5000, "kg");
    c.check("mass_in_running_order", mro, 1200, 4000, "kg");
    c.require(!(mro >= gvw), "mass_in_running_order",
              QT_TRANSLATE_NOOP("Model", "must be below the gross vehicle weight (gvw)"));
    c.check("front_axle_limit", inKilograms(v.frontAxleLimit.value), 800, 4000, "kg");
    c.check("rear_axle_limit", inKilograms(v.rearAxleLimit.value), 800, 4000, "kg");
    c.require(!(inKilograms(v.frontAxleLimit.value) + inKilograms(v.rearAxleLimit.value) < gvw), "rear_axle_limit",
              QT_TRANSLATE_NOOP("Model", "front and rear axle limits together must carry at least the gvw"));
    c.check("unladen_front_axle_load", inKilograms(v.unladenFrontAxleLoad.value), 1, 4000, "kg");
    c.require(mro < 1200 || !(inKilograms(v.unladenFrontAxleLoad.value) >= mro), "unladen_front_axle_load",
              QT_TRANSLATE_NOOP("Model", "must be below the mass in running order"));
    c.check("wheelbase", inMillimetres(v.wheelbase.value), 2500, 5000, "mm");
    c.check("overall_length", inMillimetres(v.overallLength.value), 4000, 8500, "mm");
    c.require(!(v.overallLength.value <= v.wheelbase.value), "overall_length",
              QT_TRANSLATE_NOOP("Model", "must be longer than the wheelbase"));
    c.check("overall_width", inMillimetres(v.overallWidth.value), 1800, 2600, "mm");
    c.check("overall_height", inMillimetres(v.overallHeight.value), 1800, 3200, "mm");
    c.check("load_space_centre_from_front_axle", inMillimetres(v.loadSpaceCentreFromFrontAxle.value), 0, 6000, "mm");
    c.check("frontal_area", inSquareMetres(v.frontalArea.value), 2, 8, "m²");
    c.check("drag_coefficient", v.dragCoefficient.value.value(), 0.2, 1.0, "");
    c.check("rolling_resistance", v.rollingResistance.value.value(), 0.004, 0.02, "");
    c.check("tyre_rolling_radius", inMillimetres(v.tyreRollingRadius.value), 250, 500, "mm");
    c.check("fuel_tank", inLitres(v.fuelTank.value), 40, 200, "L");
    c.require(v.yearFrom >= 2010 && (v.yearTo == 0 || v.yearTo >= v.yearFrom), "years",
              QT_TRANSLATE_NOOP("Model", "'from' must be 2010 or later and 'to' must not be before it"));
    c.require(!v.engineIds.empty(), "engines", QT_TRANSLATE_NOOP("Model", "at least one engine id is required"));
    c.require(v.category == "N1" || v.category == "N2", "category", QT_TRANSLATE_NOOP("Model", "must be N1 or N2"));
    c.require(!(v.category == "N1" && gvw > 3500), "category",
              QT_TRANSLATE_NOOP("Model", "N1 allows a gvw of at most 3500 kg; use N2"));
    c.require(!(v.category == "N2" && gvw <= 3500), "category",
              QT_TRANSLATE_NOOP("Model", "N2 needs a gvw above 3500 kg; use N1"));
    for (std::size_t i = 0; i < v.removedParts.size(); ++i) {
        const auto &p = v.removedParts[i];
        const std::string prefix = "removed_parts[" + std::to_string(i) + "].";
        RangeChecker part;
        part.check("mass", inKilograms(p.mass.value), 0, 1000, "kg");
        part.check("position_from_front_axle", inMillimetres(p.positionFromFrontAxle.value), -2000, 8000, "mm");
        for (auto e : part.errors) {
            e.field = prefix + e.field;
            c.errors.push_back(e);
        }
    }
    return c.errors;
}

std::vector<FieldError> validateMotor(const Motor &m)
{
    RangeChecker c;
    c.check("peak_power", inKilowatts(m.peakPower.value), 1, 500, "kW");
    c.check("continuous_power", inKilowatts(m.continuousPower.value), 1, 500, "kW");
    c.require(!(m.continuousPower.value > m.peakPower.value), "continuous_power",
              QT_TRANSLATE_NOOP("Model", "must not exceed the peak power"));
    c.check("peak_torque", inNewtonMetres(m.peakTorque.value), 1, 5000, "N·m");
    c.check("max_speed", inRpm(m.maxSpeed.value), 1000, 25000, "rpm");
    c.check("dc_voltage_min", inVolts(m.dcVoltageMin.value), 12, 1000, "V");
    c.check("dc_voltage_max", inVolts(m.dcVoltageMax.value), 12, 1000, "V");
    c.require(m.dcVoltageMin.value < m.dcVoltageMax.value, "dc_voltage_max",
              QT_TRANSLATE_NOOP("Model", "must be above dc_voltage_min"));
    c.check("mass", inKilograms(m.mass.value), 1, 500, "kg");
    c.check("peak_efficiency", m.peakEfficiency.value.value(), 0.5, 1.0, "");
    return c.errors;
}

std::vector<FieldError> validateInverter(const Inverter &i)
{
    RangeChecker c;
    c.check("dc_voltage_min", inVolts(i.dcVoltageMin.value), 12, 1000, "V");
    c.check("dc_voltage_max", inVolts(i.dcVoltageMax.value), 12, 1000, "V");
    c.require(i.dcVoltageMin.value < i.dcVoltageMax.value, "dc_voltage_max",
              QT_TRANSLATE_NOOP("Model", "must be above dc_voltage_min"));
    c.check("peak_power", inKilowatts(i.peakPower.value), 1, 500, "kW");
    c.check("continuous_power", inKilowatts(i.continuousPower.value), 1, 500, "kW");
    c.require(!(i.continuousPower.value > i.peakPower.value), "continuous_power",
              QT_TRANSLATE_NOOP("Model", "must not exceed the peak power"));
    c.check("peak_phase_current", inAmperes(i.peakPhaseCurrent.value), 1, 3000, "A");
    c.check("continuous_phase_current", inAmperes(i.continuousPhaseCurrent.value), 1, 3000, "A");
    c.require(!(i.continuousPhaseCurrent.value > i.peakPhaseCurrent.value), "continuous_phase_current",
              QT_TRANSLATE_NOOP("Model", "must not exceed the peak phase current"));
    c.check("mass", inKilograms(i.mass.value), 0.1, 500, "kg");
    c.check("efficiency", i.efficiency.value.value(), 0.5, 1.0, "");
    return c.errors;
}

std::vector<FieldError> validateReducer(const Reducer &r)
{
    RangeChecker c;
    c.check("ratio", r.ratio.value.value(), 1, 20, "");
    c.check("max_input_torque", inNewtonMetres(r.maxInputTorque.value), 1, 5000, "N·m");
    c.check("max_input_speed", inRpm(r.maxInputSpeed.value), 1000, 25000, "rpm");
    c.check("mass", inKilograms(r.mass.value), 0.1, 500, "kg");
    c.check("efficiency", r.efficiency.value.value(), 0.5, 1.0, "");
    return c.errors;
}

std::vector<FieldError> validateBatteryModule(const BatteryModule &b)
{
    RangeChecker c;
    c.require(b.cellsInSeries >= 1, "cells_series", QT_TRANSLATE_NOOP("Model", "must be at least 1"));
    c.require(b.cellsInParallel >= 1, "cells_parallel", QT_TRANSLATE_NOOP("Model", "must be at least 1"));
    c.check("nominal_voltage", inVolts(b.nominalVoltage.value), 1, 1000, "V");
    c.check("min_voltage", inVolts(b.minVoltage.value), 1, 1000, "V");
    c.check("max_voltage", inVolts(b.maxVoltage.value), 1, 1000, "V");
    c.require(b.minVoltage.value < b.nominalVoltage.value && b.nominalVoltage.value < b.maxVoltage.value,
              "nominal_voltage", QT_TRANSLATE_NOOP("Model", "must lie strictly between min_voltage and max_voltage"));
    c.check("capacity", inAmpereHours(b.capacity.value), 1, 1000, "Ah");
    c.check("energy", inKilowattHours(b.energy.value), 0.01, 100, "kWh");
    c.check("mass", inKilograms(b.mass.value), 0.1, 500, "kg");
    c.check("length", inMillimetres(b.length.value), 10, 3000, "mm");
    c.check("width", inMillimetres(b.width.value), 10, 3000, "mm");
    c.check("height", inMillimetres(b.height.value), 10, 3000, "mm");
    c.check("max_discharge_current", inAmperes(b.maxDischargeCurrent.value), 1, 3000, "A");
    c.check("max_charge_current", inAmperes(b.maxChargeCurrent.value), 1, 3000, "A");
    c.check("internal_resistance", inMilliohms(b.internalResistance.value), 0.01, 10000, "mΩ");
    return c.errors;
}

std::vector<FieldError> validateCharger(const Charger &ch)
{
    RangeChecker c;
    c.check("power", inKilowatts(ch.power.value), 0.5, 400, "kW");
    c.check("efficiency", ch.efficiency.value.value(), 0.5, 1.0, "");
    c.check("mass", inKilograms(ch.mass.value), 0, 500, "kg");
    c.check("output_voltage_min", inVolts(ch.outputVoltageMin.value), 12, 1000, "V");
    c.check("output_voltage_max", inVolts(ch.outputVoltageMax.value), 12, 1000, "V");
    c.require(ch.outputVoltageMin.value < ch.outputVoltageMax.value, "output_voltage_max",
              QT_TRANSLATE_NOOP("Model", "must be above output_voltage_min"));
    return c.errors;
}

std::vector<FieldError> validateDcDc(const DcDcConverter &d)
{
    RangeChecker c;
    c.check("power", inKilowatts(d.power.value), 0.1, 10, "kW");
    c.check("efficiency", d.efficiency.value.value(), 0.5, 1.0, "");
    c.check("mass", inKilograms(d.mass.value), 0.1, 100, "kg");
    c.check("input_voltage_min", inVolts(d.inputVoltageMin.value), 12, 1000, "V");
    c.check("input_voltage_max", inVolts(d.inputVoltageMax.value), 12, 1000, "V");
    c.require(d.inputVoltageMin.value < d.inputVoltageMax.value, "input_voltage_max",
              QT_TRANSLATE_NOOP("Model", "must be above input_voltage_min"));
    return c.errors;
}

} // namespace remaster::model
