#include "sheethash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace remaster::storage {

QJsonObject SheetHash::content(const QString &sheetNumber, const SheetRevision &r)
{
    QJsonArray bom;
    for (const BomLine &b : r.bom)
        bom.append(QJsonObject { { QStringLiteral("part_number"), b.partNumber },
                                 { QStringLiteral("description"), b.description },
                                 { QStringLiteral("quantity"), b.quantity },
                                 { QStringLiteral("mass_kg"), b.massKg },
                                 { QStringLiteral("position_mm"), b.positionMm },
                                 { QStringLiteral("serial_numbers"), QJsonArray::fromStringList(b.serialNumbers) } });
    QJsonArray steps;
    for (const WorkStep &s : r.steps)
        steps.append(QJsonObject { { QStringLiteral("step_id"), s.stepId },
                                   { QStringLiteral("text_en"), s.textEn },
                                   { QStringLiteral("text_fr"), s.textFr },
                                   { QStringLiteral("hv_safety"), s.hvSafety },
                                   { QStringLiteral("required_value"), s.requiredValue },
                                   { QStringLiteral("measured_value"), s.measuredValue },
                                   { QStringLiteral("done"), s.done },
                                   { QStringLiteral("done_by"), s.doneBy },
                                   { QStringLiteral("done_at"), s.doneAt } });
    QJsonArray signOffs;
    for (const SignOff &s : r.signOffs)
        signOffs.append(QJsonObject { { QStringLiteral("role"), signOffRoleCode(s.role) },
                                      { QStringLiteral("name"), s.name },
                                      { QStringLiteral("signed_at"), s.signedAt },
                                      { QStringLiteral("from_status"), sheetStatusCode(s.fromStatus) },
                                      { QStringLiteral("to_status"), sheetStatusCode(s.toStatus) } });
    return { { QStringLiteral("sheet_number"), sheetNumber },
             { QStringLiteral("revision"), r.revision },
             { QStringLiteral("status"), sheetStatusCode(r.status) },
             { QStringLiteral("customer"), r.customer },
             { QStringLiteral("vin"), r.vin },
             { QStringLiteral("registration"), r.registration },
             { QStringLiteral("first_registration_date"), r.firstRegistrationDate },
             { QStringLiteral("variant_id"), r.variantId },
             { QStringLiteral("design"), r.design },
             { QStringLiteral("snapshot"), r.snapshot },
             { QStringLiteral("ruleset_version"), r.rulesetVersion },
             { QStringLiteral("vehicles_catalog_version"), r.vehiclesCatalogVersion },
             { QStringLiteral("components_catalog_version"), r.componentsCatalogVersion },
             { QStringLiteral("bom"), bom },
             { QStringLiteral("work_steps"), steps },
             { QStringLiteral("notes"), r.notes },
             { QStringLiteral("sign_offs"), signOffs },
             { QStringLiteral("created_at"), r.createdAt },
             { QStringLiteral("previous_hash"), r.previousHash } };
}

QByteArray SheetHash::canonical(const QString &sheetNumber, const SheetRevision &revision)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical for equal content.
    return QByteArrayLiteral("remaster-sheet-revision/1\n")
        + QJsonDocument(content(sheetNumber, revision)).toJson(QJsonDocument::Compact);
}

QString SheetHash::compute(const QString &sheetNumber, const SheetRevision &revision)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(sheetNumber, revision), QCryptographicHash::Sha256).toHex());
}

} // namespace remaster::storage
