// The kit finder: for one van and duty (a design's vehicle, operation and requirements), search
// the component catalog for the kits that can be built and homologated, and say what each one
// gives up.
//
// The search space is motor × inverter × reducer × reduction ratio × battery module × modules in
// series × strings in parallel × charger. Candidates are enumerated in one fixed order and each
// one is judged on its own, so the result does not depend on the number of threads.
//
// Cheap checks come first, in three stages:
//   1. arithmetic on catalog figures (inverter and motor DC ranges overlap, the pack's voltage
//      window inside both, modules in stock): no evaluation at all;
//   2. once per hardware combination (everything but the ratio): the design is resolved and sized
//      without cycles (mass balance, battery checks, the motor's feasible ratio range);
//   3. once per ratio step inside that range: the motor requirements and the full rule set,
//      still without cycles; only the survivors run every cycle × payload case.
// Every rejection is counted under the constraint that removed it.
#pragma once

#include "model/design.h"
#include "model/rule_parameters.h"
#include "model/vehicle_identity.h"

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace remaster::model {

// Which catalog entries the finder may use. An unset list means the default noted; a set list
// must not be empty and must name catalog entries.
struct KitSearchSpace {
    std::optional<std::vector<std::string>> motorIds; // default: every catalog motor
    std::optional<std::vector<std::string>> inverterIds; // default: every catalog inverter
    std::optional<std::vector<std::string>> reducerIds; // default: the design's reducer
    std::optional<std::vector<std::string>> moduleIds; // default: every catalog module
    std::optional<std::vector<std::string>> chargerIds; // default: the design's charger
    double ratioStep = 0.25; // 0.05 … 2; ratios k·step inside the motor's feasible range
    int maxStringsInParallel = 3; // 1 … 20
};

// Second-life stock. Shelf: module id → modules on the shelf; when any is given, only the listed
// module types are used, each up to its count. A measured batch (the CSV of grade-modules) is used
// for its module type with its real string assignment (second_life.h).
struct KitStock {
    std::map<std::string, int> shelf;
    std::string batchModuleId;
    std::vector<MeasuredModule> batch;
    AcceptanceThresholds batchAcceptance;
};

// Every constraint is optional; the defaults are the legal ones and the design's requirements.
struct KitConstraints {
    bool ruleSet = true; // every rule of the rule set: a failing rule rejects the kit
    bool requirements = true; // top speed, grades, acceleration (design.requirements), battery checks
    // Every cycle × payload case followed without a torque, power or battery shortfall (see
    // tractionShortfallSeconds): otherwise the energy figures are not those of the cycle, and the
    // WLTP test of a pack that cannot give the power breaks off in its first cycle.
    bool followTrace = true;
    std::optional<units::Length> minRange; // at the heaviest payload case, on rangeCycle
    std::string rangeCycle; // a cycle id of the design's operation; empty → the worst cycle
    std::optional<units::Mass> minUsablePayload; // at the load-space centre
    std::optional<units::Mass> maxKitMass;
    std::optional<units::Volume> maxPackVolume; // modules only
    std::optional<units::Time> maxChargeTime; // AC, 10 → 80 %
};

// What the kits are compared on. Payload and range are maximised, the others minimised.
enum class KitMetric { Payload, Range, KitMass, Consumption, ChargeTime };
inline constexpr int kKitMetricCount = 5;
const char *kitMetricCode(KitMetric m); // "payload", "range", "kit-mass", "consumption", "charge-time"
std::optional<KitMetric> kitMetricFromCode(const std::string &code);

struct KitFinderOptions {
    // Ranking: a weighted sum of the metrics, each normalised to 0 (worst) … 1 (best) over the
    // feasible kits. objective sets weight 1 on one metric; weights, when set, replace it.
    KitMetric objective = KitMetric::Payload;
    std::optional<std::array<double, kKitMetricCount>> weights; // each 0 … 100, not all 0
    int top = 10; // 1 … 1000: ranked rows and near misses returned
    int threads = 0; // 0 → every hardware thread; 1 … 256
    Date today; // for the dated rules (vehicle age)
    // Called with (done, total) hardware combinations, serialised, from the worker threads.
    std::function<void(std::size_t, std::size_t)> progress;
    const std::atomic<bool> *cancel = nullptr; // set → the search stops and returns no kits
};

struct KitMetrics {
    units::Mass usablePayload;
    units::Length range; // heaviest payload, on the range cycle or the worst cycle
    std::string rangeCycle; // the cycle that gave it
    EnergyPerLength consumption; // at the battery, same case
    units::Mass kitMass;
    units::Time chargeTime; // AC 10 → 80 %
    units::Volume packVolume;
    double value(KitMetric m) const; // SI value of one metric
};

// One constraint a kit misses, and by how much (relative to the limit, > 0).
struct ConstraintMiss {
    std::string constraint; // "min-range", "rule:FR-07", "motor:top-speed", …
    double relativeMiss = 1.0;
};

struct KitCandidate {
    std::size_t index = 0; // enumeration order: the tie-breaker everywhere
    std::string motorId, inverterId, reducerId, moduleId, chargerId;
    double ratio = 0.0;
    int series = 0, parallel = 0;
    bool evaluated = false; // ran the cycles: metrics are valid
    KitMetrics metrics;
    std::vector<ConstraintMiss> misses; // empty → feasible
    std::string limiting; // feasible: the tightest constraint; infeasible: the first miss
    double score = 0.0; // ranking score, feasible kits only
    double balancedScore = 0.0; // every metric weighted alike: breaks ties of `score`
    bool feasible() const { return misses.empty(); }
    double totalMiss() const;
};

struct KitRejection {
    std::string constraint;
    std::string stage; // "catalog", "hardware", "ratio", "cycles"
    std::size_t count = 0;
};

struct KitSearchResult {
    std::size_t hardwareCombinations = 0; // enumerated before any check
    std::size_t hardwareEvaluated = 0; // passed stage 1
    std::size_t ratioCandidates = 0; // kits (hardware × ratio) judged in stage 3
    std::size_t fullyEvaluated = 0; // kits that ran the cycles
    std::size_t feasibleCount = 0;
    std::vector<KitRejection> rejections; // by count, largest first
    std::vector<KitCandidate> feasible; // every feasible kit, scored, in enumeration order
    std::vector<KitCandidate> pareto; // feasible, non-dominated, in enumeration order
    std::vector<KitCandidate> ranked; // feasible, best first, at most `top`
    std::vector<KitCandidate> nearMisses; // infeasible but evaluated, smallest total miss first
    std::optional<KitCandidate> current; // the design's own kit, judged the same way
    int threadsUsed = 1;
    bool cancelled = false;
};

// Seconds in which the motor's torque or power or the battery clipped the demand (the longest of
// the limits). The motor's speed limit is left out: a van whose top speed is below a cycle's peak
// drives it capped, as the WLTP capped-speed procedure does; the top-speed requirement judges it.
int tractionShortfallSeconds(const SimulationResult &sim);

// The design's kit replaced by the candidate's (ids, ratio, counts): "apply to design".
// With the stock the search used: a kit on the measured batch's module type takes the batch's
// modules (and acceptance), as the finder evaluated it.
RetrofitDesign applyKit(const RetrofitDesign &design, const KitCandidate &kit, const KitStock *stock = nullptr);

// Throws InputError naming the field (search.*, stock.*, constraints.*, options.*) for bad input;
// the base design must resolve. `loadCycle` as for evaluateDesign (called under a lock).
KitSearchResult findKits(const RetrofitDesign &design, const CatalogSet &catalog, const KitSearchSpace &space,
                         const KitStock &stock, const KitConstraints &constraints,
                         const RuleSetParameters &rules, const KitFinderOptions &options,
                         const std::function<DriveCycle(const std::string &)> &loadCycle);

} // namespace remaster::model
