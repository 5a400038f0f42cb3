#include "model/road_load.h"

#include "model/errors.h"

#include <cmath>
#include <string>

namespace remaster::model {
namespace {
constexpr double kKmh = 3.6; // (km/h) per (m/s)
} // namespace
using detail::requireRange;
using detail::throwIf;

ForcePerVelocity newtonsPerKmh(double f1)
{
    return ForcePerVelocity::from_value(f1 * kKmh);
}
ForcePerVelocitySquared newtonsPerKmhSquared(double f2)
{
    return ForcePerVelocitySquared::from_value(f2 * kKmh * kKmh);
}
double inNewtonsPerKmh(ForcePerVelocity f1)
{
    return f1.value() / kKmh;
}
double inNewtonsPerKmhSquared(ForcePerVelocitySquared f2)
{
    return f2.value() / (kKmh * kKmh);
}

Angle gradeAngleFromPercent(double gradePercent)
{
    std::vector<FieldError> errs;
    requireRange(errs, "grade_percent", gradePercent, -40.0, 40.0, "%");
    throwIf(errs);
    return std::atan(gradePercent / 100.0) * units::si::radian;
}

units::MassDensity airDensity(units::Temperature ambient, units::Length altitude)
{
    std::vector<FieldError> errs;
    requireRange(errs, "ambient_temperature", units::inCelsius(ambient), -50.0, 60.0, "°C");
    requireRange(errs, "altitude", units::inMetres(altitude), -500.0, 5000.0, "m");
    throwIf(errs);
    // ICAO/ISA standard atmosphere constants.
    constexpr double p0 = 101325.0; // Pa
    constexpr double t0 = 288.15; // K
    constexpr double lapse = 0.0065; // K/m
    constexpr double molarMass = 0.0289644; // kg/mol
    constexpr double rUniversal = 8.3144598; // J/(mol·K)
    constexpr double rDry = 287.058; // J/(kg·K)
    const double h = units::inMetres(altitude);
    const double p = p0 * std::pow(1.0 - lapse * h / t0, units::kStandardGravity * molarMass / (rUniversal * lapse));
    return p / (rDry * ambient.value()) * units::si::kilogram_per_cubic_meter;
}

RoadLoad RoadLoad::physical(const PhysicalRoadLoadParams &p)
{
    std::vector<FieldError> errs;
    requireRange(errs, "mass", units::inKilograms(p.mass), 300.0, 20000.0, "kg");
    requireRange(errs, "rolling_resistance", p.rollingResistance.value(), 0.003, 0.03, "");
    requireRange(errs, "drag_coefficient", p.dragCoefficient.value(), 0.15, 1.2, "");
    requireRange(errs, "frontal_area", units::inSquareMetres(p.frontalArea), 0.5, 15.0, "m²");
    requireRange(errs, "rotating_mass_factor", p.rotatingMassFactor.value(), 0.0, 0.5, "");
    requireRange(errs, "air_density", p.airDensity.value(), 0.5, 1.6, "kg/m³");
    throwIf(errs);
    RoadLoad r;
    r.m_c.mass = p.mass.value();
    r.m_c.massEffective = r.m_c.mass * (1.0 + p.rotatingMassFactor.value());
    r.m_c.f0 = r.m_c.mass * units::kStandardGravity * p.rollingResistance.value();
    r.m_c.f1 = 0.0;
    r.m_c.f2 = 0.5 * p.airDensity.value() * p.dragCoefficient.value() * p.frontalArea.value();
    return r;
}

RoadLoad RoadLoad::coastDown(const CoastDownRoadLoadParams &p)
{
    std::vector<FieldError> errs;
    requireRange(errs, "mass", units::inKilograms(p.mass), 300.0, 20000.0, "kg");
    requireRange(errs, "f0", units::inNewtons(p.f0), 0.0, 5000.0, "N");
    requireRange(errs, "f1", inNewtonsPerKmh(p.f1), 0.0, 20.0, "N/(km/h)");
    requireRange(errs, "f2", inNewtonsPerKmhSquared(p.f2), 0.0, 1.0, "N/(km/h)²");
    requireRange(errs, "rotating_mass_factor", p.rotatingMassFactor.value(), 0.0, 0.5, "");
    throwIf(errs);
    RoadLoad r;
    r.m_c.mass = p.mass.value();
    r.m_c.massEffective = r.m_c.mass * (1.0 + p.rotatingMassFactor.value());
    r.m_c.f0 = p.f0.value();
    r.m_c.f1 = p.f1.value();
    r.m_c.f2 = p.f2.value();
    return r;
}

RoadLoad RoadLoad::withMass(units::Mass m) const
{
    std::vector<FieldError> errs;
    requireRange(errs, "mass", units::inKilograms(m), 300.0, 20000.0, "kg");
    throwIf(errs);
    RoadLoad r = *this;
    const double scale = m.value() / m_c.mass;
    r.m_c.mass = m.value();
    r.m_c.massEffective = m_c.massEffective * scale;
    r.m_c.f0 = m_c.f0 * scale;
    return r;
}

units::Force RoadLoad::force(units::Velocity v, units::Acceleration a, Angle grade) const
{
    const double th = grade.value();
    const double vs = v.value();
    const double f = m_c.f0 * std::cos(th) + m_c.f1 * vs + m_c.f2 * vs * vs
        + m_c.mass * units::kStandardGravity * std::sin(th) + m_c.massEffective * a.value();
    return units::newtons(f);
}

units::Force RoadLoad::steadyForce(units::Velocity v, Angle grade) const
{
    return force(v, units::metresPerSecondSquared(0.0), grade);
}

} // namespace remaster::model
