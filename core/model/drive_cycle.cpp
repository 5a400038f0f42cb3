#include "model/drive_cycle.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace remaster::model {
using detail::fmt;
using detail::requireRange;
using detail::throwIf;

namespace {

[[noreturn]] void fail(const std::string &id, int line, const std::string &column, const char *message,
                       const std::string &range = {}, const std::string &actual = {})
{
    const std::string where = (id.empty() ? std::string("cycle") : id) + ":line " + std::to_string(line)
        + (column.empty() ? "" : ":" + column);
    throw InputError({ { where, message, range, actual } });
}

// Strict number parse: the whole cell must be a finite decimal number.
bool parseNumber(const std::string &cell, double &out)
{
    if (cell.empty())
        return false;
    const char *b = cell.c_str();
    char *e = nullptr;
    errno = 0;
    out = std::strtod(b, &e);
    if (e == b || *e != '\0' || errno == ERANGE)
        return false;
    return std::isfinite(out);
}

std::vector<std::string> splitComma(const std::string &line)
{
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream ss(line);
    while (std::getline(ss, cell, ','))
        cells.push_back(cell);
    if (!line.empty() && line.back() == ',')
        cells.emplace_back();
    for (auto &c : cells) { // tolerate surrounding blanks
        const auto f = c.find_first_not_of(" \t");
        const auto l = c.find_last_not_of(" \t");
        c = f == std::string::npos ? std::string() : c.substr(f, l - f + 1);
    }
    return cells;
}

} // namespace

DriveCycle parseCycleCsv(const std::string &text, const std::string &id, const std::string &name)
{
    DriveCycle c;
    c.id = id;
    c.name = name.empty() ? id : name;
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    bool haveHeader = false;
    bool withGrade = false;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!haveHeader) {
            if (lineNo == 1 && line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0)
                line.erase(0, 3); // UTF-8 BOM
            if (line == "time_s,speed_kmh")
                withGrade = false;
            else if (line == "time_s,speed_kmh,grade_percent")
                withGrade = true;
            else
                fail(id, lineNo, "header", QT_TRANSLATE_NOOP("Model", "unexpected header"),
                     "time_s,speed_kmh or time_s,speed_kmh,grade_percent", line);
            haveHeader = true;
            continue;
        }
        if (line.find_first_not_of(" \t") == std::string::npos) {
            // Blank lines are accepted only at the end of the file.
            std::string rest;
            while (std::getline(in, rest)) {
                ++lineNo;
                if (rest.find_first_not_of(" \t\r") != std::string::npos)
                    fail(id, lineNo, "", QT_TRANSLATE_NOOP("Model", "data after a blank line"));
            }
            break;
        }
        const auto cells = splitComma(line);
        const std::size_t expected = withGrade ? 3 : 2;
        if (cells.size() != expected)
            fail(id, lineNo, "", QT_TRANSLATE_NOOP("Model", "wrong number of columns"), std::to_string(expected),
                 std::to_string(cells.size()));
        double t = 0, v = 0;
        if (!parseNumber(cells[0], t))
            fail(id, lineNo, "time_s", QT_TRANSLATE_NOOP("Model", "not a finite number"), "", cells[0]);
        const double expectedT = static_cast<double>(c.speed.size());
        if (t != expectedT)
            fail(id, lineNo, "time_s",
                 QT_TRANSLATE_NOOP("Model", "time breaks the 1 s step (gap, repeat or wrong start)"),
                 fmt(expectedT) + " s", cells[0] + " s");
        if (!parseNumber(cells[1], v))
            fail(id, lineNo, "speed_kmh", QT_TRANSLATE_NOOP("Model", "not a finite number"), "", cells[1]);
        if (!(v >= 0.0 && v <= 300.0))
            fail(id, lineNo, "speed_kmh", QT_TRANSLATE_NOOP("Model", "speed out of range"), "0 … 300 km/h",
                 cells[1] + " km/h");
        c.speed.push_back(units::kilometresPerHour(v));
        if (withGrade) {
            double g = 0;
            if (!parseNumber(cells[2], g))
                fail(id, lineNo, "grade_percent", QT_TRANSLATE_NOOP("Model", "not a finite number"), "", cells[2]);
            if (!(std::fabs(g) <= 40.0))
                fail(id, lineNo, "grade_percent", QT_TRANSLATE_NOOP("Model", "grade out of range"), "-40 … 40 %",
                     cells[2] + " %");
            c.gradePercent.push_back(g);
        }
    }
    if (!haveHeader)
        fail(id, 1, "header", QT_TRANSLATE_NOOP("Model", "empty file"), "time_s,speed_kmh[,grade_percent]");
    if (c.speed.size() < 2)
        fail(id, lineNo, "", QT_TRANSLATE_NOOP("Model", "fewer than 2 samples"), "≥ 2 samples",
             std::to_string(c.speed.size()));
    return c;
}

