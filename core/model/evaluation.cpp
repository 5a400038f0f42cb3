#include "model/evaluation.h"

#include <algorithm>

namespace remaster::model {
using detail::requireRange;
using detail::throwIf;

std::vector<PayloadCase> defaultPayloads(units::Mass mro, units::Mass gvw)
{
    return { { "empty", mro }, { "half", 0.5 * (mro + gvw) }, { "full", gvw } };
}

namespace {

void validateVehicle(const VehicleInput &v)
{
    std::vector<FieldError> errs;
    requireRange(errs, "vehicle.mass_in_running_order", units::inKilograms(v.originalMassInRunningOrder), 400.0,
                 10000.0, "kg");
    requireRange(errs, "vehicle.removed_mass", units::inKilograms(v.removedMass), 0.0,
                 std::max(0.0, units::inKilograms(v.originalMassInRunningOrder) - 300.0), "kg");
    requireRange(errs, "vehicle.extra_kit_mass", units::inKilograms(v.extraKitMass), 0.0, 2000.0, "kg");
    requireRange(errs, "vehicle.gvw", units::inKilograms(v.gvw), 1000.0, 10000.0, "kg");
    requireRange(errs, "vehicle.original_engine_power", units::inKilowatts(v.originalEnginePower), 10.0, 1000.0, "kW");
    throwIf(errs);
}

} // namespace

EvaluationResult evaluate(const RetrofitDesignInput &in, const std::vector<DriveCycle> &cycles)
{
    std::vector<PreparedCycle> prepared;
    prepared.reserve(cycles.size());
    for (const auto &c : cycles)
        if (in.cycleIds.empty() || std::find(in.cycleIds.begin(), in.cycleIds.end(), c.id) != in.cycleIds.end())
            prepared.push_back(prepareCycle(c));
    return evaluate(in, prepared);
}

EvaluationResult evaluate(const RetrofitDesignInput &in, const std::vector<PreparedCycle> &cycles)
{
    validateVehicle(in.vehicle);
    in.requirements.validate();
    const auto &veh = in.vehicle;
    const auto &kit = in.kit;
    EvaluationResult res;

    // ---- Components ----
    const MotorModel motor = MotorModel::fromCatalog(kit.motor, kit.inverter);
    const Gear gear { kit.reducerRatio, kit.reducerEfficiency };
    gear.validate();
    const BatteryPack pack(kit.module, kit.modulesInSeries, kit.stringsInParallel);
    AuxLoads aux = kit.aux;
    aux.dcdcEfficiency = kit.dcdc.efficiency.value;
    aux.validate();
    kit.regen.validate();

    // ---- Masses ----
    res.kitMass = kit.motor.mass.value + kit.inverter.mass.value + pack.mass() + kit.charger.mass.value
        + kit.dcdc.mass.value + veh.extraKitMass;
    res.convertedMassInRunningOrder = veh.originalMassInRunningOrder - veh.removedMass + res.kitMass;
    res.massChangeRatio = res.convertedMassInRunningOrder / veh.originalMassInRunningOrder;
    if (res.massChangeRatio.value() > 1.20)
        res.warnings.push_back("mass-change-over-20-percent");
    if (res.convertedMassInRunningOrder > veh.gvw)
        res.warnings.push_back("mass-in-running-order-over-gvw");

    // ---- Road load at GVW ----
    res.airDensity = airDensity(in.ambient, in.altitude);
    RoadLoad base = [&] {
        if (veh.coastDown)
            return RoadLoad::coastDown({ veh.coastDown->f0, veh.coastDown->f1, veh.coastDown->f2,
                                         veh.coastDown->referenceMass, veh.rotatingMassFactor });
        return RoadLoad::physical({ veh.gvw, veh.rollingResistance, veh.dragCoefficient, veh.frontalArea,
                                    veh.rotatingMassFactor, res.airDensity });
    }();
    const RoadLoad atGvw = base.withMass(veh.gvw);

    // ---- Motor checks ----
    MotorSizingInput msi {
        atGvw, veh.tyreRollingRadius, gear, in.requirements, veh.originalEnginePower, in.powerBasis
    };
    res.motor = sizeMotor(msi, motor);
    res.wltc = selectWltcClass(motor.params().peakPower, res.convertedMassInRunningOrder, res.motor.reachableTopSpeed);

    // ---- Battery checks ----
    BatterySizingInput bsi;
    bsi.module = kit.module;
    bsi.series = kit.modulesInSeries;
    bsi.parallel = kit.stringsInParallel;
    bsi.socMin = kit.socMin;
    bsi.socMax = kit.socMax;
    bsi.inverterDcMin = kit.inverter.dcVoltageMin.value;
    bsi.inverterDcMax = kit.inverter.dcVoltageMax.value;
    bsi.motorDcMin = kit.motor.dcVoltageMin.value;
    bsi.motorDcMax = kit.motor.dcVoltageMax.value;
    // Peak DC draw ≈ peak shaft power / (η_motor,peak · η_inv): slightly optimistic (the motor
    // is not at its peak efficiency at peak power); the simulation uses the full loss model.
    bsi.motorDemandDischarge = motor.params().peakPower / motor.raw().etaInv / kit.motor.peakEfficiency.value.value();
    bsi.motorDemandRegen = kit.regen.maxPower;
    bsi.acCharger = kit.charger;
    bsi.dcCharging = kit.dcCharging;
    res.battery = sizeBattery(bsi);
    res.usableEnergy = res.battery.usableEnergy;

    // ---- Cycles × payloads ----
    const auto payloads = in.payloads.empty() ? defaultPayloads(res.convertedMassInRunningOrder, veh.gvw) : in.payloads;
    for (const auto &p : payloads)
        if (p.testMass > veh.gvw)
            res.warnings.push_back("payload-over-gvw:" + p.name);
    for (const auto &id : in.cycleIds)
        if (std::none_of(cycles.begin(), cycles.end(), [&](const auto &c) { return c.id == id; }))
            throw InputError({ { "cycles", QT_TRANSLATE_NOOP("Model", "unknown cycle id"), "", id } });

    SimulationOptions opt;
    opt.initialSoc = kit.socMax;
    opt.usableEnergy = res.usableEnergy;
    opt.recordTrace = in.recordTraces;
    VehicleSetup setup {
        atGvw, veh.tyreRollingRadius, gear, motor, pack, aux, kit.regen, kit.charger.efficiency.value
    };
    setup.validate();
    res.cycles.reserve(cycles.size() * payloads.size());
    for (const auto &c : cycles) {
        if (!in.cycleIds.empty() && std::find(in.cycleIds.begin(), in.cycleIds.end(), c.id) == in.cycleIds.end())
            continue;
        for (const auto &p : payloads) {
            setup.roadLoad = base.withMass(p.testMass);
            CycleCaseResult cr;
            cr.cycleId = c.id;
            cr.payload = p.name;
            cr.testMass = p.testMass;
            simulateInto(setup, c, opt, cr.simulation);
            if (!cr.simulation.followedTrace)
                res.warnings.push_back("shortfall:" + c.id + ":" + p.name);
            res.cycles.push_back(std::move(cr));
        }
    }
    return res;
}

} // namespace remaster::model
