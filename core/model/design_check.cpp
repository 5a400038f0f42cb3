#include "model/design_check.h"

#include <algorithm>

namespace remaster::model {

MassBalanceInput designMassBalanceInput(const RetrofitDesign &design, const ResolvedDesign &resolved)
{
    MassBalanceInput in;
    in.vehicle = originalVehicleFromVariant(resolved.variant);
    const MassItemOrigin removedOrigin = design.removedParts ? MassItemOrigin::User : MassItemOrigin::Catalog;
    for (const auto &p : resolved.removedParts)
        in.items.push_back(
            { p.id, p.name, p.mass, p.positionFromFrontAxle, std::nullopt, removedOrigin, MassItemCategory::Removed });
    // The kit's own components come from the catalog; extra parts (cabling, housings …) are the
    // engineer's figures.
    const std::size_t catalogParts = resolved.addedParts.size() - design.kit.extraParts.size();
    for (std::size_t i = 0; i < resolved.addedParts.size(); ++i) {
        const auto &p = resolved.addedParts[i];
        in.items.push_back({ p.id, p.name, p.mass, p.positionFromFrontAxle, std::nullopt,
                             i < catalogParts ? MassItemOrigin::Catalog : MassItemOrigin::User,
                             MassItemCategory::Added });
    }
    if (design.operation.payloadPosition)
        in.customPayloadPosition = design.operation.payloadPosition;
    return in;
}

MassBalanceResult designMassBalance(const RetrofitDesign &design, const ResolvedDesign &resolved)
{
    return computeMassBalance(designMassBalanceInput(design, resolved));
}

VehicleIdentity designIdentity(const RetrofitDesign &design, const ResolvedDesign &resolved)
{
    const IdentityInput &in = design.identity;
    VehicleIdentity id;
    id.vin = normaliseVin(in.vin);
    if (const auto date = parseIsoDate(in.firstRegistrationDate))
        id.firstRegistration = *date;
    id.category = in.category.empty() ? resolved.variant.category : in.category;
    id.nationalGenre = in.nationalGenre;
    id.bodyWork = in.bodyWork;
    id.gvw = resolved.variant.gvw.value;
    id.massInRunningOrder = resolved.variant.massInRunningOrder.value;
    id.maxNetPower = resolved.engine.power.value;
    id.energy = in.energy;
    id.seats = in.seats;
    RegistrationStatus status = RegistrationStatus::FrenchDefinitive;
    registrationStatusFromCode(in.registrationStatus, status);
    id.registration = status;
    id.collectorVehicle = in.collectorVehicle;
    return id;
}

RuleInput designRuleInput(const RetrofitDesign &design, const DesignEvaluation &ev, const Date &today)
{
    std::vector<FieldError> errors;
    const ResolvedDesign &r = ev.resolved;
    RuleInput in;
    in.identity = designIdentity(design, r);
    if (!parseIsoDate(design.identity.firstRegistrationDate))
        errors.push_back({ "vehicle.identity.first_registration_date",
                           QT_TRANSLATE_NOOP("Model", "is required for the homologation check, as YYYY-MM-DD"),
                           {},
                           design.identity.firstRegistrationDate });
    RegistrationStatus status;
    if (!registrationStatusFromCode(design.identity.registrationStatus, status))
        errors.push_back({ "vehicle.identity.registration_status",
                           QT_TRANSLATE_NOOP("Model", "is not a registration status"),
                           "fr-definitive, fr-ww, fr-w, foreign", design.identity.registrationStatus });
    in.evaluationDate = today;
    in.conversionDate = today;
    if (!design.homologation.conversionDate.empty()) {
        if (const auto d = parseIsoDate(design.homologation.conversionDate))
            in.conversionDate = *d;
        else
            errors.push_back({ "homologation.conversion_date", QT_TRANSLATE_NOOP("Model", "is not a valid date"),
                               "YYYY-MM-DD", design.homologation.conversionDate });
    }
    if (!design.homologation.installerHabilitationValidUntil.empty()) {
        if (const auto d = parseIsoDate(design.homologation.installerHabilitationValidUntil))
            in.installerHabilitationValidUntil = *d;
        else
            errors.push_back({ "homologation.installer_habilitation_valid_until",
                               QT_TRANSLATE_NOOP("Model", "is not a valid date"), "YYYY-MM-DD",
                               design.homologation.installerHabilitationValidUntil });
    }
    if (!errors.empty())
        throw InputError(errors);
    in.manufacturerAgreement = design.identity.manufacturerAgreement;

    const VehicleVariant &v = r.variant;
    in.dimensionsBefore = { v.overallLength.value, v.overallWidth.value, v.overallHeight.value, v.wheelbase.value };
    in.dimensionsAfter = design.homologation.dimensionsAfter.value_or(in.dimensionsBefore);
    in.gvwAfter = design.homologation.gvwAfter.value_or(v.gvw.value);
    in.massBalance = designMassBalance(design, r);
    // The drivetrain's power is what the motor can give through this inverter (the same figure
    // the sizing compares): a 160 kW motor on a 110 kW inverter delivers 110 kW.
    const auto &kit = r.input.kit;
    in.motorPeakPower = std::min(kit.motor.peakPower.value, kit.inverter.peakPower.value);
    in.motorContinuousPower = std::min(kit.motor.continuousPower.value, kit.inverter.continuousPower.value);
    in.maxVehicleSpeed = ev.result.motor.reachableTopSpeed;
    in.packMaxVoltage = r.input.kit.module.maxVoltage.value * static_cast<double>(r.input.kit.modulesInSeries);
    in.acDcGalvanicallyConnected = design.homologation.acDcGalvanicallyConnected;
    in.acDoubleProtection = design.homologation.acDoubleProtection;
    in.evidence = design.homologation.evidence;
    return in;
}

DesignCheck checkDesign(const RetrofitDesign &design, const DesignEvaluation &evaluation,
                        const RuleSetParameters &rules, const Date &today)
{
    const RuleInput input = designRuleInput(design, evaluation, today);
    RuleSetParameters parameters = rules;
    if (design.homologation.powerBasis)
        parameters.powerBasis.value = *design.homologation.powerBasis;
    return { input.massBalance, evaluateRules(input, parameters) };
}

} // namespace remaster::model
