#include "sheetjson.h"

#include "jsonenvelope.h"
#include "sheethash.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace remaster::storage {
namespace {

// Reads typed fields of one JSON object, remembering the first problem with its path.
class Fields
{
public:
    Fields(const QJsonObject &o, QString path, QString *error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    bool fail(const QString &key, const QString &message) const
    {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("%1: %2").arg(at(key), message);
        return false;
    }

    bool has(const QString &key) const
    {
        if (m_o.contains(key))
            return true;
        return fail(key, SheetJson::tr("is missing"));
    }

    QString text(const QString &key) const
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_o.value(key);
        if (!v.isString()) {
            fail(key, SheetJson::tr("must be a text"));
            return {};
        }
        return v.toString();
    }

    // A text that files written before it existed may lack: empty then.
    QString optionalText(const QString &key) const { return m_o.contains(key) ? text(key) : QString(); }

    double number(const QString &key, double min, double max) const
    {
        if (!has(key))
            return 0;
        const QJsonValue v = m_o.value(key);
        if (!v.isDouble()) {
            fail(key, SheetJson::tr("must be a number"));
            return 0;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max)
            fail(key, SheetJson::tr("must be between %1 and %2").arg(min).arg(max));
        return d;
    }

    int integer(const QString &key, int min, int max) const
    {
        const double d = number(key, min, max);
        if (d != std::floor(d))
            fail(key, SheetJson::tr("must be a whole number"));
        return static_cast<int>(d);
    }

    bool boolean(const QString &key) const
    {
        if (!has(key))
            return false;
        const QJsonValue v = m_o.value(key);
        if (!v.isBool())
            fail(key, SheetJson::tr("must be true or false"));
        return v.toBool();
    }

    QJsonObject object(const QString &key) const
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_o.value(key);
        if (!v.isObject())
            fail(key, SheetJson::tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QString &key) const
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_o.value(key);
        if (!v.isArray())
            fail(key, SheetJson::tr("must be an array"));
        return v.toArray();
    }

    QJsonObject element(const QJsonArray &a, const QString &key, int i) const
    {
        if (!a.at(i).isObject())
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), SheetJson::tr("must be an object"));
        return a.at(i).toObject();
    }

private:
    QJsonObject m_o;
    QString m_path;
    QString *m_error;
};

SheetStatus statusField(const Fields &f, const QString &key)
{
    const QString code = f.text(key);
    const auto s = sheetStatusFromCode(code);
    if (!s)
        f.fail(key, SheetJson::tr("'%1' is not a status (draft, in-review, approved, built, archived)").arg(code));
    return s.value_or(SheetStatus::Draft);
}

