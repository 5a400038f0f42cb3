// The vehicle as its registration certificate describes it (EU harmonised fields, arrêté du
// 9 février 2009 Annex III; regulation.md §1.1 "Registration-certificate fields"). These figures
// override catalog values in the homologation checks: the legal limits of the retrofit decree are
// stated against the certificate (FR-03 against B, FR-07 against P.2, FR-09 against F.1).
//
// Plain C++ (no Qt): dates are a small struct with calendar validation.
#pragma once

#include "model/errors.h"
#include "model/units.h"

#include <compare>
#include <optional>
#include <string>
#include <vector>

namespace remaster::model {

// A calendar date (proleptic Gregorian). Compared field by field, so FR-03's "5 years" is a
// full-date comparison, never a year subtraction.
struct Date {
    int year = 0;
    int month = 0; // 1 … 12
    int day = 0; // 1 … days in month

    auto operator<=>(const Date &) const = default;
    bool operator==(const Date &) const = default;
};

bool isLeapYear(int year);
int daysInMonth(int year, int month); // 0 for a month outside 1 … 12
bool isValidDate(const Date &d); // year 1900 … 2200, month and day within the calendar
std::string toIsoString(const Date &d); // "2020-03-13"
// Strict "YYYY-MM-DD"; std::nullopt for anything else or an impossible date (2023-02-29).
std::optional<Date> parseIsoDate(const std::string &text);
// Same month and day `years` later. 29 February of a leap year lands on 28 February of a
// common year: a period expressed in years ends on the last day of the month when the
// anniversary day does not exist (French rule for computing periods, art. 641 CPC; the decree
// itself does not say — documented convention).
Date addYears(const Date &d, int years);
// Days since 1970-01-01 (negative before); b − a in days is daysSinceEpoch(b) − daysSinceEpoch(a).
long long daysSinceEpoch(const Date &d);

// Registration status (FR-02: "registered in France in a definitive series").
enum class RegistrationStatus { FrenchDefinitive, FrenchTemporaryWW, FrenchGarageW, Foreign };
const char *registrationStatusCode(RegistrationStatus s); // "fr-definitive", "fr-ww", "fr-w", "foreign"
bool registrationStatusFromCode(const std::string &s, RegistrationStatus &out);

struct VehicleIdentity {
    std::string vin; // E: 17 characters, A–Z 0–9 without I, O, Q
    Date firstRegistration; // B
    std::string category; // J: "N1", "N2", "M1" …
    std::string nationalGenre; // J.1: "CTTE", "VASP", "VP" … (may be empty)
    std::string bodyWork; // J.3 / national body: "FOURGON", "DEPANNAGE" … (may be empty)
    units::Mass gvw; // F.1 technically permissible maximum laden mass
    units::Mass massInRunningOrder; // G mass in service (incl. 75 kg driver, EU-03)
    units::Power maxNetPower; // P.2 maximum net power
    std::string energy; // P.3: "GO", "ES", … (Annex VI codes)
    std::optional<int> seats; // S.1, incl. driver
    RegistrationStatus registration = RegistrationStatus::FrenchDefinitive;
    bool collectorVehicle = false; // "véhicule de collection" mention (FR-06)
};

// Which VIN prefixes are accepted. Default: Renault's WMIs only.
//   VF1 — Renault (ISO 3780 WMI, every Master III/IV built at Batilly carries it);
//   VF6 — Renault Trucks / RVI (Renault Trucks sold the Master under its own brand). The public
//         WMI lists read for this (code search) disagree on VF6 (some map it to PSA brands), so
//         it is accepted but documented as less certain.
// Opel/Vauxhall Movano B and Nissan NV400 (Batilly-built twins) are NOT accepted by default: no
// source for their WMIs was read. Add them here once confirmed from a certificate of conformity.
struct IdentityValidationOptions {
    std::vector<std::string> acceptedWmis { "VF1", "VF6" };
};

// Codes of field J that the model knows (EU categories, Reg. (EU) 2018/858 art. 4; L from
// Reg. (EU) 168/2013). Eligibility (FR-01) is a rule; an unknown code is an input error.
bool isKnownCategory(const std::string &j);
// Codes of field P.3 (arrêté du 9 février 2009 Annex VI).
bool isKnownEnergyCode(const std::string &p3);
// True when the code includes a spark- or compression-ignition engine (FR-05): every Annex VI
// code except EL (electricity), AC (compressed air) and H2 (hydrogen: fuel cell or engine, not
// decidable from the code — false here, the rule asks for evidence).
bool energyIsThermal(const std::string &p3);

// Upper-cases and removes spaces and dashes: the edge's normalisation of typed VINs.
std::string normaliseVin(const std::string &typed);

// Errors for the VIN alone, field "vehicle.identity.vin". The ISO 3779 check digit (position 9)
// is deliberately NOT checked: it is mandatory in North America only, and European VINs often
// carry a letter or an arbitrary digit there.
std::vector<FieldError> vinErrors(const std::string &vin, const IdentityValidationOptions &opt = {});

// Every problem of the identity, each naming its field ("vehicle.identity.<field>") and the
// accepted range. `today` is the reference for "date in the future"; `conversionDate`, when
// given, must not be before the first registration.
std::vector<FieldError> identityErrors(const VehicleIdentity &id, const Date &today,
                                       const std::optional<Date> &conversionDate = {},
                                       const IdentityValidationOptions &opt = {});
// Throws InputError with identityErrors() when there is any.
void validateIdentity(const VehicleIdentity &id, const Date &today, const std::optional<Date> &conversionDate = {},
                      const IdentityValidationOptions &opt = {});

} // namespace remaster::model
