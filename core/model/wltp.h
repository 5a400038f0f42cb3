// The WLTP type-approval procedure for pure electric N1 and M1 vehicles, as UN GTR No. 15 and
// Regulation (EU) 2017/1151 Annex XXI write it, so that ReMaster's "WLTP" figures mean what the
// published ones mean. docs/wltp.md explains each step with its paragraph; the paragraph numbers
// below are those of GTR 15 (the EU sub-annexes carry the same text: Annex 1 ↔ Sub-Annex 1,
// Annex 4 ↔ Sub-Annex 4, Annex 8 ↔ Sub-Annex 8).
//
//  1. Test masses (Annex 4 §4.2.1.3.1 with the load share of the "mass representative of the
//     vehicle load", 15 % for M1 and 28 % for N1):
//       TM = m_ro + 25 kg + m_optional + share × (MPLM − m_ro − 25 kg − m_optional)
//     with TM_L at the lightest and TM_H at the heaviest optional equipment.
//  2. The cycle of the vehicle's class (Annex 1 §1–2, already chosen from the power-to-mass
//     ratio), downscaled (Annex 1 §8) when the vehicle's power is short of the class's reference
//     point, then capped (Annex 1 §9) when its maximum speed is below the cycle's.
//  3. The Type 1 test of a pure electric vehicle (Annex 8 §3.4): WLTCs driven back to back from
//     a full battery until the break-off criterion (consecutive cycle procedure, CCP), the
//     usable battery energy UBE measured at the battery's terminals, the recharged energy E_AC
//     measured at the mains, and (Annex 8 §4.4, §4.3)
//       EC_DC,WLTC = Σ_j K_j · EC_DC,WLTC,j,   K_1 = ΔE_REESS,1 / UBE,  K_j = (1 − K_1)/(n − 1)
//       PER_WLTC = AER = UBE / EC_DC,WLTC,      EC_AC,WLTC = E_AC / AER.
//     The shortened test procedure (STP, Annex 8 §3.4.4.2) measures the same quantities on two
//     dynamic segments (the first and the last cycle) and weights them with K_1 and K_2 = 1 − K_1:
//     on a battery whose efficiency changes with the state of charge the two answers differ, and
//     both are reported.
#pragma once

#include "model/drive_cycle.h"
#include "model/road_load.h"
#include "model/simulation.h"
#include "model/units.h"

#include <string>
#include <vector>

