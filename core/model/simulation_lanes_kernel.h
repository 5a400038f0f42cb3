// The batched simulation's loop over kLanes lanes (simulation_batch.cpp explains it). Written
// against the Lanes and Mask of simulation_lanes_sse2.h, _avx2.h or _avx512.h, and included by
// simulation_batch.cpp once for each, inside a namespace that sets kLanes; not a public header.

// The accumulators of one bucket run, per lane (Acc's fields).
struct LaneAcc {
    Lanes distance {}, traction {}, braking {}, rolling {}, aero {}, kinetic {}, potential {}, regenWheel {},
        friction {}, regenDc {}, gear {}, motor {}, inverter {}, battery {}, terminal {}, chemical {};
    void addTo(Acc &a, std::size_t l) const
    {
        a.distance += distance.get(l);
        a.traction += traction.get(l);
        a.braking += braking.get(l);
        a.rolling += rolling.get(l);
        a.aero += aero.get(l);
        a.kinetic += kinetic.get(l);
        a.potential += potential.get(l);
        a.regenWheel += regenWheel.get(l);
        a.friction += friction.get(l);
        a.regenDc += regenDc.get(l);
        a.gear += gear.get(l);
        a.motor += motor.get(l);
        a.inverter += inverter.get(l);
        a.battery += battery.get(l);
        a.terminal += terminal.get(l);
        a.chemical += chemical.get(l);
    }
};

template<class F> Lanes gather(const std::array<const LoopConstants *, kLanes> &k, F field)
{
    double v[kLanes];
    for (std::size_t l = 0; l < kLanes; ++l)
        v[l] = field(*k[l]);
    return Lanes::of(v);
}

// The loop constants of the four runs, lane by lane (LoopConstants' fields the loop reads).
struct LaneConstants {
    Lanes f0, f1, f2, massEffective, weight, invWeight;
    Lanes ratio, etaG, wheelTorquePerMotor, torquePerForce, regenTorquePerForce, invRadius;
    Lanes maxSpeed, baseSpeed, peakTorque, peakPower, c0, kCu, kFe, kW, etaInv, invEtaInv, twoKCu, fourKCu;
    Lanes rPack, vMinPack, vMaxPack, iDis, iChg, pAux, invRPack, half_invRPack, fourRPack, invQPack;
    Lanes regenMax, fadeSpeed, invFadeSpeed, regenFrac, fadeOff;
    Lanes nFrontStatic, hOverL, mu, axleLimit, rearDrive; // booleans as 0/1

