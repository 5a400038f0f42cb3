// Build sheets in the database: workflow and forbidden transitions, immutability through raw
// SQL, hash-chain verification, search (FTS5 or trigram indexes, and LIKE), and the schema 2
// migration from every older version. Runs on SQLite, and on PostgreSQL when
// REMASTER_TEST_POSTGRES is set (CTest's storage_sheetstore_postgresql).
#include "sheetfixtures.h"
#include "testdatabases.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sheethash.h"
#include "storage/sheetstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace remaster::storage;

class TestSheetStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return testdb::fresh(m_dir, QStringLiteral("sheets-%1").arg(++m_files)); }
    static bool onPostgres(const Database &db) { return db.backend() == DatabaseBackend::Postgres; }

    static bool exec(Database &db, const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(db.connection());
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }
    static QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    static void checkVersion1Backup(const QString &path)
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT seed_version FROM catalog_meta")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("v-test"));
        q.finish();
        raw.close();
    }

    // A sheet taken to `status` along the workflow.
    static QString sheetAt(SheetStore &store, SheetStatus status, int i = 1)
    {
        SheetError e;
        const QString number
            = store.create(sheetfixtures::withRules(sheetfixtures::content(i), {}), &e).value_or(QString());
        if (number.isEmpty())
            qFatal("create failed: %s", qPrintable(e.message));
        const QList<SheetStatus> path { SheetStatus::InReview, SheetStatus::Approved, SheetStatus::Built,
                                        SheetStatus::Archived };
        for (SheetStatus s : path) {
            if (status == SheetStatus::Draft)
                break;
            if (!store.transition(number, s, SheetStore::defaultRole(s), QStringLiteral("A. Martin"), &e))
                qFatal("transition failed: %s", qPrintable(e.message));
            if (s == status)
                break;
        }
        return number;
    }

