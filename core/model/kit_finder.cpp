#include "model/kit_finder.h"

#include "model/design_check.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>

namespace remaster::model {
using detail::requireRange;
using detail::throwIf;

const char *kitMetricCode(KitMetric m)
{
    switch (m) {
    case KitMetric::Payload: return "payload";
    case KitMetric::Range: return "range";
    case KitMetric::KitMass: return "kit-mass";
    case KitMetric::Consumption: return "consumption";
    case KitMetric::ChargeTime: return "charge-time";
    }
    return "";
}

std::optional<KitMetric> kitMetricFromCode(const std::string &code)
{
    for (int i = 0; i < kKitMetricCount; ++i)
        if (code == kitMetricCode(static_cast<KitMetric>(i)))
            return static_cast<KitMetric>(i);
    return std::nullopt;
}

double KitMetrics::value(KitMetric m) const
{
    switch (m) {
    case KitMetric::Payload: return usablePayload.value();
    case KitMetric::Range: return range.value();
    case KitMetric::KitMass: return kitMass.value();
    case KitMetric::Consumption: return consumption.value();
    case KitMetric::ChargeTime: return chargeTime.value();
    }
    return 0.0;
}

double KitCandidate::totalMiss() const
{
    double t = 0.0;
    for (const auto &m : misses)
        t += m.relativeMiss;
    return t;
}

RetrofitDesign applyKit(const RetrofitDesign &design, const KitCandidate &kit, const KitStock *stock)
{
    RetrofitDesign d = design;
    d.kit.motorId = kit.motorId;
    d.kit.inverterId = kit.inverterId;
    d.kit.reducerId = kit.reducerId;
    d.kit.batteryModuleId = kit.moduleId;
    d.kit.chargerId = kit.chargerId;
    d.kit.reducerRatio = kit.ratio;
    d.kit.modulesInSeries = kit.series;
    d.kit.stringsInParallel = kit.parallel;
    if (kit.moduleId != design.kit.batteryModuleId)
        d.kit.measuredModules.clear(); // measured modules belong to their own module type
    if (stock && !stock->batch.empty() && kit.moduleId == stock->batchModuleId) {
        d.kit.measuredModules = stock->batch;
        d.kit.moduleAcceptance = stock->batchAcceptance;
    }
    return d;
}

namespace {

constexpr bool kMaximised[kKitMetricCount] = { true, true, false, false, false };

// Relative miss of a measured value against a limit, > 0.
double relativeMiss(double measured, double limit)
{
    const double d = std::fabs(measured - limit) / std::max(std::fabs(limit), 1e-12);
    return std::isfinite(d) && d > 0.0 ? d : 1e-12;
}

struct Hardware {
    const Motor *motor;
    const Inverter *inverter;
    const Reducer *reducer;
    const BatteryModule *module;
    const Charger *charger;
    int series, parallel;
};

// Per-thread tallies, merged at the end in a fixed order.
struct Tally {
    std::map<std::pair<std::string, std::string>, std::size_t> rejected; // (stage, constraint)
    std::vector<KitCandidate> feasible;
    std::vector<KitCandidate> misses; // bounded: the best `keep` by (totalMiss, index)
    std::size_t ratioCandidates = 0, fullyEvaluated = 0;
    std::size_t keep = 10;

