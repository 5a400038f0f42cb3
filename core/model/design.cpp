#include "model/design.h"

#include "model/catalog_validation.h"
#include "model/design_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace remaster::model {
namespace {

template<class Q> void apply(const std::optional<Sourced<Q>> &override, Sourced<Q> &target)
{
    if (override)
        target = *override;
}

template<class T>
const T &require(const T *found, const char *field, const std::string &id, std::vector<FieldError> &errors,
                 const T &fallback)
{
    if (!found) {
        errors.push_back(
            { field, QT_TRANSLATE_NOOP("Model", "is not an id of the catalog"), {}, id.empty() ? "(empty)" : id });
        return fallback;
    }
    return *found;
}

// Representative kit positions (+ behind the front axle) when the design gives none: the motor
// and power electronics take the engine bay, the battery sits under the floor between the axles.
units::Length defaultMotorPosition(const VehicleVariant &v)
{
    return v.drive == Drive::FrontWheel ? units::millimetres(-250) : units::millimetres(200);
}

} // namespace

std::size_t VehicleOverrides::count() const
{
    std::size_t n = 0;
    for (bool set : { gvw.has_value(), massInRunningOrder.has_value(), frontAxleLimit.has_value(),
                      rearAxleLimit.has_value(), unladenFrontAxleLoad.has_value(), wheelbase.has_value(),
                      overallLength.has_value(), overallWidth.has_value(), overallHeight.has_value(),
                      loadSpaceCentreFromFrontAxle.has_value(), frontalArea.has_value(), dragCoefficient.has_value(),
                      rollingResistance.has_value(), tyreRollingRadius.has_value(), originalEnginePower.has_value() })
        n += set ? 1 : 0;
    return n;
}

