// Internal to the simulation (simulation.cpp, simulation_batch.cpp): the raw per-run constants
// and accumulators shared by the reference loop and the batched one, so both read the setup the
// same way and report through the same code.
#pragma once

#include "model/simulation.h"

#include <array>

namespace remaster::model::detail {

// Raw accumulators (J, m, s) of one bucket.
struct Acc {
    double distance = 0, time = 0, traction = 0, braking = 0, rolling = 0, aero = 0, kinetic = 0, potential = 0,
           regenWheel = 0, friction = 0, regenDc = 0, gear = 0, motor = 0, inverter = 0, battery = 0, aux = 0,
           terminal = 0, chemical = 0;
    void add(const Acc &o)
    {
        distance += o.distance;
        time += o.time;
        traction += o.traction;
        braking += o.braking;
        rolling += o.rolling;
        aero += o.aero;
        kinetic += o.kinetic;
        potential += o.potential;
        regenWheel += o.regenWheel;
        friction += o.friction;
        regenDc += o.regenDc;
        gear += o.gear;
        motor += o.motor;
        inverter += o.inverter;
        battery += o.battery;
        aux += o.aux;
        terminal += o.terminal;
        chemical += o.chemical;
    }
};

struct ShortfallAcc {
    int seconds = 0;
    double maxTorque = 0, maxPower = 0, first = -1;
    void record(double t, double torqueShort, double powerShort)
    {
        if (seconds == 0)
            first = t;
        ++seconds;
        maxTorque = std::max(maxTorque, torqueShort);
        maxPower = std::max(maxPower, powerShort);
    }
};

// The accumulators of a run turned into its result: per phase, in total, and the shortfalls.
void writeResult(const std::array<Acc, PreparedCycle::kMaxBuckets> &acc,
                 const std::array<ShortfallAcc, kDriveLimitCount> &sf, const PreparedCycle &cycle, double chargerEff,
                 double usable, SimulationResult &out);

// Validates the options a run reads (initial SOC, usable energy); throws InputError.
void validateOptions(const SimulationOptions &options);

// Everything the loop reads of a setup, as plain doubles: the loop runs 1 800 times per WLTC
// and must not reload through references or divide where a multiplication by a precomputed
// inverse does.
struct LoopConstants {
    explicit LoopConstants(const VehicleSetup &setup);
    RoadLoad::Coefficients rl;
    double radius, ratio, etaG;
    double torquePerForce; // wheel force → motor torque, motoring
    double regenTorquePerForce; // wheel force → motor torque, braking
    double wheelTorquePerMotor;
    MotorModel::Raw mr;
    double invEtaInv;
    double rPack, qPack, vMinPack, vMaxPack, iDis, iChg, pAux;
    double invRadius, invRPack, half_invRPack, fourRPack, invQPack;
    double regenMax, fadeSpeed, invFadeSpeed, regenFrac;
    bool axleLimit, rearDrive; // axle limit of regeneration (powertrain.h, RegenAxle); none → no limit
    double nFrontStatic, hOverL, mu;
    double weight, invWeight;
    double chargerEff;
};

} // namespace remaster::model::detail
