#include "model/motor_sizing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace remaster::model {
using detail::requireRange;
using detail::throwIf;

void Requirements::validate() const
{
    std::vector<FieldError> errs;
    requireRange(errs, "requirements.top_speed", units::inKilometresPerHour(topSpeed), 40.0, 200.0, "km/h");
    requireRange(errs, "requirements.hill_start_grade", hillStartGradePercent, 0.0, 40.0, "%");
    requireRange(errs, "requirements.sustained_grade", sustainedGradePercent, 0.0, 40.0, "%");
    requireRange(errs, "requirements.sustained_grade_speed", units::inKilometresPerHour(sustainedGradeSpeed), 5.0,
                 150.0, "km/h");
    requireRange(errs, "requirements.acceleration_target_speed", units::inKilometresPerHour(accelerationTargetSpeed),
                 10.0, 150.0, "km/h");
    requireRange(errs, "requirements.acceleration_max_time", units::inSeconds(accelerationMaxTime), 1.0, 60.0, "s");
    throwIf(errs);
}

const char *powerBasisCode(PowerBasis b)
{
    return b == PowerBasis::Peak ? "peak" : "thirty-minute";
}

PowerWindowCheck checkPowerWindow(const MotorModel &motor, units::Power original, PowerBasis basis)
{
    std::vector<FieldError> errs;
    requireRange(errs, "vehicle.original_engine_power", units::inKilowatts(original), 10.0, 1000.0, "kW");
    throwIf(errs);
    PowerWindowCheck c;
    c.basis = basis;
    c.electric = basis == PowerBasis::Peak ? motor.params().peakPower : motor.params().continuousPower;
    c.original = original;
    c.lower = 0.65 * original;
    c.upper = 1.00 * original;
    c.ratio = c.electric / original;
    constexpr double tol = 1e-9;
    c.pass = c.electric.value() >= c.lower.value() * (1.0 - tol) && c.electric.value() <= c.upper.value() * (1.0 + tol);
    return c;
}

namespace {
double margin(double avail, double req)
{
    if (req <= 0.0)
        return avail > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
    return (avail / req - 1.0) * 100.0;
}
double steadyForceRaw(const RoadLoad::Coefficients &c, double v, double gradePercent)
{
    const double th = std::atan(gradePercent / 100.0);
    return c.f0 * std::cos(th) + c.f1 * v + c.f2 * v * v + c.mass * units::kStandardGravity * std::sin(th);
}
} // namespace

units::Time accelerationTime(const RoadLoad &rl, units::Length radius, const Gear &gear, const MotorModel &motor,
                             units::Velocity target)
{
    const auto &c = rl.coefficients();
    const double r = radius.value(), k = gear.ratio.value(), eta = gear.efficiency.value();
    const double vt = target.value();
    constexpr double dt = 0.01;
    double v = 0.0, t = 0.0;
    while (v < vt) {
        const double fWheel = motor.peakTorqueRaw(v / r * k) * k * eta / r;
        const double acc = (fWheel - steadyForceRaw(c, v, 0.0)) / c.massEffective;
        if (acc <= 0.0 || t > 600.0)
            return units::seconds(std::numeric_limits<double>::infinity());
        const double vNext = v + acc * dt;
        if (vNext >= vt) { // interpolate the last step
            t += (vt - v) / acc;
            break;
        }
        v = vNext;
        t += dt;
    }
    return units::seconds(t);
}