ResolvedDesign resolveDesign(const RetrofitDesign &d, const CatalogSet &catalog)
{
    std::vector<FieldError> errors;
    ResolvedDesign r;
    const VehicleVariant noVariant {};
    const EngineOption noEngine {};
    r.variant = require(catalog.variant(d.variantId), "vehicle.variant_id", d.variantId, errors, noVariant);
    r.engine = require(catalog.engine(d.engineId), "vehicle.engine_id", d.engineId, errors, noEngine);
    const Motor noMotor {};
    const Inverter noInverter {};
    const Reducer noReducer {};
    const BatteryModule noModule {};
    const Charger noCharger {};
    const DcDcConverter noDcdc {};
    const Motor &motor = require(catalog.motor(d.kit.motorId), "kit.motor_id", d.kit.motorId, errors, noMotor);
    const Inverter &inverter
        = require(catalog.inverter(d.kit.inverterId), "kit.inverter_id", d.kit.inverterId, errors, noInverter);
    r.reducer = require(catalog.reducer(d.kit.reducerId), "kit.reducer_id", d.kit.reducerId, errors, noReducer);
    const BatteryModule &module = require(catalog.batteryModule(d.kit.batteryModuleId), "kit.battery_module_id",
                                          d.kit.batteryModuleId, errors, noModule);
    const Charger &charger
        = require(catalog.charger(d.kit.chargerId), "kit.charger_id", d.kit.chargerId, errors, noCharger);
    const DcDcConverter &dcdc = require(catalog.dcdc(d.kit.dcdcId), "kit.dcdc_id", d.kit.dcdcId, errors, noDcdc);
    if (!errors.empty())
        throw InputError(errors);

    if (std::find(r.variant.engineIds.begin(), r.variant.engineIds.end(), d.engineId) == r.variant.engineIds.end())
        errors.push_back({ "vehicle.engine_id",
                           QT_TRANSLATE_NOOP("Model", "is not an engine option of this variant"),
                           {},
                           d.engineId });
    if (d.kit.modulesInSeries < 1 || d.kit.modulesInSeries > 400)
        errors.push_back({ "kit.modules_in_series", QT_TRANSLATE_NOOP("Model", "is out of range"), "1 … 400",
                           std::to_string(d.kit.modulesInSeries) });
    if (d.kit.stringsInParallel < 1 || d.kit.stringsInParallel > 20)
        errors.push_back({ "kit.strings_in_parallel", QT_TRANSLATE_NOOP("Model", "is out of range"), "1 … 20",
                           std::to_string(d.kit.stringsInParallel) });
    if (d.kit.reducerRatio && !(*d.kit.reducerRatio >= 1.0 && *d.kit.reducerRatio <= 20.0))
        errors.push_back({ "kit.reducer_ratio", QT_TRANSLATE_NOOP("Model", "is out of range"), "1 … 20",
                           std::to_string(*d.kit.reducerRatio) });

    // The real vehicle's figures replace the catalog's, and are checked with the same ranges.
    VehicleVariant &v = r.variant;
    const VehicleOverrides &o = d.overrides;
    apply(o.gvw, v.gvw);
    apply(o.massInRunningOrder, v.massInRunningOrder);
    apply(o.frontAxleLimit, v.frontAxleLimit);
    apply(o.rearAxleLimit, v.rearAxleLimit);
    apply(o.unladenFrontAxleLoad, v.unladenFrontAxleLoad);
    apply(o.wheelbase, v.wheelbase);
    apply(o.overallLength, v.overallLength);
    apply(o.overallWidth, v.overallWidth);
    apply(o.overallHeight, v.overallHeight);
    apply(o.loadSpaceCentreFromFrontAxle, v.loadSpaceCentreFromFrontAxle);
    apply(o.frontalArea, v.frontalArea);
    apply(o.dragCoefficient, v.dragCoefficient);
    apply(o.rollingResistance, v.rollingResistance);
    apply(o.tyreRollingRadius, v.tyreRollingRadius);
    if (o.originalEnginePower)
        r.engine.power = *o.originalEnginePower;
    // A van re-rated on its certificate may change category; keep the category consistent with
    // the GVW so that the range check speaks of the figure the user typed.
    if (o.gvw)
        v.category = units::inKilograms(v.gvw.value) > 3500 ? "N2" : "N1";
    for (auto e : validateVariant(v)) {
        e.field = "vehicle.overrides." + e.field;
        errors.push_back(e);
    }
    if (!errors.empty())
        throw InputError(errors);

    // Removed diesel parts: the catalog list unless the design gives its own (weighed parts).
    if (d.removedParts) {
        r.removedParts = *d.removedParts;
    } else {
        for (const auto &p : v.removedParts)
            r.removedParts.push_back({ p.id, p.name, p.mass.value, p.positionFromFrontAxle.value });
    }
    units::Mass removed = units::kilograms(0);
    for (std::size_t i = 0; i < r.removedParts.size(); ++i) {
        const auto &p = r.removedParts[i];
        const double kg = units::inKilograms(p.mass);
        if (!std::isfinite(kg) || kg < 0 || kg > 1000)
            errors.push_back({ "removed_parts[" + std::to_string(i) + "].mass_kg",
                               QT_TRANSLATE_NOOP("Model", "is out of range"), "0 … 1000 kg", std::to_string(kg) });
        removed += p.mass;
    }

    // Added parts, placed.
    const units::Length motorAt = d.kit.motorPosition.value_or(defaultMotorPosition(v));
    const units::Length electronicsAt = d.kit.inverterPosition.value_or(motorAt - units::millimetres(250));
    const units::Length batteryAt = d.kit.batteryPosition.value_or(v.wheelbase.value * 0.5);
    const int modules = d.kit.modulesInSeries * d.kit.stringsInParallel;
    r.addedParts = {
        { "motor", motor.info.label, motor.mass.value, motorAt },
        { "reducer", r.reducer.info.label, r.reducer.mass.value, motorAt },
        { "inverter", inverter.info.label, inverter.mass.value, electronicsAt },
        { "battery", module.info.label + " × " + std::to_string(modules),
          module.mass.value * static_cast<double>(modules), batteryAt },
        { "charger", charger.info.label, charger.mass.value, d.kit.chargerPosition.value_or(electronicsAt) },
        { "dcdc", dcdc.info.label, dcdc.mass.value, d.kit.dcdcPosition.value_or(electronicsAt) },
    };
    units::Mass extra = r.reducer.mass.value;
    for (std::size_t i = 0; i < d.kit.extraParts.size(); ++i) {
        const auto &p = d.kit.extraParts[i];
        const double kg = units::inKilograms(p.mass);
        if (!std::isfinite(kg) || kg < 0 || kg > 1000)
            errors.push_back({ "kit.extra_parts[" + std::to_string(i) + "].mass_kg",
                               QT_TRANSLATE_NOOP("Model", "is out of range"), "0 … 1000 kg", std::to_string(kg) });
        r.addedParts.push_back(p);
        extra += p.mass;
    }
    for (const auto &p : r.removedParts)
        if (!std::isfinite(units::inMillimetres(p.positionFromFrontAxle)))
            errors.push_back({ "removed_parts.position_from_front_axle_mm",
                               QT_TRANSLATE_NOOP("Model", "is not a finite number"),
                               {},
                               {} });
    if (!errors.empty())
        throw InputError(errors);

    RetrofitDesignInput &in = r.input;
    in.vehicle.variantId = v.id;
    in.vehicle.originalMassInRunningOrder = v.massInRunningOrder.value;
    in.vehicle.removedMass = removed;
    in.vehicle.extraKitMass = extra;
    in.vehicle.gvw = v.gvw.value;
    in.vehicle.frontalArea = v.frontalArea.value;
    in.vehicle.dragCoefficient = v.dragCoefficient.value;
    in.vehicle.rollingResistance = v.rollingResistance.value;
    in.vehicle.tyreRollingRadius = v.tyreRollingRadius.value;
    in.vehicle.originalEnginePower = r.engine.power.value;
    in.vehicle.coastDown = d.coastDown;

    in.kit.motor = motor;
    in.kit.inverter = inverter;
    in.kit.reducerRatio = units::ratio(d.kit.reducerRatio.value_or(r.reducer.ratio.value.value()));
    in.kit.reducerEfficiency = r.reducer.efficiency.value;
    in.kit.module = module;
    if (!d.kit.measuredModules.empty()) {
        // The pack carries what its strings carry: Σ string minima / strings = the module
        // capacity the evaluation must use (resistance stays the catalog's: representative).
        r.secondLife = assignModules(d.kit.measuredModules, d.kit.modulesInSeries, d.kit.stringsInParallel,
                                     module.capacity.value, module.nominalVoltage.value, d.kit.moduleAcceptance);
        in.kit.module.capacity.value = r.secondLife->packCapacity / static_cast<double>(d.kit.stringsInParallel);
        in.kit.module.capacity.provenance
            = { "measured-modules", Confidence::Vehicle, "weakest module of each string, from the bench measurements" };
        in.kit.module.energy.value
            = in.kit.module.energy.value * (in.kit.module.capacity.value / module.capacity.value).value();
    }
    in.kit.modulesInSeries = d.kit.modulesInSeries;
    in.kit.stringsInParallel = d.kit.stringsInParallel;
    in.kit.socMin = d.kit.socMin;
    in.kit.socMax = d.kit.socMax;
    in.kit.charger = charger;
    in.kit.dcCharging = d.kit.dcCharging;
    in.kit.dcdc = dcdc;
    in.kit.aux = d.kit.aux;
    in.kit.regen = d.kit.regen;
    in.ambient = d.operation.ambient;
    in.altitude = d.operation.altitude;
    in.requirements = d.requirements;
    in.powerBasis = d.homologation.powerBasis.value_or(PowerBasis::Peak);
    // WLTP covers M1 and N1 (Reg. 715/2007 art. 2): a van re-rated above 3.5 t (N2) gets no block.
    const std::string category = d.identity.category.empty() ? v.category : d.identity.category;
    if (category == "M1" || category == "N1")
        in.wltp = WltpInput { wltp::categoryFromCode(category, "vehicle.identity.category"),
                              d.homologation.wltpOptionalEquipmentLow, d.homologation.wltpOptionalEquipmentHigh,
                              d.kit.speedLimiter };
    // Payloads are on top of the converted mass, which evaluate() computes; they are turned
    // into test masses by the caller (see evaluateDesign in the storage layer) or left empty
    // for evaluate()'s defaults.
    return r;
}