    void reject(const std::string &stage, KitCandidate c)
    {
        ++rejected[{ stage, c.misses.front().constraint }];
        c.limiting = c.misses.front().constraint;
        misses.push_back(std::move(c));
        if (misses.size() > 4 * keep)
            trimMisses();
    }
    void trimMisses()
    {
        std::sort(misses.begin(), misses.end(), nearMissOrder);
        if (misses.size() > keep)
            misses.resize(keep);
    }
    static bool nearMissOrder(const KitCandidate &a, const KitCandidate &b)
    {
        // Evaluated kits first (they have every figure), then the smallest total miss.
        if (a.evaluated != b.evaluated)
            return a.evaluated;
        const double ma = a.totalMiss(), mb = b.totalMiss();
        if (ma != mb)
            return ma < mb;
        return a.index < b.index;
    }
};

// Everything fixed for the whole search, shared read-only by the workers.
struct SearchContext {
    const RetrofitDesign &design;
    const CatalogSet &catalog;
    const KitStock &stock;
    const KitConstraints &constraints;
    const RuleSetParameters &rules;
    const KitFinderOptions &options;
    std::vector<PreparedCycle> cycles; // every cycle a candidate may run
    double ratioStep;
};

KitCandidate describe(const Hardware &h, std::size_t index)
{
    KitCandidate c;
    c.index = index;
    c.motorId = h.motor->info.id;
    c.inverterId = h.inverter->info.id;
    c.reducerId = h.reducer->info.id;
    c.moduleId = h.module->info.id;
    c.chargerId = h.charger->info.id;
    c.series = h.series;
    c.parallel = h.parallel;
    return c;
}

void addHardwareMisses(const SearchContext &ctx, const DesignPreparation &prep, const MassBalanceResult &mb,
                       KitCandidate &c)
{
    const KitConstraints &k = ctx.constraints;
    const BatterySizingResult &b = prep.sized.battery;
    c.metrics.usablePayload = mb.capacityAtLoadCentre.usable;
    c.metrics.kitMass = prep.sized.kitMass;
    c.metrics.packVolume = b.volume;
    c.metrics.chargeTime = b.acCharge.duration;
    if (k.requirements) {
        if (!b.motorWindow.pass)
            c.misses.push_back({ "battery:motor-voltage-window", 1.0 });
        if (!b.dischargePass)
            c.misses.push_back(
                { "battery:peak-discharge", relativeMiss(b.peakDischargeAtMinSoc.value(), b.dischargeDemand.value()) });
        if (!b.regenPass)
            c.misses.push_back(
                { "battery:peak-regen", relativeMiss(b.peakRegenAtMidSoc.value(), b.regenDemand.value()) });
        const RatioRange &rr = prep.sized.motor.ratioRange;
        if (!rr.feasible)
            c.misses.push_back(
                { "motor:ratio-range", relativeMiss(rr.minimum.value(), rr.maximum.value()) });
    }
    if (k.minUsablePayload && c.metrics.usablePayload < *k.minUsablePayload)
        c.misses.push_back({ "min-payload", relativeMiss(c.metrics.usablePayload.value(), k.minUsablePayload->value()) });
    if (k.maxKitMass && c.metrics.kitMass > *k.maxKitMass)
        c.misses.push_back({ "max-kit-mass", relativeMiss(c.metrics.kitMass.value(), k.maxKitMass->value()) });
    if (k.maxPackVolume && c.metrics.packVolume > *k.maxPackVolume)
        c.misses.push_back({ "max-pack-volume", relativeMiss(c.metrics.packVolume.value(), k.maxPackVolume->value()) });
    if (k.maxChargeTime && c.metrics.chargeTime > *k.maxChargeTime)
        c.misses.push_back(
            { "max-charge-time", relativeMiss(c.metrics.chargeTime.value(), k.maxChargeTime->value()) });
}

void addRatioMisses(const SearchContext &ctx, const RetrofitDesign &d, const DesignEvaluation &ev, KitCandidate &c)
{
    if (ctx.constraints.requirements) {
        const MotorSizingResult &m = ev.result.motor;
        for (const RequirementCheck *r : { &m.hillStart, &m.sustainedGrade, &m.topSpeed, &m.acceleration })
            if (!r->pass)
                c.misses.push_back({ "motor:" + r->id, std::max(-r->marginPercent / 100.0, 1e-12) });
    }
    if (ctx.constraints.ruleSet) {
        const DesignCheck check = checkDesign(d, ev, ctx.rules, ctx.options.today);
        for (const RuleResult &r : check.report.results) {
            if (r.status != RuleStatus::Fail)
                continue;
            double miss = 1.0;
            if (r.margin && r.limit && r.limit->value != 0.0)
                miss = std::max(-*r.margin / std::fabs(r.limit->value), 1e-12);
            c.misses.push_back({ "rule:" + r.ruleId + (r.item.empty() ? "" : "[" + r.item + "]"), miss });
        }
    }
}

// Range and consumption at the heaviest payload case: on the chosen cycle, or the worst one.
void takeCycleMetrics(const SearchContext &ctx, const EvaluationResult &r, KitCandidate &c)
{
    std::map<std::string, const CycleCaseResult *> heaviest;
    for (const auto &cc : r.cycles) {
        auto &h = heaviest[cc.cycleId];
        if (!h || cc.testMass > h->testMass)
            h = &cc;
    }
    const CycleCaseResult *worst = nullptr;
    for (const auto &[id, cc] : heaviest) {
        if (!ctx.constraints.rangeCycle.empty() && id != ctx.constraints.rangeCycle)
            continue;
        if (!worst || cc->simulation.total.range < worst->simulation.total.range)
            worst = cc;
    }
    if (!worst)
        return;
    c.metrics.range = worst->simulation.total.range;
    c.metrics.rangeCycle = worst->cycleId;
    c.metrics.consumption = worst->simulation.total.batteryPerDistance;
}

// The tightest of the explicit constraints and the motor requirements, for a feasible kit.
std::string tightestConstraint(const SearchContext &ctx, const EvaluationResult &r, const KitCandidate &c)
{
    const KitConstraints &k = ctx.constraints;
    std::string name;
    double best = std::numeric_limits<double>::infinity();
    auto consider = [&](const std::string &n, double margin) {
        if (margin < best) {
            best = margin;
            name = n;
        }
    };
    if (k.minRange)
        consider("min-range", c.metrics.range / *k.minRange - 1.0);
    if (k.minUsablePayload && k.minUsablePayload->value() > 0)
        consider("min-payload", c.metrics.usablePayload / *k.minUsablePayload - 1.0);
    if (k.maxKitMass)
        consider("max-kit-mass", 1.0 - c.metrics.kitMass / *k.maxKitMass);
    if (k.maxPackVolume)
        consider("max-pack-volume", 1.0 - c.metrics.packVolume / *k.maxPackVolume);
    if (k.maxChargeTime)
        consider("max-charge-time", 1.0 - c.metrics.chargeTime / *k.maxChargeTime);
    if (k.requirements) {
        const MotorSizingResult &m = r.motor;
        for (const RequirementCheck *q : { &m.hillStart, &m.sustainedGrade, &m.topSpeed, &m.acceleration })
            consider("motor:" + q->id, q->marginPercent / 100.0);
    }
    return name;
}

} // namespace

int tractionShortfallSeconds(const SimulationResult &sim)
{
    int seconds = 0;
    for (const auto &s : sim.shortfalls)
        if (s.limit != DriveLimit::MotorSpeed)
            seconds = std::max(seconds, s.seconds);
    return seconds;
}

namespace {

// Stages 2 and 3 for one hardware combination: every ratio step, appended to the tally.
void judgeHardware(const SearchContext &ctx, const Hardware &h, std::size_t hwIndex, std::size_t ratioSlots,
                   const std::optional<double> &onlyRatio, Tally &tally)
{
    RetrofitDesign d = ctx.design;
    d.kit.motorId = h.motor->info.id;
    d.kit.inverterId = h.inverter->info.id;
    d.kit.reducerId = h.reducer->info.id;
    d.kit.batteryModuleId = h.module->info.id;
    d.kit.chargerId = h.charger->info.id;
    d.kit.modulesInSeries = h.series;
    d.kit.stringsInParallel = h.parallel;
    d.kit.reducerRatio = onlyRatio;
    d.kit.measuredModules.clear();
    if (!ctx.stock.batch.empty() && h.module->info.id == ctx.stock.batchModuleId) {
        d.kit.measuredModules = ctx.stock.batch;
        d.kit.moduleAcceptance = ctx.stock.batchAcceptance;
    } else if (onlyRatio && h.module->info.id == ctx.design.kit.batteryModuleId) {
        d.kit.measuredModules = ctx.design.kit.measuredModules; // the current kit, as designed
    }

    KitCandidate base = describe(h, hwIndex * ratioSlots);
    DesignPreparation prep;
    try {
        prep = prepareDesignEvaluation(d, ctx.catalog);
    } catch (const InputError &e) {
        // e.g. a measured batch without enough accepted modules for this layout
        const std::string field = e.errors().empty() ? std::string("design") : e.errors().front().field;
        base.misses.push_back({ field == "kit.measured_modules" || field.rfind("kit.measured", 0) == 0
                                    ? std::string("stock:measured-batch")
                                    : "input:" + field,
                                1.0 });
        tally.reject("hardware", std::move(base));
        return;
    }
    const MassBalanceResult mb = designMassBalance(d, prep.resolved);
    addHardwareMisses(ctx, prep, mb, base);
    if (!base.misses.empty()) {
        tally.reject("hardware", std::move(base));
        return;
    }

    // Ratio steps k·step inside the motor's feasible range and the gear model's 1 … 20.
    std::vector<double> ratios;
    if (onlyRatio) {
        ratios.push_back(*onlyRatio);
    } else {
        const RatioRange &rr = prep.sized.motor.ratioRange;
        const double lo = std::max(1.0, rr.minimum.value()), hi = std::min(20.0, rr.maximum.value());
        const long kLo = static_cast<long>(std::ceil(lo / ctx.ratioStep - 1e-9));
        const long kHi = static_cast<long>(std::floor(hi / ctx.ratioStep + 1e-9));
        for (long k = kLo; k <= kHi && ratios.size() < ratioSlots; ++k)
            ratios.push_back(static_cast<double>(k) * ctx.ratioStep);
        if (ratios.empty()) {
            base.misses.push_back({ "motor:ratio-range", relativeMiss(lo, hi) });
            tally.reject("hardware", std::move(base));
            return;
        }
    }

    // wltc-auto entries follow the class of each ratio (v_max moves the 3a/3b split).
    std::vector<bool> autoCycle;
    for (const auto &id : ctx.design.operation.cycles)
        autoCycle.push_back(id == "wltc-auto");
    DesignEvaluation ev;
    ev.cycleIds = prep.cycleIds;
    ev.resolved = prep.resolved;
    std::vector<KitCandidate> survivors; // of the ratio checks, with their full inputs
    std::vector<RetrofitDesignInput> survivorInputs;
    for (std::size_t ri = 0; ri < ratios.size(); ++ri) {
        KitCandidate c = base;
        c.index = hwIndex * ratioSlots + ri;
        c.ratio = ratios[ri];
        ++tally.ratioCandidates;
        RetrofitDesign dr = d;
        dr.kit.reducerRatio = c.ratio;
        RetrofitDesignInput in = prep.input;
        in.kit.reducerRatio = units::ratio(c.ratio);
        in.cycleIds.clear();
        try {
            ev.result = evaluate(in, std::vector<PreparedCycle> {});
            ev.resolved.input.kit.reducerRatio = in.kit.reducerRatio;
            addRatioMisses(ctx, dr, ev, c);
        } catch (const InputError &e) {
            c.misses.push_back({ "input:" + (e.errors().empty() ? std::string("design") : e.errors().front().field),
                                 1.0 });
        }
        if (!c.misses.empty()) {
            tally.reject("ratio", std::move(c));
            continue;
        }
        in.cycleIds = prep.cycleIds;
        for (std::size_t i = 0; i < autoCycle.size() && i < in.cycleIds.size(); ++i)
            if (autoCycle[i])
                in.cycleIds[i] = ev.result.wltc.cycleId;
        survivors.push_back(std::move(c));
        survivorInputs.push_back(std::move(in));
    }

    // The ratios that passed go through the cycles together: their runs share the batched
    // simulation loop (evaluateMany), which is what makes a whole-catalog search interactive.
    const ManyEvaluations many = evaluateMany(survivorInputs, ctx.cycles);
    for (std::size_t k = 0; k < survivors.size(); ++k) {
        KitCandidate &c = survivors[k];
        if (many.errors[k])
            std::rethrow_exception(many.errors[k]); // as evaluate() did: the inputs passed the sizing
        const EvaluationResult &full = many.results[k];
        ++tally.fullyEvaluated;
        c.evaluated = true;
        takeCycleMetrics(ctx, full, c);
        if (ctx.constraints.followTrace)
            for (const auto &cc : full.cycles) {
                const int seconds = tractionShortfallSeconds(cc.simulation);
                if (seconds > 0)
                    c.misses.push_back({ "trace:" + cc.cycleId + ":" + cc.payload,
                                         static_cast<double>(seconds)
                                             / std::max(1.0, cc.simulation.total.duration.value()) });
            }
        if (ctx.constraints.minRange && c.metrics.range < *ctx.constraints.minRange)
            c.misses.push_back(
                { "min-range", relativeMiss(c.metrics.range.value(), ctx.constraints.minRange->value()) });
        if (!c.misses.empty()) {
            tally.reject("cycles", std::move(c));
            continue;
        }
        c.limiting = tightestConstraint(ctx, full, c);
        tally.feasible.push_back(std::move(c));
    }
}

bool dominates(const KitMetrics &a, const KitMetrics &b)
{
    bool better = false;
    for (int m = 0; m < kKitMetricCount; ++m) {
        const double va = a.value(static_cast<KitMetric>(m)), vb = b.value(static_cast<KitMetric>(m));
        const double ga = kMaximised[m] ? va : -va, gb = kMaximised[m] ? vb : -vb;
        if (ga < gb)
            return false;
        if (ga > gb)
            better = true;
    }
    return better;
}

std::vector<KitCandidate> paretoFront(const std::vector<KitCandidate> &feasible)
{
    // Sorted by payload (best first), a kit can only be dominated by one before it or by an
    // equal-payload one after it: keep a running front and prune it on insertion.
    std::vector<const KitCandidate *> order;
    for (const auto &c : feasible)
        order.push_back(&c);
    std::sort(order.begin(), order.end(), [](const KitCandidate *a, const KitCandidate *b) {
        if (a->metrics.usablePayload != b->metrics.usablePayload)
            return a->metrics.usablePayload > b->metrics.usablePayload;
        return a->index < b->index;
    });
    std::vector<const KitCandidate *> front;
    for (const KitCandidate *c : order) {
        bool dominated = false;
        for (const KitCandidate *f : front)
            if (dominates(f->metrics, c->metrics)) {
                dominated = true;
                break;
            }
        if (dominated)
            continue;
        std::erase_if(front, [&](const KitCandidate *f) { return dominates(c->metrics, f->metrics); });
        front.push_back(c);
    }
    std::sort(front.begin(), front.end(), [](auto *a, auto *b) { return a->index < b->index; });
    std::vector<KitCandidate> out;
    for (const KitCandidate *f : front)
        out.push_back(*f);
    return out;
}

// Scores in 0 … 1: each metric normalised over the feasible kits (best 1, worst 0).
void score(std::vector<KitCandidate> &feasible, const std::array<double, kKitMetricCount> &weights)
{
    std::array<double, kKitMetricCount> lo {}, hi {};
    lo.fill(std::numeric_limits<double>::infinity());
    hi.fill(-std::numeric_limits<double>::infinity());
    for (const auto &c : feasible)
        for (int m = 0; m < kKitMetricCount; ++m) {
            const double v = c.metrics.value(static_cast<KitMetric>(m));
            lo[m] = std::min(lo[m], v);
            hi[m] = std::max(hi[m], v);
        }
    double wSum = 0.0;
    for (double w : weights)
        wSum += w;
    for (auto &c : feasible) {
        double s = 0.0, balanced = 0.0;
        for (int m = 0; m < kKitMetricCount; ++m) {
            const double v = c.metrics.value(static_cast<KitMetric>(m));
            double n = hi[m] > lo[m] ? (v - lo[m]) / (hi[m] - lo[m]) : 1.0;
            if (!kMaximised[m])
                n = 1.0 - n;
            s += weights[m] * n;
            balanced += n / kKitMetricCount;
        }
        c.score = s / wSum;
        c.balancedScore = balanced;
    }
}

void validateInput(const RetrofitDesign &design, const CatalogSet &catalog, const KitSearchSpace &space,
                   const KitStock &stock, const KitConstraints &k, const KitFinderOptions &o)
{
    std::vector<FieldError> errs;
    auto checkIds = [&](const char *field, const std::optional<std::vector<std::string>> &ids, auto lookup) {
        if (!ids)
            return;
        if (ids->empty())
            errs.push_back({ field, QT_TRANSLATE_NOOP("Model", "is an empty selection"), "at least one catalog id", "" });
        for (std::size_t i = 0; i < ids->size(); ++i)
            if (!lookup((*ids)[i]))
                errs.push_back({ std::string(field) + "[" + std::to_string(i) + "]",
                                 QT_TRANSLATE_NOOP("Model", "is not in the catalog"), "a catalog id", (*ids)[i] });
    };
    checkIds("search.motors", space.motorIds, [&](const std::string &id) { return catalog.motor(id); });
    checkIds("search.inverters", space.inverterIds, [&](const std::string &id) { return catalog.inverter(id); });
    checkIds("search.reducers", space.reducerIds, [&](const std::string &id) { return catalog.reducer(id); });
    checkIds("search.modules", space.moduleIds, [&](const std::string &id) { return catalog.batteryModule(id); });
    checkIds("search.chargers", space.chargerIds, [&](const std::string &id) { return catalog.charger(id); });
    requireRange(errs, "search.ratio_step", space.ratioStep, 0.05, 2.0, "");
    requireRange(errs, "search.max_strings_in_parallel", space.maxStringsInParallel, 1, 20, "");
    for (const auto &[id, n] : stock.shelf) {
        if (!catalog.batteryModule(id))
            errs.push_back({ "stock.modules." + id, QT_TRANSLATE_NOOP("Model", "is not in the catalog"),
                             "a battery module id", id });
        requireRange(errs, "stock.modules." + id, n, 0, 100000, "");
    }
    if (!stock.batch.empty() && !catalog.batteryModule(stock.batchModuleId))
        errs.push_back({ "stock.batch_module_id", QT_TRANSLATE_NOOP("Model", "is not in the catalog"),
                         "the battery module id of the measured batch", stock.batchModuleId });
    if (k.minRange)
        requireRange(errs, "constraints.min_range", units::inKilometres(*k.minRange), 0.0, 5000.0, "km");
    if (!k.rangeCycle.empty()) {
        const auto &cs = design.operation.cycles;
        if (std::find(cs.begin(), cs.end(), k.rangeCycle) == cs.end())
            errs.push_back({ "constraints.range_cycle", QT_TRANSLATE_NOOP("Model", "is not a cycle of the design's operation"),
                             "one of operation.cycles", k.rangeCycle });
    }
    if (k.minUsablePayload)
        requireRange(errs, "constraints.min_payload", units::inKilograms(*k.minUsablePayload), 0.0, 10000.0, "kg");
    if (k.maxKitMass)
        requireRange(errs, "constraints.max_kit_mass", units::inKilograms(*k.maxKitMass), 1.0, 10000.0, "kg");
    if (k.maxPackVolume)
        requireRange(errs, "constraints.max_pack_volume", k.maxPackVolume->value() * 1000.0, 1.0, 10000.0, "L");
    if (k.maxChargeTime)
        requireRange(errs, "constraints.max_charge_time", k.maxChargeTime->value() / 3600.0, 0.01, 100.0, "h");
    requireRange(errs, "options.top", o.top, 1, 1000, "");
    requireRange(errs, "options.threads", o.threads, 0, 256, "");
    if (o.weights) {
        double sum = 0.0;
        for (int m = 0; m < kKitMetricCount; ++m) {
            requireRange(errs, std::string("options.weights.") + kitMetricCode(static_cast<KitMetric>(m)),
                         (*o.weights)[m], 0.0, 100.0, "");
            sum += (*o.weights)[m];
        }
        if (!(sum > 0.0))
            errs.push_back({ "options.weights", QT_TRANSLATE_NOOP("Model", "are all zero"),
                             "at least one weight above 0", "0" });
    }
    throwIf(errs);
}

template<class T, class Lookup>
std::vector<const T *> pick(const std::optional<std::vector<std::string>> &ids, const std::vector<T> &all,
                            const std::string &fallbackId, Lookup lookup)
{
    std::vector<const T *> out;
    if (ids) {
        for (const auto &id : *ids)
            if (const T *t = lookup(id); t && std::find(out.begin(), out.end(), t) == out.end())
                out.push_back(t);
    } else if (!fallbackId.empty() && lookup(fallbackId)) {
        out.push_back(lookup(fallbackId));
    } else {
        for (const auto &t : all)
            out.push_back(&t);
    }
    return out;
}

} // namespace

KitSearchResult findKits(const RetrofitDesign &design, const CatalogSet &catalog, const KitSearchSpace &space,
                         const KitStock &stock, const KitConstraints &constraints, const RuleSetParameters &rules,
                         const KitFinderOptions &options,
                         const std::function<DriveCycle(const std::string &)> &loadCycle)
{
    validateInput(design, catalog, space, stock, constraints, options);

    // ---- The space, in its fixed order ----
    const auto motors = pick(space.motorIds, catalog.motors, {}, [&](auto &id) { return catalog.motor(id); });
    const auto inverters
        = pick(space.inverterIds, catalog.inverters, {}, [&](auto &id) { return catalog.inverter(id); });
    const auto reducers = pick(space.reducerIds, catalog.reducers, design.kit.reducerId,
                               [&](auto &id) { return catalog.reducer(id); });
    auto modules = pick(space.moduleIds, catalog.batteryModules, {}, [&](auto &id) { return catalog.batteryModule(id); });
    const auto chargers = pick(space.chargerIds, catalog.chargers, design.kit.chargerId,
                               [&](auto &id) { return catalog.charger(id); });
    const bool stockGiven = !stock.shelf.empty() || !stock.batch.empty();
    if (stockGiven) // only what is in stock
        std::erase_if(modules, [&](const BatteryModule *m) {
            return !stock.shelf.count(m->info.id) && !(m->info.id == stock.batchModuleId && !stock.batch.empty());
        });
    auto available = [&](const BatteryModule *m) -> std::optional<int> {
        if (!stockGiven)
            return std::nullopt;
        int n = 0;
        if (auto it = stock.shelf.find(m->info.id); it != stock.shelf.end())
            n += it->second;
        if (m->info.id == stock.batchModuleId)
            n += static_cast<int>(stock.batch.size());
        return n;
    };

    // Cycles every candidate may run: the design's, and every WLTC class for "wltc-auto".
    SearchContext ctx { design, catalog, stock, constraints, rules, options, {}, space.ratioStep };
    {
        std::vector<std::string> ids;
        for (const auto &id : design.operation.cycles) {
            if (id == "wltc-auto")
                ids.insert(ids.end(), { "wltc-class1", "wltc-class2", "wltc-class3a", "wltc-class3b" });
            else
                ids.push_back(id);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (const auto &id : ids)
            ctx.cycles.push_back(prepareCycle(loadCycle(id)));
    }

    // ---- Stage 1: catalog arithmetic ----
    KitSearchResult result;
    std::map<std::string, std::size_t> catalogRejects;
    std::vector<Hardware> hardware;
    double globalDcMax = 0.0;
    for (const Motor *m : motors)
        for (const Inverter *i : inverters)
            globalDcMax = std::max(globalDcMax, std::min(m->dcVoltageMax.value.value(), i->dcVoltageMax.value.value()));
    for (const Motor *m : motors)
        for (const Inverter *inv : inverters) {
            const double dcMin = std::max(m->dcVoltageMin.value.value(), inv->dcVoltageMin.value.value());
            const double dcMax = std::min(m->dcVoltageMax.value.value(), inv->dcVoltageMax.value.value());
            for (const Reducer *red : reducers)
                for (const BatteryModule *mod : modules) {
                    const double vMin = mod->minVoltage.value.value(), vMax = mod->maxVoltage.value.value();
                    const int sCap = std::max(1, static_cast<int>(std::floor(globalDcMax / vMax + 1e-9)));
                    const std::optional<int> inStock = available(mod);
                    for (int s = 1; s <= sCap; ++s)
                        for (int p = 1; p <= space.maxStringsInParallel; ++p)
                            for (const Charger *ch : chargers) {
                                ++result.hardwareCombinations;
                                if (dcMin > dcMax) {
                                    ++catalogRejects["inverter-motor-dc-range"];
                                    continue;
                                }
                                if (s * vMin < dcMin - 1e-9 || s * vMax > dcMax + 1e-9) {
                                    ++catalogRejects["voltage-window"];
                                    continue;
                                }
                                if (inStock && s * p > *inStock) {
                                    ++catalogRejects["stock"];
                                    continue;
                                }
                                hardware.push_back({ m, inv, red, mod, ch, s, p });
                            }
                }
        }
    result.hardwareEvaluated = hardware.size();

    // ---- Stages 2 and 3, in parallel over hardware combinations ----
    constexpr std::size_t kRatioSlots = 512; // index = hardware × slots + ratio step: unique, ordered
    const int threads = options.threads > 0
        ? options.threads
        : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    result.threadsUsed = std::max(1, std::min<int>(threads, static_cast<int>(std::max<std::size_t>(1, hardware.size()))));
    std::vector<Tally> tallies(static_cast<std::size_t>(result.threadsUsed));
    for (auto &t : tallies)
        t.keep = static_cast<std::size_t>(options.top);
    std::atomic<std::size_t> next { 0 }, done { 0 };
    std::mutex progressLock;
    std::exception_ptr failure;
    std::mutex failureLock;
    auto worker = [&](Tally &tally) {
        try {
            for (;;) {
                if (options.cancel && options.cancel->load())
                    return;
                const std::size_t i = next.fetch_add(1);
                if (i >= hardware.size())
                    return;
                judgeHardware(ctx, hardware[i], i, kRatioSlots, std::nullopt, tally);
                const std::size_t d = done.fetch_add(1) + 1;
                if (options.progress && (d == hardware.size() || d % 16 == 0)) {
                    std::lock_guard lock(progressLock);
                    options.progress(d, hardware.size());
                }
            }
        } catch (...) {
            std::lock_guard lock(failureLock);
            if (!failure)
                failure = std::current_exception();
            next = hardware.size(); // stop the others
        }
    };
    {
        std::vector<std::thread> pool;
        for (int t = 1; t < result.threadsUsed; ++t)
            pool.emplace_back(worker, std::ref(tallies[static_cast<std::size_t>(t)]));
        worker(tallies[0]);
        for (auto &th : pool)
            th.join();
    }
    if (failure)
        std::rethrow_exception(failure);
    if (options.cancel && options.cancel->load()) {
        KitSearchResult cancelled;
        cancelled.cancelled = true;
        cancelled.threadsUsed = result.threadsUsed;
        return cancelled; // nothing partial
    }

    // ---- Merge, in a fixed order ----
    std::map<std::pair<std::string, std::string>, std::size_t> rejected;
    std::vector<KitCandidate> feasible, misses;
    for (auto &t : tallies) {
        for (const auto &[key, n] : t.rejected)
            rejected[key] += n;
        result.ratioCandidates += t.ratioCandidates;
        result.fullyEvaluated += t.fullyEvaluated;
        std::move(t.feasible.begin(), t.feasible.end(), std::back_inserter(feasible));
        std::move(t.misses.begin(), t.misses.end(), std::back_inserter(misses));
    }
    for (const auto &[constraint, n] : catalogRejects)
        result.rejections.push_back({ constraint, "catalog", n });
    for (const auto &[key, n] : rejected)
        result.rejections.push_back({ key.second, key.first, n });
    std::stable_sort(result.rejections.begin(), result.rejections.end(),
                     [](const KitRejection &a, const KitRejection &b) { return a.count > b.count; });

    std::sort(feasible.begin(), feasible.end(), [](auto &a, auto &b) { return a.index < b.index; });
    result.feasibleCount = feasible.size();
    std::array<double, kKitMetricCount> weights {};
    if (options.weights)
        weights = *options.weights;
    else
        weights[static_cast<std::size_t>(options.objective)] = 1.0;
    score(feasible, weights);
    result.pareto = paretoFront(feasible);
    std::vector<KitCandidate> ranked = feasible;
    std::sort(ranked.begin(), ranked.end(), [](const KitCandidate &a, const KitCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.balancedScore != b.balancedScore)
            return a.balancedScore > b.balancedScore;
        return a.index < b.index;
    });
    if (ranked.size() > static_cast<std::size_t>(options.top))
        ranked.resize(static_cast<std::size_t>(options.top));
    result.ranked = std::move(ranked);
    result.feasible = std::move(feasible);
    std::sort(misses.begin(), misses.end(), Tally::nearMissOrder);
    if (misses.size() > static_cast<std::size_t>(options.top))
        misses.resize(static_cast<std::size_t>(options.top));
    result.nearMisses = std::move(misses);

    // ---- The design's own kit, judged the same way ----
    const Motor *m = catalog.motor(design.kit.motorId);
    const Inverter *inv = catalog.inverter(design.kit.inverterId);
    const Reducer *red = catalog.reducer(design.kit.reducerId);
    const BatteryModule *mod = catalog.batteryModule(design.kit.batteryModuleId);
    const Charger *ch = catalog.charger(design.kit.chargerId);
    if (m && inv && red && mod && ch && design.kit.modulesInSeries > 0 && design.kit.stringsInParallel > 0) {
        Tally own;
        own.keep = 1;
        const double ratio = design.kit.reducerRatio.value_or(red->ratio.value.value());
        judgeHardware(ctx, { m, inv, red, mod, ch, design.kit.modulesInSeries, design.kit.stringsInParallel },
                      0, 1, ratio, own);
        if (!own.feasible.empty())
            result.current = own.feasible.front();
        else if (!own.misses.empty())
            result.current = own.misses.front();
        if (result.current)
            result.current->index = std::numeric_limits<std::size_t>::max();
    }
    return result;
}

} // namespace remaster::model
