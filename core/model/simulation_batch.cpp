// Up to four runs on one cycle in one loop (simulation.h, simulateBatch).
//
// Why it is faster than four calls of simulateInto: the runs become the four lanes of small
// fixed-size vectors (Lanes: one AVX register where the processor has AVX2, two SSE2 registers
// on any other x86-64, plain loops elsewhere; simulation_lanes_*.h). Every interval then costs about what one run's interval costs,
// and the battery's dependency chain (SOC → OCV → square root → current → SOC, some forty clock
// cycles) is paid once for the four runs instead of once each. The drive cycle's speed, grade
// and standstill test are common to the lanes; everything else is per lane.
//
// The arithmetic is the reference loop's (simulation.cpp), operation for operation and in the
// same order, with branches replaced by selects: a lane that did not take a branch adds 0.0,
// which changes no sum. The results are therefore equal to simulateInto's to the last bit
// (tests/model/tst_simulation_batch.cpp checks it on many designs and cycles).
//
// The motor envelope and the battery's power limits clip a lane's demand as in the reference
// loop, shortfall records included (the battery limits at the lane's own OCV): every run stays
// in its lane whatever binds.
//
// The AVX2 loop is compiled in a region of this file with the AVX2 target (GCC), so nothing
// else in the program is built for AVX2, and is called only after the processor says it has
// AVX2. Other compilers use the SSE2 loop everywhere (the results are the same).
#include "model/simulation.h"
#include "model/simulation_internal.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define REMASTER_AVX2_LOOP 1
#include <immintrin.h>
#endif

