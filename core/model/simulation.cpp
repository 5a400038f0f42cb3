#include "model/simulation.h"
#include "model/simulation_internal.h"

#include <algorithm>
#include <cmath>

namespace remaster::model {
using detail::requireRange;
using detail::throwIf;

void VehicleSetup::validate() const
{
    std::vector<FieldError> errs;
    requireRange(errs, "vehicle.tyre_rolling_radius", units::inMetres(tyreRollingRadius), 0.2, 0.6, "m");
    requireRange(errs, "charger.efficiency", chargerEfficiency.value(), 0.5, 1.0, "");
    throwIf(errs);
    gear.validate();
    aux.validate();
    regen.validate();
}

const char *driveLimitCode(DriveLimit l)
{
    switch (l) {
    case DriveLimit::MotorTorque: return "motor-torque";
    case DriveLimit::MotorPower: return "motor-power";
    case DriveLimit::MotorSpeed: return "motor-speed";
    case DriveLimit::BatteryPower: return "battery-power";
    }
    return "";
}

PreparedCycle prepareCycle(const DriveCycle &c)
{
    validatePhases(c);
    if (c.speed.size() < 2)
        throw InputError({ { c.id + ".speed", QT_TRANSLATE_NOOP("Model", "fewer than 2 samples"), "≥ 2 samples",
                             std::to_string(c.speed.size()) } });
    if (c.phases.size() + 1 > PreparedCycle::kMaxBuckets)
        throw InputError(
            { { c.id + ".phases", QT_TRANSLATE_NOOP("Model", "too many phases"),
                "0 … " + std::to_string(PreparedCycle::kMaxBuckets - 1), std::to_string(c.phases.size()) } });
    PreparedCycle p;
    p.id = c.id;
    const std::size_t n = c.speed.size() - 1;
    p.vMean.resize(n);
    p.accel.resize(n);
    p.sinGrade.assign(n, 0.0);
    p.cosGrade.assign(n, 1.0);
    const unsigned char outside = static_cast<unsigned char>(c.phases.size());
    p.bucket.assign(n, c.phases.empty() ? 0 : outside);
    double d = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double v0 = c.speed[i].value(), v1 = c.speed[i + 1].value();
        p.vMean[i] = 0.5 * (v0 + v1);
        p.accel[i] = v1 - v0; // dt = 1 s
        d += p.vMean[i];
        if (!c.gradePercent.empty()) {
            const double th = gradeAngleFromPercent(c.gradePercent[i]).value();
            p.sinGrade[i] = std::sin(th);
            p.cosGrade[i] = std::cos(th);
        }
    }
    p.distance = units::metres(d);
    bool anyOutside = false;
    for (std::size_t k = 0; k < c.phases.size(); ++k)
        for (int i = c.phases[k].start; i < c.phases[k].end; ++i)
            p.bucket[static_cast<std::size_t>(i)] = static_cast<unsigned char>(k);
    for (auto b : p.bucket)
        anyOutside = anyOutside || (b == outside && !c.phases.empty());
    if (c.phases.empty())
        p.bucketNames = { "All" };
    else {
        for (const auto &ph : c.phases)
            p.bucketNames.push_back(ph.name);
        if (anyOutside)
            p.bucketNames.push_back("(outside phases)");
    }
    return p;
}

using detail::Acc;
using detail::ShortfallAcc;

namespace {

EnergyResult toResult(const Acc &a, double chargerEff, double usable)
{
    using units::joules;
    EnergyResult r;
    r.distance = units::metres(a.distance);
    r.duration = units::seconds(a.time);
    r.tractionAtWheel = joules(a.traction);
    r.brakingAtWheel = joules(a.braking);
    r.rollingResistance = joules(a.rolling);
    r.aerodynamicDrag = joules(a.aero);
    r.deltaKinetic = joules(a.kinetic);
    r.deltaPotential = joules(a.potential);
    r.regenAtWheel = joules(a.regenWheel);
    r.frictionBraking = joules(a.friction);
    r.regenerated = joules(a.regenDc);
    r.gearLoss = joules(a.gear);
    r.motorLoss = joules(a.motor);
    r.inverterLoss = joules(a.inverter);
    r.batteryLoss = joules(a.battery);
    r.aux = joules(a.aux);
    r.batteryTerminal = joules(a.terminal);
    r.batteryNet = joules(a.chemical);
    r.plug = joules(a.chemical / chargerEff);
    if (a.distance > 0.0) {
        r.batteryPerDistance = EnergyPerLength::from_value(a.chemical / a.distance);
        r.plugPerDistance = EnergyPerLength::from_value(a.chemical / chargerEff / a.distance);
        r.range = units::metres(a.chemical > 0.0 ? usable / (a.chemical / a.distance) : 0.0);
    } else {
        r.range = units::metres(0.0);
    }
    return r;
}

} // namespace

