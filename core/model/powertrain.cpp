#include "model/powertrain.h"

#include <algorithm>

namespace remaster::model {
using detail::requireRange;
using detail::throwIf;

MotorModel::MotorModel(const MotorParams &p)
    : m_p(p)
{
    std::vector<FieldError> errs;
    const double pk = units::inKilowatts(p.peakPower);
    requireRange(errs, "motor.peak_power", pk, 1.0, 1000.0, "kW");
    requireRange(errs, "motor.continuous_power", units::inKilowatts(p.continuousPower), 1.0, std::max(1.0, pk), "kW");
    requireRange(errs, "motor.peak_torque", units::inNewtonMetres(p.peakTorque), 10.0, 2000.0, "N·m");
    requireRange(errs, "motor.max_speed", units::inRpm(p.maxSpeed), 1000.0, 25000.0, "rpm");
    requireRange(errs, "motor.peak_efficiency", p.peakEfficiency.value(), 0.80, 0.99, "");
    requireRange(errs, "inverter.efficiency", p.inverterEfficiency.value(), 0.85, 0.995, "");
    throwIf(errs);
    m_r.peakTorque = p.peakTorque.value();
    m_r.peakPower = p.peakPower.value();
    m_r.contPower = p.continuousPower.value();
    m_r.contTorque = m_r.peakTorque * m_r.contPower / m_r.peakPower;
    m_r.baseSpeed = m_r.peakPower / m_r.peakTorque;
    m_r.maxSpeed = p.maxSpeed.value();
    m_r.etaInv = p.inverterEfficiency.value();
    if (!(m_r.baseSpeed < m_r.maxSpeed))
        throw InputError({ { "motor.max_speed",
                             QT_TRANSLATE_NOOP("Model",
                                               "maximum speed is not above the base speed "
                                               "peak_power/peak_torque"),
                             "> " + detail::fmt(units::inRpm(baseSpeed())) + " rpm",
                             detail::fmt(units::inRpm(p.maxSpeed)) + " rpm" } });

    // Shape at the reference point (ω_b, ½·T_pk), loss normalised to 1 W there (split: see the
    // class comment and docs/model.md §3).
    const double wRef = m_r.baseSpeed, tRef = 0.5 * m_r.peakTorque;
    double kCu = kLossShareCopper / (tRef * tRef), kFe = kLossShareIron / wRef,
           kW = kLossShareWindage / (wRef * wRef), c0 = kLossShareConstant;
    // Best (T·ω)/loss over the envelope; the argmax does not depend on a common scale. The grid
    // depends only on the envelope (peak torque, peak power, maximum speed); design sweeps and
    // the kit finder build the same motor thousands of times, so the last grid of each thread
    // is kept and reused when the envelope is the same (the figures are then identical).
    struct GridBest {
        double peakTorque = -1, peakPower = -1, maxSpeed = -1, power = 0, loss = 1;
    };
    thread_local GridBest last;
    double bestP = 0.0, bestL = 1.0;
    if (last.peakTorque == m_r.peakTorque && last.peakPower == m_r.peakPower && last.maxSpeed == m_r.maxSpeed) {
        bestP = last.power;
        bestL = last.loss;
    } else {
        constexpr int n = 64;
        double bestRatio = 0.0;
        for (int i = 1; i <= n; ++i) {
            const double w = m_r.maxSpeed * i / n;
            const double tMax = peakTorqueRaw(w);
            for (int j = 1; j <= n; ++j) {
                const double t = tMax * j / n;
                const double l = c0 + kCu * t * t + kFe * w + kW * w * w;
                const double ratio = t * w / l;
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    bestP = t * w;
                    bestL = l;
                }
            }
        }
        last = { m_r.peakTorque, m_r.peakPower, m_r.maxSpeed, bestP, bestL };
    }
    // η_max = P/(P + s·L) ⇒ s = P·(1−η)/(η·L).
    const double eta = p.peakEfficiency.value();
    const double s = bestP * (1.0 - eta) / (eta * bestL);
    m_r.c0 = c0 * s;
    m_r.kCu = kCu * s;
    m_r.kFe = kFe * s;
    m_r.kW = kW * s;
}

MotorModel MotorModel::fromCatalog(const Motor &m, const Inverter &inv)
{
    MotorParams p;
    p.peakPower = std::min(m.peakPower.value, inv.peakPower.value);
    p.continuousPower = std::min({ m.continuousPower.value, inv.continuousPower.value, p.peakPower });
    p.peakTorque = m.peakTorque.value;
    p.maxSpeed = m.maxSpeed.value;
    p.peakEfficiency = m.peakEfficiency.value;
    p.inverterEfficiency = inv.efficiency.value;
    return MotorModel(p);
}

units::Torque MotorModel::peakTorqueAt(units::AngularVelocity w) const
{
    return units::newtonMetres(peakTorqueRaw(std::fabs(w.value())));
}
units::Torque MotorModel::continuousTorqueAt(units::AngularVelocity w) const
{
    return units::newtonMetres(contTorqueRaw(std::fabs(w.value())));
}
units::Power MotorModel::loss(units::Torque t, units::AngularVelocity w) const
{
    return units::watts(lossRaw(t.value(), std::fabs(w.value())));
}
units::Dimensionless MotorModel::efficiency(units::Torque t, units::AngularVelocity w) const
{
    const double pm = t.value() * w.value();
    const double l = lossRaw(t.value(), std::fabs(w.value()));
    if (pm == 0.0)
        return units::ratio(0.0);
    return units::ratio(pm > 0.0 ? pm / (pm + l) : (-pm - l) / -pm);
}
units::Power MotorModel::dcPower(units::Torque t, units::AngularVelocity w) const
{
    return units::watts(dcPowerRaw(t.value(), w.value()));
}