std::vector<FieldError> designErrors(const ResolvedDesign &r)
{
    std::vector<FieldError> errors;
    const KitInput &k = r.input.kit;
    const double moduleMin = units::inVolts(k.module.minVoltage.value);
    const double moduleMax = units::inVolts(k.module.maxVoltage.value);
    if (!(moduleMin > 0) || !(moduleMax > 0))
        return errors;
    // s × V_module,min ≥ V_dc,min (empty pack) and s × V_module,max ≤ V_dc,max (full pack).
    const double dcMin
        = std::max(units::inVolts(k.inverter.dcVoltageMin.value), units::inVolts(k.motor.dcVoltageMin.value));
    const double dcMax
        = std::min(units::inVolts(k.inverter.dcVoltageMax.value), units::inVolts(k.motor.dcVoltageMax.value));
    const int sMin = static_cast<int>(std::ceil(dcMin / moduleMin - 1e-9));
    const int sMax = static_cast<int>(std::floor(dcMax / moduleMax + 1e-9));
    const int s = k.modulesInSeries;
    if (s < sMin || s > sMax) {
        char actual[160];
        std::snprintf(actual, sizeof actual, "%d modules: %.0f–%.0f V against %.0f–%.0f V", s, s * moduleMin,
                      s * moduleMax, dcMin, dcMax);
        errors.push_back(
            { "kit.modules_in_series",
              QT_TRANSLATE_NOOP("Model", "puts the pack's voltage window outside the inverter and motor DC range"),
              sMin <= sMax ? std::to_string(sMin) + " … " + std::to_string(sMax)
                           : std::string("none: this module cannot fit that DC range"),
              actual });
    }
    return errors;
}

