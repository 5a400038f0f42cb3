#include "model/second_life.h"

#include <algorithm>
#include <numeric>

namespace remaster::model {
using detail::requireRange;
using detail::throwIf;

void AcceptanceThresholds::validate() const
{
    std::vector<FieldError> errs;
    requireRange(errs, "second_life.max_capacity_spread", maxCapacitySpread, 0.0, 1.0, "");
    requireRange(errs, "second_life.max_resistance_spread", maxResistanceSpread, 0.0, 10.0, "");
    requireRange(errs, "second_life.min_state_of_health", minStateOfHealth, 0.0, 1.0, "");
    throwIf(errs);
}

// Why sorted contiguous groups are optimal. Let c(1) ≥ c(2) ≥ … ≥ c(N) be the capacities and
// m_1 ≥ m_2 ≥ … ≥ m_p the string minima of any assignment. The k strings with the k largest
// minima hold k·s modules, all ≥ m_k, so at least k·s modules have capacity ≥ m_k, hence
// m_k ≤ c(k·s). Taking string k = modules (k−1)·s+1 … k·s of the sorted list gives m_k = c(k·s)
// for every k at once, so Σ m_k reaches its upper bound Σ c(k·s): no assignment does better.
// Modules of equal capacity are ordered by resistance, so ties group similar resistances
// together (smaller resistance spread) without changing any minimum; the leftovers are the
// lowest-capacity (then highest-resistance) modules.
SecondLifeResult assignModules(const std::vector<MeasuredModule> &modules, int series, int parallel,
                               units::Charge nominalCapacity, units::Voltage moduleNominalVoltage,
                               const AcceptanceThresholds &th)
{
    th.validate();
    std::vector<FieldError> errs;
    requireRange(errs, "battery.modules_in_series", series, 1, 400, "");
    requireRange(errs, "battery.strings_in_parallel", parallel, 1, 20, "");
    requireRange(errs, "battery_module.capacity", units::inAmpereHours(nominalCapacity), 0.1, 2000.0, "Ah");
    requireRange(errs, "battery_module.nominal_voltage", units::inVolts(moduleNominalVoltage), 0.1, 1000.0, "V");
    for (std::size_t i = 0; i < modules.size(); ++i) {
        const std::string f = "modules[" + std::to_string(i) + "]";
        requireRange(errs, f + ".capacity", units::inAmpereHours(modules[i].capacity), 0.1, 2000.0, "Ah");
        requireRange(errs, f + ".resistance", units::inMilliohms(modules[i].resistance), 0.01, 10000.0, "mΩ");
    }
    const std::size_t need = static_cast<std::size_t>(series) * static_cast<std::size_t>(parallel);
    if (errs.empty() && modules.size() < need)
        errs.push_back({ "modules", QT_TRANSLATE_NOOP("Model", "not enough modules for series × parallel"),
                         "≥ " + std::to_string(need), std::to_string(modules.size()) });
    throwIf(errs);

    std::vector<int> order(modules.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &ma = modules[static_cast<std::size_t>(a)], &mb = modules[static_cast<std::size_t>(b)];
        if (ma.capacity.value() != mb.capacity.value())
            return ma.capacity.value() > mb.capacity.value();
        return ma.resistance.value() < mb.resistance.value();
    });
    SecondLifeResult res;
    double total = 0.0;
    for (int k = 0; k < parallel; ++k) {
        StringAssignment s;
        double cMin = 1e300, cMax = 0, rMin = 1e300, rMax = 0, rSum = 0;
        for (int j = 0; j < series; ++j) {
            const int idx = order[static_cast<std::size_t>(k * series + j)];
            const auto &m = modules[static_cast<std::size_t>(idx)];
            s.modules.push_back(idx);
            cMin = std::min(cMin, m.capacity.value());
            cMax = std::max(cMax, m.capacity.value());
            rMin = std::min(rMin, m.resistance.value());
            rMax = std::max(rMax, m.resistance.value());
            rSum += m.resistance.value();
        }
        s.capacity = cMin * units::si::coulomb;
        s.resistance = units::ohms(rSum);
        s.capacitySpread = (cMax - cMin) / cMax;
        s.resistanceSpread = (rMax - rMin) / rMin;
        s.minStateOfHealth = cMin / nominalCapacity.value();
        s.capacitySpreadPass = s.capacitySpread <= th.maxCapacitySpread;
        s.resistanceSpreadPass = s.resistanceSpread <= th.maxResistanceSpread;
        s.stateOfHealthPass = s.minStateOfHealth >= th.minStateOfHealth;
        total += cMin;
        res.strings.push_back(std::move(s));
    }
    for (std::size_t i = need; i < order.size(); ++i)
        res.leftover.push_back(order[i]);
    res.packCapacity = total * units::si::coulomb;
    res.packEnergy = res.packCapacity * (moduleNominalVoltage * static_cast<double>(series));
    return res;
}

bool SecondLifeResult::pass() const
{
    return std::all_of(strings.begin(), strings.end(), [](const auto &s) { return s.pass(); });
}

} // namespace remaster::model
