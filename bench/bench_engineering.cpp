// Benchmarks of the engineering model. Usage: bench_engineering [--json] [--cycles DIR]
//   1. one WLTC 3b simulation (issue 13 target ≤ 10 µs): alone, and per run in batches of 3, 4, 8
//   2. one full evaluation: 3 cycles × 3 payloads + motor and battery checks (target ≤ 150 µs)
//   3. 10 000 designs evaluated (ratio × series sweep) on 1, 2 and every hardware thread, one by
//      one (evaluate) and 16 at a time (evaluateMany)
// Prints the median of repeated runs; cycles are parsed and prepared once, outside the timing.
#include "model/evaluation.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace remaster;
using namespace remaster::model;

namespace {

template<class Q> Sourced<Q> src(Q v)
{
    return Sourced<Q> { v, { "bench", Confidence::Representative, "" } };
}

RetrofitDesignInput design()
{
    RetrofitDesignInput in;
    auto &v = in.vehicle;
    v.originalMassInRunningOrder = units::kilograms(2050);
    v.removedMass = units::kilograms(420);
    v.extraKitMass = units::kilograms(60);
    v.gvw = units::kilograms(3500);
    v.frontalArea = units::squareMetres(4.2);
    v.dragCoefficient = units::ratio(0.40);
    v.rollingResistance = units::ratio(0.008);
    v.tyreRollingRadius = units::metres(0.345);
    v.originalEnginePower = units::kilowatts(110); // dCi 150-class engine: 100 kW is inside FR-07
    auto &k = in.kit;
    k.motor.peakPower = src(units::kilowatts(100));
    k.motor.continuousPower = src(units::kilowatts(57));
    k.motor.peakTorque = src(units::newtonMetres(245));
    k.motor.maxSpeed = src(units::rpm(11000));
    k.motor.dcVoltageMin = src(units::volts(240));
    k.motor.dcVoltageMax = src(units::volts(410));
    k.motor.mass = src(units::kilograms(70));
    k.motor.peakEfficiency = src(units::ratio(0.95));
    k.inverter.dcVoltageMin = src(units::volts(240));
    k.inverter.dcVoltageMax = src(units::volts(410));
    k.inverter.peakPower = src(units::kilowatts(120));
    k.inverter.continuousPower = src(units::kilowatts(72));
    k.inverter.mass = src(units::kilograms(12));
    k.inverter.efficiency = src(units::ratio(0.97));
    k.reducerRatio = units::ratio(9.3);
    auto &b = k.module;
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
    k.modulesInSeries = 12;
    k.stringsInParallel = 2;
    k.charger.power = src(units::kilowatts(7.4));
    k.charger.efficiency = src(units::ratio(0.90));
    k.charger.mass = src(units::kilograms(8));
    k.dcdc.efficiency = src(units::ratio(0.92));
    k.dcdc.mass = src(units::kilograms(4));
    return in;
}

template<class F> double medianMicros(int repeats, int inner, F &&f)
{
    std::vector<double> t;
    t.reserve(static_cast<std::size_t>(repeats));
    for (int r = 0; r < repeats; ++r) {
        const auto a = std::chrono::steady_clock::now();
        for (int i = 0; i < inner; ++i)
            f(i);
        const auto b = std::chrono::steady_clock::now();
        t.push_back(std::chrono::duration<double, std::micro>(b - a).count() / inner);
    }
    std::nth_element(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(t.size() / 2), t.end());
    return t[t.size() / 2];
}

volatile double g_sink = 0; // keeps results alive

} // namespace