void Gear::validate() const
{
    std::vector<FieldError> errs;
    requireRange(errs, "reducer.ratio", ratio.value(), 1.0, 20.0, "");
    requireRange(errs, "reducer.efficiency", efficiency.value(), 0.80, 1.0, "");
    throwIf(errs);
}

BatteryPack::BatteryPack(const BatteryModule &module, int series, int parallel)
    : m_module(module)
    , m_series(series)
    , m_parallel(parallel)
{
    std::vector<FieldError> errs;
    requireRange(errs, "battery.modules_in_series", series, 1, 400, "");
    requireRange(errs, "battery.strings_in_parallel", parallel, 1, 20, "");
    const double vMin = module.minVoltage.value.value(), vMax = module.maxVoltage.value.value();
    const double vNom = module.nominalVoltage.value.value();
    requireRange(errs, "battery_module.min_voltage", vMin, 1.0, 1000.0, "V");
    requireRange(errs, "battery_module.max_voltage", vMax, 1.0, 1000.0, "V");
    if (vMax <= vMin)
        errs.push_back({ "battery_module.max_voltage", QT_TRANSLATE_NOOP("Model", "must exceed min_voltage"),
                         "> " + detail::fmt(vMin) + " V", detail::fmt(vMax) + " V" });
    requireRange(errs, "battery_module.nominal_voltage", vNom, vMin, vMax, "V");
    requireRange(errs, "battery_module.capacity", units::inAmpereHours(module.capacity.value), 0.5, 2000.0, "Ah");
    requireRange(errs, "battery_module.energy", units::inKilowattHours(module.energy.value), 0.005, 200.0, "kWh");
    requireRange(errs, "battery_module.internal_resistance", units::inMilliohms(module.internalResistance.value), 0.01,
                 10000.0, "mΩ");
    requireRange(errs, "battery_module.max_discharge_current", units::inAmperes(module.maxDischargeCurrent.value), 0.1,
                 5000.0, "A");
    requireRange(errs, "battery_module.max_charge_current", units::inAmperes(module.maxChargeCurrent.value), 0.1,
                 5000.0, "A");
    requireRange(errs, "battery_module.mass", units::inKilograms(module.mass.value), 0.0, 1000.0, "kg");
    throwIf(errs);
    m_vMin = vMin * series;
    m_vMax = vMax * series;
    m_vNom = vNom * series;
    m_q = module.capacity.value.value() * parallel;
    m_r = module.internalResistance.value.value() * series / parallel;
    m_iDis = module.maxDischargeCurrent.value.value() * parallel;
    m_iChg = module.maxChargeCurrent.value.value() * parallel;
}

units::Voltage BatteryPack::minVoltage() const
{
    return units::volts(m_vMin);
}
units::Voltage BatteryPack::nominalVoltage() const
{
    return units::volts(m_vNom);
}
units::Voltage BatteryPack::maxVoltage() const
{
    return units::volts(m_vMax);
}
units::Charge BatteryPack::capacity() const
{
    return m_q * units::si::coulomb;
}
units::Energy BatteryPack::grossEnergy() const
{
    return m_module.energy.value * static_cast<double>(moduleCount());
}
units::Mass BatteryPack::mass() const
{
    return m_module.mass.value * static_cast<double>(moduleCount());
}
units::Volume BatteryPack::volume() const
{
    return m_module.length.value * m_module.width.value * m_module.height.value * static_cast<double>(moduleCount());
}
units::Voltage BatteryPack::openCircuitVoltage(units::Dimensionless soc) const
{
    std::vector<FieldError> errs;
    requireRange(errs, "soc", soc.value(), 0.0, 1.0, "");
    throwIf(errs);
    return units::volts(ocvRaw(soc.value()));
}
units::Voltage BatteryPack::terminalVoltage(units::Dimensionless soc, units::Current i) const
{
    return openCircuitVoltage(soc) - i * resistance();
}

void AuxLoads::validate() const
{
    std::vector<FieldError> errs;
    requireRange(errs, "aux.base_power", units::inKilowatts(base), 0.0, 10.0, "kW");
    requireRange(errs, "aux.hvac_power", units::inKilowatts(hvac), 0.0, 15.0, "kW");
    requireRange(errs, "aux.low_voltage_power", units::inKilowatts(lowVoltage), 0.0, 5.0, "kW");
    requireRange(errs, "dcdc.efficiency", dcdcEfficiency.value(), 0.5, 1.0, "");
    throwIf(errs);
}
units::Power AuxLoads::hvPower() const
{
    return base + hvac + lowVoltage / dcdcEfficiency.value();
}

void RegenPolicy::validate() const
{
    std::vector<FieldError> errs;
    requireRange(errs, "regen.max_power", units::inKilowatts(maxPower), 0.0, 500.0, "kW");
    requireRange(errs, "regen.fade_speed", units::inKilometresPerHour(fadeSpeed), 0.0, 50.0, "km/h");
    requireRange(errs, "regen.recoverable_fraction", recoverableFraction.value(), 0.0, 1.0, "");
    requireRange(errs, "regen.cg_height", units::inMetres(cgHeight), 0.2, 2.5, "m");
    requireRange(errs, "regen.tyre_road_adhesion", adhesion.value(), 0.1, 1.5, "");
    if (axle) {
        requireRange(errs, "regen.axle.front_static_share", axle->frontStaticShare, 0.0, 1.0, "");
        requireRange(errs, "regen.axle.wheelbase", units::inMetres(axle->wheelbase), 1.5, 6.0, "m");
    }
    throwIf(errs);
}

} // namespace remaster::model
