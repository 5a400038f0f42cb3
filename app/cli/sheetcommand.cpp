#include "sheetcommand.h"

#include "documentcommand.h"

#include "model/design_check.h"
#include "storage/checkjson.h"
#include "storage/rulesetreader.h"
#include "storage/sheetfactory.h"

#include "designcommand.h"

#include "storage/cyclelibrary.h"
#include "storage/designjson.h"
#include "storage/evaluationjson.h"
#include "storage/sheetcsv.h"
#include "storage/sheethash.h"
#include "storage/sheetjson.h"
#include "storage/worksteps.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace remaster::cli {

using namespace remaster::storage;
namespace u = remaster::units;

namespace {

QJsonObject summaryJson(const SheetSummary &s)
{
    return { { QStringLiteral("number"), s.number },
             { QStringLiteral("status"), sheetStatusCode(s.status) },
             { QStringLiteral("revision"), s.revision },
             { QStringLiteral("customer"), s.customer },
             { QStringLiteral("vin"), s.vin },
             { QStringLiteral("registration"), s.registration },
             { QStringLiteral("variant_id"), s.variantId },
             { QStringLiteral("created_at"), s.createdAt },
             { QStringLiteral("updated_at"), s.updatedAt } };
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace

QString SheetCommand::usage()
{
    return tr("  sheet new DESIGN.json [--customer NAME] [--notes TEXT]   a new draft build sheet; prints its number\n"
              "  sheet list [--status draft|in-review|approved|built|archived] [--search TEXT]\n"
              "             [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
              "  sheet show NUMBER [--revision N]\n"
              "  sheet submit|approve|build|archive|reject NUMBER --name NAME\n"
              "             [--role engineer|workshop-lead|homologation] [--if-hash HASH]\n"
              "             (--if-hash: only if the latest revision is still the one you read)\n"
              "  sheet export NUMBER... --out FILE   sheets with every revision and hash (JSON)\n"
              "  sheet import FILE                   add the sheets of an export (all or nothing)\n"
              "  sheet export-csv [--bom NUMBER] --out FILE   the sheet list, or one sheet's BOM, as CSV\n"
              "  sheet verify                        recompute every hash; exit 1 when a sheet was altered\n")
        + DocumentCommand::usage();
}

bool SheetCommand::open()
{
    if (!m_app.openDatabase())
        return false;
    m_store = std::make_unique<SheetStore>(m_app.database());
    return true;
}

int SheetCommand::storeError(const SheetError &error)
{
    switch (error.kind) {
    case SheetError::NotFound:
    case SheetError::Conflict:
    case SheetError::Forbidden:
    case SheetError::Invalid: return m_app.fail(kInputError, error.message);
    default: return m_app.fail(kDatabaseError, error.message);
    }
}

int SheetCommand::run(QStringList args)
{
    if (args.isEmpty())
        return m_app.fail(kUsage, tr("sheet needs a subcommand:\n%1").arg(usage()));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("new"))
        return create(args);
    if (sub == QLatin1String("list"))
        return list(args);
    if (sub == QLatin1String("show"))
        return show(args);
    if (sub == QLatin1String("submit") || sub == QLatin1String("approve") || sub == QLatin1String("build")
        || sub == QLatin1String("archive") || sub == QLatin1String("reject"))
        return transition(sub, args);
    if (sub == QLatin1String("export"))
        return exportJson(args);
    if (sub == QLatin1String("import"))
        return importJson(args);
    if (sub == QLatin1String("export-csv"))
        return exportCsv(args);
    if (sub == QLatin1String("verify"))
        return verify(args);
    if (sub == QLatin1String("export-pdf") || sub == QLatin1String("export-pdfs")) {
        DocumentCommand documents(m_app, [this]() -> SheetRepository * { return open() ? m_store.get() : nullptr; });
        return sub == QLatin1String("export-pdf") ? documents.exportPdf(args) : documents.exportPdfs(args);
    }
    return m_app.fail(kUsage, tr("unknown sheet subcommand '%1':\n%2").arg(sub, usage()));
}

int SheetCommand::create(QStringList args)
{
    bool missing = false;
    const QString customer = m_app.takeOption(args, QStringLiteral("--customer"), &missing).value_or(QString());
    const QString notes = m_app.takeOption(args, QStringLiteral("--notes"), &missing).value_or(QString());
    if (missing)
        return kUsage;
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("sheet new needs one design file (see: remaster-cli example-design)"));
    DesignCommand designs(m_app);
    const auto design = designs.readDesign(args.first());
    if (!design)
        return kInputError;
    if (!open())
        return kDatabaseError;
    const model::CatalogSet catalog = m_app.catalog().load();
    model::DesignEvaluation ev;
    try {
        ev = model::evaluateDesign(*design, catalog, [](const std::string &id) {
            return storage::CycleLibrary::load(QString::fromStdString(id));
        });
    } catch (const model::InputError &e) {
        m_app.err << tr("%1 cannot be evaluated:").arg(args.first()) << Qt::endl;
        for (const auto &issue : DesignJson::fromInputError(e))
            m_app.err << QStringLiteral("  ") << issue.toString() << Qt::endl;
        return kInputError;
    }

