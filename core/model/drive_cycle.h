// Drive cycles: 1 Hz speed traces (shared/data/cycles/README.md describes the files) and the
// WLTC class selection of UN GTR 15 (regulation.md WL-01, WL-02).
#pragma once

#include "model/road_load.h"
#include "model/units.h"

#include <string>
#include <vector>

namespace remaster::model {

// A phase covers samples [start, end): the boundary sample is shared with the next phase
// (README "Phase boundaries"), so summing per-second intervals i ∈ [start, end) counts each
// interval exactly once.
struct CyclePhase {
    std::string name;
    int start = 0; // sample index = time in s
    int end = 0; // exclusive
};

struct DriveCycle {
    std::string id; // file stem, e.g. "wltc-class3b"
    std::string name; // "WLTC class 3b"
    std::string reference; // "UN GTR No. 15 Annex 1 / UN R154"
    std::string source; // repository @ commit : path
    std::vector<units::Velocity> speed; // one sample per second, t = index
    std::vector<double> gradePercent; // empty = flat; else one value per sample, |g| ≤ 40 %
    std::vector<CyclePhase> phases; // may be empty (single phase)
};

// Parses "time_s,speed_kmh[,grade_percent]" text. Rules (README): exact header; time starts at 0
// and rises by exactly 1 s; speeds finite and ≥ 0; |grade| ≤ 40 %; at least 2 samples.
// Throws InputError whose field is "<id>:line N:<column>" (lines counted from 1 = header).
DriveCycle parseCycleCsv(const std::string &text, const std::string &id = {}, const std::string &name = {});
// Convenience for the CLI/tests: reads the file and parses it; id = file stem; known
// metadata (name, reference, phases) applied. Throws InputError if unreadable.
DriveCycle loadCycleCsvFile(const std::string &path);

// Fills name/reference/source/phases for the cycles listed in shared/data/cycles/README.md, by
// id (file stem). Returns false (and leaves the cycle unchanged) for an unknown id.
bool applyKnownCycleMetadata(DriveCycle &cycle);

units::Time duration(const DriveCycle &c); // (samples − 1) s
units::Length distance(const DriveCycle &c); // trapezoid
units::Length distance(const DriveCycle &c, const CyclePhase &phase); // over [start, end]
units::Velocity maxSpeed(const DriveCycle &c);
// Throws InputError if a phase is empty, out of range, or phases overlap/are unordered.
void validatePhases(const DriveCycle &c);

// ---- WLTC class (GTR 15 Annex 1 §1–2; regulation.md WL-01/WL-02) ----
enum class WltcClass { Class1, Class2, Class3a, Class3b };
const char *wltcClassCycleId(WltcClass c); // "wltc-class1", …, "wltc-class3b"

struct WltcSelection {
    WltcClass wltcClass = WltcClass::Class3b;
    double pmrWattsPerKilogram = 0; // rated power / (mass in running order − 75 kg)
    std::string cycleId;
};

// PMR = P_rated / (m_ro − 75 kg) (WL-01, GTR 15 Amendment 2).
// Boundaries, as GTR 15 writes them and JRC class1/2/3.py code them:
//   PMR ≤ 22 → class 1 (22 itself is class 1); 22 < PMR ≤ 34 → class 2 (34 itself is class 2);
//   PMR > 34 → class 3, then 3a if v_max < 120 km/h, 3b if v_max ≥ 120 km/h (120 itself is 3b).
// The PMR is compared unrounded (GTR gives no rounding rule), v_max in m/s against 120/3.6.
// Accepted: power 1 kW … 1 000 kW, m_ro 400 … 20 000 kg, v_max 10 … 300 km/h.
WltcSelection selectWltcClass(units::Power ratedPower, units::Mass massInRunningOrder, units::Velocity maxVehicleSpeed);

} // namespace remaster::model
