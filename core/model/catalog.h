// Catalog entities: the Renault Master variants a retrofit line meets and the components a kit
// is built from. Plain data with typed quantities; reading them from JSON happens in storage,
// checking their ranges happens in catalog_validation.h.
#pragma once

#include "model/sourced.h"
#include "model/units.h"

#include <optional>
#include <string>
#include <vector>

namespace remaster::model {

enum class Generation { MasterIII, MasterIV };
enum class Body { PanelVan, ChassisCab, PlatformCab };
enum class Drive { FrontWheel, RearWheel };
enum class RearWheels { Single, Twin };

struct EngineOption {
    std::string id;
    std::string label; // "dCi 125"
    std::string code; // "M9T"
    Generation generation = Generation::MasterIII;
    int yearFrom = 0;
    int yearTo = 0; // 0 = still built
    Sourced<units::Power> power;
    std::optional<Sourced<units::Torque>> torque; // not published for every engine
    std::string fuel; // registration field P.3 code, "GO" for diesel
};

// A diesel-drivetrain part that the retrofit takes out.
struct RemovedPart {
    std::string id;
    std::string name;
    Sourced<units::Mass> mass;
    Sourced<units::Length> positionFromFrontAxle; // + behind the front axle, − ahead of it
};

struct VehicleVariant {
    std::string id;
    std::string label;
    Generation generation = Generation::MasterIII;
    std::string phase; // "2010", "2014", "2019", "2024"
    int yearFrom = 0;
    int yearTo = 0;
    Body body = Body::PanelVan;
    std::string lengthCode; // "L1".."L4"
    std::string heightCode; // "H1".."H3"
    Drive drive = Drive::FrontWheel;
    RearWheels rearWheels = RearWheels::Single;
    std::string category; // "N1", "N2"
    std::vector<std::string> engineIds;
    std::string gearbox;

    Sourced<units::Mass> gvw;
    Sourced<units::Mass> massInRunningOrder;
    Sourced<units::Mass> frontAxleLimit;
    Sourced<units::Mass> rearAxleLimit;
    Sourced<units::Mass> unladenFrontAxleLoad;
    Sourced<units::Length> wheelbase;
    Sourced<units::Length> overallLength;
    Sourced<units::Length> overallWidth;
    Sourced<units::Length> overallHeight;
    Sourced<units::Length> loadSpaceCentreFromFrontAxle;
    Sourced<units::Area> frontalArea;
    Sourced<units::Dimensionless> dragCoefficient;
    Sourced<units::Dimensionless> rollingResistance;
    std::string tyreSize;
    Sourced<units::Length> tyreRollingRadius;
    Sourced<units::Volume> fuelTank;
    std::vector<RemovedPart> removedParts;
};

enum class ComponentKind { Motor, Inverter, Reducer, BatteryModule, Charger, DcDc };
enum class Condition { New, SecondLife };

struct ComponentInfo {
    std::string id;
    ComponentKind kind = ComponentKind::Motor;
    std::string label;
    std::string manufacturer;
    std::string origin; // e.g. "Renault ZOE ZE40 (2016–2019)"
    Condition condition = Condition::New;
    std::string notes;
};

struct Motor {
    ComponentInfo info;
    std::string technology; // "PMSM", "wound-rotor synchronous", "induction"
    Sourced<units::Power> peakPower;
    Sourced<units::Power> continuousPower;
    Sourced<units::Torque> peakTorque;
    Sourced<units::AngularVelocity> maxSpeed;
    Sourced<units::Voltage> dcVoltageMin;
    Sourced<units::Voltage> dcVoltageMax;
    Sourced<units::Mass> mass;
    Sourced<units::Dimensionless> peakEfficiency;
};

struct Inverter {
    ComponentInfo info;
    Sourced<units::Voltage> dcVoltageMin;
    Sourced<units::Voltage> dcVoltageMax;
    Sourced<units::Power> peakPower;
    Sourced<units::Power> continuousPower;
    Sourced<units::Current> peakPhaseCurrent;
    Sourced<units::Current> continuousPhaseCurrent;
    Sourced<units::Mass> mass;
    Sourced<units::Dimensionless> efficiency;
};

struct Reducer {
    ComponentInfo info;
    Sourced<units::Dimensionless> ratio;
    Sourced<units::Torque> maxInputTorque;
    Sourced<units::AngularVelocity> maxInputSpeed;
    Sourced<units::Mass> mass;
    Sourced<units::Dimensionless> efficiency;
};

struct BatteryModule {
    ComponentInfo info;
    std::string chemistry; // "NCM 622", "LMO", ...
    int cellsInSeries = 0;
    int cellsInParallel = 0;
    Sourced<units::Voltage> nominalVoltage;
    Sourced<units::Voltage> minVoltage;
    Sourced<units::Voltage> maxVoltage;
    Sourced<units::Charge> capacity;
    Sourced<units::Energy> energy;
    Sourced<units::Mass> mass;
    Sourced<units::Length> length;
    Sourced<units::Length> width;
    Sourced<units::Length> height;
    Sourced<units::Current> maxDischargeCurrent;
    Sourced<units::Current> maxChargeCurrent;
    Sourced<units::Resistance> internalResistance;
};

enum class ChargerType { OnBoardAc, DcInlet };

struct Charger {
    ComponentInfo info;
    ChargerType type = ChargerType::OnBoardAc;
    Sourced<units::Power> power;
    Sourced<units::Dimensionless> efficiency;
    Sourced<units::Mass> mass;
    Sourced<units::Voltage> outputVoltageMin;
    Sourced<units::Voltage> outputVoltageMax;
};

struct DcDcConverter {
    ComponentInfo info;
    Sourced<units::Power> power;
    Sourced<units::Dimensionless> efficiency;
    Sourced<units::Mass> mass;
    Sourced<units::Voltage> inputVoltageMin;
    Sourced<units::Voltage> inputVoltageMax;
};

const char *generationCode(Generation g); // "master-3", "master-4"
const char *bodyCode(Body b); // "panel-van", "chassis-cab", "platform-cab"
const char *driveCode(Drive d); // "fwd", "rwd"
const char *rearWheelsCode(RearWheels r); // "single", "twin"
const char *componentKindCode(ComponentKind k); // "motor", "inverter", "reducer", "battery-module", "charger", "dcdc"
const char *conditionCode(Condition c); // "new", "second-life"
const char *chargerTypeCode(ChargerType t); // "ac-onboard", "dc-inlet"

bool generationFromCode(const std::string &s, Generation &out);
bool bodyFromCode(const std::string &s, Body &out);
bool driveFromCode(const std::string &s, Drive &out);
bool rearWheelsFromCode(const std::string &s, RearWheels &out);
bool componentKindFromCode(const std::string &s, ComponentKind &out);
bool conditionFromCode(const std::string &s, Condition &out);
bool chargerTypeFromCode(const std::string &s, ChargerType &out);

} // namespace remaster::model