    auto made = SheetFactory::fromDesign(*design, ev, catalog, QDate::currentDate());
    for (const auto &w : made.warnings)
        m_app.err << tr("warning: %1").arg(w) << Qt::endl;
    if (!made.revision)
        return m_app.fail(kInputError, made.error);
    SheetRevision r = *made.revision;
    r.customer = customer;
    r.notes = notes;

    SheetError error;
    const auto number = m_store->create(r, &error);
    if (!number)
        return storeError(error);
    if (m_app.json)
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("number"), *number },
                                                    { QStringLiteral("status"), sheetStatusCode(SheetStatus::Draft) },
                                                    { QStringLiteral("revision"), 1 } }));
    else
        m_app.out << *number << '\n';
    return kOk;
}

int SheetCommand::list(QStringList args)
{
    bool missing = false;
    SheetQuery q;
    q.limit = 0;
    const auto status = m_app.takeOption(args, QStringLiteral("--status"), &missing);
    const auto search = m_app.takeOption(args, QStringLiteral("--search"), &missing);
    const auto from = m_app.takeOption(args, QStringLiteral("--from"), &missing);
    const auto to = m_app.takeOption(args, QStringLiteral("--to"), &missing);
    if (missing)
        return kUsage;
    if (!args.isEmpty())
        return m_app.fail(kUsage, tr("unexpected argument '%1'").arg(args.first()));
    if (status) {
        q.status = sheetStatusFromCode(*status);
        if (!q.status)
            return m_app.fail(
                kUsage, tr("--status '%1' is not a status (draft, in-review, approved, built, archived)").arg(*status));
    }
    q.search = search.value_or(QString());
    for (const auto &[value, date, name] :
         { std::tuple { from, &q.createdFrom, "--from" }, std::tuple { to, &q.createdTo, "--to" } }) {
        if (!value)
            continue;
        *date = QDate::fromString(*value, Qt::ISODate);
        if (!date->isValid())
            return m_app.fail(kUsage, tr("%1 '%2' is not a date (YYYY-MM-DD)").arg(QLatin1String(name), *value));
    }
    if (!open())
        return kDatabaseError;
    SheetError error;
    const SheetPage page = m_store->list(q, &error);
    if (error)
        return storeError(error);
    if (m_app.json) {
        QJsonArray items;
        for (const auto &s : page.rows)
            items.append(summaryJson(s));
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("count"), static_cast<int>(page.rows.size()) },
                                                    { QStringLiteral("items"), items } }));
        return kOk;
    }
    for (const auto &s : page.rows)
        m_app.out << s.number.leftJustified(12) << sheetStatusLabel(s.status).leftJustified(11)
                  << tr("r%1").arg(s.revision).leftJustified(5) << s.vin.leftJustified(19)
                  << s.registration.leftJustified(12) << s.customer << '\n';
    m_app.out << tr("%n sheet(s)", nullptr, static_cast<int>(page.rows.size())) << '\n';
    return kOk;
}

