// Powertrain component models for the quasi-static simulation: motor + inverter, reduction
// gear, battery pack, auxiliary loads and the regenerative-braking policy.
//
// Each model validates its parameters once (InputError naming field and range) and exposes
// typed queries for the API plus raw-double inline versions for the simulation's hot loop.
#pragma once

#include "model/catalog.h"
#include "model/road_load.h"
#include "model/units.h"

#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace remaster::model {

struct MotorParams {
    units::Power peakPower; // 1 … 1 000 kW
    units::Power continuousPower; // 1 kW … peakPower
    units::Torque peakTorque; // 10 … 2 000 N·m
    units::AngularVelocity maxSpeed; // 1 000 … 25 000 rpm, > base speed
    units::Dimensionless peakEfficiency; // motor alone, 0.80 … 0.99
    units::Dimensionless inverterEfficiency; // 0.85 … 0.995, applied to every DC↔AC flow
};

// Motor + inverter.
//
// Envelope: peak torque T_pk up to the base speed ω_b = P_pk/T_pk, then constant power P_pk up
// to the maximum speed; the continuous envelope is the same shape with P_cont and
// T_cont = T_pk·P_cont/P_pk (same base speed: the continuous limit is thermal, i.e. a current
// limit, and current is proportional to torque below base speed).
//
// Loss model (motor): P_loss = c0 + k_cu·T² + k_fe·ω + k_w·ω²
//   c0   constant (magnetising, control) loss,   k_cu·T²  copper (I²R with I ∝ T),
//   k_fe·ω iron (hysteresis),                     k_w·ω²   windage, friction and eddy.
// Choice of coefficients (no per-motor map of the catalog motors is public): at the reference
// point (ω_b, ½·T_pk) the loss splits 90 % copper, 5 % iron, 5 % windage, 0 % constant. The
// split is the least-squares fit of this loss form to the published motor + controller
// efficiency map of FASTSim's 2016 Prius (efficiency by output-power fraction, 2 … 100 %,
// averaged over 0.5 … 2 × base speed; typical-parameters.md §5.3, docs/model.md §3) — a fit to a
// published map, not to any consumption figure (mark E). The split used until 2026.12 (45/30/10/15,
// representative, no source) put 15 % of the loss in a constant term and gave 55 % efficiency
// at 2 % of peak power against the map's 85 %: that part-load loss was most of the 7–10 % by
// which ReMaster exceeded FASTSim on the same inputs (docs/validation.md).
// The split fixes the map's shape; one common scale factor is then chosen so that the map's
// maximum efficiency over the peak envelope (64 × 64 grid) equals the catalog
// peak_efficiency exactly. Scaling every coefficient does not move the argmax of (T·ω)/P_loss,
// so the fit is closed-form. The inverter efficiency multiplies: motoring P_dc = P_elec/η_inv,
// generating P_dc = P_elec·η_inv.
class MotorModel
{
public:
    static constexpr double kLossShareCopper = 0.90, kLossShareIron = 0.05, kLossShareWindage = 0.05,
                            kLossShareConstant = 0.0;
    struct Raw { // SI doubles for hot loops
        double peakTorque, peakPower, contTorque, contPower, baseSpeed, maxSpeed;
        double c0, kCu, kFe, kW, etaInv;
    };

    explicit MotorModel(const MotorParams &p); // throws InputError
    static MotorModel fromCatalog(const Motor &m, const Inverter &inv);

    const MotorParams &params() const { return m_p; }
    const Raw &raw() const { return m_r; }

    units::AngularVelocity baseSpeed() const { return units::radiansPerSecond(m_r.baseSpeed); }
    units::Torque peakTorqueAt(units::AngularVelocity w) const;
    units::Torque continuousTorqueAt(units::AngularVelocity w) const;
    units::Power loss(units::Torque t, units::AngularVelocity w) const;
    // Motor-only efficiency, motoring (T·ω)/(T·ω + loss); generating the reverse.
    units::Dimensionless efficiency(units::Torque t, units::AngularVelocity w) const;
    // DC-bus power for a shaft torque (+ motoring, − generating), incl. inverter.
    units::Power dcPower(units::Torque t, units::AngularVelocity w) const;

    // Raw, inline: 0 above max speed.
    double peakTorqueRaw(double w) const
    {
        if (w > m_r.maxSpeed)
            return 0.0;
        return w <= m_r.baseSpeed ? m_r.peakTorque : m_r.peakPower / w;
    }
    double contTorqueRaw(double w) const
    {
        if (w > m_r.maxSpeed)
            return 0.0;
        return w <= m_r.baseSpeed ? m_r.contTorque : m_r.contPower / w;
    }
    double lossRaw(double t, double w) const { return m_r.c0 + m_r.kCu * t * t + m_r.kFe * w + m_r.kW * w * w; }
    double dcPowerRaw(double t, double w) const
    {
        const double pe = t * w + lossRaw(t, w);
        return pe >= 0.0 ? pe / m_r.etaInv : pe * m_r.etaInv;
    }
    // Shaft torque that draws (pDc > 0) or returns (pDc < 0) this DC power at speed w:
    // solves k_cu·T² + ω·T + (c0 + k_fe·ω + k_w·ω² − P_elec) = 0, larger root. Returns NaN if
    // no torque reaches it (losses alone exceed a motoring budget).
    double torqueForDcPowerRaw(double pDc, double w) const
    {
        const double pe = pDc >= 0.0 ? pDc * m_r.etaInv : pDc / m_r.etaInv;
        const double c = m_r.c0 + m_r.kFe * w + m_r.kW * w * w - pe;
        const double disc = w * w - 4.0 * m_r.kCu * c;
        if (disc < 0.0)
            return std::nan("");
        return (-w + std::sqrt(disc)) / (2.0 * m_r.kCu);
    }

private:
    MotorParams m_p;
    Raw m_r {};
};

