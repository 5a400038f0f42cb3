// Filtering vehicle variants by what an engineer knows about the van in front of them.
// Shared by the GUI's catalog browser and `remaster-cli catalog list`.
#pragma once

#include "model/catalog.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>

namespace remaster::model {

struct VariantFilter {
    std::optional<Generation> generation;
    std::optional<Body> body;
    std::string lengthCode; // empty = any
    std::string heightCode; // empty = any
    std::optional<double> gvwKg;
    std::optional<Drive> drive;
    std::optional<RearWheels> rearWheels;
    std::string engineId; // empty = any
    std::string text; // case-insensitive substring of id or label, empty = any

    bool matches(const VehicleVariant &v) const
    {
        if (generation && v.generation != *generation)
            return false;
        if (body && v.body != *body)
            return false;
        if (!lengthCode.empty() && v.lengthCode != lengthCode)
            return false;
        if (!heightCode.empty() && v.heightCode != heightCode)
            return false;
        // GVW steps are whole kilograms in every source; 0.5 kg absorbs unit round-trips.
        if (gvwKg && std::abs(units::inKilograms(v.gvw.value) - *gvwKg) > 0.5)
            return false;
        if (drive && v.drive != *drive)
            return false;
        if (rearWheels && v.rearWheels != *rearWheels)
            return false;
        if (!engineId.empty() && std::find(v.engineIds.begin(), v.engineIds.end(), engineId) == v.engineIds.end())
            return false;
        if (!text.empty() && !containsIgnoringCase(v.id, text) && !containsIgnoringCase(v.label, text))
            return false;
        return true;
    }

private:
    static bool containsIgnoringCase(const std::string &haystack, const std::string &needle)
    {
        auto lower = [](unsigned char c) { return static_cast<char>(std::tolower(c)); };
        std::string h(haystack.size(), '\0');
        std::string n(needle.size(), '\0');
        std::transform(haystack.begin(), haystack.end(), h.begin(), lower);
        std::transform(needle.begin(), needle.end(), n.begin(), lower);
        return h.find(n) != std::string::npos;
    }
};

} // namespace remaster::model
