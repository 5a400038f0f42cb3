// Longitudinal road load of the van: the force the wheels must deliver to follow a speed trace.
//
// F = f0·cos θ + f1·v + f2·v² + m·g·sin θ + m·(1+λ)·a
//
// which is the physical form of typical-parameters.md §5.1 (f0 = m·g·Crr, f1 = 0,
// f2 = ½·ρ·Cd·A, FASTSim / ekemper VehicleDynamics.js) or the WLTP coast-down form of §5.1
// (JRCSTU/wltp vehicle.py calc_p_resist) with f0/f1/f2 taken from a coast-down test. The two
// share one representation (SI coefficients) so the simulation's hot loop is the same for both.
//
// Coast-down form on a grade: we apply cos θ to f0 as well, because f0 is essentially rolling
// resistance (f0 ≈ m·g·Crr, §5.1); at 20 % grade cos θ = 0.981, so the choice matters by < 2 %.
#pragma once

#include "model/units.h"

#include "model/errors.h"

#include <boost/units/systems/si/plane_angle.hpp>

#include <cstdio>
#include <string>
#include <vector>

namespace remaster::model {

// Shared input checks of the engineering model (every engineering header includes this one).
namespace detail {
inline std::string fmt(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}
// Adds a FieldError unless lo ≤ v ≤ hi. NaN fails too: every comparison with NaN is false.
inline void requireRange(std::vector<FieldError> &errs, const std::string &field, double v, double lo, double hi,
                         const char *unit)
{
    if (!(v >= lo && v <= hi)) {
        const std::string u = (unit && *unit) ? std::string(" ") + unit : std::string();
        errs.push_back(
            { field, QT_TRANSLATE_NOOP("Model", "value out of range"), fmt(lo) + " … " + fmt(hi) + u, fmt(v) + u });
    }
}
inline void throwIf(std::vector<FieldError> &errs)
{
    if (!errs.empty())
        throw InputError(std::move(errs));
}
} // namespace detail

using Angle = units::quantity<units::si::plane_angle>;
// Coast-down coefficients in SI; constructed from the N/(km/h) figures people write.
using ForcePerVelocity
    = units::quantity<boost::units::divide_typeof_helper<units::si::force, units::si::velocity>::type>;
using ForcePerVelocitySquared
    = units::quantity<boost::units::divide_typeof_helper<ForcePerVelocity::unit_type, units::si::velocity>::type>;

// Edge helpers for the coast-down coefficients (v in km/h in the WLTP tables).
ForcePerVelocity newtonsPerKmh(double f1); // N/(km/h)
ForcePerVelocitySquared newtonsPerKmhSquared(double f2); // N/(km/h)²
double inNewtonsPerKmh(ForcePerVelocity f1);
double inNewtonsPerKmhSquared(ForcePerVelocitySquared f2);

// Grade given in percent (rise/run × 100) → angle. Accepted −40 … +40 % (InputError otherwise).
Angle gradeAngleFromPercent(double gradePercent);

// Dry-air density: pressure from the ISA barometric formula (troposphere, lapse 6.5 K/km,
// p0 = 101 325 Pa, T0 = 288.15 K — ICAO standard atmosphere) at the given altitude, then the
// ideal-gas law ρ = p / (R_dry·T) at the actual ambient temperature (R_dry = 287.058 J/(kg·K)).
// 15 °C at sea level gives 1.2250 kg/m³. Accepted: −50 … +60 °C, −500 … 5 000 m.
units::MassDensity airDensity(units::Temperature ambient, units::Length altitude);

struct PhysicalRoadLoadParams {
    units::Mass mass; // test mass (vehicle + payload + driver)
    units::Dimensionless rollingResistance; // Crr, 0.003 … 0.03 (C2 tyres 0.0055–0.0106, §5.3)
    units::Dimensionless dragCoefficient; // Cd, 0.15 … 1.2 (light van 0.35–0.5, §5.3)
    units::Area frontalArea; // A, 0.5 … 15 m² (Master ≈ 4.1–4.3 m², §5.3)
    units::Dimensionless rotatingMassFactor; // λ, 0 … 0.5: m_eff = m·(1+λ)
    units::MassDensity airDensity; // from airDensity(), 0.5 … 1.6 kg/m³
};

struct CoastDownRoadLoadParams {
    units::Force f0; // N, 0 … 5 000
    ForcePerVelocity f1; // N/(km/h) at the edge, 0 … 20 N/(km/h)
    ForcePerVelocitySquared f2; // N/(km/h)² at the edge, 0 … 1 N/(km/h)²
    units::Mass mass;
    units::Dimensionless rotatingMassFactor;
};

class RoadLoad
{
public:
    // Raw SI coefficients, for hot loops: F = f0·cosθ + f1·v + f2·v² + m·g·sinθ + mEff·a.
    struct Coefficients {
        double mass = 0; // kg
        double massEffective = 0; // kg, m·(1+λ)
        double f0 = 0; // N
        double f1 = 0; // N/(m/s)
        double f2 = 0; // N/(m/s)²
    };

    static RoadLoad physical(const PhysicalRoadLoadParams &p); // throws InputError
    static RoadLoad coastDown(const CoastDownRoadLoadParams &p); // throws InputError

    // Same road load at another mass (payload cases). f0 of a coast-down form is scaled with
    // the mass (it is rolling resistance); for the physical form it is m·g·Crr anyway.
    RoadLoad withMass(units::Mass m) const;

    units::Force force(units::Velocity v, units::Acceleration a, Angle grade) const;
    // Steady-state force (a = 0).
    units::Force steadyForce(units::Velocity v, Angle grade) const;

    units::Mass mass() const { return units::kilograms(m_c.mass); }
    units::Mass effectiveMass() const { return units::kilograms(m_c.massEffective); }
    const Coefficients &coefficients() const { return m_c; }

private:
    Coefficients m_c;
};

} // namespace remaster::model
