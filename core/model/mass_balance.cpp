#include "model/mass_balance.h"

#include "model/road_load.h" // detail::requireRange

#include <cmath>
#include <limits>
#include <stdexcept>

namespace remaster::model {

using detail::requireRange;
using units::inKilograms;
using units::inMetres;

const char *massItemOriginCode(MassItemOrigin o)
{
    return o == MassItemOrigin::Catalog ? "catalog" : "user";
}
const char *massItemCategoryCode(MassItemCategory c)
{
    return c == MassItemCategory::Removed ? "removed" : "added";
}
bool massItemOriginFromCode(const std::string &s, MassItemOrigin &out)
{
    for (auto v : { MassItemOrigin::Catalog, MassItemOrigin::User })
        if (s == massItemOriginCode(v)) {
            out = v;
            return true;
        }
    return false;
}
bool massItemCategoryFromCode(const std::string &s, MassItemCategory &out)
{
    for (auto v : { MassItemCategory::Removed, MassItemCategory::Added })
        if (s == massItemCategoryCode(v)) {
            out = v;
            return true;
        }
    return false;
}

const char *loadCaseCode(LoadCaseId id)
{
    switch (id) {
    case LoadCaseId::Unladen: return "unladen";
    case LoadCaseId::GvwAtLoadCentre: return "gvw-load-centre";
    case LoadCaseId::Custom: return "custom-position";
    }
    return "";
}

const char *payloadLimitCode(PayloadLimit l)
{
    switch (l) {
    case PayloadLimit::Gvw: return "gvw";
    case PayloadLimit::FrontAxle: return "front-axle";
    case PayloadLimit::RearAxle: return "rear-axle";
    }
    return "";
}

const LoadCase &MassBalanceResult::loadCase(LoadCaseId id) const
{
    for (const auto &c : loadCases)
        if (c.id == id)
            return c;
    throw std::out_of_range(std::string("no load case ") + loadCaseCode(id));
}

OriginalVehicle originalVehicleFromVariant(const VehicleVariant &v)
{
    return { v.massInRunningOrder.value,
             v.unladenFrontAxleLoad.value,
             v.wheelbase.value,
             v.frontAxleLimit.value,
             v.rearAxleLimit.value,
             v.gvw.value,
             v.loadSpaceCentreFromFrontAxle.value };
}

std::vector<MassItem> removedItemsFromVariant(const VehicleVariant &v)
{
    std::vector<MassItem> out;
    for (const auto &p : v.removedParts)
        out.push_back({ p.id, p.name, p.mass.value, p.positionFromFrontAxle.value, std::nullopt,
                        MassItemOrigin::Catalog, MassItemCategory::Removed });
    return out;
}

AxleLoads axleLoads(units::Mass m, units::Length x, units::Length wheelbase)
{
    const units::Mass rear = m * (x / wheelbase);
    return { m - rear, rear };
}

PayloadCapacity payloadCapacity(const OriginalVehicle &v, const AxleLoads &unladen, units::Mass massInRunningOrder,
                                units::Length position)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    const double L = inMetres(v.wheelbase);
    const double p = inMetres(position);
    PayloadCapacity c;
    c.position = position;
    c.byGvw = v.gvw - massInRunningOrder;
    // A payload P at p puts P·(L − p)/L on the front axle and P·p/L on the rear axle.
    const double frontPerKg = (L - p) / L;
    const double rearPerKg = p / L;
    const double frontRoom = inKilograms(v.frontAxleLimit - unladen.front);
    const double rearRoom = inKilograms(v.rearAxleLimit - unladen.rear);
    c.byFrontAxle = units::kilograms(frontPerKg > 0 ? frontRoom / frontPerKg : inf);
    c.byRearAxle = units::kilograms(rearPerKg > 0 ? rearRoom / rearPerKg : inf);
    // Ties go to GVW first (the figure people expect), then rear, then front.
    c.usable = c.byGvw;
    c.limitedBy = PayloadLimit::Gvw;
    if (c.byRearAxle < c.usable) {
        c.usable = c.byRearAxle;
        c.limitedBy = PayloadLimit::RearAxle;
    }
    if (c.byFrontAxle < c.usable) {
        c.usable = c.byFrontAxle;
        c.limitedBy = PayloadLimit::FrontAxle;
    }
    if (c.usable < units::kilograms(0.0))
        c.usable = units::kilograms(0.0);
    return c;
}

