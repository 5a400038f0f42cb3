// Build-sheet storage benchmark (issue 5): builds a 100,000-sheet database and reports medians of
// open, first page of the list model, search by VIN fragment, one save, and an import of 10,000
// sheets. Targets: open ≤ 300 ms, first page and search ≤ 50 ms, one save ≤ 20 ms.
//   bench_sheets [--sheets N] [--json] [--keep DIR]
#include "storage/database.h"
#include "storage/sheethash.h"
#include "storage/sheetjson.h"
#include "storage/sheetlistmodel.h"
#include "storage/sheetstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace remaster::storage;

namespace {

SheetRevision content(int i)
{
    SheetRevision r;
    r.customer = QStringLiteral("Customer %1").arg(i % 5000);
    r.vin = QStringLiteral("VF1MA%1").arg(i, 12, 10, QLatin1Char('0'));
    r.registration = QStringLiteral("G%1-%2").arg(i % 97).arg(i, 6, 10, QLatin1Char('0'));
    r.firstRegistrationDate = QStringLiteral("2017-05-02");
    r.variantId = QStringLiteral("m3-2019-van-l3h2-fwd-3500");
    QJsonArray cycles;
    for (int c = 0; c < 9; ++c)
        cycles.append(QJsonObject { { QStringLiteral("cycle_id"), QStringLiteral("wltc-class-3b") },
                                    { QStringLiteral("range_km"), 150.0 + c },
                                    { QStringLiteral("consumption_wh_per_km"), 250.0 + c } });
    r.design = QJsonObject { { QStringLiteral("name"), QStringLiteral("Van %1").arg(i) },
                             { QStringLiteral("variant_id"), r.variantId } };
    r.snapshot = QJsonObject { { QStringLiteral("format"), QStringLiteral("remaster-evaluation") },
                               { QStringLiteral("cycles"), cycles },
                               { QStringLiteral("rules"), QJsonArray() } };
    for (int b = 0; b < 10; ++b)
        r.bom.append(
            BomLine { QStringLiteral("part-%1").arg(b), QStringLiteral("Part %1").arg(b), 1, 10.0 + b, 100.0 * b, {} });
    for (int s = 0; s < 16; ++s)
        r.steps.append(WorkStep { QStringLiteral("step-%1").arg(s),
                                  QStringLiteral("Step %1").arg(s),
                                  QStringLiteral("Étape %1").arg(s),
                                  s % 2 == 0,
                                  {},
                                  {},
                                  false,
                                  {},
                                  {} });
    r.notes = QStringLiteral("bench sheet %1").arg(i);
    return r;
}

// Fast bulk load: one transaction, prepared statements, same rows and hashes as the store writes.
bool bulkLoad(Database &db, int count, QString *error)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QStringLiteral("begin");
        return false;
    }
    QSqlQuery sheet(c), rev(c), bom(c), step(c);
    sheet.prepare(
        QStringLiteral("INSERT INTO sheet(id, number, year, seq, status, current_revision, customer, vin, registration,"
                       " variant_id, notes, created_at, updated_at) VALUES (?,?,?,?,'draft',1,?,?,?,?,?,?,?)"));
    rev.prepare(QStringLiteral("INSERT INTO sheet_revision(id, sheet_id, revision, status, customer, vin, registration,"
                               " first_registration_date, variant_id, design_json, snapshot_json, notes, created_at,"
                               " previous_hash, hash) VALUES (?,?,1,'draft',?,?,?,?,?,?,?,?,?,?,?)"));
    bom.prepare(QStringLiteral("INSERT INTO sheet_bom_line VALUES (?,?,?,?,?,?,?,'[]')"));
    step.prepare(QStringLiteral("INSERT INTO sheet_work_step VALUES (?,?,?,?,?,?,'','',0,'','')"));
    for (int i = 1; i <= count; ++i) {
        SheetRevision r = content(i);
        const int year = 2020 + (i - 1) / 20000;
        const int seq = (i - 1) % 20000 + 1;
        const QString number = QStringLiteral("%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0'));
        const QString at = QStringLiteral("%1-%2-%3T10:00:00.000Z")
                               .arg(year)
                               .arg((seq / 1700) % 12 + 1, 2, 10, QLatin1Char('0'))
                               .arg(seq % 28 + 1, 2, 10, QLatin1Char('0'));
        r.revision = 1;
        r.createdAt = at;
        r.previousHash = SheetHash::genesis();
        r.hash = SheetHash::compute(number, r);
        for (const QVariant &v :
             QVariantList { i, number, year, seq, r.customer, r.vin, r.registration, r.variantId, r.notes, at, at })
            sheet.addBindValue(v);
        const QString design = QString::fromUtf8(QJsonDocument(r.design).toJson(QJsonDocument::Compact));
        const QString snapshot = QString::fromUtf8(QJsonDocument(r.snapshot).toJson(QJsonDocument::Compact));
        for (const QVariant &v : QVariantList { i, i, r.customer, r.vin, r.registration, r.firstRegistrationDate,
                                                r.variantId, design, snapshot, r.notes, at, r.previousHash, r.hash })
            rev.addBindValue(v);
        if (!sheet.exec() || !rev.exec()) {
            *error = QStringLiteral("insert %1").arg(i);
            return false;
        }
        for (int b = 0; b < r.bom.size(); ++b) {
            const BomLine &l = r.bom.at(b);
            for (const QVariant &v :
                 QVariantList { i, b + 1, l.partNumber, l.description, l.quantity, l.massKg, l.positionMm })
                bom.addBindValue(v);
            bom.exec();
        }
        for (int s = 0; s < r.steps.size(); ++s) {
            const WorkStep &w = r.steps.at(s);
            for (const QVariant &v : QVariantList { i, s + 1, w.stepId, w.textEn, w.textFr, w.hvSafety ? 1 : 0 })
                step.addBindValue(v);
            step.exec();
        }
    }
    return q.exec(QStringLiteral("COMMIT"));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const bool json = args.contains(QStringLiteral("--json"));
    int sheets = 100000;
    const int n = args.indexOf(QStringLiteral("--sheets"));
    if (n > 0 && n + 1 < args.size())
        sheets = args.at(n + 1).toInt();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QTextStream out(stdout);

    double buildMs = 0;
    {
        Database db;
        if (!db.open(path).ok())
            return 4;
        QString error;
        buildMs = timeMs([&] {
            if (!bulkLoad(db, sheets, &error))
                qFatal("bulk load failed: %s", qPrintable(error));
        });
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    std::vector<double> open, firstPage, search, searchLike, save, verifyOne;
    for (int run = 0; run < 7; ++run) {
        Database db;
        open.push_back(timeMs([&] {
            if (!db.open(path).ok())
                qFatal("open failed");
        }));
        SheetStore store(db);
        firstPage.push_back(timeMs([&] {
            SheetListModel model(store);
            if (model.rowCount() != std::min(256, sheets))
                qFatal("first page has %d rows", model.rowCount());
        }));
        const QString fragment = QStringLiteral("%1").arg(1000 + run * 7919 % (sheets - 1000), 6, 10, QLatin1Char('0'));
        search.push_back(timeMs([&] {
            SheetQuery q;
            q.search = fragment;
            q.limit = 256;
            if (store.list(q, nullptr).rows.isEmpty())
                qFatal("VIN fragment not found");
        }));
        store.setSearchMode(SheetStore::SearchMode::Like);
        searchLike.push_back(timeMs([&] {
            SheetQuery q;
            q.search = fragment;
            q.limit = 256;
            store.list(q, nullptr);
        }));
        store.setSearchMode(SheetStore::SearchMode::Automatic);
        save.push_back(timeMs([&] {
            SheetError e;
            if (!store.create(content(sheets + run + 1), &e))
                qFatal("save failed: %s", qPrintable(e.message));
        }));
    }

    // Import of 10,000 sheets (parse + check every hash + one transaction) into a fresh database.
    std::vector<double> import;
    {
        Database db;
        if (!db.open(path).ok())
            return 4;
        SheetStore store(db);
        QList<BuildSheet> list;
        for (int i = 1; i <= 10000; ++i) {
            SheetRevision r = content(i);
            BuildSheet s;
            s.number = QStringLiteral("1999-%1").arg(i, 5, 10, QLatin1Char('0'));
            s.createdAt = QStringLiteral("1999-01-01T00:00:00.000Z");
            r.revision = 1;
            r.createdAt = s.createdAt;
            r.previousHash = SheetHash::genesis();
            r.hash = SheetHash::compute(s.number, r);
            s.revisions = { r };
            list.append(s);
        }
        const QByteArray file = SheetJson::write(list);
        for (int run = 0; run < 3; ++run) {
            QTemporaryDir target;
            Database fresh;
            if (!fresh.open(target.filePath(QStringLiteral("import.sqlite"))).ok())
                return 4;
            SheetStore into(fresh);
            import.push_back(timeMs([&] {
                QString error;
            const auto parsed = SheetJson::read(file, &error);
            SheetError e;
            if (!parsed || !into.importSheets(*parsed, &e))
                qFatal("import failed: %s %s", qPrintable(error), qPrintable(e.message));
        }));
    }
}

const QJsonObject results { { QStringLiteral("sheets"), sheets },
                            { QStringLiteral("build_database_ms"), buildMs },
                            { QStringLiteral("open_ms"), median(open) },
                            { QStringLiteral("first_page_ms"), median(firstPage) },
                            { QStringLiteral("search_vin_fragment_ms"), median(search) },
                            { QStringLiteral("search_vin_fragment_like_ms"), median(searchLike) },
                            { QStringLiteral("save_one_sheet_ms"), median(save) },
                            { QStringLiteral("import_10000_sheets_ms"), median(import) } };
if (json) {
    out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    return 0;
}
auto line = [&](const char *what, double ms, double target) {
    out << QString::fromLatin1(what).leftJustified(34) << QString::number(ms, 'f', 2).rightJustified(10) << " ms"
        << (target > 0 ? QStringLiteral("   (target ≤ %1 ms: %2)")
                             .arg(target)
                             .arg(ms <= target ? QStringLiteral("met") : QStringLiteral("NOT MET"))
                       : QString())
        << '\n';
};
out << "Build-sheet storage, " << sheets << " sheets (medians)\n";
line("build database (one transaction)", buildMs, 0);
line("open", median(open), 300);
line("first page of the list model", median(firstPage), 50);
line("search by VIN fragment (FTS5)", median(search), 50);
line("search by VIN fragment (LIKE)", median(searchLike), 0);
line("save one sheet", median(save), 20);
line("import 10,000 sheets", median(import), 0);
return 0;
}