    explicit LaneConstants(const std::array<const LoopConstants *, kLanes> &k)
        : f0(gather(k, [](const LoopConstants &c) { return c.rl.f0; }))
        , f1(gather(k, [](const LoopConstants &c) { return c.rl.f1; }))
        , f2(gather(k, [](const LoopConstants &c) { return c.rl.f2; }))
        , massEffective(gather(k, [](const LoopConstants &c) { return c.rl.massEffective; }))
        , weight(gather(k, [](const LoopConstants &c) { return c.weight; }))
        , invWeight(gather(k, [](const LoopConstants &c) { return c.invWeight; }))
        , ratio(gather(k, [](const LoopConstants &c) { return c.ratio; }))
        , etaG(gather(k, [](const LoopConstants &c) { return c.etaG; }))
        , wheelTorquePerMotor(gather(k, [](const LoopConstants &c) { return c.wheelTorquePerMotor; }))
        , torquePerForce(gather(k, [](const LoopConstants &c) { return c.torquePerForce; }))
        , regenTorquePerForce(gather(k, [](const LoopConstants &c) { return c.regenTorquePerForce; }))
        , invRadius(gather(k, [](const LoopConstants &c) { return c.invRadius; }))
        , maxSpeed(gather(k, [](const LoopConstants &c) { return c.mr.maxSpeed; }))
        , baseSpeed(gather(k, [](const LoopConstants &c) { return c.mr.baseSpeed; }))
        , peakTorque(gather(k, [](const LoopConstants &c) { return c.mr.peakTorque; }))
        , peakPower(gather(k, [](const LoopConstants &c) { return c.mr.peakPower; }))
        , c0(gather(k, [](const LoopConstants &c) { return c.mr.c0; }))
        , kCu(gather(k, [](const LoopConstants &c) { return c.mr.kCu; }))
        , kFe(gather(k, [](const LoopConstants &c) { return c.mr.kFe; }))
        , kW(gather(k, [](const LoopConstants &c) { return c.mr.kW; }))
        , etaInv(gather(k, [](const LoopConstants &c) { return c.mr.etaInv; }))
        , invEtaInv(gather(k, [](const LoopConstants &c) { return c.invEtaInv; }))
        , twoKCu(gather(k, [](const LoopConstants &c) { return 2.0 * c.mr.kCu; }))
        , fourKCu(gather(k, [](const LoopConstants &c) { return 4.0 * c.mr.kCu; }))
        , rPack(gather(k, [](const LoopConstants &c) { return c.rPack; }))
        , vMinPack(gather(k, [](const LoopConstants &c) { return c.vMinPack; }))
        , vMaxPack(gather(k, [](const LoopConstants &c) { return c.vMaxPack; }))
        , iDis(gather(k, [](const LoopConstants &c) { return c.iDis; }))
        , iChg(gather(k, [](const LoopConstants &c) { return c.iChg; }))
        , pAux(gather(k, [](const LoopConstants &c) { return c.pAux; }))
        , invRPack(gather(k, [](const LoopConstants &c) { return c.invRPack; }))
        , half_invRPack(gather(k, [](const LoopConstants &c) { return c.half_invRPack; }))
        , fourRPack(gather(k, [](const LoopConstants &c) { return c.fourRPack; }))
        , invQPack(gather(k, [](const LoopConstants &c) { return c.invQPack; }))
        , regenMax(gather(k, [](const LoopConstants &c) { return c.regenMax; }))
        , fadeSpeed(gather(k, [](const LoopConstants &c) { return c.fadeSpeed; }))
        , invFadeSpeed(gather(k, [](const LoopConstants &c) { return c.invFadeSpeed; }))
        , regenFrac(gather(k, [](const LoopConstants &c) { return c.regenFrac; }))
        , fadeOff(gather(k, [](const LoopConstants &c) { return c.fadeSpeed <= 0.0 ? 1.0 : 0.0; }))
        , nFrontStatic(gather(k, [](const LoopConstants &c) { return c.nFrontStatic; }))
        , hOverL(gather(k, [](const LoopConstants &c) { return c.hOverL; }))
        , mu(gather(k, [](const LoopConstants &c) { return c.mu; }))
        , axleLimit(gather(k, [](const LoopConstants &c) { return c.axleLimit ? 1.0 : 0.0; }))
        , rearDrive(gather(k, [](const LoopConstants &c) { return c.rearDrive ? 1.0 : 0.0; }))
    {
    }
};

inline Mask isSet(const Lanes &flag)
{
    return flag > Lanes::all(0.0);
}

// MotorModel::peakTorqueRaw, lane by lane.
inline Lanes peakTorque(const LaneConstants &k, const Lanes &w)
{
    const Lanes below = select(w <= k.baseSpeed, k.peakTorque, k.peakPower / w);
    return select(w > k.maxSpeed, Lanes::all(0.0), below);
}
// MotorModel::lossRaw: c0 + kCu·t·t + kFe·w + kW·w·w, in that order.
inline Lanes motorLoss(const LaneConstants &k, const Lanes &t, const Lanes &w)
{
    return k.c0 + k.kCu * t * t + k.kFe * w + k.kW * w * w;
}
// MotorModel::torqueForDcPowerRaw: the shaft torque that draws (+) or returns (−) this DC
// power; NaN where no torque reaches it.
inline Lanes torqueForDcPower(const LaneConstants &k, const Lanes &pDc, const Lanes &w)
{
    const Lanes pe = select(pDc >= Lanes::all(0.0), pDc * k.etaInv, pDc / k.etaInv);
    const Lanes c = k.c0 + k.kFe * w + k.kW * w * w - pe;
    const Lanes disc = w * w - k.fourKCu * c;
    const Lanes root = (-w + lanesSqrt(lanesMax(disc, Lanes::all(0.0)))) / k.twoKCu;
    return select(disc < Lanes::all(0.0), Lanes::all(std::numeric_limits<double>::quiet_NaN()), root);
}
// regenAxleShare (simulation.h), lane by lane.
inline Lanes axleShare(const LaneConstants &k, const Lanes &z)
{
    const Lanes one = Lanes::all(1.0), zero = Lanes::all(0.0);
    const Lanes nFront = lanesMin(lanesMax(k.nFrontStatic + z * k.hOverL, zero), one);
    const Mask rear = isSet(k.rearDrive);
    const Lanes nDriven = select(rear, one - nFront, nFront);
    Lanes share = lanesMin(one, k.mu * nDriven / z);
    share = select(rear & (z >= Lanes::all(0.15)), lanesMin(share, nDriven), share);
    return select(z > zero, share, one);
}

