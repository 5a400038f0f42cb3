// Quasi-static 1 Hz energy simulation of the converted van over a drive cycle.
//
// For each 1 s interval [t, t+1] of the trace the mean speed v̄ = (v_t + v_t+1)/2, the
// acceleration a = v_t+1 − v_t and the grade at t are held constant (backward-looking model as in
// FASTSim/ADVISOR, typical-parameters.md §5.1). Chain: road-load force → wheel torque (tyre rolling
// radius) → reducer (efficiency in the direction of power flow) → motor/inverter losses and
// envelope → DC bus + auxiliaries → battery (P = V_oc·I − I²·R solved for I) → SOC.
//
// Because a·v̄ = (v_t+1² − v_t²)/2 per interval, the kinetic term sums exactly to
// ½·m·(1+λ)·(v_end² − v_0²): the energy balance closes to rounding when the drivetrain follows.
//
// When the drivetrain cannot deliver the trace's demand (torque, power, speed, battery), the
// delivered torque is clipped, the trace is still taken as driven (kinematics unchanged) and the
// shortfall is recorded per limit — never silently. Energy figures then underestimate the
// consumption of a vehicle that would really follow the trace.
//
// Standstill intervals (v̄ = 0) draw only auxiliaries (brakes hold the van). An interval with zero
// motor torque counts no motor/inverter loss (inverter idle; spin drag goes to braking).
#pragma once

#include "model/drive_cycle.h"
#include "model/powertrain.h"
#include "model/road_load.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace remaster::model {

using EnergyPerLength = units::quantity<boost::units::divide_typeof_helper<units::si::energy, units::si::length>::type>;
inline double inWattHoursPerKilometre(EnergyPerLength e)
{
    return e.value() / 3.6;
}
inline EnergyPerLength wattHoursPerKilometre(double v)
{
    return EnergyPerLength::from_value(v * 3.6);
}

struct VehicleSetup {
    RoadLoad roadLoad; // at the test mass of this run
    units::Length tyreRollingRadius; // 0.2 … 0.6 m
    Gear gear;
    MotorModel motor;
    BatteryPack pack;
    AuxLoads aux;
    RegenPolicy regen;
    units::Dimensionless chargerEfficiency = units::ratio(0.86); // plug→battery, 0.5 … 1 (§5.3)
    void validate() const; // throws InputError
};

// Per-interval arrays computed once per cycle (the hot loop reads only these).
struct PreparedCycle {
    std::string id;
    std::vector<double> vMean; // m/s
    std::vector<double> accel; // m/s²
    std::vector<double> sinGrade, cosGrade;
    std::vector<unsigned char> bucket; // phase index per interval
    std::vector<std::string> bucketNames;
    units::Length distance;
    static constexpr std::size_t kMaxBuckets = 16;
};
// Throws InputError on bad phases/grades. Intervals outside every phase go to a bucket named
// "(outside phases)"; a cycle without phases gets one bucket named "All".
PreparedCycle prepareCycle(const DriveCycle &cycle);

// Largest share of the braking force the driven axle may take at deceleration z (in g), from
// its dynamic normal load, the tyre–road adhesion and, for a rear-drive van, UN R13-H's braking
// order (RegenPolicy in powertrain.h). 1 for z ≤ 0. Exposed for the tests.
inline double regenAxleShare(double z, double frontStaticShare, double cgHeightOverWheelbase, double adhesion, bool rearDrive)
{
    if (!(z > 0.0))
        return 1.0;
    const double nFront = std::clamp(frontStaticShare + z * cgHeightOverWheelbase, 0.0, 1.0);
    const double nDriven = rearDrive ? 1.0 - nFront : nFront;
    double share = std::min(1.0, adhesion * nDriven / z);
    // UN R13-H Annex 5 §3.1.1: between z = 0.15 and 0.8 the rear axle must not use more
    // adhesion than the front, so the rear may take at most its ideal share (n_r).
    if (rearDrive && z >= 0.15)
        share = std::min(share, nDriven);
    return share;
}

enum class DriveLimit { MotorTorque, MotorPower, MotorSpeed, BatteryPower };
inline constexpr std::size_t kDriveLimitCount = 4;
const char *driveLimitCode(DriveLimit l); // "motor-torque", "motor-power", "motor-speed", "battery-power"