struct Gear {
    units::Dimensionless ratio; // motor speed / wheel speed, 1 … 20
    units::Dimensionless efficiency; // 0.80 … 1.0, applied in the direction of power flow
    void validate() const; // throws InputError
};

// Battery pack of identical modules, `series` in series per string, `parallel` strings.
//
// OCV(SOC): piecewise-linear on a normalised NMC-like shape scaled between the module's min and
// max voltage. The shape (fraction of the min→max span at SOC 0, 5, 10, 20 … 100 %) follows the
// typical NMC cell curve 3.0 V → 4.2 V: 3.00, 3.45, 3.55, 3.62, 3.67, 3.72, 3.77, 3.84, 3.92,
// 4.00, 4.08, 4.20 V. Representative (R): no measured curve for these modules is in shared data;
// the steep knee below 10 % and the flat middle are what matter for voltage-window checks.
// Resistance: R_pack = R_module·series/parallel. Current limits: module limits × parallel.
class BatteryPack
{
public:
    BatteryPack(const BatteryModule &module, int series, int parallel); // throws InputError

    int series() const { return m_series; }
    int parallel() const { return m_parallel; }
    const BatteryModule &module() const { return m_module; }

    units::Voltage minVoltage() const;
    units::Voltage nominalVoltage() const;
    units::Voltage maxVoltage() const;
    units::Charge capacity() const;
    units::Energy grossEnergy() const; // module catalog energy × count
    units::Resistance resistance() const { return units::ohms(m_r); }
    units::Current maxDischargeCurrent() const { return units::amperes(m_iDis); }
    units::Current maxChargeCurrent() const { return units::amperes(m_iChg); }
    units::Mass mass() const;
    units::Volume volume() const; // modules only, no housing
    int moduleCount() const { return m_series * m_parallel; }

    units::Voltage openCircuitVoltage(units::Dimensionless soc) const;
    // V = V_oc − I·R (I > 0 discharging).
    units::Voltage terminalVoltage(units::Dimensionless soc, units::Current i) const;

    double ocvRaw(double soc) const
    {
        soc = soc < 0.0 ? 0.0 : (soc > 1.0 ? 1.0 : soc);
        // Breakpoints at 0, 0.05, 0.1, 0.2 … 1.0.
        double x, seg;
        int k;
        if (soc < 0.1) {
            k = soc < 0.05 ? 0 : 1;
            x = k == 0 ? soc * 20.0 : (soc - 0.05) * 20.0;
        } else {
            seg = (soc - 0.1) * 10.0;
            k = 2 + static_cast<int>(seg);
            if (k > 10)
                k = 10;
            x = seg - (k - 2);
        }
        const double f = kOcvShape[static_cast<std::size_t>(k)]
            + x * (kOcvShape[static_cast<std::size_t>(k) + 1] - kOcvShape[static_cast<std::size_t>(k)]);
        return m_vMin + f * (m_vMax - m_vMin);
    }
    double resistanceRaw() const { return m_r; }
    double capacityRaw() const { return m_q; } // C
    double maxDischargeRaw() const { return m_iDis; } // A
    double maxChargeRaw() const { return m_iChg; } // A
    double minVoltageRaw() const { return m_vMin; }
    double maxVoltageRaw() const { return m_vMax; }

    static constexpr std::array<double, 12> kOcvShape = { 0.0,
                                                          0.375,
                                                          0.4583333333333333,
                                                          0.5166666666666667,
                                                          0.5583333333333333,
                                                          0.6,
                                                          0.6416666666666667,
                                                          0.7,
                                                          0.7666666666666667,
                                                          0.8333333333333334,
                                                          0.9,
                                                          1.0 };

private:
    BatteryModule m_module;
    int m_series, m_parallel;
    double m_vMin, m_vMax, m_vNom, m_q, m_r, m_iDis, m_iChg;
};