// The reference loop's shortfall record where the battery's discharge limit clips a lane.
void recordBatteryShortfall(const LaneConstants &k, const Mask &clipped, const Lanes &tDemand, const Lanes &tb,
                            const Lanes &wWheel, std::size_t i,
                            std::array<std::array<ShortfallAcc, kDriveLimitCount>, kLanes> &sf)
{
    for (std::size_t l = 0; l < kLanes; ++l) {
        if (!lane(clipped, l))
            continue;
        const double dT = (tDemand.get(l) - tb.get(l)) * k.wheelTorquePerMotor.get(l);
        sf[l][static_cast<std::size_t>(DriveLimit::BatteryPower)].record(static_cast<double>(i), dT, dT * wWheel.get(l));
    }
}

// The reference loop's shortfall record where the motor envelope clips a lane's demand.
void recordEnvelopeShortfall(const LaneConstants &k, const Mask &clipped, const Lanes &tDemand, const Lanes &tEnv,
                             const Lanes &wWheel, const Lanes &wMotor, std::size_t i,
                             std::array<std::array<ShortfallAcc, kDriveLimitCount>, kLanes> &sf)
{
    for (std::size_t l = 0; l < kLanes; ++l) {
        if (!lane(clipped, l))
            continue;
        const double w = wMotor.get(l);
        const DriveLimit lim = w > k.maxSpeed.get(l) ? DriveLimit::MotorSpeed
            : w <= k.baseSpeed.get(l)                ? DriveLimit::MotorTorque
                                                     : DriveLimit::MotorPower;
        const double dT = (tDemand.get(l) - tEnv.get(l)) * k.wheelTorquePerMotor.get(l);
        sf[l][static_cast<std::size_t>(lim)].record(static_cast<double>(i), dT, dT * wWheel.get(l));
    }
}

// The OCV segment each lane is on, as lanes (OcvSegments, powertrain.h).
struct LaneOcv {
    Lanes intercept, slope, lower, upper;
    void follow(std::array<OcvSegments, kLanes> &ocv, const Lanes &soc)
    {
        double socs[kLanes], a[kLanes], b[kLanes], lo[kLanes], hi[kLanes];
        soc.store(socs);
        for (std::size_t l = 0; l < kLanes; ++l) {
            ocv[l].at(socs[l]);
            const OcvSegments::Segment s = ocv[l].segment();
            a[l] = s.intercept;
            b[l] = s.slope;
            lo[l] = s.lower;
            hi[l] = s.upper;
        }
        intercept = Lanes::of(a);
        slope = Lanes::of(b);
        lower = Lanes::of(lo);
        upper = Lanes::of(hi);
    }
};

template<std::size_t... L>
std::array<OcvSegments, kLanes> ocvCurves(const std::array<const BatteryPack *, kLanes> &packs, std::index_sequence<L...>)
{
    return { OcvSegments(*packs[L])... };
}