struct LimitShortfall {
    DriveLimit limit = DriveLimit::MotorTorque;
    int seconds = 0; // intervals in which this limit clipped the demand
    units::Torque maxWheelTorqueShortfall; // largest (demanded − available) at the wheel
    units::Power maxPowerShortfall; // largest (demanded − available) wheel power
    units::Time firstTime; // start of the first clipped interval; −1 s if none
    bool occurred() const { return seconds > 0; }
};

struct EnergyResult {
    units::Length distance;
    units::Time duration;
    // Wheel side: traction − braking = rolling + aero + ΔE_kin + ΔE_pot (energy balance).
    units::Energy tractionAtWheel; // positive wheel work
    units::Energy brakingAtWheel; // magnitude of negative wheel work
    units::Energy rollingResistance; // f0·cosθ + f1·v part
    units::Energy aerodynamicDrag; // f2·v² part
    units::Energy deltaKinetic; // incl. rotating mass
    units::Energy deltaPotential;
    units::Energy regenAtWheel; // braking taken by the motor
    units::Energy frictionBraking; // the rest
    units::Energy regenerated; // returned to the DC bus by the inverter
    units::Energy gearLoss, motorLoss, inverterLoss, batteryLoss; // batteryLoss = I²R
    units::Energy aux; // HV-side auxiliaries incl. DC-DC loss
    units::Energy batteryTerminal; // net at the pack terminals
    units::Energy batteryNet; // net chemical energy (terminal + I²R) = ΔSOC·capacity·V_oc
    units::Energy plug; // batteryNet / charger efficiency
    EnergyPerLength batteryPerDistance, plugPerDistance;
    units::Length range; // usable energy / batteryPerDistance (0 if no distance)
};

struct PhaseResult {
    std::string name;
    EnergyResult energy;
};

struct TracePoint {
    units::Time time;
    units::Velocity speed; // v̄ of the interval
    units::Power batteryPower; // terminal, + discharge
    units::Dimensionless soc; // at the end of the interval
};

struct SimulationOptions {
    units::Dimensionless initialSoc = units::ratio(0.95);
    units::Energy usableEnergy = units::kilowattHours(0.0); // for range; 0 → range 0
    bool recordTrace = false; // off by default (speed)
};

struct SimulationResult {
    std::string cycleId;
    EnergyResult total;
    std::vector<PhaseResult> phases;
    std::array<LimitShortfall, kDriveLimitCount> shortfalls {};
    bool followedTrace = true; // no limit clipped the demand
    units::Dimensionless finalSoc;
    std::vector<TracePoint> trace;
};

SimulationResult simulate(const VehicleSetup &setup, const PreparedCycle &cycle, const SimulationOptions &options = {});
// Same, reusing `out`'s buffers (no allocation after the first call with the same cycle).
// Does not validate `setup` (call setup.validate() once); options are validated.
void simulateInto(const VehicleSetup &setup, const PreparedCycle &cycle, const SimulationOptions &options,
                  SimulationResult &out);

// Several runs on one cycle at once (the evaluation's payload cases): for each setup the result
// simulateInto gives, equal to the last bit (tested), in less time. Four runs share one loop as
// the lanes of SIMD registers (AVX2 where the processor has it, else SSE2), so the battery's
// dependency chain (SOC → OCV → current → SOC) is paid once per interval for four runs
// (simulation_batch.cpp). Traces (options.recordTrace) come from simulateInto. Setups are not
// validated (as simulateInto); std::invalid_argument if `out` is not as long as `setups`.
void simulateBatch(std::span<const VehicleSetup> setups, const PreparedCycle &cycle, const SimulationOptions &options,
                   std::span<SimulationResult> out);
// Same with options per run (each its own initial SOC, usable energy and trace choice).
void simulateBatch(std::span<const VehicleSetup> setups, const PreparedCycle &cycle,
                   std::span<const SimulationOptions> options, std::span<SimulationResult> out);
// The loop simulateBatch runs on this processor: "avx2", "sse2" or "scalar" (for the benchmark).
const char *simulateBatchKernel();

} // namespace remaster::model