std::vector<std::string> resolveCycleIds(const RetrofitDesign &design, const ResolvedDesign &resolved)
{
    std::vector<std::string> ids;
    for (const auto &id : design.operation.cycles) {
        if (id != "wltc-auto") {
            ids.push_back(id);
            continue;
        }
        // The WLTC class uses the converted van's rated power and mass in running order.
        RetrofitDesignInput probe = resolved.input;
        probe.cycleIds.clear();
        const EvaluationResult sized = evaluate(probe, std::vector<PreparedCycle> {});
        ids.push_back(sized.wltc.cycleId);
    }
    return ids;
}

DesignPreparation prepareDesignEvaluation(const RetrofitDesign &design, const CatalogSet &catalog)
{
    DesignPreparation out;
    out.resolved = resolveDesign(design, catalog);
    RetrofitDesignInput &input = out.input;
    input = out.resolved.input;
    {
        // Regeneration is limited by the driven axle's load (RegenAxle): from the mass balance.
        const MassBalanceResult mb = designMassBalance(design, out.resolved);
        const OriginalVehicle ov = originalVehicleFromVariant(out.resolved.variant);
        input.vehicle.axles = AxleGeometry { out.resolved.variant.drive, ov.wheelbase, mb.massInRunningOrder,
                                             mb.loadCase(LoadCaseId::Unladen).front.load,
                                             design.operation.payloadPosition.value_or(ov.loadSpaceCentreFromFrontAxle) };
    }

    // One cheap pass without cycles gives the converted mass and the WLTC class.
    RetrofitDesignInput probe = input;
    probe.cycleIds.clear();
    out.sized = evaluate(probe, std::vector<PreparedCycle> {});
    for (const auto &id : design.operation.cycles)
        out.cycleIds.push_back(id == "wltc-auto" ? out.sized.wltc.cycleId : id);

    std::vector<FieldError> errors;
    input.payloads.clear();
    for (std::size_t i = 0; i < design.operation.payloads.size(); ++i) {
        const auto &p = design.operation.payloads[i];
        const double kg = units::inKilograms(p.payload);
        if (!std::isfinite(kg) || kg < 0 || kg > 5000)
            errors.push_back({ "operation.payloads[" + std::to_string(i) + "].payload_kg",
                               QT_TRANSLATE_NOOP("Model", "is out of range"), "0 … 5000 kg", std::to_string(kg) });
        input.payloads.push_back({ p.name, out.sized.convertedMassInRunningOrder + p.payload });
    }
    if (out.cycleIds.empty())
        errors.push_back(
            { "operation.cycles", QT_TRANSLATE_NOOP("Model", "must name at least one drive cycle"), {}, {} });
    if (!errors.empty())
        throw InputError(errors);
    input.cycleIds = out.cycleIds;
    return out;
}

