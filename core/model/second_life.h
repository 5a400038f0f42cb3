// Second-life module grading and assignment to strings.
//
// A pack of `parallel` strings, each of `series` modules in series. A string's capacity is the
// capacity of its weakest module (all its modules carry the same current); the pack capacity is
// the sum over the strings of those minima. assignModules() maximises it (see the .cpp for the
// argument), and uses resistance to break ties.
#pragma once

#include "model/road_load.h"
#include "model/units.h"

#include <string>
#include <vector>

namespace remaster::model {

struct MeasuredModule {
    std::string serial;
    units::Charge capacity; // measured, 0.1 … 2 000 Ah
    units::Resistance resistance; // measured DC resistance, 0.01 … 10 000 mΩ
};

// Representative defaults (no standard for second-life traction modules gives these): a 10 %
// capacity spread in a string wastes at most 10 % of the string; 25 % resistance spread keeps
// heating unequal but tolerable; 70 % SOH is the usual end-of-first-life criterion for EV cells.
struct AcceptanceThresholds {
    double maxCapacitySpread = 0.10; // (max − min)/max within a string, 0 … 1
    double maxResistanceSpread = 0.25; // (max − min)/min within a string, 0 … 10
    double minStateOfHealth = 0.70; // capacity / nominal for every module, 0 … 1
    void validate() const;
};

struct StringAssignment {
    std::vector<int> modules; // indices into the input, in series order
    units::Charge capacity; // min of its modules
    units::Resistance resistance; // sum (series)
    double capacitySpread = 0, resistanceSpread = 0;
    double minStateOfHealth = 0;
    bool capacitySpreadPass = false, resistanceSpreadPass = false, stateOfHealthPass = false;
    bool pass() const { return capacitySpreadPass && resistanceSpreadPass && stateOfHealthPass; }
};

struct SecondLifeResult {
    std::vector<StringAssignment> strings;
    std::vector<int> leftover; // indices not used
    units::Charge packCapacity; // Σ string minima
    units::Energy packEnergy; // packCapacity × series × module nominal voltage
    bool pass() const;
};

SecondLifeResult assignModules(const std::vector<MeasuredModule> &modules, int series, int parallel,
                               units::Charge nominalCapacity, units::Voltage moduleNominalVoltage,
                               const AcceptanceThresholds &thresholds = {});

} // namespace remaster::model