// The pack's OCV curve as its 11 straight segments V = a_k + b_k·SOC, for the simulation's hot
// loop: the segment is followed as the SOC moves (it changes a few times per cycle at most), so
// a lookup is one comparison pair and one multiply-add, without a table search. Same curve as
// BatteryPack::ocvRaw (tested to 1e-12).
class OcvSegments
{
public:
    explicit OcvSegments(const BatteryPack &pack)
    {
        static constexpr std::array<double, 12> socAt
            = { 0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0 };
        const double vMin = pack.minVoltageRaw(), span = pack.maxVoltageRaw() - pack.minVoltageRaw();
        for (std::size_t k = 0; k < 11; ++k) {
            const double v0 = vMin + BatteryPack::kOcvShape[k] * span;
            const double v1 = vMin + BatteryPack::kOcvShape[k + 1] * span;
            m_slope[k] = (v1 - v0) / (socAt[k + 1] - socAt[k]);
            m_intercept[k] = v0 - m_slope[k] * socAt[k];
            m_lower[k] = socAt[k];
        }
        m_lower[11] = 1.0;
    }
    double at(double soc)
    {
        soc = soc < 0.0 ? 0.0 : (soc > 1.0 ? 1.0 : soc);
        while (m_k > 0 && soc < m_lower[m_k])
            --m_k;
        while (m_k < 10 && soc >= m_lower[m_k + 1])
            ++m_k;
        return m_intercept[m_k] + m_slope[m_k] * soc;
    }
    // The segment at() used last, and the SOC range in which at() stays on it.
    struct Segment {
        double intercept, slope, lower, upper;
    };
    Segment segment() const
    {
        const double inf = std::numeric_limits<double>::infinity();
        return { m_intercept[m_k], m_slope[m_k], m_k == 0 ? -inf : m_lower[m_k], m_k == 10 ? inf : m_lower[m_k + 1] };
    }

private:
    std::array<double, 11> m_slope {}, m_intercept {};
    std::array<double, 12> m_lower {};
    std::size_t m_k = 10;
};

// Auxiliary loads drawn from the HV bus. The 12 V load is served through the DC-DC converter,
// so its HV-side draw is load/η_dcdc. Defaults are representative (typical-parameters.md §5.3:
// base 0.25–0.6 kW; HVAC up to 8 kW; 12 V load our choice).
struct AuxLoads {
    units::Power base = units::watts(400.0); // HV: BMS, pumps, contactors; 0 … 10 kW
    units::Power hvac = units::watts(0.0); // HV heater/compressor; 0 … 15 kW
    units::Power lowVoltage = units::watts(300.0); // 12 V side; 0 … 5 kW
    units::Dimensionless dcdcEfficiency = units::ratio(0.92); // 0.5 … 1
    void validate() const;
    units::Power hvPower() const; // base + hvac + 12 V / η
};

// Regenerative braking. Of the braking force the trace asks for, `recoverableFraction` goes to
// the motor (the rest is friction: brake blending on a front-drive van leaves the rear brakes to
// friction), faded linearly to 0 below `fadeSpeed`, and the motor's DC power is capped at
// `maxPower`; the motor envelope and the battery charge limits then apply. Friction brakes take
// whatever regen does not. Defaults representative (FASTSim regen fraction, §5.3).
//
// Axle limit (docs/model.md §4): only the driven axle regenerates, so in each braking interval
// the motor takes at most the share of the braking force that axle can carry:
//   deceleration z = F_brake / (m·g); front normal-load share n_f = n_f,static + z·h/L;
//   adhesion:  F_regen ≤ μ·n_driven·m·g, i.e. share ≤ μ·n_driven / z;
//   stability (rear drive only): UN R13-H Annex 5 §3.1.1 asks that for 0.15 ≤ z ≤ 0.8 the rear
//   axle's adhesion utilisation never exceeds the front's, so braking the rear axle alone is
//   allowed only up to the ideal share n_r = 1 − n_f there; below z = 0.15 no order is imposed.
// A front-drive van braking on the front axle alone is stable (front locks first) and the
// WLTC's decelerations (≤ 1.5 m/s², z ≤ 0.15) stay far below μ, so the limit mostly binds on a
// rear-drive van on harder delivery or Artemis stops.
struct RegenAxle {
    Drive drivenAxle = Drive::FrontWheel;
    double frontStaticShare = 0.55; // front axle load / mass of this run, at rest; 0 … 1
    units::Length wheelbase = units::metres(3.5); // 1.5 … 6 m
};
struct RegenPolicy {
    units::Power maxPower = units::kilowatts(50.0); // DC side, 0 … 500 kW
    units::Velocity fadeSpeed = units::kilometresPerHour(10.0); // 0 … 50 km/h
    units::Dimensionless recoverableFraction = units::ratio(0.85); // 0 … 1
    // Centre-of-mass height and tyre–road adhesion for the axle limit: FASTSim's traction
    // defaults, 0.6 m and 0.7 (typical-parameters.md, B for the figures, R for a van).
    units::Length cgHeight = units::metres(0.6); // 0.2 … 2.5 m
    units::Dimensionless adhesion = units::ratio(0.7); // 0.1 … 1.5
    // Set per run by the evaluation from the mass balance; absent: no axle limit (a bare
    // powertrain, as in the side-by-side with FASTSim, which has none either).
    std::optional<RegenAxle> axle;
    void validate() const;
};

} // namespace remaster::model