private slots:
    void workshopRecordIsSealedWithBuilt()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        const QString n = sheetAt(store, SheetStatus::Approved);
        SheetRevision record = store.load(n, &e)->latest();
        record.steps[0].done = true;
        record.steps[0].doneBy = QStringLiteral("W. Lead");
        record.steps[1].measuredValue = QStringLiteral("512 kΩ");
        record.bom[1].serialNumbers
            = { QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"), QStringLiteral("S4") };
        record.notes = QStringLiteral("Built without remarks");
        record.customer = QStringLiteral("changed by mistake"); // not a workshop field: ignored
        QVERIFY2(store.recordBuilt(n, record, QStringLiteral("W. Lead"), &e), qPrintable(e.message));
        const auto sheet = store.load(n, &e);
        QCOMPARE(sheet->revisions.size(), 2);
        const SheetRevision &built = sheet->latest();
        QCOMPARE(built.status, SheetStatus::Built);
        QVERIFY(built.steps[0].done);
        QCOMPARE(built.steps[1].measuredValue, QStringLiteral("512 kΩ"));
        QCOMPARE(built.bom[1].serialNumbers.size(), 4);
        QCOMPARE(built.notes, QStringLiteral("Built without remarks"));
        QCOMPARE(built.customer, sheet->revisions.first().customer);
        QVERIFY(!sheet->revisions.first().steps[0].done); // the approved revision is untouched
        QVERIFY(store.verify(&e).isEmpty());
        // Only an approved sheet can be recorded as built.
        const QString draft = sheetAt(store, SheetStatus::Draft, 2);
        QVERIFY(!store.recordBuilt(draft, record, QStringLiteral("W. Lead"), &e));
    }

    void approvalNeedsEvaluatedRules()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetRevision r = sheetfixtures::content(1);
        r.snapshot.insert(QStringLiteral("rules_evaluated"), false);
        SheetError e;
        const auto n = store.create(r, &e);
        QVERIFY(n);
        QVERIFY(store.transition(*n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("E. Martin"), &e));
        QVERIFY(
            !store.transition(*n, SheetStatus::Approved, SignOffRole::Homologation, QStringLiteral("H. Petit"), &e));
        QVERIFY2(e.message.contains(QStringLiteral("not evaluated")), qPrintable(e.message));
    }

    void freshDatabaseHasSheetSchema()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        QCOMPARE(db.schemaVersion(), 3);
        QCOMPARE(Database::latestSchemaVersion(), 3);
        for (const char *table : { "sheet", "sheet_revision", "sheet_bom_line", "sheet_work_step", "sheet_signoff" })
            QVERIFY2(testdb::tableExists(db, QLatin1String(table)), table);
        SheetStore store(db);
        // Debian's and Qt's SQLite have FTS5 with trigram; PostgreSQL 15 has pg_trgm (contrib).
        QVERIFY(store.usesFullTextSearch());
    }

    void createNumbersAndSealsTheFirstRevision()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        const auto n1 = store.create(sheetfixtures::content(1), &e);
        const auto n2 = store.create(sheetfixtures::content(2), &e);
        QVERIFY2(n1 && n2, qPrintable(e.message));
        const QString year = QString::number(QDateTime::currentDateTimeUtc().date().year());
        QCOMPARE(*n1, year + QStringLiteral("-0001"));
        QCOMPARE(*n2, year + QStringLiteral("-0002"));
        QVERIFY(SheetText::isValidNumber(*n1));
        const auto sheet = store.load(*n1, &e);
        QVERIFY(sheet);
        QCOMPARE(sheet->revisions.size(), 1);
        const SheetRevision &r = sheet->latest();
        QCOMPARE(r.status, SheetStatus::Draft);
        QCOMPARE(r.previousHash, SheetHash::genesis());
        QCOMPARE(r.hash, SheetHash::compute(*n1, r));
        QCOMPARE(r.bom, sheetfixtures::content(1).bom);
        QCOMPARE(r.steps, sheetfixtures::content(1).steps);
        QCOMPARE(r.notes, sheetfixtures::content(1).notes);
        QCOMPARE(r.design, sheetfixtures::content(1).design);
        QVERIFY(store.verify(&e).isEmpty());
        QVERIFY(!store.load(QStringLiteral("1999-0001"), &e));
        QCOMPARE(e.kind, SheetError::NotFound);
    }

    void workflowAppendsSealedRevisions()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        const QString n = sheetAt(store, SheetStatus::Draft);
        QVERIFY(store.transition(n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("E. Durand"), &e));
        QVERIFY(store.transition(n, SheetStatus::Approved, SignOffRole::Homologation, QStringLiteral("H. Petit"), &e));
        auto sheet = store.load(n, &e);
        QCOMPARE(sheet->revisions.size(), 1); // submit and approve sign the same revision
        QCOMPARE(sheet->latest().status, SheetStatus::Approved);
        QCOMPARE(sheet->latest().signOffs.size(), 2);
        QCOMPARE(sheet->latest().signOffs.at(1).name, QStringLiteral("H. Petit"));
        QCOMPARE(sheet->latest().signOffs.at(1).role, SignOffRole::Homologation);
        QVERIFY(store.transition(n, SheetStatus::Built, SignOffRole::WorkshopLead, QStringLiteral("W. Bernard"), &e));
        QVERIFY(store.transition(n, SheetStatus::Archived, SignOffRole::Engineer, QStringLiteral("E. Durand"), &e));
        sheet = store.load(n, &e);
        QCOMPARE(sheet->revisions.size(), 3);
        QCOMPARE(sheet->revisions.at(1).status, SheetStatus::Built);
        QCOMPARE(sheet->revisions.at(1).previousHash, sheet->revisions.at(0).hash);
        QCOMPARE(sheet->revisions.at(2).status, SheetStatus::Archived);
        QCOMPARE(sheet->revisions.at(2).previousHash, sheet->revisions.at(1).hash);
        QVERIFY(store.verify(&e).isEmpty());

        // Sent back from review to draft, then edited in place.
        const QString m = sheetAt(store, SheetStatus::InReview, 2);
        QVERIFY(store.transition(m, SheetStatus::Draft, SignOffRole::Homologation, QStringLiteral("H. Petit"), &e));
        SheetRevision edit = sheetfixtures::content(2);
        edit.notes = QStringLiteral("corrected");
        QVERIFY2(store.saveContent(m, edit, &e), qPrintable(e.message));
        sheet = store.load(m, &e);
        QCOMPARE(sheet->revisions.size(), 1);
        QCOMPARE(sheet->latest().notes, QStringLiteral("corrected"));
        QVERIFY(store.verify(&e).isEmpty());
    }

    void forbiddenTransitionsAreRefused_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        using S = SheetStatus;
        QTest::newRow("draft→approved") << int(S::Draft) << int(S::Approved);
        QTest::newRow("draft→built") << int(S::Draft) << int(S::Built);
        QTest::newRow("in-review→built") << int(S::InReview) << int(S::Built);
        QTest::newRow("approved→in-review") << int(S::Approved) << int(S::InReview);
        QTest::newRow("approved→draft") << int(S::Approved) << int(S::Draft);
        QTest::newRow("approved→archived") << int(S::Approved) << int(S::Archived);
        QTest::newRow("built→approved") << int(S::Built) << int(S::Approved);
        QTest::newRow("archived→draft") << int(S::Archived) << int(S::Draft);
        QTest::newRow("archived→built") << int(S::Archived) << int(S::Built);
    }

    void forbiddenTransitionsAreRefused()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        const QString n = sheetAt(store, SheetStatus(from));
        SheetError e;
        const auto before = store.load(n, &e);
        QVERIFY(!store.transition(n, SheetStatus(to), SignOffRole::Engineer, QStringLiteral("X"), &e));
        QCOMPARE(e.kind, SheetError::Forbidden);
        QVERIFY2(e.message.contains(n) && e.message.contains(QStringLiteral("cannot become")), qPrintable(e.message));
        const auto after = store.load(n, &e);
        QCOMPARE(after->revisions, before->revisions);
    }

    void signOffNeedsAName()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        const QString n = sheetAt(store, SheetStatus::Draft);
        SheetError e;
        QVERIFY(!store.transition(n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("  "), &e));
        QCOMPARE(e.kind, SheetError::Invalid);
    }

    void failingRuleBlocksApproval()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        const QString n
            = *store.create(sheetfixtures::withRules(sheetfixtures::content(1), QStringLiteral("FR-08")), &e);
        QVERIFY(store.transition(n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("E"), &e));
        QVERIFY(!store.transition(n, SheetStatus::Approved, SignOffRole::Homologation, QStringLiteral("H"), &e));
        QCOMPARE(e.kind, SheetError::Forbidden);
        QVERIFY(e.message.contains(QStringLiteral("FR-08")));
        // The database refuses it too, whoever asks.
        QString sqlError;
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet_revision SET status = 'approved', sealed = 1"), &sqlError));
        QVERIFY2(sqlError.contains(QStringLiteral("failing rule")), qPrintable(sqlError));
        QCOMPARE(store.load(n, &e)->latest().status, SheetStatus::InReview);
    }

    void changingAnApprovedSheetMakesANewRevision()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        const QString n = sheetAt(store, SheetStatus::Approved);
        const SheetRevision approved = store.load(n, &e)->latest();
        SheetRevision edit = sheetfixtures::content(1);
        edit.customer = QStringLiteral("New owner");
        QVERIFY2(store.saveContent(n, edit, &e), qPrintable(e.message));
        const auto sheet = store.load(n, &e);
        QCOMPARE(sheet->revisions.size(), 2);
        QCOMPARE(sheet->revisions.at(0), approved);
        QCOMPARE(sheet->revisions.at(1).status, SheetStatus::Draft);
        QCOMPARE(sheet->revisions.at(1).customer, QStringLiteral("New owner"));
        QCOMPARE(sheet->revisions.at(1).previousHash, approved.hash);
        QVERIFY(sheet->revisions.at(1).signOffs.isEmpty());
        QVERIFY(store.verify(&e).isEmpty());
        // In review and archived sheets are not edited.
        const QString r = sheetAt(store, SheetStatus::InReview, 2);
        QVERIFY(!store.saveContent(r, edit, &e));
        QCOMPARE(e.kind, SheetError::Forbidden);
    }

    void sealedRevisionIsImmutableThroughRawSql()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        const QString n = sheetAt(store, SheetStatus::Approved);
        const QString where = QStringLiteral(" WHERE revision_id = (SELECT id FROM sheet_revision WHERE sealed = 1)");
        QString error;
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet_revision SET notes = 'edited' WHERE sealed = 1"), &error));
        QVERIFY2(error.contains(QStringLiteral("immutable")), qPrintable(error));
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet_revision SET sealed = 0"), &error));
        QVERIFY(!exec(db, QStringLiteral("DELETE FROM sheet_revision"), &error));
        QVERIFY(error.contains(QStringLiteral("never deleted")));
        QVERIFY(!exec(db, QStringLiteral("DELETE FROM sheet"), &error));
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet SET number = '2000-0001'"), &error));
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet_bom_line SET quantity = 9") + where, &error));
        QVERIFY(!exec(db, QStringLiteral("DELETE FROM sheet_bom_line") + where, &error));
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet_work_step SET done = 1") + where, &error));
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet_signoff SET name = 'Someone else'") + where, &error));
        QVERIFY(
            !exec(db,
                  QStringLiteral("INSERT INTO sheet_signoff SELECT id, 9, 'engineer', 'X', 'now', 'approved', 'built'"
                                 " FROM sheet_revision WHERE sealed = 1"),
                  &error));
        // The sheet row always shows its latest revision's status.
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet SET status = 'built'"), &error));
        SheetError e;
        QVERIFY(store.verify(&e).isEmpty());
        QCOMPARE(store.load(n, &e)->latest().status, SheetStatus::Approved);
    }

    void rawStatusJumpsAreRefusedByTriggers()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        sheetAt(store, SheetStatus::Draft);
        QString error;
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet_revision SET status = 'approved', sealed = 1"), &error));
        QVERIFY2(error.contains(QStringLiteral("transition not allowed")), qPrintable(error));
        QVERIFY(!exec(db, QStringLiteral("UPDATE sheet_revision SET status = 'built'"), &error));
        // A second revision only after a sealed one.
        QVERIFY(
            !exec(db,
                  QStringLiteral("INSERT INTO sheet_revision(sheet_id, revision, status, design_json, snapshot_json,"
                                 " created_at, previous_hash, hash) SELECT sheet_id, 2, 'draft', '{}', '{}', 'now',"
                                 " hash, hash FROM sheet_revision"),
                  &error));
        QVERIFY2(error.contains(QStringLiteral("must follow a sealed one")), qPrintable(error));
    }

    void verifyCatchesEditsBehindTheAppsBack()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        const QString draft = sheetAt(store, SheetStatus::Draft, 1);
        const QString approved = sheetAt(store, SheetStatus::Built, 2);
        const QString clean = sheetAt(store, SheetStatus::Approved, 3);
        SheetError e;
        QVERIFY(store.verify(&e).isEmpty());

        // 1. A field of a draft revision (the triggers allow it: drafts are editable).
        QVERIFY(exec(db,
                     QStringLiteral("UPDATE sheet_revision SET vin = 'VF1FORGED0000000' WHERE sheet_id ="
                                    " (SELECT id FROM sheet WHERE number = '%1')")
                         .arg(draft)));
        // 2. A sealed revision, with the triggers dropped first.
        if (onPostgres(db)) {
            QVERIFY(exec(db, QStringLiteral("DROP TRIGGER sheet_revision_sealed ON sheet_revision")));
            QVERIFY(exec(db, QStringLiteral("DROP TRIGGER sheet_bom_line_sealed ON sheet_bom_line")));
        } else {
            QVERIFY(exec(db, QStringLiteral("DROP TRIGGER sheet_revision_sealed")));
            QVERIFY(exec(db, QStringLiteral("DROP TRIGGER sheet_bom_line_sealed_update")));
        }
        QVERIFY(exec(db,
                     QStringLiteral("UPDATE sheet_bom_line SET serial_numbers = '[\"SWAPPED\"]' WHERE revision_id ="
                                    " (SELECT r.id FROM sheet_revision r JOIN sheet s ON s.id = r.sheet_id"
                                    " WHERE s.number = '%1' AND r.revision = 1) AND line_no = 2")
                         .arg(approved)));
        const QList<SheetVerifyIssue> issues = store.verify(&e);
        QVERIFY(!e);
        QStringList where;
        for (const auto &i : issues)
            where.append(QStringLiteral("%1 r%2: %3").arg(i.number).arg(i.revision).arg(i.problem));
        QVERIFY2(issues.size() >= 2, qPrintable(where.join(QLatin1Char('\n'))));
        bool draftFound = false, sealedFound = false;
        for (const auto &i : issues) {
            QVERIFY2(i.number != clean, qPrintable(where.join(QLatin1Char('\n'))));
            draftFound |= i.number == draft && i.revision == 1 && i.problem.contains(QStringLiteral("hash"));
            sealedFound |= i.number == approved && i.revision == 1 && i.problem.contains(QStringLiteral("hash"));
        }
        QVERIFY(draftFound);
        QVERIFY(sealedFound);

        // 3. A hash rewritten to match the forged content breaks the chain to the next revision.
        const auto forged = store.load(approved, &e);
        SheetRevision r1 = forged->revisions.at(0);
        const QString newHash = SheetHash::compute(approved, r1);
        QVERIFY(exec(db,
                     QStringLiteral("UPDATE sheet_revision SET hash = '%1' WHERE revision = 1 AND sheet_id ="
                                    " (SELECT id FROM sheet WHERE number = '%2')")
                         .arg(newHash, approved)));
        bool chainFound = false;
        for (const auto &i : store.verify(&e))
            chainFound |= i.number == approved && i.revision == 2 && i.problem.contains(QStringLiteral("chain"));
        QVERIFY(chainFound);
    }

    void sheetWithoutRevisionIsReportedNotFatal()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        QVERIFY(
            exec(db,
                 QStringLiteral("INSERT INTO sheet(number, year, seq, status, current_revision, created_at, updated_at)"
                                " VALUES ('2020-0007', 2020, 7, 'draft', 1, 'x', 'x')")));
        SheetError e;
        QVERIFY(!store.load(QStringLiteral("2020-0007"), &e));
        QCOMPARE(e.kind, SheetError::Database);
        const auto issues = store.verify(&e);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().number, QStringLiteral("2020-0007"));
    }

    void searchAndFiltersAgreeWithAndWithoutFts()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        for (int i = 1; i <= 40; ++i)
            QVERIFY(store.create(
                sheetfixtures::content(i, i % 4 == 0 ? QStringLiteral("Boulangerie Dupont") : QString()), &e));
        const QString approved = sheetAt(store, SheetStatus::Approved, 41);
        struct Case {
            QString search;
            int expected;
        };
        const QList<Case> cases { { QStringLiteral("00000017"), 1 }, // VIN fragment from the middle
                                  { QStringLiteral("dupont"), 10 }, // customer, case-insensitive
                                  { QStringLiteral("boulangerie 0000002"),
                                    3 }, // two words: both must match (20, 24, 28)
                                  { QStringLiteral("GA-017"), 1 }, // registration
                                  { QStringLiteral("van 39,"), 1 }, // notes
                                  { QStringLiteral("-00"), 41 }, // sheet numbers, short words through LIKE
                                  { QStringLiteral("zz"), 0 },
                                  { QStringLiteral("nothing like this"), 0 },
                                  { QStringLiteral("50%"), 0 } };
        for (SheetStore::SearchMode mode : { SheetStore::SearchMode::Automatic, SheetStore::SearchMode::Like }) {
            store.setSearchMode(mode);
            QCOMPARE(store.usesFullTextSearch(), mode == SheetStore::SearchMode::Automatic);
            for (const Case &c : cases) {
                SheetQuery q;
                q.search = c.search;
                q.limit = 0;
                QCOMPARE(store.list(q, &e).rows.size(), c.expected);
                QCOMPARE(store.count(q, &e), c.expected);
            }
        }
        SheetQuery q;
        q.status = SheetStatus::Approved;
        const SheetPage page = store.list(q, &e);
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().number, approved);
        q = {};
        q.createdFrom = QDate::currentDate().addDays(-1);
        q.createdTo = QDate::currentDate().addDays(1);
        QCOMPARE(store.count(q, &e), 41);
        q.createdFrom = QDate::currentDate().addDays(2);
        q.createdTo = {};
        QCOMPARE(store.count(q, &e), 0);
    }

    void keysetPagesCoverEverythingOnce()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        for (int i = 1; i <= 57; ++i)
            QVERIFY(store.create(sheetfixtures::content(i, QStringLiteral("C%1").arg(i % 5)), &e));
        for (SheetSortColumn sort :
             { SheetSortColumn::Number, SheetSortColumn::Customer, SheetSortColumn::Vin, SheetSortColumn::Updated }) {
            for (bool desc : { false, true }) {
                SheetQuery q;
                q.sort = sort;
                q.descending = desc;
                q.limit = 10;
                QStringList seen;
                QList<SheetSummary> all;
                forever
                {
                    const SheetPage p = store.list(q, &e);
                    QVERIFY(!e);
                    for (const auto &s : p.rows) {
                        seen.append(s.number);
                        all.append(s);
                    }
                    if (p.rows.size() < q.limit)
                        break;
                    q.after = p.keys.last();
                }
                QCOMPARE(seen.size(), 57);
                QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 57);
                if (sort == SheetSortColumn::Customer)
                    for (int i = 1; i < all.size(); ++i)
                        QVERIFY(desc ? all[i - 1].customer >= all[i].customer : all[i - 1].customer <= all[i].customer);
                if (sort == SheetSortColumn::Number)
                    QCOMPARE(seen.first().endsWith(QStringLiteral("-0001")), !desc);
            }
        }
    }

    void readOnlyDatabaseRefusesWrites()
    {
        const QString p = freshPath();
        {
            Database db;
            QVERIFY(db.open(p).ok());
            SheetStore store(db);
            sheetAt(store, SheetStatus::Draft);
            QVERIFY(testdb::setSchemaVersion(db, 99));
        }
        Database db;
        const auto r = db.open(p);
        QCOMPARE(r.status, Database::Status::OpenedReadOnly);
        SheetStore store(db);
        SheetError e;
        QVERIFY(!store.create(sheetfixtures::content(2), &e));
        QCOMPARE(e.kind, SheetError::Database);
        QCOMPARE(store.numbers(&e).size(), 1); // still readable
    }

    // --- migrations --------------------------------------------------------------------------

    void upgradeFromVersion1KeepsDataAndMakesBackup()
    {
        const QString p = freshPath();
        const QList<Migration> v1 { schemaMigrations().first() };
        {
            Database::setMigrationsForTesting(&v1);
            Database db;
            const auto r = db.open(p);
            Database::setMigrationsForTesting(nullptr);
            QVERIFY(r.ok());
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(exec(db, QStringLiteral("INSERT INTO catalog_meta VALUES ('vehicles', 'v-test', 'now')")));
        }
        Database db;
        const auto r = db.open(p);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.schemaVersionFound, 1);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        // SQLite: a backup copy first. PostgreSQL: none (transactional DDL; pg_dump is IT's).
        QCOMPARE(r.backupPath.isEmpty(), onPostgres(db));
        QCOMPARE(scalar(db, QStringLiteral("SELECT seed_version FROM catalog_meta")).toString(),
                 QStringLiteral("v-test"));
        SheetStore store(db);
        QVERIFY(store.usesFullTextSearch());
        sheetAt(store, SheetStatus::Approved);
        if (!onPostgres(db)) {
            QVERIFY(QFileInfo::exists(r.backupPath));
            // The backup is the untouched version-1 file (read without migrating it).
            checkVersion1Backup(r.backupPath);
            QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        }
        // Re-opening is a no-op: no second backup, same schema, sheets intact.
        db.close();
        Database again;
        const auto r2 = again.open(p);
        QVERIFY(r2.ok());
        QVERIFY(r2.backupPath.isEmpty());
        SheetStore store2(again);
        SheetError e;
        QCOMPARE(store2.numbers(&e).size(), 1);
        QVERIFY(store2.verify(&e).isEmpty());
    }

    void upgradeFromVersion2KeepsSheetsAndAddsWho()
    {
        const QString p = freshPath();
        const QList<Migration> v2 { schemaMigrations().at(0), schemaMigrations().at(1) };
        QString number;
        {
            Database::setMigrationsForTesting(&v2);
            Database db;
            const auto r = db.open(p);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(db.schemaVersion(), 2);
            // A sheet written by a schema-2 ReMaster: its tables have no updated_by/db_user yet.
            QVERIFY(exec(db,
                         QStringLiteral("INSERT INTO sheet(number, year, seq, status, current_revision, created_at,"
                                        " updated_at) VALUES ('2025-0001', 2025, 1, 'draft', 1, 'x', 'x')")));
            Database::setMigrationsForTesting(nullptr);
        }
        Database db;
        const auto r = db.open(p);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.schemaVersionFound, 2);
        QCOMPARE(db.schemaVersion(), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT updated_by FROM sheet WHERE number = '2025-0001'")).toString(),
                 QString());
        SheetStore store(db);
        number = sheetAt(store, SheetStatus::Approved, 2);
        SheetError e;
        const auto sheet = store.load(number, &e);
        QCOMPARE(sheet->latest().signOffs.size(), 2);
        QCOMPARE(sheet->latest().signOffs.first().dbUser, db.userName());
        QVERIFY(!db.userName().isEmpty());
    }

    void aSaveOnAStaleRevisionIsRefusedNamingWhoChangedIt()
    {
        const QString p = freshPath();
        Database mine;
        QVERIFY(mine.open(p).ok());
        SheetStore myStore(mine);
        SheetError e;
        const QString n = sheetAt(myStore, SheetStatus::Draft);
        SheetRevision opened = myStore.load(n, &e)->latest(); // the editor opens the sheet
        // Meanwhile another workstation saves it.
        {
            Database theirs;
            QVERIFY(theirs.open(p).ok());
            SheetStore theirStore(theirs);
            SheetRevision edit = theirStore.load(n, &e)->latest();
            edit.notes = QStringLiteral("changed by the workshop");
            QVERIFY2(theirStore.saveContent(n, edit, &e), qPrintable(e.message));
        }
        opened.notes = QStringLiteral("my notes");
        QVERIFY(!myStore.saveContent(n, opened, &e));
        QCOMPARE(e.kind, SheetError::Conflict);
        QVERIFY2(e.message.contains(mine.userName()) && e.message.contains(QStringLiteral("revision 1")),
                 qPrintable(e.message));
        QCOMPARE(myStore.load(n, &e)->latest().notes, QStringLiteral("changed by the workshop")); // not lost
        // Saving "on top", knowingly: the latest hash (or none) is accepted.
        opened.hash.clear();
        QVERIFY2(myStore.saveContent(n, opened, &e), qPrintable(e.message));
        QCOMPARE(myStore.load(n, &e)->latest().notes, QStringLiteral("my notes"));
        QVERIFY(myStore.verify(&e).isEmpty());

        // A sign-off is for the revision the signer saw: submitting a sheet changed since fails.
        const QString seen = myStore.load(n, &e)->latest().hash;
        {
            Database theirs;
            QVERIFY(theirs.open(p).ok());
            SheetStore theirStore(theirs);
            SheetRevision edit = theirStore.load(n, &e)->latest();
            edit.notes = QStringLiteral("changed again");
            QVERIFY(theirStore.saveContent(n, edit, &e));
        }
        QVERIFY(!myStore.transition(n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("E"), &e, seen));
        QCOMPARE(e.kind, SheetError::Conflict);
        QCOMPARE(myStore.load(n, &e)->latest().status, SheetStatus::Draft);
        QVERIFY(myStore.transition(n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("E"), &e,
                                   myStore.load(n, &e)->latest().hash));
    }

    void failedSheetMigrationLeavesVersion1()
    {
        const QString p = freshPath();
        const QList<Migration> v1 { schemaMigrations().first() };
        {
            Database::setMigrationsForTesting(&v1);
            Database db;
            QVERIFY(db.open(p).ok());
            Database::setMigrationsForTesting(nullptr);
        }
        // The real migration 2, then a failure inside the same transaction.
        const QList<Migration> failing { schemaMigrations().at(0),
                                         { 2, "build sheets, then a failure",
                                           [](QSqlDatabase &db, DatabaseBackend backend, QString &error) {
                                               if (!schemaMigrations().at(1).apply(db, backend, error))
                                                   return false;
                                               error = QStringLiteral("simulated failure after the sheet tables");
                                               return false;
                                           } } };
        Database::setMigrationsForTesting(&failing);
        Database db;
        const auto r = db.open(p);
        Database::setMigrationsForTesting(nullptr);
        QCOMPARE(r.status, Database::Status::Failed);
        QVERIFY(r.message.contains(QStringLiteral("simulated failure")));
        db.close();
        Database::setMigrationsForTesting(&v1);
        Database again;
        QVERIFY(again.open(p).ok());
        Database::setMigrationsForTesting(nullptr);
        QCOMPARE(again.schemaVersion(), 1);
        for (const char *table : { "sheet", "sheet_revision", "sheet_bom_line" })
            QVERIFY2(!testdb::tableExists(again, QLatin1String(table)), table);
    }

    void migrationWithoutFts5FallsBackToLike()
    {
        // Simulates an SQLite without FTS5: the schema is the same minus the index, and search
        // works through LIKE.
        // On PostgreSQL: a server without pg_trgm, simulated by dropping the trigram indexes.
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        if (onPostgres(db)) {
            QVERIFY(exec(db, QStringLiteral("DROP INDEX sheet_trgm")));
        } else {
            QVERIFY(exec(db, QStringLiteral("DROP TRIGGER sheet_fts_insert")));
            QVERIFY(exec(db, QStringLiteral("DROP TRIGGER sheet_fts_update")));
            QVERIFY(exec(db, QStringLiteral("DROP TABLE sheet_fts")));
        }
        SheetStore store(db);
        QVERIFY(!store.usesFullTextSearch());
        SheetError e;
        for (int i = 1; i <= 5; ++i)
            QVERIFY(store.create(sheetfixtures::content(i), &e));
        SheetQuery q;
        q.search = QStringLiteral("00000003");
        QCOMPARE(store.count(q, &e), 1);
    }
};

QTEST_GUILESS_MAIN(TestSheetStore)
#include "tst_sheetstore.moc"
