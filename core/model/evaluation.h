// One retrofit design evaluated end to end: every selected cycle × payload case, plus motor and
// battery checks. This is what `remaster-cli evaluate` calls; the structs are plain so the JSON
// mapping can be written field by field on top of them.
#pragma once

#include "model/battery_sizing.h"
#include "model/catalog.h"
#include "model/drive_cycle.h"
#include "model/motor_sizing.h"
#include "model/powertrain.h"
#include "model/simulation.h"
#include "model/wltp.h"

#include <exception>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace remaster::model {

struct CoastDownOverride { // replaces the physical road load when set
    units::Force f0;
    ForcePerVelocity f1;
    ForcePerVelocitySquared f2;
    units::Mass referenceMass; // the test mass the coefficients were measured at
};

// Where the converted van's mass sits, for the axle limit of regeneration (RegenAxle in
// powertrain.h); the design path fills it from the mass balance. Absent: no axle limit.
struct AxleGeometry {
    Drive drive = Drive::FrontWheel;
    units::Length wheelbase;
    units::Mass massInRunningOrder; // converted van
    units::Mass unladenFrontAxleLoad; // converted van, in running order
    units::Length payloadPosition; // behind the front axle: where a run's mass above m_ro sits
    // Front static share at a run's total mass m: (F₀ + (m − m_ro)·(1 − x/L)) / m, kept in
    // 0 … 1 (outside it a wheel would lift: the mass balance's rules report such a design).
    RegenAxle atMass(units::Mass m) const;
};

struct VehicleInput {
    std::string variantId;
    // Diesel vehicle figures (VehicleVariant, with the user's overrides already applied).
    units::Mass originalMassInRunningOrder; // incl. 75 kg driver (EU definition)
    units::Mass removedMass; // engine, gearbox, tank… (Σ RemovedPart)
    units::Mass extraKitMass; // housings, cables, brackets not in the catalog parts
    units::Mass gvw;
    units::Area frontalArea;
    units::Dimensionless dragCoefficient;
    units::Dimensionless rollingResistance;
    units::Length tyreRollingRadius;
    // λ: 0.03, the regulation's default rotational mass (3 % of m_ro + 25 kg, Reg. (EU) 2017/1151
    // Annex XXI Sub-Annex 4 §2.5.1, docs/wltp.md) taken on the test mass; was 0.05 (representative).
    units::Dimensionless rotatingMassFactor = units::ratio(0.03);
    units::Power originalEnginePower; // registration field P.2
    std::optional<CoastDownOverride> coastDown;
    std::optional<AxleGeometry> axles;
};

struct PayloadCase {
    std::string name; // "empty", "half", "full"
    units::Mass testMass; // total mass of the run
};

struct KitInput {
    Motor motor;
    Inverter inverter;
    units::Dimensionless reducerRatio;
    units::Dimensionless reducerEfficiency = units::ratio(0.97);
    BatteryModule module;
    int modulesInSeries = 0;
    int stringsInParallel = 0;
    units::Dimensionless socMin = units::ratio(0.05), socMax = units::ratio(0.95);
    Charger charger;
    std::optional<DcChargingInput> dcCharging;
    DcDcConverter dcdc;
    AuxLoads aux; // aux.dcdcEfficiency is replaced by dcdc.efficiency
    RegenPolicy regen;
};

// What the WLTP procedure needs beyond the design (wltp.h). Category from registration field J.
struct WltpInput {
    wltp::Category category = wltp::Category::N1;
    units::Mass optionalEquipmentLow = units::kilograms(0.0), optionalEquipmentHigh = units::kilograms(0.0);
    std::optional<units::Velocity> speedLimiter; // set in the motor controller; caps v_max
};

struct RetrofitDesignInput {
    VehicleInput vehicle;
    std::vector<PayloadCase> payloads; // empty → empty / half / full-to-GVW (defaultPayloads)
    units::Temperature ambient = units::celsius(20.0);
    units::Length altitude = units::metres(0.0);
    KitInput kit;
    Requirements requirements;
    PowerBasis powerBasis = PowerBasis::Peak;
    std::vector<std::string> cycleIds; // empty → every cycle passed to evaluate()
    bool recordTraces = false;
    std::optional<WltpInput> wltp; // empty → no WLTP block (e.g. a category outside WLTP)
};

struct CycleCaseResult {
    std::string cycleId;
    std::string payload;
    units::Mass testMass;
    SimulationResult simulation;
};

// The WLTP Type 1 figures of the converted van (wltp.h), at TM_L and TM_H.
struct WltpEvaluation {
    wltp::Category category = wltp::Category::N1;
    wltp::TestMasses testMasses;
    std::string cycleId; // the class cycle before downscaling and capping
    units::Velocity maximumSpeed; // reachable top speed, or the speed limiter if lower
    units::Power ratedPower;
    units::MassDensity airDensity; // road-load reference conditions
    wltp::Downscaling downscalingLow, downscalingHigh;
    wltp::CappedSpeed cappedSpeed;
    units::Length cycleDistanceLow, cycleDistanceHigh; // of the cycle as driven
    wltp::PevTestResult low, high;
};

struct EvaluationResult {
    units::Mass kitMass; // catalog parts + modules + extra
    units::Mass convertedMassInRunningOrder;
    units::Dimensionless massChangeRatio; // converted / original (FR: ≤ 1.20, regulation §0)
    units::MassDensity airDensity;
    units::Energy usableEnergy;
    WltcSelection wltc; // with the motor's peak power and reachable v_max
    MotorSizingResult motor;
    BatterySizingResult battery;
    std::vector<CycleCaseResult> cycles; // cycle-major, payload-minor
    std::optional<WltpEvaluation> wltp;
    std::vector<std::string> warnings; // codes, e.g. "payload-over-gvw", "shortfall:<cycle>:<payload>"
};

// Empty (converted mass in running order), half, full (GVW).
std::vector<PayloadCase> defaultPayloads(units::Mass convertedMassInRunningOrder, units::Mass gvw);

// Throws InputError on bad input or an unknown cycle id.
EvaluationResult evaluate(const RetrofitDesignInput &input, const std::vector<DriveCycle> &cycles);
// The WLTP procedure for the design (wltp.h): test masses from `sized`'s converted mass in
// running order, the class cycle `classCycle` (the cycle of sized.wltc) downscaled and capped,
// then the PEV Type 1 test at TM_L and TM_H with the road load at reference conditions, the
// rotational mass of Annex 4 and the HVAC off (Annex 8: auxiliaries off during the test).
WltpEvaluation evaluateWltp(const RetrofitDesignInput &input, const EvaluationResult &sized,
                            const DriveCycle &classCycle);
// Faster: cycles prepared once by the caller (benchmarks, batch design sweeps).
EvaluationResult evaluate(const RetrofitDesignInput &input, const std::vector<PreparedCycle> &cycles);

// Several designs on the same prepared cycles, their cycle runs batched together (simulateBatch:
// four runs per loop, whatever each design's number of payload cases), which is faster than one
// evaluate() per design. For each design exactly what evaluate() returns, or in errors[k] the
// exception it throws (results[k] then stays empty); one bad design does not stop the others.
struct ManyEvaluations {
    std::vector<EvaluationResult> results;
    std::vector<std::exception_ptr> errors; // null where the design was evaluated
};
ManyEvaluations evaluateMany(std::span<const RetrofitDesignInput> inputs, const std::vector<PreparedCycle> &cycles);

} // namespace remaster::model