namespace remaster::model::wltp {

enum class Category { M1, N1 };
// "M1" / "N1" (registration field J). Other categories are not in WLTP's scope: InputError
// naming `field`.
Category categoryFromCode(const std::string &code, const std::string &field);

// ---- 1. Test masses ----
struct TestMassInput {
    Category category = Category::N1;
    units::Mass massInRunningOrder; // m_ro, incl. the 75 kg driver (EU definition)
    units::Mass maximumLadenMass; // technically permissible maximum laden mass (MPLM, F.1)
    units::Mass optionalEquipmentLow = units::kilograms(0.0); // vehicle L: lightest options
    units::Mass optionalEquipmentHigh = units::kilograms(0.0); // vehicle H: heaviest options
};

struct TestMasses {
    double loadShare = 0; // 0.15 (M1) or 0.28 (N1)
    units::Mass maximumVehicleLoadLow, maximumVehicleLoadHigh; // MPLM − m_ro − 25 − m_optional
    units::Mass low, high; // TM_L, TM_H
};

inline constexpr double kDriverSupplementKg = 25.0; // Annex 4 §4.2.1.3.1: "25 kg"
inline constexpr double kLoadShareM1 = 0.15;
inline constexpr double kLoadShareN1 = 0.28;

// Throws InputError when a mass is out of range or the vehicle load would be negative.
TestMasses testMasses(const TestMassInput &in);

// Rotational mass used with TM on the road (Annex 4 §2.5.1: 3 % of m_ro + 25 kg when not
// measured). Returned as the factor λ of RoadLoad (m_eff = TM·(1 + λ)).
inline constexpr double kRotationalMassShare = 0.03;
units::Dimensionless rotatingMassFactor(units::Mass massInRunningOrder, units::Mass testMass);

// Road-load reference conditions (Annex 4 §3.2.4 / §4.5: 20 °C, 100 kPa) → dry-air density.
units::MassDensity referenceAirDensity();

// ---- 2. Downscaling (Annex 1 §8) and capped speed (Annex 1 §9) ----
struct DownscalingParameters {
    int windowStart, peak, windowEnd; // s: acceleration from start to peak, deceleration to end
    int referenceTime; // s: the point of maximum required power
    double referenceSpeedKmh, referenceAcceleration; // at that point (km/h, m/s²)
    double r0, a1, b1; // f_dsc = a1·r_max + b1 when r_max ≥ r0
};
// Annex 1 §8.2 table for the class (3a and 3b share class 3's).
DownscalingParameters downscalingParameters(WltcClass c);

struct Downscaling {
    double requiredPowerKw = 0; // P_req,max at the reference point
    double rMax = 0; // P_req,max / P_rated
    double factor = 0; // f_dsc, rounded to 3 decimals; 0 when not applied
    bool applied = false; // f_dsc > 0.01 (§8.3)
};

// k_r of the required-power formula (Annex 1 §8.3: 1.03).
inline constexpr double kDownscalingInertiaFactor = 1.03;
// P_req,max = (f0·v + f1·v² + f2·v³ + 1.03·a·v·TM)/3600 with f0 N, f1 N/(km/h), f2 N/(km/h)²,
// v km/h, a m/s², TM kg. `roadLoad` at the test mass.
Downscaling downscalingFactor(WltcClass c, const RoadLoad &roadLoad, units::Power ratedPower);
// The downscaled trace (§8.2): in the window, accelerations × (1 − f_dsc) up to the peak, then
// the decelerations scaled so that the speed meets the original at the window's end; speeds
// rounded to 0.1 km/h. A factor of 0 returns the cycle unchanged.
DriveCycle downscale(const DriveCycle &cycle, WltcClass c, double factor);

struct CappedSpeed {
    bool applied = false;
    units::Velocity cap; // v_cap (the vehicle's maximum speed) when applied
    int addedSeconds = 0; // Σ over phases
};
// §9: speeds above v_cap become v_cap, and each phase that was capped gets
// Δt = round((d_orig − d_capped)/v_cap) extra seconds at v_cap (inserted where the capped plateau
// begins) so that every phase keeps its distance. Phases are shifted accordingly.
DriveCycle capSpeed(const DriveCycle &cycle, units::Velocity cap, CappedSpeed &info);

// ---- 3. The PEV Type 1 test ----
struct PevTestOptions {
    units::Dimensionless initialSoc; // fully charged (the kit's upper SOC limit)
    units::Dimensionless breakOffSoc; // the BMS's lower limit: the test ends there
    units::Dimensionless chargerEfficiency; // mains → battery (E_AC = chemical energy / η)
    int maxCycles = 200; // safety stop; reaching it is an InputError (no break-off)
};

struct PevCycleRecord {
    units::Length distance;
    units::Energy terminalEnergy; // ΔE_REESS,j at the battery's terminals (DC wattmeter)
    bool complete = true; // false for the cycle in which break-off happened
};

struct PevTestResult {
    int completeCycles = 0;
    std::vector<PevCycleRecord> cycles;
    units::Energy usableBatteryEnergy; // UBE: Σ ΔE_REESS to break-off
    units::Energy rechargedEnergy; // E_AC from the mains
    units::Length distanceToBreakOff; // driven, measured (CCP)
    double k1 = 0; // K_1 = ΔE_REESS,1 / UBE
    // Consecutive cycle procedure: every complete cycle weighted by K_j.
    EnergyPerLength ecDcCcp;
    units::Length aerCcp; // UBE / EC_DC,WLTC
    EnergyPerLength ecAcCcp; // E_AC / AER
    // Shortened test procedure: first and last complete cycle, K_1 and 1 − K_1.
    EnergyPerLength ecDcStp;
    units::Length aerStp;
    EnergyPerLength ecAcStp;
    bool followedTrace = true; // every cycle before break-off followed the trace
};

// Drives `cycle` back to back from initialSoc until the state of charge reaches breakOffSoc.
// Throws InputError if the battery never reaches it within maxCycles (no consumption).
PevTestResult runPevTest(const VehicleSetup &setup, const PreparedCycle &cycle, const PevTestOptions &options);

} // namespace remaster::model::wltp