DriveCycle loadCycleCsvFile(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    if (!f)
        throw InputError({ { path, QT_TRANSLATE_NOOP("Model", "cannot open the cycle file"), "", "" } });
    std::ostringstream ss;
    ss << f.rdbuf();
    std::string stem = path;
    if (auto p = stem.find_last_of("/\\"); p != std::string::npos)
        stem.erase(0, p + 1);
    if (auto p = stem.rfind('.'); p != std::string::npos)
        stem.erase(p);
    DriveCycle c = parseCycleCsv(ss.str(), stem);
    applyKnownCycleMetadata(c);
    return c;
}

bool applyKnownCycleMetadata(DriveCycle &c)
{
    // From shared/data/cycles/README.md ("Table").
    struct Known {
        const char *id, *name, *reference, *source;
        std::vector<CyclePhase> phases;
    };
    const char *gtr = "UN GTR No. 15 Annex 1 / UN R154 (WLTP)";
    const char *jrc = "JRCSTU/wltp @ 18650f37";
    const std::vector<CyclePhase> wltc3
        = { { "Low", 0, 589 }, { "Medium", 589, 1022 }, { "High", 1022, 1477 }, { "Extra High", 1477, 1800 } };
    static const std::vector<Known> known = {
        { "wltc-class1",
          "WLTC class 1",
          gtr,
          jrc,
          { { "Low", 0, 589 }, { "Medium", 589, 1022 }, { "Low", 1022, 1611 } } },
        { "wltc-class2", "WLTC class 2", gtr, jrc, wltc3 },
        { "wltc-class3a", "WLTC class 3a", gtr, jrc, wltc3 },
        { "wltc-class3b", "WLTC class 3b", gtr, jrc, wltc3 },
        { "nedc", "NEDC", "UNECE R83 Annex 4a", jrc, { { "UDC", 0, 780 }, { "EUDC", 780, 1180 } } },
        { "udds",
          "EPA UDDS",
          "US 40 CFR Part 86, Appendix I(a)",
          "NREL/fastsim @ bd9111bb",
          { { "Bag 1", 0, 505 }, { "Stabilized", 505, 1369 } } },
        { "hwfet", "EPA HWFET", "US 40 CFR Part 600, Appendix I", "NREL/fastsim @ bd9111bb", {} },
        { "artemis-urban", "Artemis Urban", "CADC (André 2004)", "TUMFTM @ 16c07b60", {} },
        { "artemis-rural", "Artemis Rural road", "CADC (André 2004)", "TUMFTM @ 16c07b60", {} },
        { "artemis-motorway-150", "Artemis Motorway 150", "CADC (André 2004)", "TUMFTM @ 16c07b60", {} },
        { "artemis-motorway-130", "Artemis Motorway 130", "CADC (André 2004)", "carculator_utils @ e431f50b", {} },
        { "vecto-urban-delivery-3.5t",
          "VECTO Urban Delivery (3.5 t)",
          "VECTO mission profile (Reg. (EU) 2017/2400)",
          "carculator_truck @ ab489eeb",
          {} },
        { "vecto-regional-delivery-3.5t",
          "VECTO Regional Delivery (3.5 t)",
          "VECTO mission profile (Reg. (EU) 2017/2400)",
          "carculator_truck @ ab489eeb",
          {} },
    };
    for (const auto &k : known) {
        if (c.id != k.id)
            continue;
        if (!k.phases.empty() && k.phases.back().end + 1 != static_cast<int>(c.speed.size()))
            return false; // not the trace we know: leave it alone
        c.name = k.name;
        c.reference = k.reference;
        c.source = k.source;
        c.phases = k.phases;
        return true;
    }
    return false;
}