bool isHex64(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

SheetRevision readRevision(const QJsonObject &o, const QString &path, const QString &number, QString *error)
{
    const Fields f(o, path, error);
    SheetRevision r;
    if (f.text(QStringLiteral("sheet_number")) != number && error->isEmpty())
        f.fail(QStringLiteral("sheet_number"), SheetJson::tr("does not match the sheet's number %1").arg(number));
    r.revision = f.integer(QStringLiteral("revision"), 1, 1000000);
    r.status = statusField(f, QStringLiteral("status"));
    r.customer = f.text(QStringLiteral("customer"));
    r.vin = f.text(QStringLiteral("vin"));
    r.registration = f.text(QStringLiteral("registration"));
    r.firstRegistrationDate = f.text(QStringLiteral("first_registration_date"));
    r.variantId = f.text(QStringLiteral("variant_id"));
    r.design = f.object(QStringLiteral("design"));
    r.snapshot = f.object(QStringLiteral("snapshot"));
    r.rulesetVersion = f.text(QStringLiteral("ruleset_version"));
    r.vehiclesCatalogVersion = f.text(QStringLiteral("vehicles_catalog_version"));
    r.componentsCatalogVersion = f.text(QStringLiteral("components_catalog_version"));
    r.notes = f.text(QStringLiteral("notes"));
    r.createdAt = f.text(QStringLiteral("created_at"));
    r.previousHash = f.text(QStringLiteral("previous_hash"));
    r.hash = f.text(QStringLiteral("hash"));
    const QJsonArray bom = f.array(QStringLiteral("bom"));
    for (int i = 0; i < bom.size() && error->isEmpty(); ++i) {
        const QString p = f.at(QStringLiteral("bom[%1]").arg(i));
        const Fields b(f.element(bom, QStringLiteral("bom"), i), p, error);
        BomLine line;
        line.partNumber = b.text(QStringLiteral("part_number"));
        line.description = b.text(QStringLiteral("description"));
        line.quantity = b.number(QStringLiteral("quantity"), 0, 1e6);
        line.massKg = b.number(QStringLiteral("mass_kg"), -1e5, 1e5);
        line.positionMm = b.number(QStringLiteral("position_mm"), -1e5, 1e5);
        const QJsonArray serials = b.array(QStringLiteral("serial_numbers"));
        for (int k = 0; k < serials.size(); ++k) {
            if (!serials.at(k).isString())
                b.fail(QStringLiteral("serial_numbers[%1]").arg(k), SheetJson::tr("must be a text"));
            line.serialNumbers.append(serials.at(k).toString());
        }
        r.bom.append(line);
    }
    const QJsonArray steps = f.array(QStringLiteral("work_steps"));
    for (int i = 0; i < steps.size() && error->isEmpty(); ++i) {
        const Fields s(f.element(steps, QStringLiteral("work_steps"), i), f.at(QStringLiteral("work_steps[%1]").arg(i)),
                       error);
        WorkStep w;
        w.stepId = s.text(QStringLiteral("step_id"));
        w.textEn = s.text(QStringLiteral("text_en"));
        w.textFr = s.text(QStringLiteral("text_fr"));
        w.hvSafety = s.boolean(QStringLiteral("hv_safety"));
        w.requiredValue = s.text(QStringLiteral("required_value"));
        w.measuredValue = s.text(QStringLiteral("measured_value"));
        w.done = s.boolean(QStringLiteral("done"));
        w.doneBy = s.text(QStringLiteral("done_by"));
        w.doneAt = s.text(QStringLiteral("done_at"));
        r.steps.append(w);
    }
    const QJsonArray signOffs = f.array(QStringLiteral("sign_offs"));
    for (int i = 0; i < signOffs.size() && error->isEmpty(); ++i) {
        const Fields s(f.element(signOffs, QStringLiteral("sign_offs"), i),
                       f.at(QStringLiteral("sign_offs[%1]").arg(i)), error);
        SignOff so;
        const QString role = s.text(QStringLiteral("role"));
        const auto parsed = signOffRoleFromCode(role);
        if (!parsed)
            s.fail(QStringLiteral("role"),
                   SheetJson::tr("'%1' is not a role (engineer, workshop-lead, homologation)").arg(role));
        so.role = parsed.value_or(SignOffRole::Engineer);
        so.name = s.text(QStringLiteral("name"));
        if (so.name.trimmed().isEmpty())
            s.fail(QStringLiteral("name"), SheetJson::tr("must not be empty"));
        so.signedAt = s.text(QStringLiteral("signed_at"));
        so.fromStatus = statusField(s, QStringLiteral("from_status"));
        so.toStatus = statusField(s, QStringLiteral("to_status"));
        so.dbUser = s.optionalText(QStringLiteral("db_user")); // files before schema 3 lack it
        r.signOffs.append(so);
    }
    return r;
}

} // namespace

QJsonObject SheetJson::writeSheet(const BuildSheet &sheet)
{
    QJsonArray revisions;
    for (const SheetRevision &r : sheet.revisions) {
        QJsonObject o = SheetHash::content(sheet.number, r);
        o.insert(QStringLiteral("hash"), r.hash);
        // Who signed as the database knew them: carried along, outside the hashed content.
        QJsonArray signOffs = o.value(QLatin1String("sign_offs")).toArray();
        for (int i = 0; i < signOffs.size() && i < r.signOffs.size(); ++i) {
            if (r.signOffs.at(i).dbUser.isEmpty())
                continue;
            QJsonObject so = signOffs.at(i).toObject();
            so.insert(QStringLiteral("db_user"), r.signOffs.at(i).dbUser);
            signOffs.replace(i, so);
        }
        o.insert(QStringLiteral("sign_offs"), signOffs);
        revisions.append(o);
    }
    return { { QStringLiteral("number"), sheet.number },
             { QStringLiteral("created_at"), sheet.createdAt },
             { QStringLiteral("revisions"), revisions } };
}

