// The "remaster-sheets" exchange file: round trip with every revision and hash, idempotent
// re-import, and malformed or tampered files refused as a whole with nothing half-imported.
#include "sheetfixtures.h"

#include "storage/database.h"
#include "storage/sheetcsv.h"
#include "storage/sheetjson.h"
#include "storage/sheetstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace remaster::storage;

class TestSheetJson : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;
    QByteArray m_export; // three sheets: draft, approved, built (+ a revision each)
    QStringList m_numbers;

    QString freshPath() { return m_dir.filePath(QStringLiteral("json-%1.sqlite").arg(++m_files)); }

    static QJsonObject root(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }
    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    // Applies `edit` to the first revision of sheet `sheet` of the export.
    QByteArray edited(int sheet, const std::function<void(QJsonObject &)> &edit) const
    {
        QJsonObject r = root(m_export);
        QJsonArray sheets = r.value(QLatin1String("sheets")).toArray();
        QJsonObject s = sheets.at(sheet).toObject();
        QJsonArray revisions = s.value(QLatin1String("revisions")).toArray();
        QJsonObject rev = revisions.at(0).toObject();
        edit(rev);
        revisions[0] = rev;
        s.insert(QStringLiteral("revisions"), revisions);
        sheets[sheet] = s;
        r.insert(QStringLiteral("sheets"), sheets);
        return bytes(r);
    }

    // Imports into a fresh database; checks that a refused file leaves it empty.
    QString refusal(const QByteArray &file)
    {
        Database db;
        if (!db.open(freshPath()).ok())
            return QStringLiteral("cannot open");
        SheetStore store(db);
        QString error;
        const auto sheets = SheetJson::read(file, &error);
        if (sheets) {
            SheetError e;
            if (store.importSheets(*sheets, &e))
                return {};
            error = e.message;
        }
        SheetError e;
        if (!store.numbers(&e).isEmpty())
            return QStringLiteral("HALF-IMPORTED");
        return error;
    }

