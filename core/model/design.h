// A retrofit design as people write it: catalog ids, counts, the real vehicle's overrides and
// settings. This is the model of the design JSON (docs/design-format.md) that remaster-cli
// evaluate reads, that build sheets store and that the GUI edits. `resolveDesign` turns it into
// the engineering input (evaluation.h) by looking the ids up in the catalog.
#pragma once

#include "model/catalog_set.h"
#include "model/evaluation.h"
#include "model/rules.h"
#include "model/second_life.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace remaster::model {

// Figures of the real vehicle that replace the catalog's (registration certificate, certificate
// of conformity, weighbridge ticket). Each keeps where it came from.
struct VehicleOverrides {
    std::optional<Sourced<units::Mass>> gvw;
    std::optional<Sourced<units::Mass>> massInRunningOrder;
    std::optional<Sourced<units::Mass>> frontAxleLimit;
    std::optional<Sourced<units::Mass>> rearAxleLimit;
    std::optional<Sourced<units::Mass>> unladenFrontAxleLoad;
    std::optional<Sourced<units::Length>> wheelbase;
    std::optional<Sourced<units::Length>> overallLength;
    std::optional<Sourced<units::Length>> overallWidth;
    std::optional<Sourced<units::Length>> overallHeight;
    std::optional<Sourced<units::Length>> loadSpaceCentreFromFrontAxle;
    std::optional<Sourced<units::Area>> frontalArea;
    std::optional<Sourced<units::Dimensionless>> dragCoefficient;
    std::optional<Sourced<units::Dimensionless>> rollingResistance;
    std::optional<Sourced<units::Length>> tyreRollingRadius;
    std::optional<Sourced<units::Power>> originalEnginePower; // registration field P.2

    std::size_t count() const;
};

// Registration-certificate identity (EU harmonised fields), as entered. Checked by the
// homologation rules; kept as text here so that a half-typed VIN still round-trips.
struct IdentityInput {
    std::string vin; // E
    std::string registration; // A
    std::string firstRegistrationDate; // B, ISO 8601 "YYYY-MM-DD"
    std::string category; // J, "N1"
    std::string energy = "GO"; // P.3 before conversion
    bool collectorVehicle = false; // "véhicule de collection" mention (FR-06)
    bool manufacturerAgreement = false; // Renault technical agreement on file (FR-04)
    std::string nationalGenre; // J.1, e.g. "CTTE", "VASP" (may be empty)
    std::string bodyWork; // J.3, e.g. "FOURGON" (may be empty)
    std::string registrationStatus = "fr-definitive"; // FR-02: fr-definitive, fr-ww, fr-w, foreign
    std::optional<int> seats; // S.1
};

// A part with its mass and longitudinal position (+ behind the front axle).
struct PlacedPart {
    std::string id;
    std::string name;
    units::Mass mass;
    units::Length positionFromFrontAxle;
};

struct KitSelection {
    std::string motorId, inverterId, reducerId, batteryModuleId, chargerId, dcdcId;
    std::optional<double> reducerRatio; // overrides the reducer's catalog ratio
    std::optional<units::Velocity> speedLimiter; // set in the motor controller; caps v_max (WLTP §9)
    int modulesInSeries = 0;
    int stringsInParallel = 0;
    units::Dimensionless socMin = units::ratio(0.05), socMax = units::ratio(0.95);
    std::optional<DcChargingInput> dcCharging;
    AuxLoads aux;
    RegenPolicy regen;
    // Where the kit sits (+ behind the front axle); defaults depend on the drive layout.
    std::optional<units::Length> motorPosition, inverterPosition, batteryPosition, chargerPosition, dcdcPosition;
    std::vector<PlacedPart> extraParts; // HV cabling, cooling, brackets, housings …
    // Second-life modules measured on the bench. When given, they are assigned to the strings
    // (second_life.h) and the pack's capacity is that of the assignment: each string is as strong
    // as its weakest module.
    std::vector<MeasuredModule> measuredModules;
    AcceptanceThresholds moduleAcceptance;
};

struct PayloadSpec {
    std::string name;
    units::Mass payload; // on top of the converted mass in running order
};

struct OperationSettings {
    std::vector<PayloadSpec> payloads; // empty → empty / half / full to GVW
    std::optional<units::Length> payloadPosition; // empty → load-space centre
    units::Temperature ambient = units::celsius(20.0);
    units::Length altitude = units::metres(0.0);
    // Cycle ids; "wltc-auto" stands for the WLTC class the regulation assigns (WL-01/02).
    std::vector<std::string> cycles { "wltc-auto", "vecto-urban-delivery-3.5t", "vecto-regional-delivery-3.5t" };
};

