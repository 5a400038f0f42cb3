// Representative test vehicle and kit (not a catalog entry): a Renault Master III L2H2 FWD
// 3.5 t with a Zoe-R135-like motor and a 12 × ZE40-like module pack. Figures loosely follow
// shared/data/master-reference.md and components-reference.md; they only need to be plausible.
#pragma once

#include "model/evaluation.h"
#include "model/second_life.h"

#include <QTest>

#include <cmath>
#include <string>

namespace fixtures {
using namespace remaster;
using namespace remaster::model;

inline bool relClose(double a, double b, double rel)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

template<class Q> Sourced<Q> src(Q v)
{
    return Sourced<Q> { v, { "test", Confidence::Representative, "" } };
}

inline Motor motor(double peakKw = 100, double contKw = 57, double torque = 245, double maxRpm = 11000)
{
    Motor m;
    m.info.id = "test-motor";
    m.peakPower = src(units::kilowatts(peakKw));
    m.continuousPower = src(units::kilowatts(contKw));
    m.peakTorque = src(units::newtonMetres(torque));
    m.maxSpeed = src(units::rpm(maxRpm));
    m.dcVoltageMin = src(units::volts(240));
    m.dcVoltageMax = src(units::volts(410));
    m.mass = src(units::kilograms(70));
    m.peakEfficiency = src(units::ratio(0.95));
    return m;
}

inline Inverter inverter(double peakKw = 120)
{
    Inverter i;
    i.info.id = "test-inverter";
    i.dcVoltageMin = src(units::volts(240));
    i.dcVoltageMax = src(units::volts(410));
    i.peakPower = src(units::kilowatts(peakKw));
    i.continuousPower = src(units::kilowatts(peakKw * 0.6));
    i.peakPhaseCurrent = src(units::amperes(400));
    i.continuousPhaseCurrent = src(units::amperes(250));
    i.mass = src(units::kilograms(12));
    i.efficiency = src(units::ratio(0.97));
    return i;
}

inline BatteryModule module()
{
    BatteryModule b;
    b.info.id = "test-module";
    b.chemistry = "NCM 622";
    b.cellsInSeries = 8;
    b.cellsInParallel = 2;
    b.nominalVoltage = src(units::volts(28.8));
    b.minVoltage = src(units::volts(24.0));
    b.maxVoltage = src(units::volts(33.6));
    b.capacity = src(units::ampereHours(131.2));
    b.energy = src(units::kilowattHours(3.78));
    b.mass = src(units::kilograms(20));
    b.length = src(units::millimetres(400));
    b.width = src(units::millimetres(300));
    b.height = src(units::millimetres(120));
    b.maxDischargeCurrent = src(units::amperes(300));
    b.maxChargeCurrent = src(units::amperes(130));
    b.internalResistance = src(units::milliohms(6.0));
    return b;
}

inline Charger charger()
{
    Charger c;
    c.power = src(units::kilowatts(7.4));
    c.efficiency = src(units::ratio(0.90));
    c.mass = src(units::kilograms(8));
    c.outputVoltageMin = src(units::volts(200));
    c.outputVoltageMax = src(units::volts(450));
    return c;
}

inline DcDcConverter dcdc()
{
    DcDcConverter d;
    d.power = src(units::kilowatts(2.5));
    d.efficiency = src(units::ratio(0.92));
    d.mass = src(units::kilograms(4));
    d.inputVoltageMin = src(units::volts(200));
    d.inputVoltageMax = src(units::volts(450));
    return d;
}

inline RetrofitDesignInput design()
{
    RetrofitDesignInput in;
    auto &v = in.vehicle;
    v.variantId = "test-master-3-l2h2";
    v.originalMassInRunningOrder = units::kilograms(2050);
    v.removedMass = units::kilograms(420);
    v.extraKitMass = units::kilograms(60);
    v.gvw = units::kilograms(3500);
    v.frontalArea = units::squareMetres(4.2);
    v.dragCoefficient = units::ratio(0.40);
    v.rollingResistance = units::ratio(0.008);
    v.tyreRollingRadius = units::metres(0.345);
    v.originalEnginePower = units::kilowatts(92);
    auto &k = in.kit;
    k.motor = motor();
    k.inverter = inverter();
    k.reducerRatio = units::ratio(9.3);
    k.module = module();
    k.modulesInSeries = 12;
    k.stringsInParallel = 1;
    k.charger = charger();
    k.dcdc = dcdc();
    return in;
}

inline MotorModel motorModel(double peakKw = 100, double contKw = 57, double torque = 245)
{
    return MotorModel::fromCatalog(motor(peakKw, contKw, torque), inverter(std::max(120.0, peakKw)));
}

inline VehicleSetup setup(units::Mass mass, const MotorModel &m, int series = 12, int parallel = 1)
{
    const auto rl = RoadLoad::physical({ mass, units::ratio(0.008), units::ratio(0.40), units::squareMetres(4.2),
                                         units::ratio(0.05), airDensity(units::celsius(20), units::metres(0)) });
    return VehicleSetup { rl,
                          units::metres(0.345),
                          Gear { units::ratio(9.3), units::ratio(0.97) },
                          m,
                          BatteryPack(module(), series, parallel),
                          AuxLoads {},
                          RegenPolicy {},
                          units::ratio(0.9) };
}

inline std::string cyclePath(const char *stem)
{
    return std::string(REMASTER_CYCLES_DIR) + "/" + stem + ".csv";
}

} // namespace fixtures