int SheetCommand::show(QStringList args)
{
    bool missing = false;
    const auto revisionText = m_app.takeOption(args, QStringLiteral("--revision"), &missing);
    if (missing)
        return kUsage;
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("sheet show needs one sheet number"));
    if (!open())
        return kDatabaseError;
    SheetError error;
    const auto sheet = m_store->load(args.first(), &error);
    if (!sheet)
        return storeError(error);
    int index = static_cast<int>(sheet->revisions.size()) - 1;
    if (revisionText) {
        bool ok = false;
        const int n = revisionText->toInt(&ok);
        if (!ok || n < 1 || n > sheet->revisions.size())
            return m_app.fail(
                kInputError,
                tr("--revision must be between 1 and %1 for sheet %2").arg(sheet->revisions.size()).arg(sheet->number));
        index = n - 1;
    }
    const SheetRevision &r = sheet->revisions.at(index);
    if (m_app.json) {
        QJsonObject o = SheetHash::content(sheet->number, r);
        o.insert(QStringLiteral("hash"), r.hash);
        o.insert(QStringLiteral("revision_count"), static_cast<int>(sheet->revisions.size()));
        o.insert(QStringLiteral("failing_rules"), QJsonArray::fromStringList(r.failingRules()));
        m_app.printJson(QJsonDocument(o));
        return kOk;
    }
    QTextStream &o = m_app.out;
    const QLocale l;
    o << tr("Build sheet %1 — %2, revision %3 of %4")
             .arg(sheet->number, sheetStatusLabel(r.status))
             .arg(r.revision)
             .arg(sheet->revisions.size())
      << '\n';
    o << tr("Customer: %1").arg(r.customer) << '\n'
      << tr("VIN: %1   Registration: %2   First registration: %3").arg(r.vin, r.registration, r.firstRegistrationDate)
      << '\n'
      << tr("Variant: %1").arg(r.variantId) << '\n'
      << tr("Catalogs: vehicles %1, components %2; rule set: %3")
             .arg(r.vehiclesCatalogVersion, r.componentsCatalogVersion,
                  r.rulesetVersion.isEmpty() ? tr("none") : r.rulesetVersion)
      << '\n';
    const QJsonArray rules = r.snapshot.value(QLatin1String("rules")).toArray();
    if (rules.isEmpty())
        o << tr("Rules: not evaluated in this snapshot") << '\n';
    else
        o << tr("Rules: %1 results, failing: %2")
                 .arg(rules.size())
                 .arg(r.failingRules().isEmpty() ? tr("none") : r.failingRules().join(QStringLiteral(", ")))
          << '\n';
    o << '\n' << tr("Bill of materials:") << '\n';
    for (const BomLine &b : r.bom) {
        o << QStringLiteral("  ") << b.partNumber.leftJustified(17) << QLatin1Char(' ')
          << b.description.leftJustified(48) << QLatin1Char(' ')
          << tr("× %1, %2 kg at %3 mm")
                 .arg(l.toString(b.quantity), l.toString(b.massKg, 'f', 1), l.toString(b.positionMm, 'f', 0));
        if (!b.serialNumbers.isEmpty())
            o << QStringLiteral("  ") << tr("serials: %1").arg(b.serialNumbers.join(QStringLiteral(", ")));
        o << '\n';
    }
    o << '\n' << tr("Work steps (HV = high-voltage safety):") << '\n';
    const bool french = QLocale().language() == QLocale::French;
    for (const WorkStep &s : r.steps) {
        o << (s.done ? QStringLiteral("  [x] ") : QStringLiteral("  [ ] "))
          << (s.hvSafety ? QStringLiteral("HV ") : QStringLiteral("   ")) << (french ? s.textFr : s.textEn);
        if (!s.requiredValue.isEmpty())
            o << QStringLiteral("  ") << tr("required: %1").arg(s.requiredValue);
        if (!s.measuredValue.isEmpty())
            o << QStringLiteral("  ") << tr("measured: %1").arg(s.measuredValue);
        o << '\n';
    }
    if (!r.notes.isEmpty())
        o << '\n' << tr("Notes: %1").arg(r.notes) << '\n';
    o << '\n' << tr("Sign-offs:") << '\n';
    if (r.signOffs.isEmpty())
        o << QStringLiteral("  ") << tr("none") << '\n';
    for (const SignOff &s : r.signOffs)
        o << QStringLiteral("  ")
          << tr("%1 → %2 by %3 (%4), %5")
                 .arg(sheetStatusLabel(s.fromStatus), sheetStatusLabel(s.toStatus), s.name, signOffRoleCode(s.role),
                      s.signedAt)
          << '\n';
    o << '\n' << tr("SHA-256: %1 (previous %2)").arg(r.hash, r.previousHash) << '\n';
    return kOk;
}

