// Catalogs in the database: seeding, seed updates that respect user entries, edits, imports.
// Runs on SQLite, and on PostgreSQL when REMASTER_TEST_POSTGRES is set.
#include "catalogfixtures.h"
#include "testdatabases.h"

#include "storage/catalogstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace remaster;
using namespace remaster::tests;
using namespace remaster::storage;

class TestCatalogStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = std::make_unique<Database>();
        const auto r = db->open(testdb::fresh(m_dir, QStringLiteral("store-%1").arg(++m_counter)));
        if (!r.ok())
            qFatal("%s", qPrintable(r.message));
        return db;
    }

    static CatalogReadResult seedFile(const QJsonArray &variants, const QString &version)
    {
        return CatalogJsonReader::read(toJson(vehiclesDocument(variants, version)), QStringLiteral("seed.json"));
    }

private slots:
    void bundledSeedLoadsEverything()
    {
        auto db = freshDb();
        CatalogStore store(*db);
        const auto reports = store.seedBundled();
        QCOMPARE(reports.size(), 2);
        for (const auto &r : reports) {
            QVERIFY(r.issues.isEmpty());
            QVERIFY(r.added > 0);
        }
        QList<CatalogIssue> issues;
        const auto set = store.load(&issues);
        QVERIFY(issues.isEmpty());
        const auto fileSet = CatalogJsonReader::readFile(QStringLiteral(":/catalog/vehicles.json")).set;
        QCOMPARE(set.variants.size(), fileSet.variants.size());
        QVERIFY(set.componentCount() > 10);
        // Seeding the same version again changes nothing.
        const auto again = store.seedBundled();
        QVERIFY(again.at(0).skippedSameVersion && again.at(1).skippedSameVersion);
    }

    void seedUpdateNeverOverwritesUserWork()
    {
        auto db = freshDb();
        CatalogStore store(*db);
        const QJsonObject a = validVariant(QStringLiteral("variant-a"));
        const QJsonObject b = validVariant(QStringLiteral("variant-b"));
        const auto first = store.seed(seedFile({ a, b }, QStringLiteral("1")));
        QVERIFY2(first.issues.isEmpty(), qPrintable(first.issues.value(0).toString()));
        QCOMPARE(first.added, 3); // the engine and the two variants

        // The user edits seed entry b and adds an entry of their own.
        QJsonObject editedB = b;
        editedB.insert(QStringLiteral("mass_in_running_order"), q(1999, "kg", "A"));
        QString error;
        QVERIFY2(store.saveEntry(QStringLiteral("vehicles"), editedB, &error), qPrintable(error));
        QJsonObject mine = validVariant(QStringLiteral("my-weighed-van"));
        mine.insert(QStringLiteral("mass_in_running_order"), q(2010, "kg", "A"));
        QVERIFY2(store.saveEntry(QStringLiteral("vehicles"), mine, &error), qPrintable(error));

        // Seed version 2 changes a, b, and ships an entry with the user's id.
        QJsonObject a2 = a;
        a2.insert(QStringLiteral("mass_in_running_order"), q(1900, "kg", "B"));
        QJsonObject b2 = b;
        b2.insert(QStringLiteral("mass_in_running_order"), q(1901, "kg", "B"));
        QJsonObject clash = validVariant(QStringLiteral("my-weighed-van"));
        const auto report = store.seed(seedFile({ a2, b2, clash }, QStringLiteral("2")));
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.keptUserEntries, 2);

        const auto set = store.load();
        QCOMPARE(set.variant("variant-a")->massInRunningOrder.value.value(), 1900.0);
        QCOMPARE(set.variant("variant-b")->massInRunningOrder.value.value(), 1999.0);
        QCOMPARE(set.variant("my-weighed-van")->massInRunningOrder.value.value(), 2010.0);
        QCOMPARE(store.seedVersion(QStringLiteral("vehicles")), QStringLiteral("2"));
    }

    void invalidEditIsRefusedAndStoredEntryKept()
    {
        auto db = freshDb();
        CatalogStore store(*db);
        store.seed(seedFile({ validVariant(QStringLiteral("variant-a")) }, QStringLiteral("1")));
        QJsonObject bad = validVariant(QStringLiteral("variant-a"));
        bad.insert(QStringLiteral("gvw"), q(-3500, "kg"));
        QString error;
        QVERIFY(!store.saveEntry(QStringLiteral("vehicles"), bad, &error));
        QVERIFY2(error.contains(QStringLiteral("gvw")) && error.contains(QStringLiteral("2000 … 5000 kg")),
                 qPrintable(error));
        QCOMPARE(store.load().variant("variant-a")->gvw.value.value(), 3300.0);
        const auto entries = store.entries(QStringLiteral("vehicles"));
        QVERIFY(!entries.isEmpty());
        QVERIFY(!entries.last().userModified);
    }

    void duplicateCreatesAUserEntry()
    {
        auto db = freshDb();
        CatalogStore store(*db);
        store.seed(seedFile({ validVariant(QStringLiteral("variant-a")) }, QStringLiteral("1")));
        QString error;
        QVERIFY2(store.duplicate(QStringLiteral("variant-a"), QStringLiteral("variant-a-weighed"), {}, &error),
                 qPrintable(error));
        QVERIFY(!store.duplicate(QStringLiteral("variant-a"), QStringLiteral("variant-a-weighed"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(!store.duplicate(QStringLiteral("no-such-id"), QStringLiteral("x"), {}, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-id")));
        const auto entries = store.entries(QStringLiteral("vehicles"));
        const auto it = std::find_if(entries.begin(), entries.end(),
                                     [](const auto &e) { return e.id == QLatin1String("variant-a-weighed"); });
        QVERIFY(it != entries.end());
        QCOMPARE(it->origin, QStringLiteral("user"));
        QVERIFY(it->label.endsWith(QStringLiteral("(copy)")));
        QVERIFY(store.removeUserEntry(QStringLiteral("variant-a-weighed"), &error));
        QVERIFY(!store.removeUserEntry(QStringLiteral("variant-a"), &error)); // seed entries stay
    }

    void importIsAllOrNothing()
    {
        auto db = freshDb();
        CatalogStore store(*db);
        store.seed(seedFile({ validVariant(QStringLiteral("variant-a")) }, QStringLiteral("1")));
        QJsonObject broken = validVariant(QStringLiteral("import-2"));
        broken.remove(QStringLiteral("wheelbase"));
        // Entries refer to the stored engine and source: the file needs neither.
        const QByteArray file
            = toJson(catalogDocument(QStringLiteral("vehicles"), { validVariant(QStringLiteral("import-1")), broken }));
        int imported = -1;
        QString error;
        QVERIFY(!store.importFile(file, QStringLiteral("import.json"), &imported, &error));
        QVERIFY(error.contains(QStringLiteral("import-2")) && error.contains(QStringLiteral("wheelbase")));
        QVERIFY(!store.contains(QStringLiteral("import-1")));

        const QByteArray good
            = toJson(catalogDocument(QStringLiteral("vehicles"), { validVariant(QStringLiteral("import-1")) }));
        QVERIFY2(store.importFile(good, QStringLiteral("ok.json"), &imported, &error), qPrintable(error));
        // The same file again: refused as a whole, nothing duplicated.
        QVERIFY(!store.importFile(good, QStringLiteral("ok.json"), &imported, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QCOMPARE(imported, 1);
        QVERIFY(store.contains(QStringLiteral("import-1")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogStore)
#include "tst_catalogstore.moc"