struct HomologationSettings {
    // Which electric power FR-07 compares. Empty: the rule set's choice (a parameter pending
    // legal confirmation); set: this design's choice, used by both sizing and the check.
    std::optional<PowerBasis> powerBasis;
    std::string conversionDate; // ISO 8601; empty → today at evaluation
    bool acDcGalvanicallyConnected = true; // inverter-fed motor: DC and AC buses connected
    bool acDoubleProtection = false;
    std::optional<Dimensions> dimensionsAfter; // measured after conversion; default: unchanged
    std::optional<units::Mass> gvwAfter; // F.1 after conversion; default: unchanged
    std::string installerHabilitationValidUntil; // ISO 8601, FR-19; empty: not recorded
    // Mass of the optional equipment of the lightest and the heaviest vehicle of the WLTP
    // interpolation family (GTR 15 Annex 4 §4.2.1.3.1): TM_L and TM_H. Default 0 (one vehicle).
    units::Mass wltpOptionalEquipmentLow = units::kilograms(0.0), wltpOptionalEquipmentHigh = units::kilograms(0.0);
    std::map<std::string, EvidenceRecord> evidence; // by evidence id (rules.h, namespace evidence)
};

struct RetrofitDesign {
    std::string name;
    std::string variantId;
    std::string engineId;
    VehicleOverrides overrides;
    std::optional<CoastDownOverride> coastDown;
    IdentityInput identity;
    std::optional<std::vector<PlacedPart>> removedParts; // empty → the variant's catalog list
    KitSelection kit;
    OperationSettings operation;
    Requirements requirements;
    HomologationSettings homologation;
};

// The design with every id looked up and every override applied.
struct ResolvedDesign {
    VehicleVariant variant; // catalog figures with the overrides applied
    EngineOption engine;
    std::vector<PlacedPart> removedParts;
    std::vector<PlacedPart> addedParts; // kit components and extra parts, placed
    Reducer reducer;
    std::optional<SecondLifeResult> secondLife; // when measured modules are given
    RetrofitDesignInput input; // ready for evaluate()
};

// Throws InputError naming the design field ("kit.motor_id", …) for unknown ids, counts out of
// range, or an engine that the variant does not list.
ResolvedDesign resolveDesign(const RetrofitDesign &design, const CatalogSet &catalog);

// Replaces "wltc-auto" with the WLTC cycle id the regulation assigns to this design.
std::vector<std::string> resolveCycleIds(const RetrofitDesign &design, const ResolvedDesign &resolved);

// Problems that make the design unbuildable as specified, each naming the design field and the
// accepted range: the pack's voltage window outside the inverter's or the motor's DC range.
std::vector<FieldError> designErrors(const ResolvedDesign &resolved);

struct DesignEvaluation {
    ResolvedDesign resolved;
    std::vector<std::string> cycleIds; // as run ("wltc-auto" resolved)
    EvaluationResult result;
};

// The part of evaluateDesign before any cycle is run: the resolved design, the engineering input
// with its axle geometry, payload cases and cycle ids set, and the cycle-free sizing pass (mass,
// WLTC class, motor and battery checks). The kit finder prepares once per hardware combination
// and then runs the cycles once per reduction ratio. Throws InputError like evaluateDesign.
struct DesignPreparation {
    ResolvedDesign resolved;
    RetrofitDesignInput input; // ready for evaluate() with the cycles of cycleIds
    EvaluationResult sized; // evaluate() without cycles
    std::vector<std::string> cycleIds; // "wltc-auto" resolved
};
DesignPreparation prepareDesignEvaluation(const RetrofitDesign &design, const CatalogSet &catalog);

// Resolves the design, picks the cycles and payload cases, and evaluates everything.
// `loadCycle` returns the drive cycle for an id or throws InputError for an unknown one.
DesignEvaluation evaluateDesign(const RetrofitDesign &design, const CatalogSet &catalog,
                                const std::function<DriveCycle(const std::string &)> &loadCycle,
                                bool recordTraces = false); // per-second SOC and power, for charts

// A complete, valid design on catalog entries that exist in the bundled catalogs.
RetrofitDesign exampleDesign();

} // namespace remaster::model