private slots:
    void initTestCase()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        for (int i = 1; i <= 3; ++i) {
            const QString n = *store.create(sheetfixtures::content(i), &e);
            m_numbers.append(n);
            if (i >= 2) {
                QVERIFY(store.transition(n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("E"), &e));
                QVERIFY(store.transition(n, SheetStatus::Approved, SignOffRole::Homologation, QStringLiteral("H"), &e));
            }
            if (i == 3)
                QVERIFY(store.transition(n, SheetStatus::Built, SignOffRole::WorkshopLead, QStringLiteral("W"), &e));
        }
        SheetRevision edit = sheetfixtures::content(2);
        edit.notes = QStringLiteral("after approval");
        QVERIFY(store.saveContent(m_numbers.at(1), edit, &e));
        QList<BuildSheet> sheets;
        for (const QString &n : m_numbers)
            sheets.append(*store.load(n, &e));
        m_export = SheetJson::write(sheets);
    }

    void roundTripKeepsEveryRevisionAndHash()
    {
        QString error;
        const auto sheets = SheetJson::read(m_export, &error);
        QVERIFY2(sheets, qPrintable(error));
        QCOMPARE(sheets->size(), 3);
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        const auto report = store.importSheets(*sheets, &e);
        QVERIFY2(report, qPrintable(e.message));
        QCOMPARE(report->imported, 3);
        QCOMPARE(store.numbers(&e), m_numbers);
        QVERIFY(store.verify(&e).isEmpty());
        QList<BuildSheet> again;
        for (const QString &n : m_numbers)
            again.append(*store.load(n, &e));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.at(i).revisions, sheets->at(i).revisions);
        QCOMPARE(again.at(1).revisions.size(), 2);
        QCOMPARE(again.at(2).latest().status, SheetStatus::Built);
        // Importing the same file again changes nothing.
        const auto second = store.importSheets(*sheets, &e);
        QVERIFY(second);
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->alreadyPresent, 3);
        // Imported sheets keep their workflow: the built one cannot be approved again.
        QVERIFY(!store.transition(m_numbers.at(2), SheetStatus::Approved, SignOffRole::Homologation,
                                  QStringLiteral("H"), &e));
        QCOMPARE(e.kind, SheetError::Forbidden);
        // A sheet created afterwards continues the year's sequence.
        const auto next = store.create(sheetfixtures::content(9), &e);
        QVERIFY(next);
        QVERIFY(!m_numbers.contains(*next));
    }

    void malformedFilesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << m_export.left(m_export.size() * 2 / 3) << QStringLiteral("truncated");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON");
        QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("one JSON object");
        QTest::newRow("other format") << bytes({ { QStringLiteral("format"), QStringLiteral("remaster-catalog") } })
                                      << QStringLiteral("format");
        QJsonObject future = root(m_export);
        future.insert(QStringLiteral("format_version"), 2);
        QTest::newRow("future version") << bytes(future) << QStringLiteral("format_version: 2 is not supported");
        QTest::newRow("wrong type: revision")
            << edited(0, [](QJsonObject &r) { r.insert(QStringLiteral("revision"), QStringLiteral("1")); })
            << QStringLiteral("sheets[0].revisions[0].revision: must be a number");
        QTest::newRow("wrong type: bom quantity") << edited(1, [](QJsonObject &r) {
            QJsonArray bom = r.value(QLatin1String("bom")).toArray();
            QJsonObject line = bom.at(1).toObject();
            line.insert(QStringLiteral("quantity"), QStringLiteral("four"));
            bom[1] = line;
            r.insert(QStringLiteral("bom"), bom);
        }) << QStringLiteral("sheets[1].revisions[0].bom[1].quantity: must be a number");
        QTest::newRow("missing field") << edited(2, [](QJsonObject &r) { r.remove(QStringLiteral("vin")); })
                                       << QStringLiteral("sheets[2].revisions[0].vin: is missing");
        QTest::newRow("bad status") << edited(0, [](QJsonObject &r) {
            r.insert(QStringLiteral("status"), QStringLiteral("done"));
        }) << QStringLiteral("not a status");
        QJsonObject dup = root(m_export);
        QJsonArray sheets = dup.value(QLatin1String("sheets")).toArray();
        sheets.append(sheets.at(0));
        dup.insert(QStringLiteral("sheets"), sheets);
        QTest::newRow("duplicate number")
            << bytes(dup) << QStringLiteral("sheets[3].number: sheet %1 appears twice").arg(m_numbers.at(0));
        QTest::newRow("tampered content")
            << edited(1, [](QJsonObject &r) { r.insert(QStringLiteral("customer"), QStringLiteral("Forged")); })
            << QStringLiteral("sheets[1].revisions[0].hash: does not match the revision's content");
        QTest::newRow("bad hash") << edited(0, [](QJsonObject &r) {
            r.insert(QStringLiteral("hash"), QStringLiteral("abc"));
        }) << QStringLiteral("64 lower-case hexadecimal");
        QTest::newRow("broken chain") << edited(0, [](QJsonObject &r) {
            r.insert(QStringLiteral("previous_hash"), QString(64, QLatin1Char('f')));
        }) << QStringLiteral("previous_hash");
    }

    void malformedFilesAreRefusedWhole()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        const QString message = refusal(file);
        QVERIFY2(!message.isEmpty(), "the file was accepted");
        QVERIFY2(message != QLatin1String("HALF-IMPORTED"), "part of the file was imported");
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void conflictingSheetInDatabaseRefusesWholeImport()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        SheetStore store(db);
        SheetError e;
        const QString local = *store.create(sheetfixtures::content(77), &e); // same number as the first exported
        QCOMPARE(local, m_numbers.at(0));
        QString error;
        const auto sheets = SheetJson::read(m_export, &error);
        QVERIFY(sheets);
        QVERIFY(!store.importSheets(*sheets, &e));
        QVERIFY2(e.message.contains(local) && e.message.contains(QStringLiteral("nothing was imported")),
                 qPrintable(e.message));
        QCOMPARE(store.numbers(&e), QStringList { local });
    }

    void csvQuotesPerRfc4180()
    {
        QCOMPARE(SheetCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(SheetCsv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(SheetCsv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(SheetCsv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        const SheetRevision r = sheetfixtures::content(5);
        const QByteArray csv = SheetCsv::bom(QStringLiteral("2026-0005"), r);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, 2 lines, empty after the last CRLF
        QVERIFY(lines.at(0).endsWith('\r'));
        QCOMPARE(lines.at(2),
                 QByteArray("2026-0005,0,2,battery,Module × 4,4,240.000,1800.0,SL-5-A;SL-5-B;SL-5-C;SL-5-D\r"));
        SheetSummary s;
        s.number = QStringLiteral("2026-0005");
        s.customer = QStringLiteral("Dupont, \"Fils\"");
        QVERIFY(SheetCsv::sheetList({ s }).contains("\"Dupont, \"\"Fils\"\"\""));
    }
};

QTEST_GUILESS_MAIN(TestSheetJson)
#include "tst_sheetjson.moc"
