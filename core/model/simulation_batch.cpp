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

constexpr std::size_t kLanes = 4;

// What the four-lane loop returns.
struct LaneResults {
    std::array<std::array<Acc, PreparedCycle::kMaxBuckets>, kLanes> acc {};
    std::array<std::array<ShortfallAcc, kDriveLimitCount>, kLanes> sf {};
    std::array<double, kLanes> finalSoc {};
};

namespace sse2 {
#include "model/simulation_lanes_sse2.h"
#include "model/simulation_lanes_kernel.h"
} // namespace sse2

#if REMASTER_AVX2_LOOP
#pragma GCC push_options
#pragma GCC target("avx2")
namespace avx2 {
#include "model/simulation_lanes_avx2.h"
#include "model/simulation_lanes_kernel.h"
} // namespace avx2
#pragma GCC pop_options
#endif

using FourLanes = void (*)(const std::array<const LoopConstants *, kLanes> &, const std::array<const BatteryPack *, kLanes> &,
                           const PreparedCycle &, double, LaneResults &);

// The widest loop this processor runs, decided once. REMASTER_BATCH_KERNEL=sse2 in the
// environment forces the SSE2 loop (the tests run both on a machine with AVX2).
FourLanes fourLaneLoop()
{
#if REMASTER_AVX2_LOOP
    static const FourLanes loop = [] {
        const char *forced = std::getenv("REMASTER_BATCH_KERNEL");
        const bool sse2Only = forced && std::string_view(forced) == "sse2";
        return !sse2Only && __builtin_cpu_supports("avx2") ? &avx2::runFourLanes : &sse2::runFourLanes;
    }();
    return loop;
#else
    return &sse2::runFourLanes;
#endif
}

} // namespace

const char *simulateBatchKernel()
{
#if REMASTER_AVX2_LOOP
    return fourLaneLoop() == &avx2::runFourLanes ? "avx2" : "sse2";
#elif defined(__SSE2__) || defined(_M_X64)
    return "sse2";
#else
    return "scalar";
#endif
}

void simulateBatch(std::span<const VehicleSetup> setups, const PreparedCycle &cycle, const SimulationOptions &options,
                   std::span<SimulationResult> out)
{
    detail::validateOptions(options);
    if (out.size() != setups.size())
        throw std::invalid_argument("simulateBatch: one result per setup");
    if (options.recordTrace) { // traces are the reference loop's
        for (std::size_t s = 0; s < setups.size(); ++s)
            simulateInto(setups[s], cycle, options, out[s]);
        return;
    }
    const FourLanes loop = fourLaneLoop();
    for (std::size_t first = 0; first < setups.size(); first += kLanes) {
        const std::size_t count = std::min(kLanes, setups.size() - first);
        // Unused lanes repeat the last run; their figures are dropped.
        std::array<std::optional<LoopConstants>, kLanes> constants;
        std::array<const LoopConstants *, kLanes> k {};
        std::array<const BatteryPack *, kLanes> packs {};
        for (std::size_t l = 0; l < kLanes; ++l) {
            const VehicleSetup &s = setups[first + std::min(l, count - 1)];
            constants[l].emplace(s);
            k[l] = &*constants[l];
            packs[l] = &s.pack;
        }
        LaneResults lanes;
        loop(k, packs, cycle, options.initialSoc.value(), lanes);
        for (std::size_t l = 0; l < count; ++l) {
            SimulationResult &r = out[first + l];
            detail::writeResult(lanes.acc[l], lanes.sf[l], cycle, k[l]->chargerEff, options.usableEnergy.value(), r);
            r.finalSoc = units::ratio(lanes.finalSoc[l]);
            r.trace.clear();
        }
    }
}

} // namespace remaster::model
