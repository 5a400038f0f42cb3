// "Find kits" driven through its widgets: a search on a few motors runs in the background with
// progress, fills the chart and the sortable table, "Apply to design" is one undoable edit, a
// cancelled search changes nothing, and an impossible range shows the nearest misses.
#include "ui/catalogcontext.h"
#include "ui/design/designdocument.h"
#include "ui/design/designpages.h"
#include "ui/design/designworkspace.h"
#include "ui/design/kitfinderdialog.h"

#include "documents/documentlanguage.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace remaster;

class TestKitFinderDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ui::CatalogContext> m_context;
    std::unique_ptr<ui::DesignDocument> m_doc;

    // Only two motors and two module types ticked: a search of a few seconds.
    static void narrow(ui::KitFinderDialog &d)
    {
        const QStringList motors { QStringLiteral("nissan-em57-110"), QStringLiteral("renault-r135") };
        const QStringList modules { QStringLiteral("renault-zoe-ze40-module"),
                                    QStringLiteral("renault-zoe-ze50-module") };
        auto tick = [](QListWidget *list, const QStringList &ids) {
            QVERIFY(list);
            int ticked = 0;
            for (int i = 0; i < list->count(); ++i) {
                const bool on = ids.contains(list->item(i)->data(Qt::UserRole).toString());
                list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
                ticked += on;
            }
            QCOMPARE(ticked, ids.size());
        };
        const auto lists = d.findChildren<QListWidget *>();
        QCOMPARE(lists.size(), 2);
        tick(lists.at(0), motors);
        tick(lists.at(1), modules);
    }

    static bool runToEnd(ui::KitFinderDialog &d)
    {
        QSignalSpy finished(&d, &ui::KitFinderDialog::searchFinished);
        QTest::mouseClick(d.runButton(), Qt::LeftButton);
        if (!d.isRunning() && finished.isEmpty())
            return false;
        return finished.count() > 0 || finished.wait(120000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        documents::UiLanguage::install(QStringLiteral("en"));
        m_context = std::make_unique<ui::CatalogContext>();
        QString message;
        QVERIFY2(m_context->open(m_dir.filePath(QStringLiteral("kits.sqlite")), message), qPrintable(message));
        m_doc = std::make_unique<ui::DesignDocument>(*m_context);
        QVERIFY(m_doc->outcome().evaluation);
    }

    void searchFillsChartAndTableAndApplyIsUndoable()
    {
        ui::KitFinderDialog d(*m_doc, *m_context);
        narrow(d);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.applyButton()->isEnabled());
        QVERIFY(runToEnd(d));
        QVERIFY(d.result());
        const auto &r = *d.result();
        QVERIFY(r.feasibleCount > 0);
        QCOMPARE(d.progress()->value(), 100);
        QAbstractItemModelTester tester(d.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(static_cast<std::size_t>(d.table()->model()->rowCount()), r.feasibleCount);
        QVERIFY(d.summary()->text().contains(QStringLiteral("feasible")));
        QVERIFY(r.current); // the design's own kit, for comparison

        // Sorted by payload, most first.
        const auto *model = d.table()->model();
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, 5).data(Qt::UserRole).toDouble()
                    >= model->index(row, 5).data(Qt::UserRole).toDouble());

        if (const QByteArray dir = qgetenv("REMASTER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/kit-finder.png"));
            documents::UiLanguage::install(QStringLiteral("fr"));
            QCoreApplication::processEvents();
            d.layout()->activate();
            QCoreApplication::processEvents();
            d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/kit-finder-fr.png"));
            documents::UiLanguage::install(QStringLiteral("en"));
            QCoreApplication::processEvents();
        }

        const model::RetrofitDesign before = m_doc->design();
        d.table()->selectRow(0);
        QVERIFY(d.applyButton()->isEnabled());
        QTest::mouseClick(d.applyButton(), Qt::LeftButton);
        QVERIFY(m_doc->isModified());
        const auto &kit = m_doc->design().kit;
        QVERIFY(kit.reducerRatio.has_value());
        QCOMPARE(m_doc->undoStack()->count(), 1); // one command
        QVERIFY(m_doc->undoStack()->undoText().startsWith(QStringLiteral("Apply kit")));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design().kit.motorId, before.kit.motorId);
        QCOMPARE(m_doc->design().kit.modulesInSeries, before.kit.modulesInSeries);
        QCOMPARE(m_doc->design().kit.reducerRatio, before.kit.reducerRatio);
        QVERIFY(!m_doc->isModified());
    }

    void cancelChangesNothing()
    {
        ui::KitFinderDialog d(*m_doc, *m_context); // every motor and module: long enough to cancel
        QSignalSpy finished(&d, &ui::KitFinderDialog::searchFinished);
        const int commands = m_doc->undoStack()->count();
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.start();
        QVERIFY(d.isRunning());
        QVERIFY(!d.runButton()->isEnabled() && d.cancelButton()->isEnabled());
        QTest::mouseClick(d.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!d.isRunning());
        QVERIFY(!d.result());
        QVERIFY(d.summary()->text().contains(QStringLiteral("cancelled")));
        QCOMPARE(m_doc->undoStack()->count(), commands);
        QVERIFY(!d.applyButton()->isEnabled());
    }

    void impossibleRangeShowsNearestMisses()
    {
        ui::KitFinderDialog d(*m_doc, *m_context);
        narrow(d);
        d.minRangeSpin()->setValue(1500);
        QVERIFY(runToEnd(d));
        QVERIFY(d.result());
        QCOMPARE(d.result()->feasibleCount, std::size_t(0));
        QVERIFY(d.table()->model()->rowCount() > 0); // never an empty table
        QVERIFY(d.summary()->text().contains(QStringLiteral("nearest misses")));
        bool rangeNamed = false;
        for (int row = 0; row < d.table()->model()->rowCount(); ++row)
            rangeNamed = rangeNamed
                || d.table()->model()->index(row, 10).data().toString().contains(QStringLiteral("minimum range"));
        QVERIFY(rangeNamed);
        d.table()->selectRow(0);
        QVERIFY(!d.applyButton()->isEnabled()); // a kit that misses is not applied
        if (const QByteArray dir = qgetenv("REMASTER_SCREENSHOT_DIR"); !dir.isEmpty())
            d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/kit-finder-misses.png"));
    }

    void stockAndMeasuredBatchLimitTheSearch()
    {
        ui::KitFinderDialog d(*m_doc, *m_context);
        narrow(d);
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write");
            f.write(bytes);
            return f.fileName();
        };
        // 24 ZE40 modules on the shelf: only ZE40, never more than 24.
        const QString stock = write(QStringLiteral("stock.json"),
                                    R"({"format": "remaster-module-stock", "format_version": 1,
                                        "modules": {"renault-zoe-ze40-module": 24}})");
        QString error;
        QVERIFY2(d.setStockFile(stock, &error), qPrintable(error));
        QCOMPARE(d.stock().shelf.at("renault-zoe-ze40-module"), 24);
        // A bad file is refused with the field named, and the stock stays as it was.
        const QString bad = write(QStringLiteral("bad-stock.json"),
                                  R"({"format": "remaster-module-stock", "format_version": 1,
                                      "modules": {"renault-zoe-ze40-module": -2}})");
        QVERIFY(!d.setStockFile(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("renault-zoe-ze40-module")), qPrintable(error));
        QCOMPARE(d.stock().shelf.at("renault-zoe-ze40-module"), 24);
        const auto labels = d.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [](QLabel *l) { return l->text().contains(QStringLiteral("24 modules")); }));

        // A measured batch of 26 ZE40 modules: kits on ZE40 use the measured modules.
        QByteArray csv = "serial,capacity_ah,resistance_mohm\n";
        for (int i = 0; i < 26; ++i)
            csv += QStringLiteral("ZE40-%1,%2,%3\n").arg(i).arg(110 + (i % 7)).arg(1.8 + 0.01 * (i % 5)).toUtf8();
        const QString batch = write(QStringLiteral("batch.csv"), csv);
        QVERIFY(!d.setBatchFile(batch, QStringLiteral("no-such-module"), &error));
        QVERIFY(error.contains(QStringLiteral("no-such-module")));
        QVERIFY2(d.setBatchFile(batch, QStringLiteral("renault-zoe-ze40-module"), &error), qPrintable(error));
        QCOMPARE(d.stock().batch.size(), std::size_t(26));

        QVERIFY(runToEnd(d));
        QVERIFY(d.result());
        const auto &r = *d.result();
        QVERIFY(r.feasibleCount > 0);
        for (const auto &k : r.feasible) {
            QCOMPARE(k.moduleId, std::string("renault-zoe-ze40-module"));
            QVERIFY(k.series * k.parallel <= 24);
        }
        if (const QByteArray dir = qgetenv("REMASTER_SCREENSHOT_DIR"); !dir.isEmpty())
            d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/kit-finder-stock.png"));
        d.table()->selectRow(0);
        QTest::mouseClick(d.applyButton(), Qt::LeftButton);
        QCOMPARE(m_doc->design().kit.measuredModules.size(), std::size_t(26)); // the batch goes with the kit
        m_doc->undoStack()->undo();

        d.clearStock();
        d.clearBatch();
        QVERIFY(d.stock().shelf.empty() && d.stock().batch.empty());
    }

    void stepsOfferTheFinder()
    {
        ui::DesignWorkspace w(*m_doc, *m_context);
        QSignalSpy requested(&w, &ui::DesignWorkspace::findKitsRequested);
        int buttons = 0;
        for (auto *b : w.findChildren<QPushButton *>(QStringLiteral("findKitsButton"))) {
            QVERIFY(b->text().contains(QStringLiteral("kits")));
            b->click();
            ++buttons;
        }
        QCOMPARE(buttons, 2); // Motor & drivetrain, Battery
        QCOMPARE(requested.count(), 2);
    }
};

QTEST_MAIN(TestKitFinderDialog)
#include "tst_kitfinder.moc"
