// Battery pack sizing: voltage window vs inverter/motor DC range, energy, mass, power
// capability and charge time (modules × series × parallel).
#pragma once

#include "model/catalog.h"
#include "model/powertrain.h"

#include <optional>
#include <string>

namespace remaster::model {

struct VoltageWindowCheck {
    std::string against; // "inverter", "motor"
    units::Voltage packEmpty, packNominal, packFull; // module min/nominal/max × series
    units::Voltage rangeMin, rangeMax; // accepted DC range of the device
    bool pass = false; // rangeMin ≤ empty and full ≤ rangeMax
    std::string problem; // "" or "empty-below-min", "full-above-max", "both"
};

struct DcChargingInput {
    units::Power power; // DC charge point / inlet limit, 1 … 400 kW
    units::Current currentLimit; // inlet/contactor limit, 1 … 1 000 A
};

struct BatterySizingInput {
    BatteryModule module;
    int series = 0, parallel = 0;
    // Usable SOC window: 5 %–95 % by default, representative (Zoe ZE50 uses 2.9–98 %,
    // typical-parameters.md §5.3; a retrofit keeps more margin on second-life cells).
    units::Dimensionless socMin = units::ratio(0.05), socMax = units::ratio(0.95);
    units::Voltage inverterDcMin, inverterDcMax;
    units::Voltage motorDcMin, motorDcMax;
    units::Power motorDemandDischarge; // peak DC power the motor/inverter draws
    units::Power motorDemandRegen; // DC power the regen policy asks the pack to take
    Charger acCharger; // power = AC input rating, efficiency to the pack
    std::optional<DcChargingInput> dcCharging;
};

struct ChargeTimeEstimate {
    units::Time duration; // 10 % → 80 % SOC
    units::Energy intoPack; // chemical energy stored
    units::Energy fromGrid; // AC: / charger efficiency; DC: terminal energy (no off-board loss)
};

struct BatterySizingResult {
    VoltageWindowCheck inverterWindow, motorWindow;
    units::Energy grossEnergy, usableEnergy;
    units::Mass mass; // modules only
    units::Volume volume; // modules only (no housing/cooling)
    units::Charge capacity;
    units::Resistance resistance;
    units::Power peakDischargeAtMidSoc, peakDischargeAtMinSoc;
    units::Power peakRegenAtMidSoc, peakRegenAtMaxSoc;
    units::Power dischargeDemand, regenDemand; // what the two checks below compare against
    bool dischargePass = false; // at min SOC ≥ motor demand (worst case)
    bool regenPass = false; // at 50 % SOC ≥ regen demand (every EV derates regen near full)
    ChargeTimeEstimate acCharge;
    std::optional<ChargeTimeEstimate> dcCharge;
    bool pass() const { return inverterWindow.pass && motorWindow.pass && dischargePass && regenPass; }
};

// Peak powers at the pack terminals: discharge I = min(I_max·p, (V_oc − V_min)/R, V_oc/2R),
// regen I = min(I_chg·p, (V_max − V_oc)/R). Charge model: constant current (current limit or
// power/terminal voltage, whichever is lower) integrated in 1 % SOC steps from 10 % to 80 %.
// Taper assumption: NMC packs switch to constant voltage near 80 % SOC, so 10→80 % is modelled
// as pure CC (documented simplification; above 80 % this model does not apply).
BatterySizingResult sizeBattery(const BatterySizingInput &in);

// Voltage window of one device (exposed for tests / UI).
VoltageWindowCheck checkVoltageWindow(const BatteryPack &pack, units::Voltage min, units::Voltage max,
                                      const std::string &against);

} // namespace remaster::model
