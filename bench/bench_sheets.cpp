// Build-sheet storage benchmark (issue 5): builds a 100,000-sheet database and reports medians of
// open, first page of the list model, search by VIN fragment, one save, and an import of 10,000
// sheets. Targets: open ≤ 300 ms, first page and search ≤ 50 ms, one save ≤ 20 ms.
//   bench_sheets [--sheets N] [--json] [--postgres BASE_URI] [--no-import]
//   bench_sheets --writers N [--seconds S] [--postgres BASE_URI] [--json]   concurrent editors
// With --postgres (the URI of a server's maintenance database, e.g. the one
// tests/postgres/cluster.sh prints) the same runs go to new databases on that server (issue 14),
// which are dropped at the end.
#include "storage/database.h"
#include "storage/databaselocation.h"
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
#include <atomic>
#include <functional>
#include <optional>
#include <thread>
#include <utility>
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
    const bool postgres = db.backend() == DatabaseBackend::Postgres;
    if (!q.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
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
    // Explicit ids do not move PostgreSQL's identity sequences: move them past the rows.
    if (postgres)
        for (const char *table : { "sheet", "sheet_revision" })
            q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT max(id) FROM %1))")
                       .arg(QLatin1String(table)));
    if (!q.exec(QStringLiteral("COMMIT")))
        return false;
    // The planner's statistics, as autovacuum keeps them on a server in use (it would gather
    // them within a minute of a load this size); SQLite plans without them.
    return !postgres || q.exec(QStringLiteral("ANALYZE"));
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

