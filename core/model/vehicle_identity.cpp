#include "model/vehicle_identity.h"

#include "model/road_load.h" // detail::requireRange / fmt

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace remaster::model {

using detail::requireRange;

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kDays { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool isValidDate(const Date &d)
{
    return d.year >= 1900 && d.year <= 2200 && d.month >= 1 && d.month <= 12 && d.day >= 1
        && d.day <= daysInMonth(d.year, d.month);
}

std::string toIsoString(const Date &d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::optional<Date> parseIsoDate(const std::string &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    for (std::size_t i : { 0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u })
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return std::nullopt;
    const Date d { std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), std::stoi(text.substr(8, 2)) };
    if (!isValidDate(d))
        return std::nullopt;
    return d;
}

Date addYears(const Date &d, int years)
{
    Date r { d.year + years, d.month, d.day };
    r.day = std::min(r.day, daysInMonth(r.year, r.month));
    return r;
}

long long daysSinceEpoch(const Date &d)
{
    // Howard Hinnant's days_from_civil (public-domain algorithm), exact for the Gregorian calendar.
    const long long y = d.year - (d.month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long mp = (d.month + 9) % 12;
    const long long doy = (153 * mp + 2) / 5 + d.day - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

const char *registrationStatusCode(RegistrationStatus s)
{
    switch (s) {
    case RegistrationStatus::FrenchDefinitive: return "fr-definitive";
    case RegistrationStatus::FrenchTemporaryWW: return "fr-ww";
    case RegistrationStatus::FrenchGarageW: return "fr-w";
    case RegistrationStatus::Foreign: return "foreign";
    }
    return "";
}

bool registrationStatusFromCode(const std::string &s, RegistrationStatus &out)
{
    for (auto v : { RegistrationStatus::FrenchDefinitive, RegistrationStatus::FrenchTemporaryWW,
                    RegistrationStatus::FrenchGarageW, RegistrationStatus::Foreign })
        if (s == registrationStatusCode(v)) {
            out = v;
            return true;
        }
    return false;
}

namespace {
bool contains(std::initializer_list<const char *> list, const std::string &s)
{
    return std::any_of(list.begin(), list.end(), [&](const char *c) { return s == c; });
}
} // namespace

bool isKnownCategory(const std::string &j)
{
    return contains(
        { "M1", "M2", "M3", "N1", "N2", "N3", "O1", "O2", "O3", "O4", "L1e", "L2e", "L3e", "L4e", "L5e", "L6e", "L7e" },
        j);
}

bool isKnownEnergyCode(const std::string &p3)
{
    // arrêté du 9 février 2009 Annex VI, complete list.
    return contains({ "ES", "EG", "EN", "EE", "ER", "EM", "EH", "EQ", "EP", "FE", "FG", "FN",
                      "FL", "GO", "GL", "GH", "GF", "GM", "GQ", "GP", "PE", "PH", "GN", "NE",
                      "NH", "EL", "ET", "GA", "GZ", "GG", "GE", "PL", "AC", "H2" },
                    p3);
}

bool energyIsThermal(const std::string &p3)
{
    return isKnownEnergyCode(p3) && !contains({ "EL", "AC", "H2" }, p3);
}

std::string normaliseVin(const std::string &typed)
{
    std::string out;
    for (char c : typed) {
        if (c == ' ' || c == '-')
            continue;
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

std::vector<FieldError> vinErrors(const std::string &vin, const IdentityValidationOptions &opt)
{
    const std::string field = "vehicle.identity.vin";
    std::vector<FieldError> errs;
    if (vin.size() != 17) {
        errs.push_back({ field, QT_TRANSLATE_NOOP("Model", "a VIN has exactly 17 characters"), "17 characters",
                         std::to_string(vin.size()) + " characters" });
        return errs;
    }
    for (char c : vin) {
        const bool digit = c >= '0' && c <= '9';
        const bool letter = c >= 'A' && c <= 'Z';
        if (c == 'I' || c == 'O' || c == 'Q') {
            // ISO 3779 §5.5: I, O and Q are never used (confusion with 1 and 0).
            errs.push_back({ field, QT_TRANSLATE_NOOP("Model", "a VIN never contains the letters I, O or Q"),
                             "A–Z except I, O, Q; 0–9", std::string(1, c) });
            return errs;
        }
        if (!digit && !letter) {
            errs.push_back({ field, QT_TRANSLATE_NOOP("Model", "a VIN has only capital letters and digits"),
                             "A–Z except I, O, Q; 0–9", std::string(1, c) });
            return errs;
        }
    }
    const std::string wmi = vin.substr(0, 3);
    if (std::find(opt.acceptedWmis.begin(), opt.acceptedWmis.end(), wmi) == opt.acceptedWmis.end()) {
        std::string accepted;
        for (const auto &w : opt.acceptedWmis)
            accepted += (accepted.empty() ? "" : ", ") + w;
        errs.push_back({ field,
                         QT_TRANSLATE_NOOP("Model", "the manufacturer code (first 3 characters) is not Renault's"),
                         accepted, wmi });
    }
    return errs;
}

std::vector<FieldError> identityErrors(const VehicleIdentity &id, const Date &today,
                                       const std::optional<Date> &conversionDate, const IdentityValidationOptions &opt)
{
    const std::string p = "vehicle.identity.";
    std::vector<FieldError> errs = vinErrors(id.vin, opt);
    const bool regValid = isValidDate(id.firstRegistration);
    if (!regValid)
        errs.push_back({ p + "first_registration", QT_TRANSLATE_NOOP("Model", "is not a valid calendar date"),
                         "1900-01-01 … " + toIsoString(today), toIsoString(id.firstRegistration) });
    else if (id.firstRegistration > today)
        errs.push_back({ p + "first_registration", QT_TRANSLATE_NOOP("Model", "is in the future"),
                         "1900-01-01 … " + toIsoString(today), toIsoString(id.firstRegistration) });
    if (conversionDate) {
        if (!isValidDate(*conversionDate))
            errs.push_back({ "conversion_date", QT_TRANSLATE_NOOP("Model", "is not a valid calendar date"),
                             "1900-01-01 … 2200-12-31", toIsoString(*conversionDate) });
        else if (regValid && *conversionDate < id.firstRegistration)
            errs.push_back({ "conversion_date",
                             QT_TRANSLATE_NOOP("Model", "is before the date of first registration (B)"),
                             toIsoString(id.firstRegistration) + " or later", toIsoString(*conversionDate) });
    }
    if (!isKnownCategory(id.category))
        errs.push_back({ p + "category", QT_TRANSLATE_NOOP("Model", "is not an EU vehicle category"),
                         "M1, M2, M3, N1, N2, N3, O1…O4, L1e…L7e", id.category });
    if (!isKnownEnergyCode(id.energy))
        errs.push_back({ p + "energy",
                         QT_TRANSLATE_NOOP("Model", "is not an energy code of the registration certificate"),
                         "GO, ES, EL, GP, GN, … (arrêté 9/02/2009 Annex VI)", id.energy });
    const double gvw = units::inKilograms(id.gvw);
    const double mro = units::inKilograms(id.massInRunningOrder);
    requireRange(errs, p + "gvw", gvw, 400.0, 44000.0, "kg");
    requireRange(errs, p + "mass_in_running_order", mro, 300.0, 44000.0, "kg");
    requireRange(errs, p + "max_net_power", units::inKilowatts(id.maxNetPower), 1.0, 1000.0, "kW");
    if (id.seats)
        requireRange(errs, p + "seats", *id.seats, 1.0, 100.0, "");
    // Same strictness as the catalog (catalog_validation.cpp): a GVW at or below the mass in
    // running order leaves no payload at all and is a data-entry error, never a passing check.
    if (!std::isnan(gvw) && !std::isnan(mro) && !(gvw > mro))
        errs.push_back({ p + "gvw", QT_TRANSLATE_NOOP("Model", "must be above the mass in running order (G)"),
                         "> " + detail::fmt(mro) + " kg", detail::fmt(gvw) + " kg" });
    return errs;
}

void validateIdentity(const VehicleIdentity &id, const Date &today, const std::optional<Date> &conversionDate,
                      const IdentityValidationOptions &opt)
{
    auto errs = identityErrors(id, today, conversionDate, opt);
    detail::throwIf(errs);
}

} // namespace remaster::model