units::Time duration(const DriveCycle &c)
{
    return units::seconds(c.speed.empty() ? 0.0 : static_cast<double>(c.speed.size() - 1));
}

namespace {
double trapezoidMetres(const DriveCycle &c, std::size_t from, std::size_t to)
{
    double s = 0.0;
    for (std::size_t i = from; i < to && i + 1 < c.speed.size(); ++i)
        s += 0.5 * (c.speed[i].value() + c.speed[i + 1].value());
    return s;
}
} // namespace

units::Length distance(const DriveCycle &c)
{
    return units::metres(trapezoidMetres(c, 0, c.speed.size()));
}

units::Length distance(const DriveCycle &c, const CyclePhase &p)
{
    return units::metres(trapezoidMetres(c, static_cast<std::size_t>(std::max(0, p.start)),
                                         static_cast<std::size_t>(std::max(0, p.end))));
}

units::Velocity maxSpeed(const DriveCycle &c)
{
    double m = 0.0;
    for (auto v : c.speed)
        m = std::max(m, v.value());
    return units::metresPerSecond(m);
}

void validatePhases(const DriveCycle &c)
{
    std::vector<FieldError> errs;
    const int n = static_cast<int>(c.speed.size());
    int prevEnd = 0;
    for (std::size_t i = 0; i < c.phases.size(); ++i) {
        const auto &p = c.phases[i];
        const std::string f = c.id + ".phases[" + std::to_string(i) + "]";
        if (p.start < prevEnd || p.start >= p.end || p.end > n - 1)
            errs.push_back({ f, QT_TRANSLATE_NOOP("Model", "phase is empty, overlaps or exceeds the trace"),
                             "ordered, non-overlapping, within 0 … " + std::to_string(n - 1),
                             // Built with append: GCC 12 warns falsely (-Wrestrict, PR 105329) on
                             // "literal" + std::to_string(...) at -O2.
                             std::string("[")
                                 .append(std::to_string(p.start))
                                 .append(", ")
                                 .append(std::to_string(p.end))
                                 .append(")") });
        prevEnd = p.end;
    }
    if (!c.gradePercent.empty() && c.gradePercent.size() != c.speed.size())
        errs.push_back({ c.id + ".grade_percent", QT_TRANSLATE_NOOP("Model", "one grade per speed sample expected"),
                         std::to_string(n) + " values", std::to_string(c.gradePercent.size()) });
    throwIf(errs);
}

const char *wltcClassCycleId(WltcClass c)
{
    switch (c) {
    case WltcClass::Class1: return "wltc-class1";
    case WltcClass::Class2: return "wltc-class2";
    case WltcClass::Class3a: return "wltc-class3a";
    case WltcClass::Class3b: return "wltc-class3b";
    }
    return "";
}

WltcSelection selectWltcClass(units::Power ratedPower, units::Mass massInRunningOrder, units::Velocity maxVehicleSpeed)
{
    std::vector<FieldError> errs;
    requireRange(errs, "rated_power", units::inKilowatts(ratedPower), 1.0, 1000.0, "kW");
    requireRange(errs, "mass_in_running_order", units::inKilograms(massInRunningOrder), 400.0, 20000.0, "kg");
    requireRange(errs, "max_speed", units::inKilometresPerHour(maxVehicleSpeed), 10.0, 300.0, "km/h");
    throwIf(errs);
    WltcSelection s;
    s.pmrWattsPerKilogram = ratedPower.value() / (massInRunningOrder.value() - 75.0);
    if (s.pmrWattsPerKilogram <= 22.0)
        s.wltcClass = WltcClass::Class1;
    else if (s.pmrWattsPerKilogram <= 34.0)
        s.wltcClass = WltcClass::Class2;
    else if (maxVehicleSpeed.value() < 120.0 / 3.6)
        s.wltcClass = WltcClass::Class3a;
    else
        s.wltcClass = WltcClass::Class3b;
    s.cycleId = wltcClassCycleId(s.wltcClass);
    return s;
}

} // namespace remaster::model