QByteArray SheetJson::write(const QList<BuildSheet> &sheets)
{
    QJsonArray list;
    for (const BuildSheet &s : sheets)
        list.append(writeSheet(s));
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("remaster-sheets") },
                             { QStringLiteral("format_version"), kFormatVersion },
                             { QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                             { QStringLiteral("sheets"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<BuildSheet>> SheetJson::read(const QByteArray &json, QString *error)
{
    QString problem;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        problem = parse.offset >= json.trimmed().size() - 1
            ? tr("the file is truncated (it ends at byte %1 in the middle of the JSON: %2)")
                  .arg(json.size())
                  .arg(parse.errorString())
            : tr("the file is not valid JSON (at byte %1: %2)").arg(parse.offset).arg(parse.errorString());
    } else if (!doc.isObject()) {
        problem = tr("the file must hold one JSON object");
    } else if (const auto key = JsonEnvelope::duplicateKey(json)) {
        problem = tr("the key %1 appears twice (each key once per object)").arg(*key);
    }
    QList<BuildSheet> sheets;
    if (problem.isEmpty()) {
        const QJsonObject root = doc.object();
        const Fields f(root, {}, &problem);
        if (f.text(QStringLiteral("format")) != QLatin1String("remaster-sheets") && problem.isEmpty())
            f.fail(QStringLiteral("format"), tr("must be \"remaster-sheets\""));
        const int version = problem.isEmpty() ? f.integer(QStringLiteral("format_version"), 1, 1000) : 0;
        if (problem.isEmpty() && version != kFormatVersion)
            f.fail(QStringLiteral("format_version"),
                   tr("%1 is not supported (this version reads %2)").arg(version).arg(kFormatVersion));
        const QJsonArray list = problem.isEmpty() ? f.array(QStringLiteral("sheets")) : QJsonArray();
        QSet<QString> seen;
        for (int i = 0; i < list.size() && problem.isEmpty(); ++i) {
            const QString path = QStringLiteral("sheets[%1]").arg(i);
            const Fields s(f.element(list, QStringLiteral("sheets"), i), path, &problem);
            BuildSheet sheet;
            sheet.number = s.text(QStringLiteral("number"));
            if (problem.isEmpty() && !SheetText::isValidNumber(sheet.number))
                s.fail(QStringLiteral("number"), tr("'%1' is not a sheet number (YYYY-NNNN)").arg(sheet.number));
            if (problem.isEmpty() && seen.contains(sheet.number))
                s.fail(QStringLiteral("number"), tr("sheet %1 appears twice in the file").arg(sheet.number));
            seen.insert(sheet.number);
            sheet.createdAt = s.text(QStringLiteral("created_at"));
            const QJsonArray revisions = s.array(QStringLiteral("revisions"));
            if (problem.isEmpty() && revisions.isEmpty())
                s.fail(QStringLiteral("revisions"), tr("must hold at least one revision"));
            QString previous = SheetHash::genesis();
            for (int k = 0; k < revisions.size() && problem.isEmpty(); ++k) {
                const QString rpath = s.at(QStringLiteral("revisions[%1]").arg(k));
                const Fields rf(s.element(revisions, QStringLiteral("revisions"), k), rpath, &problem);
                if (!problem.isEmpty())
                    break;
                SheetRevision r = readRevision(revisions.at(k).toObject(), rpath, sheet.number, &problem);
                if (!problem.isEmpty())
                    break;
                if (r.revision != k + 1)
                    rf.fail(QStringLiteral("revision"),
                            tr("must be %1 (revisions are numbered from 1 without gaps)").arg(k + 1));
                else if (!isHex64(r.hash))
                    rf.fail(QStringLiteral("hash"), tr("must be 64 lower-case hexadecimal digits"));
                else if (r.previousHash != previous)
                    rf.fail(QStringLiteral("previous_hash"),
                            tr("does not match the hash of the revision before it (chain broken)"));
                else if (SheetHash::compute(sheet.number, r) != r.hash)
                    rf.fail(QStringLiteral("hash"), tr("does not match the revision's content (the file was altered)"));
                else if (k > 0) {
                    const SheetStatus before = sheet.revisions.last().status;
                    const bool ok = isSealedStatus(before)
                        && ((before == SheetStatus::Approved
                             && (r.status == SheetStatus::Draft || r.status == SheetStatus::Built))
                            || (before == SheetStatus::Built
                                && (r.status == SheetStatus::Draft || r.status == SheetStatus::Archived)));
                    if (!ok)
                        rf.fail(QStringLiteral("status"),
                                tr("%1 cannot follow %2 in the workflow")
                                    .arg(sheetStatusCode(r.status), sheetStatusCode(before)));
                }
                if (problem.isEmpty() && r.status == SheetStatus::Approved && !r.failingRules().isEmpty())
                    rf.fail(QStringLiteral("status"),
                            tr("approved although rule(s) %1 fail").arg(r.failingRules().join(QStringLiteral(", "))));
                previous = r.hash;
                sheet.revisions.append(r);
            }
            sheets.append(sheet);
        }
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return sheets;
}

} // namespace remaster::storage