int SheetCommand::transition(const QString &action, QStringList args)
{
    bool missing = false;
    const auto name = m_app.takeOption(args, QStringLiteral("--name"), &missing);
    const auto roleText = m_app.takeOption(args, QStringLiteral("--role"), &missing);
    const auto expected = m_app.takeOption(args, QStringLiteral("--if-hash"), &missing);
    if (missing)
        return kUsage;
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("sheet %1 needs one sheet number").arg(action));
    if (expected && !QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(*expected).hasMatch())
        return m_app.fail(kUsage, tr("--if-hash needs a revision hash: 64 lower-case hexadecimal digits"));
    if (!name || name->trimmed().isEmpty())
        return m_app.fail(kUsage, tr("sheet %1 needs the signer's name: --name NAME").arg(action));
    SheetStatus to = SheetStatus::InReview;
    if (action == QLatin1String("approve"))
        to = SheetStatus::Approved;
    else if (action == QLatin1String("build"))
        to = SheetStatus::Built;
    else if (action == QLatin1String("archive"))
        to = SheetStatus::Archived;
    else if (action == QLatin1String("reject"))
        to = SheetStatus::Draft;
    SignOffRole role = SheetStore::defaultRole(to);
    if (roleText) {
        const auto parsed = signOffRoleFromCode(*roleText);
        if (!parsed)
            return m_app.fail(kUsage,
                              tr("--role '%1' is not a role (engineer, workshop-lead, homologation)").arg(*roleText));
        role = *parsed;
    }
    if (!open())
        return kDatabaseError;
    SheetError error;
    if (!m_store->transition(args.first(), to, role, *name, &error, expected.value_or(QString())))
        return storeError(error);
    const auto sheet = m_store->load(args.first(), &error);
    if (!sheet)
        return storeError(error);
    if (m_app.json)
        m_app.printJson(
            QJsonDocument(QJsonObject { { QStringLiteral("number"), sheet->number },
                                        { QStringLiteral("status"), sheetStatusCode(sheet->latest().status) },
                                        { QStringLiteral("revision"), sheet->latest().revision },
                                        { QStringLiteral("hash"), sheet->latest().hash } }));
    else
        m_app.out << tr("Sheet %1 is now %2 (revision %3), signed by %4 as %5.")
                         .arg(sheet->number, sheetStatusLabel(sheet->latest().status))
                         .arg(sheet->latest().revision)
                         .arg(name->trimmed(), signOffRoleCode(role))
                  << '\n';
    return kOk;
}

int SheetCommand::exportJson(QStringList args)
{
    bool missing = false;
    const auto out = m_app.takeOption(args, QStringLiteral("--out"), &missing);
    if (missing)
        return kUsage;
    if (!out)
        return m_app.fail(kUsage, tr("sheet export needs --out FILE"));
    if (args.isEmpty())
        return m_app.fail(kUsage, tr("sheet export needs at least one sheet number"));
    if (!open())
        return kDatabaseError;
    QList<BuildSheet> sheets;
    for (const QString &n : args) {
        SheetError error;
        const auto sheet = m_store->load(n, &error);
        if (!sheet)
            return storeError(error);
        sheets.append(*sheet);
    }
    QString error;
    if (!writeFile(*out, SheetJson::write(sheets), &error))
        return m_app.fail(kInputError, tr("cannot write %1: %2").arg(*out, error));
    if (m_app.json)
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("exported"), static_cast<int>(sheets.size()) },
                                                    { QStringLiteral("file"), *out } }));
    else
        m_app.out << tr("Exported %n sheet(s) to %1", nullptr, static_cast<int>(sheets.size())).arg(*out) << '\n';
    return kOk;
}

