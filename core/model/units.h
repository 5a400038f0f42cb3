// Physical quantities used across the engineering model.
//
// Every figure that crosses the model's API is a Boost.Units quantity in SI. Conversion to
// the units people read (km/h, kWh, mm, rpm ...) happens only at the edges: JSON files, the
// database, the UI and documents. The helpers at the bottom of this file are those edges'
// single conversion point, so that each conversion is written (and tested) once.
#pragma once

#include <boost/units/cmath.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si.hpp>
#include <boost/units/systems/si/prefixes.hpp>

namespace remaster::units {

namespace si = boost::units::si;
using boost::units::quantity;

using Dimensionless = quantity<si::dimensionless>;
using Mass = quantity<si::mass>;
using Length = quantity<si::length>;
using Area = quantity<si::area>;
using Volume = quantity<si::volume>;
using Time = quantity<si::time>;
using Velocity = quantity<si::velocity>;
using Acceleration = quantity<si::acceleration>;
using Force = quantity<si::force>;
using Power = quantity<si::power>;
using Energy = quantity<si::energy>;
using Torque = quantity<si::torque>;
using AngularVelocity = quantity<si::angular_velocity>;
using Voltage = quantity<si::electric_potential>;
using Current = quantity<si::current>;
using Charge = quantity<si::electric_charge>;
using Resistance = quantity<si::resistance>;
using Temperature = quantity<si::temperature>;
using MassDensity = quantity<si::mass_density>;

// Exact conversion factors (definitions, not measurements).
inline constexpr double kSecondsPerHour = 3600.0;
inline constexpr double kMetresPerKilometre = 1000.0;
inline constexpr double kJoulesPerWattHour = 3600.0;
inline constexpr double kPi = 3.14159265358979323846;
inline constexpr double kStandardGravity = 9.80665; // m/s², CGPM 1901 definition
inline constexpr double kWattsPerMetricHorsepower = 735.49875; // 1 PS = 75 kgf·m/s
inline constexpr double kCelsiusOffset = 273.15;

// ---- Construction from the units people write (edge helpers) ----
inline Mass kilograms(double v)
{
    return v * si::kilogram;
}
inline Mass tonnes(double v)
{
    return v * 1000.0 * si::kilogram;
}
inline Length metres(double v)
{
    return v * si::meter;
}
inline Length millimetres(double v)
{
    return v / 1000.0 * si::meter;
}
inline Length kilometres(double v)
{
    return v * kMetresPerKilometre * si::meter;
}
inline Area squareMetres(double v)
{
    return v * si::square_meter;
}
inline Volume litres(double v)
{
    return v / 1000.0 * si::cubic_meter;
}
inline Time seconds(double v)
{
    return v * si::second;
}
inline Time hours(double v)
{
    return v * kSecondsPerHour * si::second;
}
inline Velocity metresPerSecond(double v)
{
    return v * si::meter_per_second;
}
inline Velocity kilometresPerHour(double v)
{
    return v / 3.6 * si::meter_per_second;
}
inline Acceleration metresPerSecondSquared(double v)
{
    return v * si::meter_per_second_squared;
}
inline Force newtons(double v)
{
    return v * si::newton;
}
inline Power watts(double v)
{
    return v * si::watt;
}
inline Power kilowatts(double v)
{
    return v * 1000.0 * si::watt;
}
inline Power metricHorsepower(double v)
{
    return v * kWattsPerMetricHorsepower * si::watt;
}
inline Energy joules(double v)
{
    return v * si::joule;
}
inline Energy wattHours(double v)
{
    return v * kJoulesPerWattHour * si::joule;
}
inline Energy kilowattHours(double v)
{
    return v * 1000.0 * kJoulesPerWattHour * si::joule;
}
inline Torque newtonMetres(double v)
{
    return v * si::newton_meter;
}
inline AngularVelocity radiansPerSecond(double v)
{
    return v * si::radian_per_second;
}
inline AngularVelocity rpm(double v)
{
    return v * 2.0 * kPi / 60.0 * si::radian_per_second;
}
inline Voltage volts(double v)
{
    return v * si::volt;
}
inline Current amperes(double v)
{
    return v * si::ampere;
}
inline Charge ampereHours(double v)
{
    return v * kSecondsPerHour * si::coulomb;
}
inline Resistance ohms(double v)
{
    return v * si::ohm;
}
inline Resistance milliohms(double v)
{
    return v / 1000.0 * si::ohm;
}
inline Temperature kelvin(double v)
{
    return v * si::kelvin;
}
inline Temperature celsius(double v)
{
    return (v + kCelsiusOffset) * si::kelvin;
}
inline Dimensionless ratio(double v)
{
    return Dimensionless(v);
}

// ---- Reading back in the units people read (edge helpers) ----
inline double inKilograms(Mass m)
{
    return m.value();
}
inline double inMillimetres(Length l)
{
    return l.value() * 1000.0;
}
inline double inMetres(Length l)
{
    return l.value();
}
inline double inKilometres(Length l)
{
    return l.value() / kMetresPerKilometre;
}
inline double inSquareMetres(Area a)
{
    return a.value();
}
inline double inLitres(Volume v)
{
    return v.value() * 1000.0;
}
inline double inSeconds(Time t)
{
    return t.value();
}
inline double inKilometresPerHour(Velocity v)
{
    return v.value() * 3.6;
}
inline double inNewtons(Force f)
{
    return f.value();
}
inline double inWatts(Power p)
{
    return p.value();
}
inline double inKilowatts(Power p)
{
    return p.value() / 1000.0;
}
inline double inMetricHorsepower(Power p)
{
    return p.value() / kWattsPerMetricHorsepower;
}
inline double inWattHours(Energy e)
{
    return e.value() / kJoulesPerWattHour;
}
inline double inKilowattHours(Energy e)
{
    return e.value() / kJoulesPerWattHour / 1000.0;
}
inline double inNewtonMetres(Torque t)
{
    return t.value();
}
inline double inRpm(AngularVelocity w)
{
    return w.value() * 60.0 / (2.0 * kPi);
}
inline double inVolts(Voltage v)
{
    return v.value();
}
inline double inAmperes(Current i)
{
    return i.value();
}
inline double inAmpereHours(Charge q)
{
    return q.value() / kSecondsPerHour;
}
inline double inOhms(Resistance r)
{
    return r.value();
}
inline double inMilliohms(Resistance r)
{
    return r.value() * 1000.0;
}
inline double inCelsius(Temperature t)
{
    return t.value() - kCelsiusOffset;
}

} // namespace remaster::units
