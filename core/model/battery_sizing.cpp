#include "model/battery_sizing.h"

#include <algorithm>
#include <cmath>

namespace remaster::model {
using detail::requireRange;
using detail::throwIf;

VoltageWindowCheck checkVoltageWindow(const BatteryPack &pack, units::Voltage min, units::Voltage max,
                                      const std::string &against)
{
    {
        std::vector<FieldError> errs;
        requireRange(errs, against + ".dc_voltage_min", units::inVolts(min), 0.0, 1500.0, "V");
        requireRange(errs, against + ".dc_voltage_max", units::inVolts(max), units::inVolts(min), 1500.0, "V");
        throwIf(errs);
    }
    VoltageWindowCheck c;
    c.against = against;
    c.packEmpty = pack.minVoltage();
    c.packNominal = pack.nominalVoltage();
    c.packFull = pack.maxVoltage();
    c.rangeMin = min;
    c.rangeMax = max;
    const bool low = c.packEmpty<min, high = c.packFull> max;
    c.pass = !low && !high;
    c.problem = low && high ? "both" : low ? "empty-below-min" : high ? "full-above-max" : "";
    return c;
}

namespace {
ChargeTimeEstimate chargeCc(const BatteryPack &pack, double currentLimit, double powerLimit, double gridFactor)
{
    // 1 % SOC steps; in each the current is the lower of the current limit and the current at
    // which V_terminal·I = power limit, V_terminal = V_oc + I·R (charging).
    const double q = pack.capacityRaw(), r = pack.resistanceRaw();
    double t = 0.0, eChem = 0.0, eTerm = 0.0;
    for (int s = 10; s < 80; ++s) {
        const double voc = pack.ocvRaw((s + 0.5) / 100.0);
        // r·I² + voc·I − P = 0
        const double iP = (-voc + std::sqrt(voc * voc + 4.0 * r * powerLimit)) / (2.0 * r);
        const double i = std::min(currentLimit, iP);
        const double dt = 0.01 * q / i;
        t += dt;
        eChem += voc * i * dt;
        eTerm += (voc + i * r) * i * dt;
    }
    return { units::seconds(t), units::joules(eChem), units::joules(eTerm * gridFactor) };
}
} // namespace

BatterySizingResult sizeBattery(const BatterySizingInput &in)
{
    {
        std::vector<FieldError> errs;
        requireRange(errs, "battery.soc_min", in.socMin.value(), 0.0, 0.5, "");
        requireRange(errs, "battery.soc_max", in.socMax.value(), 0.5, 1.0, "");
        requireRange(errs, "charger.power", units::inKilowatts(in.acCharger.power.value), 0.5, 50.0, "kW");
        requireRange(errs, "charger.efficiency", in.acCharger.efficiency.value.value(), 0.5, 1.0, "");
        requireRange(errs, "motor.peak_dc_power", units::inKilowatts(in.motorDemandDischarge), 0.0, 1000.0, "kW");
        requireRange(errs, "regen.max_power", units::inKilowatts(in.motorDemandRegen), 0.0, 1000.0, "kW");
        if (in.dcCharging) {
            requireRange(errs, "dc_charging.power", units::inKilowatts(in.dcCharging->power), 1.0, 400.0, "kW");
            requireRange(errs, "dc_charging.current_limit", units::inAmperes(in.dcCharging->currentLimit), 1.0, 1000.0,
                         "A");
        }
        throwIf(errs);
    }
    const BatteryPack pack(in.module, in.series, in.parallel);
    BatterySizingResult r;
    r.inverterWindow = checkVoltageWindow(pack, in.inverterDcMin, in.inverterDcMax, "inverter");
    r.motorWindow = checkVoltageWindow(pack, in.motorDcMin, in.motorDcMax, "motor");
    r.grossEnergy = pack.grossEnergy();
    r.usableEnergy = r.grossEnergy * (in.socMax.value() - in.socMin.value());
    r.mass = pack.mass();
    r.volume = pack.volume();
    r.capacity = pack.capacity();
    r.resistance = pack.resistance();
    const double R = pack.resistanceRaw();
    const auto discharge = [&](double soc) {
        const double voc = pack.ocvRaw(soc);
        double i = std::min({ pack.maxDischargeRaw(), (voc - pack.minVoltageRaw()) / R, voc / (2 * R) });
        i = std::max(i, 0.0);
        return units::watts((voc - i * R) * i);
    };
    const auto regen = [&](double soc) {
        const double voc = pack.ocvRaw(soc);
        double i = std::min(pack.maxChargeRaw(), (pack.maxVoltageRaw() - voc) / R);
        i = std::max(i, 0.0);
        return units::watts((voc + i * R) * i);
    };
    r.peakDischargeAtMidSoc = discharge(0.5);
    r.peakDischargeAtMinSoc = discharge(in.socMin.value());
    r.peakRegenAtMidSoc = regen(0.5);
    r.peakRegenAtMaxSoc = regen(in.socMax.value());
    r.dischargeDemand = in.motorDemandDischarge;
    r.regenDemand = in.motorDemandRegen;
    r.dischargePass = r.peakDischargeAtMinSoc >= in.motorDemandDischarge;
    r.regenPass = r.peakRegenAtMidSoc >= in.motorDemandRegen;
    // AC: the charger draws its rated power from the grid; the pack gets power × efficiency.
    const double eta = in.acCharger.efficiency.value.value();
    r.acCharge = chargeCc(pack, pack.maxChargeRaw(), in.acCharger.power.value.value() * eta, 1.0 / eta);
    if (in.dcCharging)
        r.dcCharge = chargeCc(pack, std::min(pack.maxChargeRaw(), in.dcCharging->currentLimit.value()),
                              in.dcCharging->power.value(), 1.0);
    return r;
}

} // namespace remaster::model