int SheetCommand::importJson(QStringList args)
{
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("sheet import needs one file"));
    QFile f(args.first());
    if (!f.open(QIODevice::ReadOnly))
        return m_app.fail(kInputError, tr("cannot read %1: %2").arg(args.first(), f.errorString()));
    QString problem;
    const auto sheets = SheetJson::read(f.readAll(), &problem);
    if (!sheets)
        return m_app.fail(kInputError, tr("%1 was not imported: %2").arg(args.first(), problem));
    if (!open())
        return kDatabaseError;
    SheetError error;
    const auto report = m_store->importSheets(*sheets, &error);
    if (!report)
        return storeError(error);
    if (m_app.json)
        m_app.printJson(
            QJsonDocument(QJsonObject { { QStringLiteral("imported"), report->imported },
                                        { QStringLiteral("already_present"), report->alreadyPresent },
                                        { QStringLiteral("numbers"), QJsonArray::fromStringList(report->numbers) } }));
    else
        m_app.out << tr("Imported %1 sheet(s); %2 already present unchanged.")
                         .arg(report->imported)
                         .arg(report->alreadyPresent)
                  << '\n';
    return kOk;
}

int SheetCommand::exportCsv(QStringList args)
{
    bool missing = false;
    const auto out = m_app.takeOption(args, QStringLiteral("--out"), &missing);
    const auto bom = m_app.takeOption(args, QStringLiteral("--bom"), &missing);
    if (missing)
        return kUsage;
    if (!out)
        return m_app.fail(kUsage, tr("sheet export-csv needs --out FILE"));
    if (!args.isEmpty())
        return m_app.fail(kUsage, tr("unexpected argument '%1'").arg(args.first()));
    if (!open())
        return kDatabaseError;
    SheetError error;
    QByteArray csv;
    if (bom) {
        const auto sheet = m_store->load(*bom, &error);
        if (!sheet)
            return storeError(error);
        csv = SheetCsv::bom(sheet->number, sheet->latest());
    } else {
        SheetQuery q;
        q.limit = 0;
        const SheetPage page = m_store->list(q, &error);
        if (error)
            return storeError(error);
        csv = SheetCsv::sheetList(page.rows);
    }
    QString writeError;
    if (!writeFile(*out, csv, &writeError))
        return m_app.fail(kInputError, tr("cannot write %1: %2").arg(*out, writeError));
    if (!m_app.json)
        m_app.out << tr("Wrote %1").arg(*out) << '\n';
    else
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("file"), *out } }));
    return kOk;
}

int SheetCommand::verify(QStringList args)
{
    if (!args.isEmpty())
        return m_app.fail(kUsage, tr("unexpected argument '%1'").arg(args.first()));
    if (!open())
        return kDatabaseError;
    SheetError error;
    const int checked = static_cast<int>(m_store->numbers(&error).size());
    const auto issues = m_store->verify(&error);
    if (error)
        return storeError(error);
    if (m_app.json) {
        QJsonArray list;
        for (const auto &i : issues)
            list.append(QJsonObject { { QStringLiteral("number"), i.number },
                                      { QStringLiteral("revision"), i.revision },
                                      { QStringLiteral("problem"), i.problem } });
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("ok"), issues.isEmpty() },
                                                    { QStringLiteral("sheets_checked"), checked },
                                                    { QStringLiteral("issues"), list } }));
    } else {
        for (const auto &i : issues)
            m_app.out << (i.revision > 0 ? tr("%1 revision %2: %3").arg(i.number).arg(i.revision).arg(i.problem)
                                         : tr("%1: %2").arg(i.number, i.problem))
                      << '\n';
        m_app.out << (issues.isEmpty() ? tr("%1 sheet(s) checked: every hash and chain link is intact.").arg(checked)
                                       : tr("%1 sheet(s) checked: %2 problem(s) found — the database was altered "
                                            "outside ReMaster.")
                                             .arg(checked)
                                             .arg(issues.size()))
                  << '\n';
    }
    return issues.isEmpty() ? kOk : kCheckFailed;
}

} // namespace remaster::cli
