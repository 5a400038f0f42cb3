// A build sheet as plain data: the record of one van's conversion (issue 5). No SQL here; the
// storage layer (SheetRepository) reads and writes it, sheethash.h seals it, sheetjson.h moves
// it between databases.
//
// A sheet is a chain of revisions. A revision in Draft or In review may still be edited; one that
// reached Approved (or Built, Archived) is sealed: it never changes again, and every later change
// (a correction, the workshop's build record, archiving) is a new revision whose hash is chained
// to the previous one.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remaster::storage {

enum class SheetStatus { Draft, InReview, Approved, Built, Archived };

// "draft", "in-review", "approved", "built", "archived": the codes stored and exported.
QString sheetStatusCode(SheetStatus s);
std::optional<SheetStatus> sheetStatusFromCode(const QString &code);
QString sheetStatusLabel(SheetStatus s); // translated, for people
// Sealed revisions (Approved, Built, Archived) are immutable.
bool isSealedStatus(SheetStatus s);
// The workflow: Draft → In review → Approved → Built → Archived, In review → Draft (sent back),
// Draft → Archived (abandoned). Editing an Approved or Built sheet opens a new Draft revision.
bool isAllowedTransition(SheetStatus from, SheetStatus to);
QList<SheetStatus> allowedTransitions(SheetStatus from);

enum class SignOffRole { Engineer, WorkshopLead, Homologation };
QString signOffRoleCode(SignOffRole r); // "engineer", "workshop-lead", "homologation"
std::optional<SignOffRole> signOffRoleFromCode(const QString &code);

struct BomLine {
    QString partNumber;
    QString description;
    double quantity = 1;
    double massKg = 0; // total mass of the line
    double positionMm = 0; // longitudinal position, + behind the front axle
    QStringList serialNumbers; // e.g. one per second-life battery module
    bool operator==(const BomLine &) const = default;
};

struct WorkStep {
    QString stepId; // "hv-lockout", stable across languages
    QString textEn;
    QString textFr;
    bool hvSafety = false;
    QString requiredValue; // e.g. "≥ 200 kΩ (500 Ω/V × 400 V)"; empty when nothing is measured
    QString measuredValue;
    bool done = false;
    QString doneBy;
    QString doneAt; // ISO 8601 UTC
    bool operator==(const WorkStep &) const = default;
};

struct SignOff {
    SignOffRole role = SignOffRole::Engineer;
    QString name;
    QString signedAt; // ISO 8601 UTC
    SheetStatus fromStatus = SheetStatus::Draft;
    SheetStatus toStatus = SheetStatus::Draft;
    // The database user who signed (PostgreSQL's session user; the OS user on SQLite), beside
    // the typed name. Not part of the revision hash. Empty in sheets signed before schema 3.
    QString dbUser;
    bool operator==(const SignOff &) const = default;
};

// One revision: everything a sheet says at one point of its life.
struct SheetRevision {
    int revision = 0; // 1, 2, … within the sheet
    SheetStatus status = SheetStatus::Draft;
    QString customer;
    QString vin;
    QString registration;
    QString firstRegistrationDate; // ISO 8601 "YYYY-MM-DD" or empty
    QString variantId;
    QJsonObject design; // the design JSON (docs/design-format.md)
    QJsonObject snapshot; // frozen evaluation (EvaluationJson) + "rules": [{rule_id, status, …}]
    QString rulesetVersion;
    QString vehiclesCatalogVersion;
    QString componentsCatalogVersion;
    QList<BomLine> bom;
    QList<WorkStep> steps;
    QString notes;
    QList<SignOff> signOffs;
    QString createdAt; // ISO 8601 UTC
    QString previousHash; // hex SHA-256 of the previous revision; 64 zeros for the first
    QString hash; // hex SHA-256 of this revision's canonical content

    // The rule results of the snapshot whose status is "fail" (they block approval).
    QStringList failingRules() const;
    bool operator==(const SheetRevision &) const = default;
};

// The identity of a sheet plus its revisions (oldest first). `status` and the searchable fields
// of the list follow the latest revision.
struct BuildSheet {
    QString number; // "2026-0001"
    QString createdAt;
    QList<SheetRevision> revisions;

    const SheetRevision &latest() const { return revisions.last(); }
    bool isValid() const { return !number.isEmpty() && !revisions.isEmpty(); }
};

// A row of the sheet list (the latest revision's fields), as the list model and `sheet list` show it.
struct SheetSummary {
    qint64 id = 0;
    QString number;
    SheetStatus status = SheetStatus::Draft;
    int revision = 0;
    QString customer;
    QString vin;
    QString registration;
    QString variantId;
    QString createdAt;
    QString updatedAt;
};

// The strings of this layer that people read, in one translation context.
class SheetText
{
    Q_DECLARE_TR_FUNCTIONS(SheetText)
public:
    static bool isValidNumber(const QString &number); // "YYYY-NNNN" (4 to 6 digits after the dash)
};

} // namespace remaster::storage