DesignEvaluation evaluateDesign(const RetrofitDesign &design, const CatalogSet &catalog,
                                const std::function<DriveCycle(const std::string &)> &loadCycle, bool recordTraces)
{
    DesignPreparation prep = prepareDesignEvaluation(design, catalog);
    DesignEvaluation out;
    out.cycleIds = prep.cycleIds;
    std::vector<DriveCycle> cycles;
    for (const auto &id : out.cycleIds)
        cycles.push_back(loadCycle(id));
    prep.input.recordTraces = recordTraces;
    out.result = evaluate(prep.input, cycles);
    if (prep.input.wltp)
        out.result.wltp = evaluateWltp(prep.input, prep.sized, loadCycle(prep.sized.wltc.cycleId));
    out.resolved = std::move(prep.resolved);
    return out;
}

RetrofitDesign exampleDesign()
{
    RetrofitDesign d;
    d.name = "Example: Master III 2019 L3H2 FWD 3.5 t dCi 160, Nissan EM57 110 kW, 2 × 12 ZOE ZE40 modules";
    d.variantId = "m3-2019-van-l3h2-fwd-3500";
    d.engineId = "m9t-dci160-2019";
    d.overrides.massInRunningOrder
        = Sourced<units::Mass> { units::kilograms(2080),
                                 { "registration-certificate", Confidence::Vehicle, "field G of the example van" } };
    d.overrides.originalEnginePower
        = Sourced<units::Power> { units::kilowatts(118),
                                  { "registration-certificate", Confidence::Vehicle, "field P.2 of the example van" } };
    d.identity.vin = "VF1MA000000000000";
    d.identity.registration = "AB-123-CD";
    d.identity.firstRegistrationDate = "2019-09-16";
    d.identity.category = "N1";
    d.identity.energy = "GO";
    d.kit.motorId = "nissan-em57-110";
    d.kit.inverterId = "nissan-leaf-inverter-2018";
    d.kit.reducerId = "nissan-leaf-reducer";
    d.kit.batteryModuleId = "renault-zoe-ze40-module";
    d.kit.modulesInSeries = 12;
    d.kit.stringsInParallel = 2;
    d.kit.chargerId = "tc-elcon-6k6";
    d.kit.dcdcId = "generic-dcdc-2k5";
    d.kit.dcCharging = DcChargingInput { units::kilowatts(50), units::amperes(125) };
    d.kit.extraParts = {
        { "hv-cabling", "HV cabling, orange, with connectors", units::kilograms(18), units::millimetres(900) },
        { "battery-housings", "Battery housings and under-floor frame", units::kilograms(70),
          units::millimetres(2166) },
        { "cooling", "Coolant pump, radiator and hoses for motor and inverter", units::kilograms(12),
          units::millimetres(-600) },
        { "brackets", "Motor mounts and brackets", units::kilograms(15), units::millimetres(-250) },
    };
    // The pack takes about 46 kW of regen at mid SOC: ask for no more.
    d.kit.regen.maxPower = units::kilowatts(40);
    d.operation.ambient = units::celsius(15);
    // The customer's steepest ramp (depot exit) is 16 %; the 20 % default is a generic choice.
    d.requirements.hillStartGradePercent = 16.0;
    return d;
}

} // namespace remaster::model