// Databases for the runs: files in a temporary folder, or new databases on a PostgreSQL server.
class BenchDatabases
{
public:
    explicit BenchDatabases(const QString &postgresBase)
    {
        if (postgresBase.isEmpty())
            return;
        QString error;
        const auto base = DatabaseLocations::parse(postgresBase, &error);
        if (!base || !base->isPostgres())
            qFatal("--postgres: %s", qPrintable(error.isEmpty() ? QStringLiteral("not a postgresql:// URI") : error));
        m_base = *base;
    }
    ~BenchDatabases()
    {
        for (const QString &name : std::as_const(m_created))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    }
    bool postgres() const { return m_base.has_value(); }
    QString location(const QString &name)
    {
        if (!m_base)
            return m_dir.filePath(name + QStringLiteral(".sqlite"));
        const QString database
            = QStringLiteral("remaster_bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(name);
        if (!m_created.contains(database)) {
            if (!admin(QStringLiteral("CREATE DATABASE %1").arg(database)))
                qFatal("cannot create %s on the server", qPrintable(database));
            m_created.append(database);
        }
        DatabaseLocation l = *m_base;
        l.database = database;
        return l.uri();
    }

private:
    bool admin(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
            db.setHostName(m_base->host);
            db.setPort(m_base->port);
            db.setDatabaseName(m_base->database);
            db.setUserName(m_base->user);
            ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
        return ok;
    }
    QTemporaryDir m_dir;
    std::optional<DatabaseLocation> m_base;
    QStringList m_created;
};

// N workstations saving the same drafts for `seconds`, each on the revision it loaded (the
// optimistic check refuses a save over another's; the writer reloads and tries again). Each
// save increments a counter in the notes it loaded, so a lost update would show as a counter
// below the successes. Returns 0, or 1 when something was lost or failed.
int concurrentWriters(BenchDatabases &databases, int writers, int seconds, bool json, QTextStream &out)
{
    const QString location = databases.location(QStringLiteral("writers"));
    constexpr int kSheets = 8;
    QStringList numbers;
    {
        Database db;
        if (!db.open(location).ok())
            return 4;
        for (int i = 0; i < kSheets; ++i) {
            SheetRevision r = content(i + 1);
            r.notes = QStringLiteral("0");
            numbers.append(*SheetStore(db).create(r, nullptr));
        }
    }
    std::atomic<long> commits { 0 }, conflicts { 0 }, failures { 0 };
    std::vector<std::atomic<long>> perSheet(kSheets);
    QElapsedTimer clock;
    clock.start();
    const qint64 until = seconds * 1000LL;
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w)
        threads.emplace_back([&, w] {
            Database db;
            if (!db.open(location).ok()) {
                ++failures;
                return;
            }
            SheetStore store(db);
            for (int k = 0; clock.elapsed() < until; ++k) {
                const int which = (w * 3 + k) % kSheets;
                SheetError e;
                const auto sheet = store.load(numbers.at(which), &e);
                if (!sheet) {
                    ++failures;
                    return;
                }
                SheetRevision r = sheet->latest();
                r.notes = QString::number(r.notes.toLongLong() + 1);
                if (store.saveContent(numbers.at(which), r, &e)) {
                    ++commits;
                    ++perSheet[which];
                } else if (e.kind == SheetError::Conflict) {
                    ++conflicts;
                } else {
                    ++failures;
                    return;
                }
            }
        });
    for (auto &t : threads)
        t.join();
    const double elapsed = clock.elapsed() / 1000.0;
    long lost = 0;
    {
        Database db;
        db.open(location);
        SheetStore store(db);
        for (int i = 0; i < kSheets; ++i)
            lost += perSheet[i] - store.load(numbers.at(i), nullptr)->latest().notes.toLongLong();
        if (!store.verify(nullptr).isEmpty())
            ++failures;
    }
    const QJsonObject results { { QStringLiteral("backend"),
                                  databases.postgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite") },
                                { QStringLiteral("writers"), writers },
                                { QStringLiteral("seconds"), elapsed },
                                { QStringLiteral("commits"), double(commits) },
                                { QStringLiteral("commits_per_second"), commits / elapsed },
                                { QStringLiteral("conflicts"), double(conflicts) },
                                { QStringLiteral("lost"), double(lost) },
                                { QStringLiteral("failures"), double(failures) } };
    if (json)
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    else
        out << writers << " writers on " << kSheets << " drafts for " << elapsed << " s ("
            << (databases.postgres() ? "PostgreSQL" : "SQLite") << "): " << commits << " commits ("
            << QString::number(commits / elapsed, 'f', 1) << "/s), " << conflicts << " conflicts refused and retried, "
            << lost << " lost, " << failures << " failures\n";
    return lost == 0 && failures == 0 ? 0 : 1;
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
    const int pg = args.indexOf(QStringLiteral("--postgres"));
    BenchDatabases databases(pg > 0 && pg + 1 < args.size() ? args.at(pg + 1) : QString());
    QTextStream out(stdout);
    if (const int w = args.indexOf(QStringLiteral("--writers")); w > 0 && w + 1 < args.size()) {
        const int sec = args.indexOf(QStringLiteral("--seconds"));
        return concurrentWriters(databases, args.at(w + 1).toInt(),
                                 sec > 0 && sec + 1 < args.size() ? args.at(sec + 1).toInt() : 60, json, out);
    }
    const QString path = databases.location(QStringLiteral("bench"));

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
    if (!args.contains(QStringLiteral("--no-import"))) {
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
            Database fresh;
            if (!fresh.open(databases.location(QStringLiteral("import%1").arg(run))).ok())
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

const QJsonObject results { { QStringLiteral("backend"),
                              databases.postgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite") },
                            { QStringLiteral("sheets"), sheets },
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
out << "Build-sheet storage on " << (databases.postgres() ? "PostgreSQL" : "SQLite") << ", " << sheets
    << " sheets (medians)\n";
line("build database (one transaction)", buildMs, 0);
line("open", median(open), 300);
line("first page of the list model", median(firstPage), 50);
line("search by VIN fragment (index)", median(search), 50);
line("search by VIN fragment (LIKE)", median(searchLike), 0);
line("save one sheet", median(save), 20);
if (!import.empty())
    line("import 10,000 sheets", median(import), 0);
return 0;
}
