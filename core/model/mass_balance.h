// Longitudinal mass balance of the converted van: new mass in running order, its axle split,
// the load cases and the usable payload (regulation.md FR-08, FR-11, EU-05).
//
// Everything is a moment balance about the front axle, positions + behind it:
//   rear axle load  R = Σ(mᵢ·xᵢ) / wheelbase,   front axle load F = Σmᵢ − R.
// The original van's centre of mass comes from its mass in running order and unladen front axle
// load: x₀ = (m₀ − F₀)·L / m₀. Removed diesel parts take their moment out, added electric parts
// put theirs in. Vertical positions (height) are recorded and summarised but do not enter the
// axle loads (static, level ground).
#pragma once

#include "model/catalog.h"
#include "model/errors.h"
#include "model/units.h"

#include <optional>
#include <string>
#include <vector>

namespace remaster::model {

enum class MassItemOrigin { Catalog, User }; // default from a catalog, or typed by the user
enum class MassItemCategory { Removed, Added };
const char *massItemOriginCode(MassItemOrigin o); // "catalog", "user"
const char *massItemCategoryCode(MassItemCategory c); // "removed", "added"
bool massItemOriginFromCode(const std::string &s, MassItemOrigin &out);
bool massItemCategoryFromCode(const std::string &s, MassItemCategory &out);

// One line of the mass sheet: a removed diesel part or an added electric part (motor, reducer,
// inverter, battery packs, charger, DC-DC, HV cabling, cooling, brackets …).
struct MassItem {
    std::string id; // "engine", "battery-pack-1" …
    std::string name;
    units::Mass mass; // 0 … 2 000 kg, never negative (category gives the sign)
    units::Length positionFromFrontAxle; // −2 … +8 m, + behind the front axle
    std::optional<units::Length> height; // above ground, 0 … 4 m
    MassItemOrigin origin = MassItemOrigin::Catalog;
    MassItemCategory category = MassItemCategory::Added;
};

// The diesel van as homologated (certificate / CoC figures, or catalog values).
struct OriginalVehicle {
    units::Mass massInRunningOrder; // G, incl. 75 kg driver; 400 … 20 000 kg
    units::Mass unladenFrontAxleLoad; // weighed, in running order; 0 < F₀ < m₀
    units::Length wheelbase; // 1.5 … 6 m
    units::Mass frontAxleLimit; // permissible axle masses, 200 … 20 000 kg
    units::Mass rearAxleLimit;
    units::Mass gvw; // F.1, > mass in running order
    units::Length loadSpaceCentreFromFrontAxle; // 0 … wheelbase + 2 m
};
OriginalVehicle originalVehicleFromVariant(const VehicleVariant &v);
// Removed parts of the catalog variant as MassItems (origin catalog, category removed).
std::vector<MassItem> removedItemsFromVariant(const VehicleVariant &v);

struct MassBalanceInput {
    OriginalVehicle vehicle;
    std::vector<MassItem> items;
    // Third load case: payload at a position the user sets (a load against the bulkhead or at
    // the doors). Accepted 0 … wheelbase + 2 m behind the front axle: beyond that the load
    // centre would be outside any Master body (longest rear overhang ≈ 1.4 m, L4).
    std::optional<units::Length> customPayloadPosition;
    // Payload of that case; default: up to GVW. 0 … GVW.
    std::optional<units::Mass> customPayloadMass;
};

struct AxleCheck {
    units::Mass load;
    units::Mass limit;
    units::Mass margin; // limit − load (negative: overloaded)
    bool pass = false; // load ≤ limit (the permissible mass may be reached, not exceeded)
};

enum class LoadCaseId { Unladen, GvwAtLoadCentre, Custom };
const char *loadCaseCode(LoadCaseId id); // "unladen", "gvw-load-centre", "custom-position"

struct LoadCase {
    LoadCaseId id = LoadCaseId::Unladen;
    units::Mass payload;
    units::Length payloadPosition; // meaningless (0) for the unladen case
    units::Mass total;
    AxleCheck front, rear;
    double frontShareOfTotal = 0; // front / total
    double frontShareOfGvw = 0; // front / GVW (EU-05 2.4 compares with the TPMLM)
    bool pass() const { return front.pass && rear.pass; }
};

enum class PayloadLimit { Gvw, FrontAxle, RearAxle };
const char *payloadLimitCode(PayloadLimit l); // "gvw", "front-axle", "rear-axle"

// Largest payload at one position: min of what GVW and each axle allow.
struct PayloadCapacity {
    units::Length position;
    units::Mass byGvw; // GVW − m_ro
    units::Mass byFrontAxle; // +inf kg when a load there does not load the front axle
    units::Mass byRearAxle; // +inf kg when a load there does not load the rear axle
    units::Mass usable; // min of the three, never below 0
    PayloadLimit limitedBy = PayloadLimit::Gvw; // ties: GVW, then rear, then front
};

struct MassBalanceResult {
    // Original van.
    units::Length originalCentreOfMass; // from the front axle
    units::Mass originalRearAxleLoad;
    double originalFrontShare = 0; // F₀ / m₀
    // Mass sheet.
    units::Mass removedMass, addedMass;
    std::optional<units::Length> addedCentreHeight; // mass-weighted, when every added item has one
    // Converted van in running order.
    units::Mass massInRunningOrder;
    units::Length centreOfMass;
    double massChangeRatio = 0; // m_ro,new / m_ro,orig − 1 (FR-08)
    double frontShare = 0; // unladen front share
    double frontShareChange = 0; // frontShare − originalFrontShare (fraction, FR-11)
    std::vector<LoadCase> loadCases; // unladen, gvw-load-centre, [custom-position]
    PayloadCapacity capacityAtLoadCentre;
    std::optional<PayloadCapacity> capacityAtCustomPosition;

    const LoadCase &loadCase(LoadCaseId id) const; // throws std::out_of_range if absent
};

// Axle loads of a mass m whose centre is x behind the front axle (moment balance).
struct AxleLoads {
    units::Mass front, rear;
};
AxleLoads axleLoads(units::Mass m, units::Length x, units::Length wheelbase);

PayloadCapacity payloadCapacity(const OriginalVehicle &v, const AxleLoads &unladen, units::Mass massInRunningOrder,
                                units::Length position);

// Throws InputError (fields "mass_balance.vehicle.*", "mass_balance.items[i].*",
// "mass_balance.custom_payload_*") on bad input, and on a sheet whose converted van would tip
// (an axle load below zero) or weigh nothing.
MassBalanceResult computeMassBalance(const MassBalanceInput &in);

} // namespace remaster::model
