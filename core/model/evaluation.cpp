#include "model/evaluation.h"

#include <algorithm>
#include <exception>
#include <optional>

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
    if (v.axles) {
        const double L = units::inMetres(v.axles->wheelbase);
        const double m = units::inKilograms(v.axles->massInRunningOrder);
        requireRange(errs, "vehicle.axles.wheelbase", L, 1.5, 6.0, "m");
        requireRange(errs, "vehicle.axles.mass_in_running_order", m, 400.0, 10000.0, "kg");
        requireRange(errs, "vehicle.axles.unladen_front_axle_load", units::inKilograms(v.axles->unladenFrontAxleLoad),
                     0.0, m, "kg");
        requireRange(errs, "vehicle.axles.payload_position", units::inMetres(v.axles->payloadPosition), 0.0, L + 2.0,
                     "m");
    }
    throwIf(errs);
}

RoadLoad baseRoadLoad(const VehicleInput &veh, units::Mass mass, units::MassDensity rho, units::Dimensionless lambda)
{
    if (veh.coastDown)
        return RoadLoad::coastDown({ veh.coastDown->f0, veh.coastDown->f1, veh.coastDown->f2,
                                     veh.coastDown->referenceMass, lambda });
    return RoadLoad::physical({ mass, veh.rollingResistance, veh.dragCoefficient, veh.frontalArea, lambda, rho });
}

// The components of the kit as the simulation sees them, on a given road load.
VehicleSetup kitSetup(const KitInput &kit, const VehicleInput &veh, const RoadLoad &roadLoad)
{
    AuxLoads aux = kit.aux;
    aux.dcdcEfficiency = kit.dcdc.efficiency.value;
    VehicleSetup setup { roadLoad,
                         veh.tyreRollingRadius,
                         Gear { kit.reducerRatio, kit.reducerEfficiency },
                         MotorModel::fromCatalog(kit.motor, kit.inverter),
                         BatteryPack(kit.module, kit.modulesInSeries, kit.stringsInParallel),
                         aux,
                         kit.regen,
                         kit.charger.efficiency.value };
    setup.validate();
    return setup;
}

} // namespace

RegenAxle AxleGeometry::atMass(units::Mass m) const
{
    const double L = units::inMetres(wheelbase);
    const double kg = units::inKilograms(m);
    const double front = units::inKilograms(unladenFrontAxleLoad)
        + (kg - units::inKilograms(massInRunningOrder)) * (1.0 - units::inMetres(payloadPosition) / L);
    return { drive, std::clamp(front / kg, 0.0, 1.0), wheelbase };
}

WltpEvaluation evaluateWltp(const RetrofitDesignInput &in, const EvaluationResult &sized, const DriveCycle &classCycle)
{
    const WltpInput wi = in.wltp.value_or(WltpInput {});
    WltpEvaluation w;
    w.category = wi.category;
    w.testMasses = wltp::testMasses(
        { wi.category, sized.convertedMassInRunningOrder, in.vehicle.gvw, wi.optionalEquipmentLow, wi.optionalEquipmentHigh });
    w.cycleId = classCycle.id;
    w.ratedPower = MotorModel::fromCatalog(in.kit.motor, in.kit.inverter).params().peakPower;
    w.maximumSpeed = sized.motor.reachableTopSpeed;
    if (wi.speedLimiter && *wi.speedLimiter < w.maximumSpeed)
        w.maximumSpeed = *wi.speedLimiter;
    w.airDensity = wltp::referenceAirDensity();
    const WltcClass cls = sized.wltc.wltcClass;

    VehicleSetup setup = kitSetup(in.kit, in.vehicle, baseRoadLoad(in.vehicle, w.testMasses.low, w.airDensity,
                                                                    units::ratio(0.0)));
    setup.aux.hvac = units::watts(0.0); // Annex 8: the test runs with heating and air conditioning off
    wltp::PevTestOptions opt { in.kit.socMax, in.kit.socMin, in.kit.charger.efficiency.value };

    const auto runAt = [&](units::Mass tm, wltp::Downscaling &dsc, units::Length &dist) {
        const units::Dimensionless lambda = wltp::rotatingMassFactor(sized.convertedMassInRunningOrder, tm);
        setup.roadLoad = baseRoadLoad(in.vehicle, tm, w.airDensity, lambda).withMass(tm);
        if (in.vehicle.axles)
            setup.regen.axle = in.vehicle.axles->atMass(tm);
        dsc = wltp::downscalingFactor(cls, setup.roadLoad, w.ratedPower);
        DriveCycle c = wltp::downscale(classCycle, cls, dsc.factor);
        c = wltp::capSpeed(c, w.maximumSpeed, w.cappedSpeed);
        const PreparedCycle prepared = prepareCycle(c);
        dist = prepared.distance;
        return wltp::runPevTest(setup, prepared, opt);
    };
    w.low = runAt(w.testMasses.low, w.downscalingLow, w.cycleDistanceLow);
    w.high = runAt(w.testMasses.high, w.downscalingHigh, w.cycleDistanceHigh);
    return w;
}