namespace {

void validate(const MassBalanceInput &in)
{
    std::vector<FieldError> errs;
    const auto &v = in.vehicle;
    const std::string p = "mass_balance.vehicle.";
    const double m0 = inKilograms(v.massInRunningOrder);
    const double L = inMetres(v.wheelbase);
    requireRange(errs, p + "mass_in_running_order", m0, 400.0, 20000.0, "kg");
    // The unladen front load must leave the centre of mass between the axles: 0 < F₀ < m₀.
    requireRange(errs, p + "unladen_front_axle_load", inKilograms(v.unladenFrontAxleLoad), 1.0,
                 std::isnan(m0) ? 20000.0 : m0 - 1.0, "kg");
    requireRange(errs, p + "wheelbase", L, 1.5, 6.0, "m");
    requireRange(errs, p + "front_axle_limit", inKilograms(v.frontAxleLimit), 200.0, 20000.0, "kg");
    requireRange(errs, p + "rear_axle_limit", inKilograms(v.rearAxleLimit), 200.0, 20000.0, "kg");
    requireRange(errs, p + "gvw", inKilograms(v.gvw), 400.0, 44000.0, "kg");
    if (!(inKilograms(v.gvw) > m0))
        errs.push_back({ p + "gvw", QT_TRANSLATE_NOOP("Model", "must be above the mass in running order (G)"),
                         "> " + detail::fmt(m0) + " kg", detail::fmt(inKilograms(v.gvw)) + " kg" });
    const double maxPos = std::isnan(L) ? 8.0 : L + 2.0;
    requireRange(errs, p + "load_space_centre_from_front_axle", inMetres(v.loadSpaceCentreFromFrontAxle), 0.0, maxPos,
                 "m");
    for (std::size_t i = 0; i < in.items.size(); ++i) {
        const auto &it = in.items[i];
        const std::string f = "mass_balance.items[" + std::to_string(i) + "].";
        if (it.id.empty())
            errs.push_back({ f + "id", QT_TRANSLATE_NOOP("Model", "is missing"), "", "" });
        requireRange(errs, f + "mass", inKilograms(it.mass), 0.0, 2000.0, "kg");
        requireRange(errs, f + "position_from_front_axle", inMetres(it.positionFromFrontAxle), -2.0, 8.0, "m");
        if (it.height)
            requireRange(errs, f + "height", inMetres(*it.height), 0.0, 4.0, "m");
    }
    if (in.customPayloadPosition)
        requireRange(errs, "mass_balance.custom_payload_position", inMetres(*in.customPayloadPosition), 0.0, maxPos,
                     "m");
    if (in.customPayloadMass)
        requireRange(errs, "mass_balance.custom_payload_mass", inKilograms(*in.customPayloadMass), 0.0,
                     inKilograms(v.gvw), "kg");
    detail::throwIf(errs);
}

AxleCheck check(units::Mass load, units::Mass limit)
{
    return { load, limit, limit - load, load <= limit };
}

LoadCase makeCase(LoadCaseId id, const OriginalVehicle &v, const AxleLoads &unladen, units::Mass mro,
                  units::Mass payload, units::Length position)
{
    const AxleLoads pl = axleLoads(payload, position, v.wheelbase);
    LoadCase c;
    c.id = id;
    c.payload = payload;
    c.payloadPosition = position;
    c.total = mro + payload;
    c.front = check(unladen.front + pl.front, v.frontAxleLimit);
    c.rear = check(unladen.rear + pl.rear, v.rearAxleLimit);
    c.frontShareOfTotal = c.front.load / c.total;
    c.frontShareOfGvw = c.front.load / v.gvw;
    return c;
}

} // namespace