MotorSizingResult sizeMotor(const MotorSizingInput &in, const MotorModel &motor)
{
    in.requirements.validate();
    in.gear.validate();
    {
        std::vector<FieldError> errs;
        requireRange(errs, "vehicle.tyre_rolling_radius", units::inMetres(in.tyreRollingRadius), 0.2, 0.6, "m");
        throwIf(errs);
    }
    const auto &c = in.roadLoadAtGvw.coefficients();
    const auto &req = in.requirements;
    const double r = in.tyreRollingRadius.value(), k = in.gear.ratio.value();
    const double eta = in.gear.efficiency.value();
    const double tPk = motor.params().peakTorque.value();
    const auto wheelPeakTorque = [&](double v) { return motor.peakTorqueRaw(v / r * k) * k * eta; };
    const auto wheelContTorque = [&](double v) { return motor.contTorqueRaw(v / r * k) * k * eta; };
    MotorSizingResult res;

    // Hill start at v = 0: peak torque (short duty).
    {
        auto &h = res.hillStart;
        h.id = "hill-start";
        const double f = steadyForceRaw(c, 0.0, req.hillStartGradePercent);
        h.requiredWheelTorque = units::newtonMetres(f * r);
        h.availableWheelTorque = units::newtonMetres(tPk * k * eta);
        h.marginPercent = margin(h.availableWheelTorque.value(), h.requiredWheelTorque.value());
        h.pass = h.marginPercent >= 0.0;
    }
    // Sustained grade: continuous envelope (it lasts minutes, a thermal duty).
    {
        auto &s = res.sustainedGrade;
        s.id = "sustained-grade";
        const double v = req.sustainedGradeSpeed.value();
        const double f = steadyForceRaw(c, v, req.sustainedGradePercent);
        s.requiredWheelTorque = units::newtonMetres(f * r);
        s.requiredWheelPower = units::watts(f * v);
        s.availableWheelTorque = units::newtonMetres(wheelContTorque(v));
        s.availableWheelPower = units::watts(wheelContTorque(v) / r * v);
        s.marginPercent = margin(s.availableWheelTorque.value(), s.requiredWheelTorque.value());
        s.pass = s.marginPercent >= 0.0;
    }
    // Top speed: flat road, peak envelope (the usual way top speed is stated).
    {
        auto &t = res.topSpeed;
        t.id = "top-speed";
        const double v = req.topSpeed.value();
        const double f = steadyForceRaw(c, v, 0.0);
        t.requiredWheelTorque = units::newtonMetres(f * r);
        t.requiredWheelPower = units::watts(f * v);
        t.availableWheelTorque = units::newtonMetres(wheelPeakTorque(v));
        t.availableWheelPower = units::watts(wheelPeakTorque(v) / r * v);
        t.marginPercent = margin(t.availableWheelPower.value(), t.requiredWheelPower.value());
        t.pass = t.marginPercent >= 0.0;
    }
    // Reachable top speed.
    const double vSpeedLim = motor.raw().maxSpeed / k * r;
    res.speedLimitedTopSpeed = units::metresPerSecond(vSpeedLim);
    {
        // Surplus(v) = wheel peak force − road force; find the highest v ≤ vSpeedLim with
        // surplus ≥ 0 by bisection (surplus decreases in the constant-power region).
        const auto surplus = [&](double v) { return wheelPeakTorque(v) / r - steadyForceRaw(c, v, 0.0); };
        double lo = 0.0, hi = 150.0; // m/s; no van reaches 540 km/h
        if (surplus(lo) < 0.0)
            hi = 0.0;
        else {
            // Peak power at the wheel, ignoring the speed cap, to find the power limit.
            const double pWheel = motor.raw().peakPower * eta;
            const auto surplusPower = [&](double v) {
                const double tw = v > 0.0 ? std::min(tPk * k * eta, pWheel * r / v) : tPk * k * eta;
                return tw / r - steadyForceRaw(c, v, 0.0);
            };
            for (int i = 0; i < 100; ++i) {
                const double mid = 0.5 * (lo + hi);
                (surplusPower(mid) >= 0.0 ? lo : hi) = mid;
            }
            hi = lo;
        }
        res.powerLimitedTopSpeed = units::metresPerSecond(hi);
        res.reachableTopSpeed = units::metresPerSecond(std::min(hi, vSpeedLim));
    }
    // Acceleration 0 → target at GVW.
    {
        auto &a = res.acceleration;
        a.id = "acceleration";
        res.accelerationTime
            = accelerationTime(in.roadLoadAtGvw, in.tyreRollingRadius, in.gear, motor, req.accelerationTargetSpeed);
        const double t = res.accelerationTime.value();
        // Margin on time: positive when faster than required.
        a.marginPercent = std::isfinite(t) ? (req.accelerationMaxTime.value() / t - 1.0) * 100.0 : -100.0;
        a.pass = std::isfinite(t) && t <= req.accelerationMaxTime.value();
        a.availableWheelTorque = units::newtonMetres(tPk * k * eta);
        a.availableWheelPower = units::watts(motor.raw().peakPower * eta);
    }
    // Ratio range.
    {
        const double fHill = steadyForceRaw(c, 0.0, req.hillStartGradePercent);
        res.ratioRange.minimum = units::ratio(fHill * r / (tPk * eta));
        res.ratioRange.maximum = units::ratio(motor.raw().maxSpeed * r / req.topSpeed.value());
        res.ratioRange.feasible = res.ratioRange.minimum.value() <= res.ratioRange.maximum.value();
    }
    res.powerWindow = checkPowerWindow(motor, in.originalEnginePower, in.powerBasis);
    // Envelope series up to the speed limit (or 160 km/h), 61 points.
    {
        auto &e = res.envelope;
        const double vMax = std::min(vSpeedLim, 160.0 / 3.6);
        constexpr int n = 61;
        const double grades[] = { 0.0, 4.0, 8.0, 12.0, 20.0 };
        for (double gp : grades)
            e.demand.push_back({ gp, {}, {} });
        for (int i = 0; i < n; ++i) {
            const double v = vMax * i / (n - 1);
            e.speed.push_back(units::metresPerSecond(v));
            e.peakWheelTorque.push_back(units::newtonMetres(wheelPeakTorque(v)));
            e.continuousWheelTorque.push_back(units::newtonMetres(wheelContTorque(v)));
            e.peakWheelPower.push_back(units::watts(wheelPeakTorque(v) / r * v));
            e.continuousWheelPower.push_back(units::watts(wheelContTorque(v) / r * v));
            for (auto &d : e.demand) {
                const double f = steadyForceRaw(c, v, d.gradePercent);
                d.wheelTorque.push_back(units::newtonMetres(f * r));
                d.wheelPower.push_back(units::watts(f * v));
            }
        }
    }
    return res;
}

bool MotorSizingResult::pass() const
{
    return hillStart.pass && sustainedGrade.pass && topSpeed.pass && acceleration.pass && ratioRange.feasible
        && powerWindow.pass;
}

} // namespace remaster::model