EvaluationResult evaluate(const RetrofitDesignInput &in, const std::vector<DriveCycle> &cycles)
{
    std::vector<PreparedCycle> prepared;
    prepared.reserve(cycles.size());
    for (const auto &c : cycles)
        if (in.cycleIds.empty() || std::find(in.cycleIds.begin(), in.cycleIds.end(), c.id) != in.cycleIds.end())
            prepared.push_back(prepareCycle(c));
    return evaluate(in, prepared);
}

namespace {

// Everything of an evaluation but the cycle runs: the checks done, one setup per payload case.
struct EvaluationPlan {
    EvaluationResult result;
    std::vector<PayloadCase> payloads;
    std::vector<VehicleSetup> perPayload;
    SimulationOptions options;
};

bool runsCycle(const RetrofitDesignInput &in, const PreparedCycle &c)
{
    return in.cycleIds.empty() || std::find(in.cycleIds.begin(), in.cycleIds.end(), c.id) != in.cycleIds.end();
}

// The payload cases of one cycle, from their runs (moved out of `sims`), in payload order.
void addCycleCases(EvaluationPlan &plan, const PreparedCycle &c, SimulationResult *sims)
{
    for (std::size_t k = 0; k < plan.payloads.size(); ++k) {
        CycleCaseResult cr;
        cr.cycleId = c.id;
        cr.payload = plan.payloads[k].name;
        cr.testMass = plan.payloads[k].testMass;
        cr.simulation = std::move(sims[k]);
        if (!cr.simulation.followedTrace)
            plan.result.warnings.push_back("shortfall:" + c.id + ":" + plan.payloads[k].name);
        plan.result.cycles.push_back(std::move(cr));
    }
}

EvaluationPlan planEvaluation(const RetrofitDesignInput &in, const std::vector<PreparedCycle> &cycles)
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

    EvaluationPlan plan;
    plan.options.initialSoc = kit.socMax;
    plan.options.usableEnergy = res.usableEnergy;
    plan.options.recordTrace = in.recordTraces;
    VehicleSetup setup {
        atGvw, veh.tyreRollingRadius, gear, motor, pack, aux, kit.regen, kit.charger.efficiency.value
    };
    setup.validate();
    res.cycles.reserve(cycles.size() * payloads.size());
    // One setup per payload case: the cases of a cycle run side by side (simulateBatch).
    plan.perPayload.reserve(payloads.size());
    for (const auto &p : payloads) {
        plan.perPayload.push_back(setup);
        plan.perPayload.back().roadLoad = base.withMass(p.testMass);
        if (veh.axles)
            plan.perPayload.back().regen.axle = veh.axles->atMass(p.testMass);
    }
    plan.payloads = payloads;
    plan.result = std::move(res);
    return plan;
}

} // namespace

EvaluationResult evaluate(const RetrofitDesignInput &in, const std::vector<PreparedCycle> &cycles)
{
    EvaluationPlan plan = planEvaluation(in, cycles);
    std::vector<SimulationResult> sims(plan.payloads.size());
    for (const auto &c : cycles) {
        if (!runsCycle(in, c))
            continue;
        simulateBatch(plan.perPayload, c, plan.options, sims);
        addCycleCases(plan, c, sims.data());
    }
    return std::move(plan.result);
}

ManyEvaluations evaluateMany(std::span<const RetrofitDesignInput> inputs, const std::vector<PreparedCycle> &cycles)
{
    ManyEvaluations out;
    out.results.resize(inputs.size());
    out.errors.resize(inputs.size());
    std::vector<std::optional<EvaluationPlan>> plans(inputs.size());
    for (std::size_t d = 0; d < inputs.size(); ++d) {
        try {
            plans[d] = planEvaluation(inputs[d], cycles);
        } catch (...) {
            out.errors[d] = std::current_exception();
        }
    }
    // Per cycle, the runs of every design that drives it, design by design, in one batch.
    std::vector<VehicleSetup> setups;
    std::vector<SimulationOptions> options;
    std::vector<SimulationResult> sims;
    for (const auto &c : cycles) {
        setups.clear();
        options.clear();
        for (std::size_t d = 0; d < inputs.size(); ++d) {
            if (!plans[d] || !runsCycle(inputs[d], c))
                continue;
            setups.insert(setups.end(), plans[d]->perPayload.begin(), plans[d]->perPayload.end());
            options.insert(options.end(), plans[d]->perPayload.size(), plans[d]->options);
        }
        sims.resize(setups.size());
        simulateBatch(setups, c, options, sims);
        std::size_t next = 0;
        for (std::size_t d = 0; d < inputs.size(); ++d) {
            if (!plans[d] || !runsCycle(inputs[d], c))
                continue;
            addCycleCases(*plans[d], c, sims.data() + next);
            next += plans[d]->payloads.size();
        }
    }
    for (std::size_t d = 0; d < inputs.size(); ++d)
        if (plans[d])
            out.results[d] = std::move(plans[d]->result);
    return out;
}

} // namespace remaster::model