MassBalanceResult computeMassBalance(const MassBalanceInput &in)
{
    validate(in);
    const auto &v = in.vehicle;
    MassBalanceResult r;
    const units::Mass m0 = v.massInRunningOrder;
    r.originalRearAxleLoad = m0 - v.unladenFrontAxleLoad;
    r.originalCentreOfMass = v.wheelbase * (r.originalRearAxleLoad / m0);
    r.originalFrontShare = v.unladenFrontAxleLoad / m0;

    // Moments about the front axle in kg·m.
    double moment = inKilograms(m0) * inMetres(r.originalCentreOfMass);
    double mass = inKilograms(m0);
    double addedMass = 0, removedMass = 0, addedHeightMoment = 0;
    bool allAddedHaveHeight = true;
    for (const auto &it : in.items) {
        const double sign = it.category == MassItemCategory::Added ? 1.0 : -1.0;
        mass += sign * inKilograms(it.mass);
        moment += sign * inKilograms(it.mass) * inMetres(it.positionFromFrontAxle);
        if (it.category == MassItemCategory::Added) {
            addedMass += inKilograms(it.mass);
            if (it.height)
                addedHeightMoment += inKilograms(it.mass) * inMetres(*it.height);
            else
                allAddedHaveHeight = false;
        } else {
            removedMass += inKilograms(it.mass);
        }
    }
    r.removedMass = units::kilograms(removedMass);
    r.addedMass = units::kilograms(addedMass);
    if (allAddedHaveHeight && addedMass > 0)
        r.addedCentreHeight = units::metres(addedHeightMoment / addedMass);

    const double L = inMetres(v.wheelbase);
    const double rear = moment / L;
    if (!(mass > 0) || rear < 0 || rear > mass) {
        // Removing more than the van weighs, or moving the centre of mass outside the wheelbase:
        // the sheet is wrong (a removed part entered as added, a position in mm typed as m …).
        throw InputError(
            { { "mass_balance.items",
                QT_TRANSLATE_NOOP("Model", "the converted van's centre of mass falls outside the wheelbase"),
                "0 … " + detail::fmt(L) + " m",
                mass > 0 ? detail::fmt(moment / mass) + " m" : detail::fmt(mass) + " kg" } });
    }
    r.massInRunningOrder = units::kilograms(mass);
    r.centreOfMass = units::metres(moment / mass);
    r.massChangeRatio = mass / inKilograms(m0) - 1.0;
    const AxleLoads unladen = axleLoads(r.massInRunningOrder, r.centreOfMass, v.wheelbase);
    r.frontShare = unladen.front / r.massInRunningOrder;
    r.frontShareChange = r.frontShare - r.originalFrontShare;

    const units::Mass zero = units::kilograms(0.0);
    r.loadCases.push_back(makeCase(LoadCaseId::Unladen, v, unladen, r.massInRunningOrder, zero, units::metres(0.0)));
    // "Laden to GVW": the payload that brings the van to GVW. If the converted van is already
    // over GVW there is no payload; the case then shows the unladen loads against GVW.
    units::Mass toGvw = v.gvw - r.massInRunningOrder;
    if (toGvw < zero)
        toGvw = zero;
    r.loadCases.push_back(
        makeCase(LoadCaseId::GvwAtLoadCentre, v, unladen, r.massInRunningOrder, toGvw, v.loadSpaceCentreFromFrontAxle));
    r.capacityAtLoadCentre = payloadCapacity(v, unladen, r.massInRunningOrder, v.loadSpaceCentreFromFrontAxle);
    if (in.customPayloadPosition) {
        const units::Mass payload = in.customPayloadMass ? *in.customPayloadMass : toGvw;
        r.loadCases.push_back(
            makeCase(LoadCaseId::Custom, v, unladen, r.massInRunningOrder, payload, *in.customPayloadPosition));
        r.capacityAtCustomPosition = payloadCapacity(v, unladen, r.massInRunningOrder, *in.customPayloadPosition);
    }
    return r;
}

} // namespace remaster::model