namespace remaster::model {
using detail::Acc;
using detail::LoopConstants;
using detail::ShortfallAcc;

namespace {

// What a loop of N lanes returns.
template<std::size_t N> struct LaneResults {
    std::array<std::array<Acc, PreparedCycle::kMaxBuckets>, N> acc {};
    std::array<std::array<ShortfallAcc, kDriveLimitCount>, N> sf {};
    std::array<double, N> finalSoc {};
};
template<std::size_t N>
using LaneLoop = void (*)(const std::array<const LoopConstants *, N> &, const std::array<const BatteryPack *, N> &,
                          const PreparedCycle &, const std::array<double, N> &, LaneResults<N> &);

// Four lanes in SSE2 (every x86-64) or AVX2 registers; eight in one AVX-512 register. The loop
// is bound by the battery chain's latency, so a register twice as wide halves the cost per run;
// eight lanes in two AVX2 registers were tried and were slower per run (register spills).
namespace sse2 {
constexpr std::size_t kLanes = 4;
#include "model/simulation_lanes_sse2.h"
#include "model/simulation_lanes_kernel.h"
} // namespace sse2

#if REMASTER_AVX2_LOOP
#pragma GCC push_options
#pragma GCC target("avx2")
namespace avx2 {
constexpr std::size_t kLanes = 4;
#include "model/simulation_lanes_avx2.h"
#include "model/simulation_lanes_kernel.h"
} // namespace avx2
#pragma GCC pop_options
#pragma GCC push_options
#pragma GCC target("avx512f")
// AVX-512F brings FMA instructions, and GCC contracts a·b + c into one by default in C++: that
// rounds once instead of twice and the sums would no longer equal the reference loop's.
#pragma GCC optimize("fp-contract=off")
namespace avx512 {
constexpr std::size_t kLanes = 8;
#include "model/simulation_lanes_avx512.h"
#include "model/simulation_lanes_kernel.h"
} // namespace avx512
#pragma GCC pop_options
#endif

// The widest loops this processor runs, decided once. REMASTER_BATCH_KERNEL=sse2 or avx2 in
// the environment caps them (the tests run every loop the machine has).
enum class Isa { Sse2, Avx2, Avx512 };
Isa isa()
{
#if REMASTER_AVX2_LOOP
    static const Isa best = [] {
        const char *forced = std::getenv("REMASTER_BATCH_KERNEL");
        const std::string_view cap = forced ? forced : "";
        if (cap == "sse2" || !__builtin_cpu_supports("avx2"))
            return Isa::Sse2;
        if (cap == "avx2" || !__builtin_cpu_supports("avx512f"))
            return Isa::Avx2;
        return Isa::Avx512;
    }();
    return best;
#else
    return Isa::Sse2;
#endif
}

LaneLoop<4> fourLaneLoop()
{
#if REMASTER_AVX2_LOOP
    if (isa() != Isa::Sse2)
        return &avx2::runLanesEntry;
#endif
    return &sse2::runLanesEntry;
}

// One group of up to N runs (indices into setups/options/out) through an N-lane loop.
template<std::size_t N>
void runGroup(LaneLoop<N> loop, std::span<const std::size_t> runs, std::span<const VehicleSetup> setups,
              const PreparedCycle &cycle, std::span<const SimulationOptions> options, std::span<SimulationResult> out)
{
    // Unused lanes repeat the last run; their figures are dropped.
    std::array<std::optional<LoopConstants>, N> constants;
    std::array<const LoopConstants *, N> k {};
    std::array<const BatteryPack *, N> packs {};
    std::array<double, N> initialSoc {};
    for (std::size_t l = 0; l < N; ++l) {
        const std::size_t s = runs[std::min(l, runs.size() - 1)];
        constants[l].emplace(setups[s]);
        k[l] = &*constants[l];
        packs[l] = &setups[s].pack;
        initialSoc[l] = options[s].initialSoc.value();
    }
    LaneResults<N> lanes;
    loop(k, packs, cycle, initialSoc, lanes);
    for (std::size_t l = 0; l < runs.size(); ++l) {
        const std::size_t s = runs[l];
        SimulationResult &r = out[s];
        detail::writeResult(lanes.acc[l], lanes.sf[l], cycle, k[l]->chargerEff, options[s].usableEnergy.value(), r);
        r.finalSoc = units::ratio(lanes.finalSoc[l]);
        r.trace.clear();
    }
}

} // namespace

const char *simulateBatchKernel()
{
#if defined(__SSE2__) || defined(_M_X64)
    switch (isa()) {
    case Isa::Avx512: return "avx512";
    case Isa::Avx2: return "avx2";
    case Isa::Sse2: break;
    }
    return "sse2";
#else
    return "scalar";
#endif
}

void simulateBatch(std::span<const VehicleSetup> setups, const PreparedCycle &cycle, const SimulationOptions &options,
                   std::span<SimulationResult> out)
{
    const std::vector<SimulationOptions> same(setups.size(), options);
    detail::validateOptions(options);
    simulateBatch(setups, cycle, std::span<const SimulationOptions>(same), out);
}

void simulateBatch(std::span<const VehicleSetup> setups, const PreparedCycle &cycle,
                   std::span<const SimulationOptions> options, std::span<SimulationResult> out)
{
    if (out.size() != setups.size() || options.size() != setups.size())
        throw std::invalid_argument("simulateBatch: one option set and one result per setup");
    for (const auto &o : options)
        detail::validateOptions(o);
    // Traces are the reference loop's; the other runs go through the lanes.
    std::vector<std::size_t> inLanes;
    inLanes.reserve(setups.size());
    for (std::size_t s = 0; s < setups.size(); ++s) {
        if (options[s].recordTrace)
            simulateInto(setups[s], cycle, options[s], out[s]);
        else
            inLanes.push_back(s);
    }
    // With AVX-512, eight at a time while more than four remain; the rest (or all) by four.
    std::span<const std::size_t> rest(inLanes);
#if REMASTER_AVX2_LOOP
    if (isa() == Isa::Avx512)
        while (rest.size() > 4) {
            const std::size_t n = std::min<std::size_t>(8, rest.size());
            runGroup<8>(&avx512::runLanesEntry, rest.first(n), setups, cycle, options, out);
            rest = rest.subspan(n);
        }
#endif
    while (!rest.empty()) {
        const std::size_t n = std::min<std::size_t>(4, rest.size());
        runGroup<4>(fourLaneLoop(), rest.first(n), setups, cycle, options, out);
        rest = rest.subspan(n);
    }
}

} // namespace remaster::model