namespace detail {

// The accumulators of a run turned into its result: per phase, in total, and the shortfalls.
void writeResult(const std::array<Acc, PreparedCycle::kMaxBuckets> &acc,
                 const std::array<ShortfallAcc, kDriveLimitCount> &sf, const PreparedCycle &cycle, double chargerEff,
                 double usable, SimulationResult &out)
{
    Acc total;
    out.phases.resize(cycle.bucketNames.size());
    for (std::size_t b = 0; b < cycle.bucketNames.size(); ++b) {
        total.add(acc[b]);
        out.phases[b].name = cycle.bucketNames[b];
        out.phases[b].energy = toResult(acc[b], chargerEff, usable);
    }
    out.cycleId = cycle.id;
    out.total = toResult(total, chargerEff, usable);
    out.followedTrace = true;
    for (std::size_t k = 0; k < kDriveLimitCount; ++k) {
        auto &s = out.shortfalls[k];
        s.limit = static_cast<DriveLimit>(k);
        s.seconds = sf[k].seconds;
        s.maxWheelTorqueShortfall = units::newtonMetres(sf[k].maxTorque);
        s.maxPowerShortfall = units::watts(sf[k].maxPower);
        s.firstTime = units::seconds(sf[k].first);
        if (s.seconds > 0)
            out.followedTrace = false;
    }
}

} // namespace detail

SimulationResult simulate(const VehicleSetup &setup, const PreparedCycle &cycle, const SimulationOptions &options)
{
    setup.validate();
    SimulationResult r;
    simulateInto(setup, cycle, options, r);
    return r;
}

namespace detail {

void validateOptions(const SimulationOptions &options)
{
    std::vector<FieldError> errs;
    requireRange(errs, "simulation.initial_soc", options.initialSoc.value(), 0.0, 1.0, "");
    requireRange(errs, "simulation.usable_energy", units::inKilowattHours(options.usableEnergy), 0.0, 1000.0, "kWh");
    throwIf(errs);
}

LoopConstants::LoopConstants(const VehicleSetup &setup)
    : rl(setup.roadLoad.coefficients())
    , radius(setup.tyreRollingRadius.value())
    , ratio(setup.gear.ratio.value())
    , etaG(setup.gear.efficiency.value())
    , torquePerForce(radius / (ratio * etaG))
    , regenTorquePerForce(radius * etaG / ratio)
    , wheelTorquePerMotor(ratio * etaG)
    , mr(setup.motor.raw())
    , invEtaInv(1.0 / mr.etaInv)
    , rPack(setup.pack.resistanceRaw())
    , qPack(setup.pack.capacityRaw())
    , vMinPack(setup.pack.minVoltageRaw())
    , vMaxPack(setup.pack.maxVoltageRaw())
    , iDis(setup.pack.maxDischargeRaw())
    , iChg(setup.pack.maxChargeRaw())
    , pAux(setup.aux.hvPower().value())
    , invRadius(1.0 / radius)
    , invRPack(1.0 / rPack)
    , half_invRPack(0.5 / rPack)
    , fourRPack(4.0 * rPack)
    , invQPack(1.0 / qPack)
    , regenMax(setup.regen.maxPower.value())
    , fadeSpeed(setup.regen.fadeSpeed.value())
    , invFadeSpeed(fadeSpeed > 0.0 ? 1.0 / fadeSpeed : 0.0)
    , regenFrac(setup.regen.recoverableFraction.value())
    , axleLimit(setup.regen.axle.has_value())
    , rearDrive(axleLimit && setup.regen.axle->drivenAxle == Drive::RearWheel)
    , nFrontStatic(axleLimit ? setup.regen.axle->frontStaticShare : 0.0)
    , hOverL(axleLimit ? setup.regen.cgHeight.value() / setup.regen.axle->wheelbase.value() : 0.0)
    , mu(setup.regen.adhesion.value())
    , weight(rl.mass * units::kStandardGravity)
    , invWeight(1.0 / (rl.mass * units::kStandardGravity))
    , chargerEff(setup.chargerEfficiency.value())
{
}

} // namespace detail

