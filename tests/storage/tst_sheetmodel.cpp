// The lazy sheet list model, checked by QAbstractItemModelTester while it pages, filters and sorts.
#include "sheetfixtures.h"

#include "storage/database.h"
#include "storage/sheetlistmodel.h"
#include "storage/sheetstore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace remaster::storage;

class TestSheetModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<SheetStore> m_store;
    static constexpr int kSheets = 700;

    static void fetchAll(SheetListModel &m)
    {
        while (m.canFetchMore({}))
            m.fetchMore({});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("model.sqlite"))).ok());
        m_store = std::make_unique<SheetStore>(m_db);
        SheetError e;
        for (int i = 1; i <= kSheets; ++i) {
            const auto n = m_store->create(sheetfixtures::content(i, QStringLiteral("Customer %1").arg(i % 7)), &e);
            QVERIFY2(n, qPrintable(e.message));
            if (i % 10 == 0)
                QVERIFY(m_store->transition(*n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("E"), &e));
        }
    }

    void pagesLazily()
    {
        SheetListModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kSheets);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), int(SheetListModel::ColumnCount));
        QCOMPARE(model.index(0, SheetListModel::NumberColumn).data().toString().right(5), QStringLiteral("-0001"));
        QCOMPARE(model.index(kSheets - 1, SheetListModel::NumberColumn).data().toString().right(5),
                 QStringLiteral("-0700"));
        QCOMPARE(model.headerData(SheetListModel::VinColumn, Qt::Horizontal).toString(), QStringLiteral("VIN"));
    }

    void filtersAndSorts()
    {
        SheetListModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(64);
        model.setStatusFilter(SheetStatus::InReview);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kSheets / 10);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, 0).data(SheetListModel::StatusCodeRole).toString(), QStringLiteral("in-review"));
        model.setStatusFilter(std::nullopt);
        model.setSearchText(QStringLiteral("000000123"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, SheetListModel::VinColumn).data().toString().endsWith(QStringLiteral("123")));
        model.setSearchText({});
        model.setDateRange(QDate::currentDate().addDays(1), {});
        QCOMPARE(model.rowCount(), 0);
        model.setDateRange({}, {});
        model.sort(SheetListModel::CustomerColumn, Qt::DescendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kSheets);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, SheetListModel::CustomerColumn).data().toString()
                    >= model.index(r, SheetListModel::CustomerColumn).data().toString());
        model.sort(SheetListModel::NumberColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, SheetListModel::NumberColumn).data().toString().right(5), QStringLiteral("-0700"));
    }
};

QTEST_GUILESS_MAIN(TestSheetModel)
#include "tst_sheetmodel.moc"
