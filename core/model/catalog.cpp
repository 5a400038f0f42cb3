#include "model/catalog.h"

#include <array>
#include <utility>

namespace remaster::model {
namespace {

template<class Enum, std::size_t N>
const char *codeOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table)
        if (e == value)
            return code;
    return "";
}

template<class Enum, std::size_t N>
bool enumOf(const std::array<std::pair<Enum, const char *>, N> &table, const std::string &code, Enum &out)
{
    for (const auto &[e, c] : table) {
        if (code == c) {
            out = e;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<Generation, const char *>, 2> kGenerations { { { Generation::MasterIII, "master-3" },
                                                                              { Generation::MasterIV, "master-4" } } };
constexpr std::array<std::pair<Body, const char *>, 3> kBodies {
    { { Body::PanelVan, "panel-van" }, { Body::ChassisCab, "chassis-cab" }, { Body::PlatformCab, "platform-cab" } }
};
constexpr std::array<std::pair<Drive, const char *>, 2> kDrives { { { Drive::FrontWheel, "fwd" },
                                                                    { Drive::RearWheel, "rwd" } } };
constexpr std::array<std::pair<RearWheels, const char *>, 2> kRearWheels { { { RearWheels::Single, "single" },
                                                                             { RearWheels::Twin, "twin" } } };
constexpr std::array<std::pair<ComponentKind, const char *>, 6> kKinds { { { ComponentKind::Motor, "motor" },
                                                                           { ComponentKind::Inverter, "inverter" },
                                                                           { ComponentKind::Reducer, "reducer" },
                                                                           { ComponentKind::BatteryModule,
                                                                             "battery-module" },
                                                                           { ComponentKind::Charger, "charger" },
                                                                           { ComponentKind::DcDc, "dcdc" } } };
constexpr std::array<std::pair<Condition, const char *>, 2> kConditions {
    { { Condition::New, "new" }, { Condition::SecondLife, "second-life" } }
};
constexpr std::array<std::pair<ChargerType, const char *>, 2> kChargerTypes {
    { { ChargerType::OnBoardAc, "ac-onboard" }, { ChargerType::DcInlet, "dc-inlet" } }
};

} // namespace

const char *generationCode(Generation g)
{
    return codeOf(kGenerations, g);
}
const char *bodyCode(Body b)
{
    return codeOf(kBodies, b);
}
const char *driveCode(Drive d)
{
    return codeOf(kDrives, d);
}
const char *rearWheelsCode(RearWheels r)
{
    return codeOf(kRearWheels, r);
}
const char *componentKindCode(ComponentKind k)
{
    return codeOf(kKinds, k);
}
const char *conditionCode(Condition c)
{
    return codeOf(kConditions, c);
}
const char *chargerTypeCode(ChargerType t)
{
    return codeOf(kChargerTypes, t);
}

bool generationFromCode(const std::string &s, Generation &out)
{
    return enumOf(kGenerations, s, out);
}
bool bodyFromCode(const std::string &s, Body &out)
{
    return enumOf(kBodies, s, out);
}
bool driveFromCode(const std::string &s, Drive &out)
{
    return enumOf(kDrives, s, out);
}
bool rearWheelsFromCode(const std::string &s, RearWheels &out)
{
    return enumOf(kRearWheels, s, out);
}
bool componentKindFromCode(const std::string &s, ComponentKind &out)
{
    return enumOf(kKinds, s, out);
}
bool conditionFromCode(const std::string &s, Condition &out)
{
    return enumOf(kConditions, s, out);
}
bool chargerTypeFromCode(const std::string &s, ChargerType &out)
{
    return enumOf(kChargerTypes, s, out);
}

} // namespace remaster::model