void simulateInto(const VehicleSetup &setup, const PreparedCycle &cycle, const SimulationOptions &options,
                  SimulationResult &out)
{
    detail::validateOptions(options);
    const detail::LoopConstants k(setup);
    // Local copies: the compiler keeps them in registers through the loop.
    const RoadLoad::Coefficients rl = k.rl;
    const double ratio = k.ratio, etaG = k.etaG;
    const double torquePerForce = k.torquePerForce, regenTorquePerForce = k.regenTorquePerForce;
    const double wheelTorquePerMotor = k.wheelTorquePerMotor;
    const MotorModel &motor = setup.motor;
    const MotorModel::Raw &mr = k.mr;
    const double invEtaInv = k.invEtaInv;
    OcvSegments ocv(setup.pack);
    const double rPack = k.rPack, vMinPack = k.vMinPack, vMaxPack = k.vMaxPack, iDis = k.iDis, iChg = k.iChg;
    const double pAux = k.pAux;
    const double invRadius = k.invRadius, invRPack = k.invRPack, half_invRPack = k.half_invRPack;
    const double fourRPack = k.fourRPack, invQPack = k.invQPack;
    const double regenMax = k.regenMax, fadeSpeed = k.fadeSpeed, invFadeSpeed = k.invFadeSpeed;
    const double regenFrac = k.regenFrac;
    const bool axleLimit = k.axleLimit, rearDrive = k.rearDrive;
    const double nFrontStatic = k.nFrontStatic, hOverL = k.hOverL, mu = k.mu;
    const double invWeight = k.invWeight, weight = k.weight;

    std::array<Acc, PreparedCycle::kMaxBuckets> acc {};
    std::array<ShortfallAcc, kDriveLimitCount> sf {};
    double soc = options.initialSoc.value();
    const std::size_t n = cycle.vMean.size();
    const double *vMean = cycle.vMean.data(), *accel = cycle.accel.data();
    const double *sinGrade = cycle.sinGrade.data(), *cosGrade = cycle.cosGrade.data();
    const bool recordTrace = options.recordTrace;
    out.trace.clear();
    if (recordTrace)
        out.trace.reserve(n);

    // One interval; the accumulators are the current phase's, a local the compiler keeps in
    // registers (flushed into acc[] when the phase changes).
    auto step = [&](std::size_t i, Acc &a) {
        const double v = vMean[i], acl = accel[i];
        const double sn = sinGrade[i], cs = cosGrade[i];
        const double fRoll = rl.f0 * cs + rl.f1 * v;
        const double fAero = rl.f2 * v * v;
        const double fGrade = weight * sn;
        const double fInert = rl.massEffective * acl;
        const double force = fRoll + fAero + fGrade + fInert;
        a.distance += v;
        a.rolling += fRoll * v;
        a.aero += fAero * v;
        a.potential += fGrade * v;
        a.kinetic += fInert * v;

        double pDc = 0.0; // motor DC power, + drawn
        const double voc = ocv.at(soc); // SOC at the start of the interval
        if (v > 0.0) {
            const double wWheel = v * invRadius, wMotor = wWheel * ratio;
            if (force > 0.0) {
                const double tDemand = force * torquePerForce; // motor shaft
                const double tEnv = motor.peakTorqueRaw(wMotor);
                double tm = tDemand;
                if (tDemand > tEnv) {
                    const DriveLimit lim = wMotor > mr.maxSpeed ? DriveLimit::MotorSpeed
                        : wMotor <= mr.baseSpeed                ? DriveLimit::MotorTorque
                                                                : DriveLimit::MotorPower;
                    const double dT = (tDemand - tEnv) * wheelTorquePerMotor;
                    sf[static_cast<std::size_t>(lim)].record(static_cast<double>(i), dT, dT * wWheel);
                    tm = tEnv;
                }
                double loss = motor.lossRaw(tm, wMotor);
                double pShaft = tm * wMotor;
                // Battery discharge limit: current rating, minimum voltage, matched load.
                double pElec = pShaft + loss;
                if (tm > 0.0) {
                    double iLim = std::min({ iDis, (voc - vMinPack) * invRPack, voc * half_invRPack });
                    iLim = std::max(iLim, 0.0);
                    const double pLim = voc * iLim - iLim * iLim * rPack;
                    if (pElec * invEtaInv + pAux > pLim) {
                        double tb = motor.torqueForDcPowerRaw(pLim - pAux, wMotor);
                        if (!(tb > 0.0))
                            tb = 0.0;
                        if (tb < tm) {
                            const double dT = (tDemand - tb) * wheelTorquePerMotor;
                            sf[static_cast<std::size_t>(DriveLimit::BatteryPower)].record(static_cast<double>(i),
                                                                                          dT, dT * wWheel);
                            tm = tb;
                            loss = motor.lossRaw(tm, wMotor);
                            pShaft = tm * wMotor;
                            pElec = pShaft + loss;
                        }
                    }
                }
                if (tm > 0.0) {
                    const double pWheelDelivered = pShaft * etaG;
                    pDc = pElec * invEtaInv;
                    a.traction += pWheelDelivered;
                    a.gear += pShaft - pWheelDelivered;
                    a.motor += loss;
                    a.inverter += pDc - pElec;
                }
            } else if (force < 0.0) {
                const double pBrake = -force * v;
                a.braking += pBrake;
                const double fade = (fadeSpeed <= 0.0 || v >= fadeSpeed) ? 1.0 : v * invFadeSpeed;
                const double share = axleLimit ? std::min(regenFrac, regenAxleShare(-force * invWeight, nFrontStatic,
                                                                                     hOverL, mu, rearDrive))
                                               : regenFrac;
                // Negative shaft torque; the gear loses in the wheel→motor direction.
                double tm = force * share * fade * regenTorquePerForce;
                tm = std::max(tm, -motor.peakTorqueRaw(wMotor));
                // The DC power returned is below the shaft power |T·ω| (losses), so the caps
                // below are solved (sqrt) only when the shaft power could exceed them.
                if (-tm * wMotor > regenMax) {
                    const double tPol = motor.torqueForDcPowerRaw(-regenMax, wMotor);
                    if (!std::isnan(tPol)) // NaN: the policy cap is unreachable at this speed
                        tm = std::max(tm, std::min(tPol, 0.0));
                }
                double iC = std::min(iChg, (vMaxPack - voc) * invRPack);
                iC = std::max(iC, 0.0);
                const double pMinTerminal = -(voc * iC + iC * iC * rPack);
                if (-tm * wMotor > pAux - pMinTerminal) {
                    const double tBat = motor.torqueForDcPowerRaw(pMinTerminal - pAux, wMotor);
                    if (!std::isnan(tBat))
                        tm = std::max(tm, std::min(tBat, 0.0));
                }
                double regenWheel = 0.0;
                if (tm < 0.0) {
                    const double pShaft = tm * wMotor; // negative
                    const double loss = motor.lossRaw(tm, wMotor);
                    const double pElec = pShaft + loss; // negative unless losses exceed it
                    if (pElec < 0.0) { // else losses would exceed the recovered power: friction only
                        regenWheel = -pShaft / etaG;
                        pDc = pElec * mr.etaInv;
                        a.gear += regenWheel + pShaft;
                        a.motor += loss;
                        a.inverter += pDc - pElec;
                        a.regenDc -= pDc;
                    }
                }
                a.regenWheel += regenWheel;
                a.friction += pBrake - regenWheel;
            }
        }
        // Battery: solve P = V_oc·I − I²·R (smaller root).
        const double pTerm = pDc + pAux;
        double disc = voc * voc - fourRPack * pTerm;
        if (disc < 0.0)
            disc = 0.0; // only reachable at SOC ≈ 0 with aux alone; matched-load current
        const double current = (voc - std::sqrt(disc)) * half_invRPack;
        a.terminal += pTerm;
        a.battery += current * current * rPack;
        a.chemical += voc * current;
        soc -= current * invQPack;
        if (recordTrace)
            out.trace.push_back({ units::seconds(static_cast<double>(i)), units::metresPerSecond(v),
                                  units::watts(pTerm), units::ratio(soc) });
    };

    for (std::size_t i = 0; i < n;) {
        const unsigned char bucket = cycle.bucket[i];
        std::size_t end = i + 1;
        while (end < n && cycle.bucket[end] == bucket)
            ++end;
        Acc a {};
        // What is the same in every interval is summed once per phase run.
        a.time = static_cast<double>(end - i);
        a.aux = pAux * a.time;
        for (; i < end; ++i)
            step(i, a);
        acc[bucket].add(a);
    }

    detail::writeResult(acc, sf, cycle, k.chargerEff, options.usableEnergy.value(), out);
    out.finalSoc = units::ratio(soc);
}

} // namespace remaster::model