int main(int argc, char **argv)
{
    bool json = false;
    std::string dir = REMASTER_CYCLES_DIR;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--json") == 0)
            json = true;
        else if (std::strcmp(argv[i], "--cycles") == 0 && i + 1 < argc)
            dir = argv[++i];
    }
    try {
        const std::vector<std::string> ids = { "wltc-class3b", "wltc-class2", "vecto-urban-delivery-3.5t" };
        std::vector<PreparedCycle> prepared;
        for (const auto &id : ids)
            prepared.push_back(prepareCycle(loadCycleCsvFile(dir + "/" + id + ".csv")));

        const RetrofitDesignInput in = design();
        // 1. One WLTC 3b simulation (setup built once, as evaluate() does).
        const auto rl = RoadLoad::physical({ units::kilograms(3000), units::ratio(0.008), units::ratio(0.4),
                                             units::squareMetres(4.2), units::ratio(0.05),
                                             airDensity(units::celsius(20), units::metres(0)) });
        VehicleSetup setup { rl,
                             units::metres(0.345),
                             Gear { units::ratio(9.3), units::ratio(0.97) },
                             MotorModel::fromCatalog(in.kit.motor, in.kit.inverter),
                             BatteryPack(in.kit.module, 12, 2),
                             AuxLoads {},
                             RegenPolicy {},
                             units::ratio(0.9) };
        setup.validate();
        SimulationResult sim;
        const SimulationOptions opt;
        const double tSim = medianMicros(31, 200, [&](int) {
            simulateInto(setup, prepared[0], opt, sim);
            g_sink = g_sink + sim.total.batteryNet.value();
        });
        // 1b. WLTC 3b in batches (simulateBatch): three payload cases (what evaluate() runs for
        //     each cycle) and four (a full batch), per simulation.
        //     Eight (several designs' cases, evaluateMany) fill an AVX-512 register.
        std::vector<VehicleSetup> four(8, setup);
        for (std::size_t k = 1; k < four.size(); ++k)
            four[k].roadLoad = rl.withMass(units::kilograms(3000.0 + 60.0 * static_cast<double>(k)));
        std::vector<SimulationResult> batchOut(8);
        const double tBatch3 = medianMicros(31, 100, [&](int) {
            simulateBatch(std::span<const VehicleSetup>(four.data(), 3), prepared[0], opt,
                          std::span<SimulationResult>(batchOut.data(), 3));
            g_sink = g_sink + batchOut[2].total.batteryNet.value();
        }) / 3.0;
        const double tBatch4 = medianMicros(31, 100, [&](int) {
            simulateBatch(std::span<const VehicleSetup>(four.data(), 4), prepared[0], opt,
                          std::span<SimulationResult>(batchOut.data(), 4));
            g_sink = g_sink + batchOut[3].total.batteryNet.value();
        }) / 4.0;
        const double tBatch8 = medianMicros(31, 50, [&](int) {
            simulateBatch(four, prepared[0], opt, batchOut);
            g_sink = g_sink + batchOut[7].total.batteryNet.value();
        }) / 8.0;
        // 2. One full evaluation.
        const double tEval = medianMicros(15, 20, [&](int) {
            const auto r = evaluate(in, prepared);
            g_sink = g_sink + r.cycles.back().simulation.total.batteryNet.value();
        });
        // 2b. The WLTP procedure (TM_L and TM_H, back-to-back cycles to break-off).
        RetrofitDesignInput wIn = in;
        wIn.wltp = WltpInput {};
        const EvaluationResult sized = evaluate(wIn, std::vector<PreparedCycle> {});
        const DriveCycle classCycle = loadCycleCsvFile(dir + "/" + sized.wltc.cycleId + ".csv");
        const double tWltp = medianMicros(9, 5, [&](int) {
            const auto w = evaluateWltp(wIn, sized, classCycle);
            g_sink = g_sink + w.low.usableBatteryEnergy.value();
        });
        // 3. 10 000 designs: ratio 7.0 … 11.95 (100 steps) × series 10 … 14 × parallel 1 … 2 × …,
        //    on 1, 2 and every hardware thread (each design on its own: the kit finder's case).
        auto sweepDesign = [&](int d) {
            RetrofitDesignInput x = in;
            x.kit.reducerRatio = units::ratio(7.0 + 0.05 * (d % 100));
            x.kit.modulesInSeries = 10 + (d / 100) % 5;
            x.kit.stringsInParallel = 1 + (d / 500) % 2;
            x.vehicle.extraKitMass = units::kilograms(40.0 + (d / 1000));
            return x;
        };
        // chunk 1: each design on its own (evaluate); chunk > 1: designs taken `chunk` at a time
        // by evaluateMany, their runs batched together.
        auto sweep = [&](int threads, int chunk, int &feasibleOut) {
            std::atomic<int> next { 0 }, feasible { 0 };
            auto worker = [&] {
                std::vector<RetrofitDesignInput> xs;
                for (int d0; (d0 = next.fetch_add(chunk)) < 10000;) {
                    xs.clear();
                    for (int d = d0; d < std::min(10000, d0 + chunk); ++d)
                        xs.push_back(sweepDesign(d));
                    if (chunk == 1) {
                        const auto r = evaluate(xs.front(), prepared);
                        feasible += r.motor.pass() && r.battery.pass();
                        continue;
                    }
                    const ManyEvaluations many = evaluateMany(xs, prepared);
                    for (std::size_t k = 0; k < xs.size(); ++k)
                        feasible += !many.errors[k] && many.results[k].motor.pass() && many.results[k].battery.pass();
                }
            };
            const auto t0 = std::chrono::steady_clock::now();
            std::vector<std::thread> pool;
            for (int t = 1; t < threads; ++t)
                pool.emplace_back(worker);
            worker();
            for (auto &t : pool)
                t.join();
            feasibleOut = feasible;
            return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        };
        const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        std::vector<int> threadCounts = { 1, 2 };
        if (cores > 2)
            threadCounts.push_back(cores);
        std::vector<double> sweepSeconds, manySeconds;
        int feasible = 0, feasibleMany = 0;
        for (int t : threadCounts)
            sweepSeconds.push_back(sweep(t, 1, feasible));
        for (int t : threadCounts)
            manySeconds.push_back(sweep(t, 16, feasibleMany));
        if (feasibleMany != feasible)
            throw std::runtime_error("evaluateMany and evaluate disagree on the sweep");
        const double tSweep = sweepSeconds.front();

        if (json) {
            std::printf("{\"wltc3b_simulation_us\": %.3f, \"wltc3b_batch3_us\": %.3f, \"wltc3b_batch4_us\": %.3f, \"wltc3b_batch8_us\": %.3f, \"batch_kernel\": \"%s\", \"full_evaluation_us\": %.3f, \"wltp_procedure_us\": %.3f, "
                        "\"designs_10000_s\": %.4f, \"designs_10000_2_threads_s\": %.4f, \"designs_10000_batched_s\": %.4f, "
                        "\"designs_10000_batched_2_threads_s\": %.4f, \"designs_feasible\": %d}\n",
                        tSim, tBatch3, tBatch4, tBatch8, simulateBatchKernel(), tEval, tWltp, tSweep, sweepSeconds[1], manySeconds[0], manySeconds[1], feasible);
        } else {
            std::printf("WLTC 3b simulation (median)        : %9.2f us   (issue 13 target <= 10 us)\n", tSim);
            std::printf("  per run in a batch of 3          : %9.2f us   (widest batch loop: %s)\n", tBatch3,
                        simulateBatchKernel());
            std::printf("  per run in a batch of 4          : %9.2f us\n", tBatch4);
            std::printf("  per run in a batch of 8          : %9.2f us\n", tBatch8);
            std::printf("Full evaluation 3 cycles x 3 loads : %9.2f us   (issue 13 target <= 150 us)\n", tEval);
            std::printf("WLTP procedure, TM_L and TM_H     : %9.2f us\n", tWltp);
            for (std::size_t k = 0; k < threadCounts.size(); ++k)
                std::printf("10,000 designs, %d thread%s          : %9.3f s    (%.1f us/design, %d feasible)\n",
                            threadCounts[k], threadCounts[k] > 1 ? "s" : " ", sweepSeconds[k],
                            sweepSeconds[k] * 1e6 / 10000, feasible);
            for (std::size_t k = 0; k < threadCounts.size(); ++k)
                std::printf("  16 at a time (evaluateMany), %d : %9.3f s    (%.1f us/design)   (target <= 0.5 s on 2)\n",
                            threadCounts[k], manySeconds[k], manySeconds[k] * 1e6 / 10000);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_engineering: %s\n", e.what());
        return 1;
    }
    return 0;
}