// The lanes over the cycle.
void runLanes(const LaneConstants &k, const std::array<const BatteryPack *, kLanes> &packs,
              const PreparedCycle &cycle, const std::array<double, kLanes> &initialSoc, std::array<std::array<Acc, PreparedCycle::kMaxBuckets>, kLanes> &acc,
              std::array<std::array<ShortfallAcc, kDriveLimitCount>, kLanes> &sf, std::array<double, kLanes> &finalSoc)
{
    std::array<OcvSegments, kLanes> ocv = ocvCurves(packs, std::make_index_sequence<kLanes>());
    const Lanes zero = Lanes::all(0.0), one = Lanes::all(1.0);
    const Mask axle = isSet(k.axleLimit), fadeOff = isSet(k.fadeOff);
    double socStart[kLanes];
    for (std::size_t l = 0; l < kLanes; ++l)
        socStart[l] = initialSoc[l];
    Lanes soc = Lanes::of(socStart);
    LaneOcv ocvSeg;
    ocvSeg.follow(ocv, lanesMin(lanesMax(soc, zero), one));
    const std::size_t n = cycle.vMean.size();
    const double *vMean = cycle.vMean.data(), *accel = cycle.accel.data();
    const double *sinGrade = cycle.sinGrade.data(), *cosGrade = cycle.cosGrade.data();

    for (std::size_t i = 0; i < n;) {
        const unsigned char bucket = cycle.bucket[i];
        const std::size_t start = i;
        std::size_t end = i + 1;
        while (end < n && cycle.bucket[end] == bucket)
            ++end;
        LaneAcc a;
        for (; i < end; ++i) {
            const double v = vMean[i], acl = accel[i], sn = sinGrade[i], cs = cosGrade[i];
            const Lanes vv = Lanes::all(v);
            const Lanes fRoll = k.f0 * cs + k.f1 * v;
            const Lanes fAero = k.f2 * v * v;
            const Lanes fGrade = k.weight * sn;
            const Lanes fInert = k.massEffective * acl;
            const Lanes force = fRoll + fAero + fGrade + fInert;
            a.distance = a.distance + vv;
            a.rolling = a.rolling + fRoll * v;
            a.aero = a.aero + fAero * v;
            a.potential = a.potential + fGrade * v;
            a.kinetic = a.kinetic + fInert * v;

            // Battery limits at this interval's OCV, each lane at its own SOC on its own OCV
            // segment (OcvSegments::at, kept in registers; a lane leaving its segment is looked up
            // again). The SOC is the one at the start of the interval, as in the reference loop.
            // Clamped to 0 … 1 as OcvSegments::at does; tested by a branch (almost never taken)
            // so that the clamp is not on the SOC chain, which bounds the loop's speed.
            Lanes socC = soc;
            if (any((soc < zero) | (soc > one)))
                socC = lanesMin(lanesMax(soc, zero), one);
            if (any((socC < ocvSeg.lower) | (socC >= ocvSeg.upper)))
                ocvSeg.follow(ocv, socC);
            const Lanes voc = ocvSeg.intercept + ocvSeg.slope * socC;
            const Lanes iLim = lanesMax(
                lanesMin(lanesMin(k.iDis, (voc - k.vMinPack) * k.invRPack), voc * k.half_invRPack), zero);
            const Lanes pLim = voc * iLim - iLim * iLim * k.rPack;
            const Lanes iC = lanesMax(lanesMin(k.iChg, (k.vMaxPack - voc) * k.invRPack), zero);
            const Lanes pMinTerminal = -(voc * iC + iC * iC * k.rPack);

            Lanes pDc = zero;
            if (v > 0.0) {
                const Lanes wWheel = vv * k.invRadius, wMotor = wWheel * k.ratio;
                const Lanes tEnv = peakTorque(k, wMotor);
                // Each path only when a lane takes it (lanes mostly agree: same trace).
                const Mask motoring = force > zero, braking = force < zero;
                if (any(motoring)) {
                    const Lanes tDemand = force * k.torquePerForce;
                    const Mask clipped = motoring & (tDemand > tEnv);
                    if (any(clipped))
                        recordEnvelopeShortfall(k, clipped, tDemand, tEnv, wWheel, wMotor, i, sf);
                    Lanes tm = select(clipped, tEnv, tDemand);
                    Lanes lossM = motorLoss(k, tm, wMotor);
                    Lanes pShaftM = tm * wMotor;
                    Lanes pElecM = pShaftM + lossM;
                    // Battery discharge limit: current rating, minimum voltage, matched load.
                    const Mask overBattery = motoring & (tm > zero) & (pElecM * k.invEtaInv + k.pAux > pLim);
                    if (any(overBattery)) {
                        Lanes tb = torqueForDcPower(k, pLim - k.pAux, wMotor);
                        tb = select(tb > zero, tb, zero); // NaN or ≤ 0: nothing left for the motor
                        const Mask batteryClips = overBattery & (tb < tm);
                        if (any(batteryClips)) {
                            recordBatteryShortfall(k, batteryClips, tDemand, tb, wWheel, i, sf);
                            tm = select(batteryClips, tb, tm);
                            lossM = motorLoss(k, tm, wMotor);
                            pShaftM = tm * wMotor;
                            pElecM = pShaftM + lossM;
                        }
                    }
                    const Mask motorOn = motoring & (tm > zero);
                    const Lanes pWheelM = pShaftM * k.etaG;
                    const Lanes pDcM = pElecM * k.invEtaInv;
                    a.traction = a.traction + selectOrZero(motorOn, pWheelM);
                    a.gear = a.gear + selectOrZero(motorOn, pShaftM - pWheelM);
                    a.motor = a.motor + selectOrZero(motorOn, lossM);
                    a.inverter = a.inverter + selectOrZero(motorOn, pDcM - pElecM);
                    pDc = selectOrZero(motorOn, pDcM);
                }
                if (any(braking)) {
                    const Lanes pBrake = -force * v;
                    const Lanes fade = select(fadeOff | (vv >= k.fadeSpeed), one, vv * k.invFadeSpeed);
                    const Lanes share = any(axle) ? select(axle, lanesMin(k.regenFrac, axleShare(k, -force * k.invWeight)),
                                                           k.regenFrac)
                                                  : k.regenFrac;
                    Lanes tmB = force * share * fade * k.regenTorquePerForce;
                    tmB = lanesMax(tmB, -tEnv);
                    const Mask overCap = braking & (-tmB * wMotor > k.regenMax);
                    if (any(overCap)) {
                        const Lanes tPol = torqueForDcPower(k, -k.regenMax, wMotor);
                        tmB = select(overCap & !lanesIsNan(tPol), lanesMax(tmB, lanesMin(tPol, zero)), tmB);
                    }
                    // Battery charge limit (current rating, maximum voltage).
                    const Mask overCharge = braking & (-tmB * wMotor > k.pAux - pMinTerminal);
                    if (any(overCharge)) {
                        const Lanes tBat = torqueForDcPower(k, pMinTerminal - k.pAux, wMotor);
                        tmB = select(overCharge & !lanesIsNan(tBat), lanesMax(tmB, lanesMin(tBat, zero)), tmB);
                    }
                    const Lanes pShaftB = tmB * wMotor;
                    const Lanes lossB = motorLoss(k, tmB, wMotor);
                    const Lanes pElecB = pShaftB + lossB;
                    const Mask regen = braking & (tmB < zero) & (pElecB < zero);
                    const Lanes regenWheel = selectOrZero(regen, -pShaftB / k.etaG);
                    const Lanes pDcB = pElecB * k.etaInv;
                    a.gear = a.gear + selectOrZero(regen, regenWheel + pShaftB);
                    a.motor = a.motor + selectOrZero(regen, lossB);
                    a.inverter = a.inverter + selectOrZero(regen, pDcB - pElecB);
                    a.regenDc = a.regenDc - selectOrZero(regen, pDcB);
                    a.braking = a.braking + selectOrZero(braking, pBrake);
                    a.regenWheel = a.regenWheel + selectOrZero(braking, regenWheel);
                    a.friction = a.friction + selectOrZero(braking, pBrake - regenWheel);
                    pDc = select(regen, pDcB, pDc);
                }
            }

            // Battery: solve P = V_oc·I − I²·R (smaller root).
            const Lanes pTerm = pDc + k.pAux;
            const Lanes disc = lanesMax(voc * voc - k.fourRPack * pTerm, zero);
            const Lanes current = (voc - lanesSqrt(disc)) * k.half_invRPack;
            a.terminal = a.terminal + pTerm;
            a.battery = a.battery + current * current * k.rPack;
            a.chemical = a.chemical + voc * current;
            soc = soc - current * k.invQPack;
        }
        // As the reference loop: what is the same in every interval is summed once per run.
        const double time = static_cast<double>(end - start);
        for (std::size_t l = 0; l < kLanes; ++l) {
            Acc &dst = acc[l][bucket];
            dst.time += time;
            dst.aux += k.pAux.get(l) * time;
            a.addTo(dst, l);
        }
    }
    for (std::size_t l = 0; l < kLanes; ++l)
        finalSoc[l] = soc.get(l);
}


// The entry the dispatcher calls.
void runLanesEntry(const std::array<const LoopConstants *, kLanes> &k, const std::array<const BatteryPack *, kLanes> &packs,
                   const PreparedCycle &cycle, const std::array<double, kLanes> &initialSoc, LaneResults<kLanes> &out)
{
    runLanes(LaneConstants(k), packs, cycle, initialSoc, out.acc, out.sf, out.finalSoc);
}
