#include "model/wltp.h"

#include <algorithm>
#include <cmath>

namespace remaster::model::wltp {
using detail::requireRange;
using detail::throwIf;

Category categoryFromCode(const std::string &code, const std::string &field)
{
    if (code == "M1")
        return Category::M1;
    if (code == "N1")
        return Category::N1;
    throw InputError({ { field, QT_TRANSLATE_NOOP("Model", "WLTP applies to M1 and N1 vehicles only"), "M1, N1",
                         code.empty() ? std::string("(empty)") : code } });
}

TestMasses testMasses(const TestMassInput &in)
{
    std::vector<FieldError> errs;
    const double mro = units::inKilograms(in.massInRunningOrder);
    const double mplm = units::inKilograms(in.maximumLadenMass);
    const double optLow = units::inKilograms(in.optionalEquipmentLow);
    const double optHigh = units::inKilograms(in.optionalEquipmentHigh);
    requireRange(errs, "wltp.mass_in_running_order", mro, 400.0, 10000.0, "kg");
    requireRange(errs, "wltp.maximum_laden_mass", mplm, 400.0, 10000.0, "kg");
    requireRange(errs, "wltp.optional_equipment_low", optLow, 0.0, 2000.0, "kg");
    requireRange(errs, "wltp.optional_equipment_high", optHigh, optLow, 2000.0, "kg");
    throwIf(errs);
    const double loadLow = mplm - mro - kDriverSupplementKg - optLow;
    const double loadHigh = mplm - mro - kDriverSupplementKg - optHigh;
    if (loadHigh < 0.0)
        throw InputError({ { "wltp.maximum_laden_mass",
                             QT_TRANSLATE_NOOP("Model", "leaves no vehicle load above the mass in running order, "
                                                        "25 kg and the optional equipment"),
                             "≥ " + detail::fmt(mro + kDriverSupplementKg + optHigh) + " kg",
                             detail::fmt(mplm) + " kg" } });
    TestMasses t;
    t.loadShare = in.category == Category::M1 ? kLoadShareM1 : kLoadShareN1;
    t.maximumVehicleLoadLow = units::kilograms(loadLow);
    t.maximumVehicleLoadHigh = units::kilograms(loadHigh);
    t.low = units::kilograms(mro + kDriverSupplementKg + optLow + t.loadShare * loadLow);
    t.high = units::kilograms(mro + kDriverSupplementKg + optHigh + t.loadShare * loadHigh);
    return t;
}

units::Dimensionless rotatingMassFactor(units::Mass massInRunningOrder, units::Mass testMass)
{
    const double mr = kRotationalMassShare * (units::inKilograms(massInRunningOrder) + kDriverSupplementKg);
    return units::ratio(mr / units::inKilograms(testMass));
}

units::MassDensity referenceAirDensity()
{
    // ρ = p / (R_dry·T) at 100 kPa and 293.15 K (R_dry = 287.058 J/(kg·K), as road_load.h).
    return units::MassDensity::from_value(100000.0 / (287.058 * 293.15));
}

DownscalingParameters downscalingParameters(WltcClass c)
{
    // Annex 1 §8.2 (window) and §8.3 (reference point, r0, a1, b1); docs/wltp.md.
    switch (c) {
    case WltcClass::Class1: return { 651, 848, 906, 764, 61.4, 0.22, 0.978, 0.680, -0.665 };
    case WltcClass::Class2: return { 1520, 1725, 1742, 1574, 109.9, 0.36, 0.866, 0.606, -0.525 };
    case WltcClass::Class3a:
    case WltcClass::Class3b: return { 1533, 1724, 1762, 1566, 111.9, 0.50, 0.867, 0.588, -0.510 };
    }
    return { 1533, 1724, 1762, 1566, 111.9, 0.50, 0.867, 0.588, -0.510 };
}

Downscaling downscalingFactor(WltcClass c, const RoadLoad &roadLoad, units::Power ratedPower)
{
    std::vector<FieldError> errs;
    requireRange(errs, "wltp.rated_power", units::inKilowatts(ratedPower), 1.0, 1000.0, "kW");
    throwIf(errs);
    const DownscalingParameters p = downscalingParameters(c);
    const auto &k = roadLoad.coefficients();
    // Coefficients in the units the GTR writes (N, N/(km/h), N/(km/h)²).
    const double f0 = k.f0, f1 = k.f1 / 3.6, f2 = k.f2 / (3.6 * 3.6);
    const double v = p.referenceSpeedKmh, a = p.referenceAcceleration;
    Downscaling d;
    d.requiredPowerKw = (f0 * v + f1 * v * v + f2 * v * v * v + kDownscalingInertiaFactor * a * v * k.mass) / 3600.0;
    d.rMax = d.requiredPowerKw / units::inKilowatts(ratedPower);
    if (d.rMax < p.r0)
        return d;
    const double raw = p.a1 * d.rMax + p.b1;
    const double rounded = std::round(raw * 1000.0) / 1000.0;
    if (rounded <= 0.01)
        return d;
    d.factor = rounded;
    d.applied = true;
    return d;
}

namespace {
double round1(double kmh)
{
    return std::round(kmh * 10.0) / 10.0;
}
} // namespace

DriveCycle downscale(const DriveCycle &cycle, WltcClass c, double factor)
{
    std::vector<FieldError> errs;
    requireRange(errs, "wltp.downscaling_factor", factor, 0.0, 1.0, "");
    throwIf(errs);
    if (factor == 0.0)
        return cycle;
    const DownscalingParameters p = downscalingParameters(c);
    if (static_cast<std::size_t>(p.windowEnd) >= cycle.speed.size())
        throw InputError({ { cycle.id + ".speed", QT_TRANSLATE_NOOP("Model", "is too short for the WLTC class's "
                                                                              "downscaling window"),
                             "≥ " + std::to_string(p.windowEnd + 1) + " samples",
                             std::to_string(cycle.speed.size()) } });
    std::vector<double> v(cycle.speed.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        v[i] = units::inKilometresPerHour(cycle.speed[i]);
    std::vector<double> out = v;
    // Acceleration part: each second's speed step × (1 − f_dsc) (§8.2.1).
    for (int i = p.windowStart; i < p.peak; ++i)
        out[static_cast<std::size_t>(i + 1)] = out[static_cast<std::size_t>(i)]
            + (v[static_cast<std::size_t>(i + 1)] - v[static_cast<std::size_t>(i)]) * (1.0 - factor);
    // Deceleration part: steps × f_corr so that the trace meets the original at the end (§8.2.2).
    const double vPeak = v[static_cast<std::size_t>(p.peak)], vEnd = v[static_cast<std::size_t>(p.windowEnd)];
    const double corr = (out[static_cast<std::size_t>(p.peak)] - vEnd) / (vPeak - vEnd);
    for (int i = p.peak; i < p.windowEnd; ++i)
        out[static_cast<std::size_t>(i + 1)] = out[static_cast<std::size_t>(i)]
            + (v[static_cast<std::size_t>(i + 1)] - v[static_cast<std::size_t>(i)]) * corr;
    DriveCycle d = cycle;
    for (int i = p.windowStart; i <= p.windowEnd; ++i)
        d.speed[static_cast<std::size_t>(i)] = units::kilometresPerHour(round1(out[static_cast<std::size_t>(i)]));
    d.id = cycle.id;
    return d;
}

DriveCycle capSpeed(const DriveCycle &cycle, units::Velocity cap, CappedSpeed &info)
{
    std::vector<FieldError> errs;
    requireRange(errs, "wltp.capped_speed", units::inKilometresPerHour(cap), 10.0, 300.0, "km/h");
    throwIf(errs);
    info = {};
    const double vCap = cap.value();
    if (!(maxSpeed(cycle) > cap))
        return cycle;
    info.applied = true;
    info.cap = cap;
    std::vector<CyclePhase> phases = cycle.phases;
    if (phases.empty())
        phases.push_back({ "All", 0, static_cast<int>(cycle.speed.size()) - 1 });
    DriveCycle out = cycle;
    out.speed.clear();
    out.phases.clear();
    out.gradePercent.clear();
    const bool graded = !cycle.gradePercent.empty();
    int shift = 0;
    // Samples before the first phase stay as they are.
    for (int i = 0; i < phases.front().start; ++i) {
        out.speed.push_back(cycle.speed[static_cast<std::size_t>(i)]);
        if (graded)
            out.gradePercent.push_back(cycle.gradePercent[static_cast<std::size_t>(i)]);
    }
    for (const auto &ph : phases) {
        // Distance of the phase (trapezoid) as driven and as capped.
        double dOrig = 0.0, dCap = 0.0;
        for (int i = ph.start; i < ph.end; ++i) {
            const double a = cycle.speed[static_cast<std::size_t>(i)].value();
            const double b = cycle.speed[static_cast<std::size_t>(i + 1)].value();
            dOrig += 0.5 * (a + b);
            dCap += 0.5 * (std::min(a, vCap) + std::min(b, vCap));
        }
        const int extra = static_cast<int>(std::lround((dOrig - dCap) / vCap));
        const int start = ph.start + shift;
        bool inserted = extra == 0;
        // The phase's samples [start, end): the end sample belongs to the next phase.
        for (int i = ph.start; i < ph.end; ++i) {
            const double s = cycle.speed[static_cast<std::size_t>(i)].value();
            out.speed.push_back(units::metresPerSecond(std::min(s, vCap)));
            if (graded)
                out.gradePercent.push_back(cycle.gradePercent[static_cast<std::size_t>(i)]);
            if (!inserted && s >= vCap) {
                // First second on the plateau: Δt more seconds at v_cap (§9.2).
                for (int k = 0; k < extra; ++k) {
                    out.speed.push_back(cap);
                    if (graded)
                        out.gradePercent.push_back(cycle.gradePercent[static_cast<std::size_t>(i)]);
                }
                inserted = true;
            }
        }
        shift += extra;
        info.addedSeconds += extra;
        out.phases.push_back({ ph.name, start, ph.end + shift });
    }
    // The final sample(s) after the last phase.
    for (std::size_t i = static_cast<std::size_t>(phases.back().end); i < cycle.speed.size(); ++i) {
        out.speed.push_back(units::metresPerSecond(std::min(cycle.speed[i].value(), vCap)));
        if (graded)
            out.gradePercent.push_back(cycle.gradePercent[i]);
    }
    if (cycle.phases.empty())
        out.phases.clear();
    return out;
}

PevTestResult runPevTest(const VehicleSetup &setup, const PreparedCycle &cycle, const PevTestOptions &o)
{
    {
        std::vector<FieldError> errs;
        requireRange(errs, "wltp.initial_soc", o.initialSoc.value(), 0.0, 1.0, "");
        requireRange(errs, "wltp.break_off_soc", o.breakOffSoc.value(), 0.0, o.initialSoc.value(), "");
        requireRange(errs, "wltp.charger_efficiency", o.chargerEfficiency.value(), 0.5, 1.0, "");
        requireRange(errs, "wltp.max_cycles", o.maxCycles, 1, 10000, "");
        throwIf(errs);
    }
    setup.validate();
    PevTestResult r;
    SimulationOptions opt;
    opt.initialSoc = o.initialSoc;
    opt.recordTrace = true;
    SimulationResult sim;
    const double breakOff = o.breakOffSoc.value();
    double ube = 0.0, chemical = 0.0, distance = 0.0;
    double firstCyclePowerBreakOff = -1.0; // s; ≥ 0 when the pack's power ended the first cycle
    for (int j = 0; j < o.maxCycles; ++j) {
        simulateInto(setup, cycle, opt, sim);
        // Break-off (Annex 8 §3.4.4.1.3): the first second at which the state of charge reaches
        // the lower limit or the battery can no longer deliver the trace's power. Checked per
        // second, not at the cycle's end: near the limit regeneration can lift the SOC back
        // above it by the end of a cycle.
        std::size_t breakOffAt = sim.trace.size();
        for (std::size_t i = 0; i < sim.trace.size(); ++i)
            if (sim.trace[i].soc.value() <= breakOff) {
                breakOffAt = i;
                break;
            }
        const auto &batteryShort = sim.shortfalls[static_cast<std::size_t>(DriveLimit::BatteryPower)];
        if (batteryShort.occurred() && static_cast<std::size_t>(batteryShort.firstTime.value()) < breakOffAt) {
            breakOffAt = static_cast<std::size_t>(batteryShort.firstTime.value());
            if (j == 0)
                firstCyclePowerBreakOff = static_cast<double>(breakOffAt);
        }
        if (breakOffAt == sim.trace.size()) {
            PevCycleRecord rec { sim.total.distance, sim.total.batteryTerminal, true };
            r.cycles.push_back(rec);
            ube += sim.total.batteryTerminal.value();
            chemical += sim.total.batteryNet.value();
            distance += sim.total.distance.value();
            r.followedTrace = r.followedTrace && sim.followedTrace;
            opt.initialSoc = sim.finalSoc;
            continue;
        }
        // Break-off inside this cycle: count it up to that second.
        double d = 0.0, e = 0.0;
        for (std::size_t i = 0; i <= breakOffAt && i < sim.trace.size(); ++i) {
            d += sim.trace[i].speed.value();
            e += sim.trace[i].batteryPower.value();
        }
        const double terminal = sim.total.batteryTerminal.value();
        // Chemical energy of the partial cycle in proportion to its terminal energy.
        chemical += terminal > 0.0 ? sim.total.batteryNet.value() * (e / terminal) : 0.0;
        ube += e;
        distance += d;
        r.cycles.push_back({ units::metres(d), units::joules(e), false });
        break;
    }
    if (r.cycles.empty() || r.cycles.back().complete)
        throw InputError({ { "wltp.break_off_soc",
                             QT_TRANSLATE_NOOP("Model", "was not reached: the battery does not run down on this cycle"),
                             "reached within " + std::to_string(o.maxCycles) + " cycles", "not reached" } });
    r.completeCycles = static_cast<int>(r.cycles.size()) - 1;
    if (r.completeCycles < 1 && firstCyclePowerBreakOff >= 0.0)
        throw InputError({ { "kit.strings_in_parallel",
                             QT_TRANSLATE_NOOP("Model",
                                               "gives a pack that cannot deliver the WLTC's power: the test breaks "
                                               "off in the first cycle"),
                             "a pack that follows one complete WLTC",
                             "break-off at " + detail::fmt(firstCyclePowerBreakOff) + " s" } });
    if (r.completeCycles < 1)
        throw InputError({ { "wltp.usable_energy",
                             QT_TRANSLATE_NOOP("Model", "is too small for one complete WLTC before break-off"),
                             "≥ 1 complete cycle", "0" } });
    r.usableBatteryEnergy = units::joules(ube);
    r.rechargedEnergy = units::joules(chemical / o.chargerEfficiency.value());
    r.distanceToBreakOff = units::metres(distance);

    const auto ecOf = [&](int j) {
        return r.cycles[static_cast<std::size_t>(j)].terminalEnergy.value()
            / r.cycles[static_cast<std::size_t>(j)].distance.value();
    };
    r.k1 = r.cycles.front().terminalEnergy.value() / ube;
    const int n = r.completeCycles;
    // CCP: K_1 for the first cycle, the rest shared equally among the other complete cycles.
    double ecCcp = ecOf(0);
    if (n > 1) {
        ecCcp = r.k1 * ecOf(0);
        for (int j = 1; j < n; ++j)
            ecCcp += (1.0 - r.k1) / (n - 1) * ecOf(j);
    }
    // STP: the first and the last complete cycle stand for the two dynamic segments.
    const double ecStp = n > 1 ? r.k1 * ecOf(0) + (1.0 - r.k1) * ecOf(n - 1) : ecOf(0);
    const double eAc = r.rechargedEnergy.value();
    r.ecDcCcp = EnergyPerLength::from_value(ecCcp);
    r.aerCcp = units::metres(ube / ecCcp);
    r.ecAcCcp = EnergyPerLength::from_value(eAc / r.aerCcp.value());
    r.ecDcStp = EnergyPerLength::from_value(ecStp);
    r.aerStp = units::metres(ube / ecStp);
    r.ecAcStp = EnergyPerLength::from_value(eAc / r.aerStp.value());
    return r;
}

} // namespace remaster::model::wltp
