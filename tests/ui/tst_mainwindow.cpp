// GUI smoke test on the offscreen platform: the catalog browser filters for real, shows the
// selected variant's figures with their sources, edits are validated, and the language switches.
#include "storage/sheetlistmodel.h"
#include "ui/catalogcontext.h"
#include "ui/catalogentryeditor.h"
#include "ui/catalogtablemodels.h"
#include "ui/componentbrowser.h"
#include "ui/design/designdocument.h"
#include "ui/design/designpages.h"
#include "ui/design/designworkspace.h"
#include "ui/displaynames.h"
#include "ui/entrydetailsview.h"
#include "ui/mainwindow.h"
#include "ui/sheetbrowser.h"
#include "ui/uisettings.h"
#include "ui/variantbrowser.h"

#include "documents/documentlanguage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>

using namespace remaster;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ui::CatalogContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        // Never the user's settings or database.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ReMasterTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        documents::UiLanguage::install(QStringLiteral("en"));
        m_context = std::make_unique<ui::CatalogContext>();
        QString message;
        QVERIFY2(m_context->open(m_dir.filePath(QStringLiteral("gui.sqlite")), message), qPrintable(message));
        m_window = std::make_unique<ui::MainWindow>(*m_context);
        m_window->setNonInteractive(true);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void findKitsIsOnTheMenuTheToolbarAndCtrlK()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("findKitsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QVERIFY(bar->actions().contains(action));
        bool inMenu = false;
        for (QMenu *menu : m_window->findChildren<QMenu *>())
            inMenu = inMenu || menu->actions().contains(action);
        QVERIFY(inMenu);
        if (const QByteArray dir = qgetenv("REMASTER_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/main-window.png"));
    }

    void modelsPassTheModelTester()
    {
        auto *browser = m_window->variantBrowser();
        QAbstractItemModelTester variants(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(browser->table()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *components = m_window->componentBrowser();
        QAbstractItemModelTester componentModel(components->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Exercise resets and filtering while the testers watch.
        m_context->reload();
        choose(browser->generationCombo(), QStringLiteral("master-4"));
        browser->resetFilters();
        for (int i = 0; i < components->kindCombo()->count(); ++i)
            components->kindCombo()->setCurrentIndex(i);
        components->kindCombo()->setCurrentIndex(0);
    }

    void filtersNarrowTheCatalog()
    {
        auto *browser = m_window->variantBrowser();
        browser->resetFilters();
        const int all = browser->visibleCount();
        QCOMPARE(all, static_cast<int>(m_context->catalog().variants.size()));

        choose(browser->generationCombo(), QStringLiteral("master-3"));
        const int master3 = browser->visibleCount();
        QVERIFY(master3 > 0 && master3 < all);
        choose(browser->lengthCombo(), QStringLiteral("L3"));
        choose(browser->driveCombo(), QStringLiteral("rwd-twin"));
        choose(browser->gvwCombo(), 4500.0);
        const int narrow = browser->visibleCount();
        QVERIFY(narrow > 0 && narrow < master3);
        for (int row = 0; row < browser->table()->model()->rowCount(); ++row) {
            const QString id = browser->table()->model()->index(row, 0).data(ui::VariantTableModel::IdRole).toString();
            const auto *v = m_context->catalog().variant(id.toStdString());
            QVERIFY(v);
            QCOMPARE(v->lengthCode, std::string("L3"));
            QCOMPARE(v->rearWheels, model::RearWheels::Twin);
            QCOMPARE(units::inKilograms(v->gvw.value), 4500.0);
        }
        // The count label says what the user sees.
        const auto *count = browser->findChild<QLabel *>(QStringLiteral("variantCount"));
        QVERIFY(count->text().startsWith(QString::number(narrow)));

        // Typing a search narrows further; clearing it restores.
        QTest::keyClicks(browser->searchEdit(), QStringLiteral("l3h2"));
        QVERIFY(browser->visibleCount() <= narrow);
        browser->searchEdit()->clear();
        QCOMPARE(browser->visibleCount(), narrow);

        // An engine filter keeps only variants offering that engine.
        browser->resetFilters();
        choose(browser->engineCombo(), QStringLiteral("m9r-bluedci170-2024"));
        QVERIFY(browser->visibleCount() > 0);
        for (int row = 0; row < browser->table()->model()->rowCount(); ++row) {
            const QString id = browser->table()->model()->index(row, 0).data(ui::VariantTableModel::IdRole).toString();
            QCOMPARE(m_context->catalog().variant(id.toStdString())->generation, model::Generation::MasterIV);
        }
        browser->resetFilters();
        QCOMPARE(browser->visibleCount(), all);
    }

    void selectionShowsFiguresWithSources()
    {
        auto *browser = m_window->variantBrowser();
        QVERIFY(browser->selectId(QStringLiteral("m3-2019-van-l3h2-fwd-3500")));
        QCOMPARE(browser->selectedId(), QStringLiteral("m3-2019-van-l3h2-fwd-3500"));
        auto *details = browser->details();
        QTreeWidgetItem *mass = nullptr;
        for (int i = 0; i < details->topLevelItemCount(); ++i)
            if (details->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("mass_in_running_order"))
                mass = details->topLevelItem(i);
        QVERIFY2(mass,
                 qPrintable(QStringLiteral("%1 rows, first %2")
                                .arg(details->topLevelItemCount())
                                .arg(details->topLevelItemCount() ? details->topLevelItem(0)->text(1) : QString())));
        QVERIFY(mass->text(1).contains(QStringLiteral("2,066")));
        QCOMPARE(mass->text(2), QStringLiteral("B"));
        QVERIFY(mass->text(3).contains(QStringLiteral("billiet-cadart/van")));
    }

    void componentBrowserFiltersByKindAndCondition()
    {
        auto *components = m_window->componentBrowser();
        components->kindCombo()->setCurrentIndex(
            components->kindCombo()->findData(static_cast<int>(model::ComponentKind::BatteryModule)));
        const int modules = components->visibleCount();
        QCOMPARE(modules, static_cast<int>(m_context->catalog().batteryModules.size()));
        components->conditionCombo()->setCurrentIndex(components->conditionCombo()->findData(QStringLiteral("new")));
        QVERIFY(components->visibleCount() < modules);
        components->conditionCombo()->setCurrentIndex(0);
        QCOMPARE(components->visibleCount(), modules);
    }

    void editorRefusesBadValuesAndKeepsStoredData()
    {
        const QString id = QStringLiteral("m3-2019-van-l3h2-fwd-3500");
        ui::CatalogEntryEditor editor(*m_context->store(), QStringLiteral("vehicles"),
                                      m_context->store()->entryJson(id), m_context->catalog());
        QTableWidget *table = editor.table();
        int gvwRow = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->toolTip() == QLatin1String("gvw"))
                gvwRow = r;
        QVERIFY(gvwRow >= 0);
        table->item(gvwRow, 1)->setText(QStringLiteral("-3500"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected)); // still open
        QVERIFY(editor.lastError().contains(QStringLiteral("gvw")));
        QVERIFY(editor.lastError().contains(QStringLiteral("2000 … 5000 kg")));
        QCOMPARE(units::inKilograms(m_context->catalog().variant(id.toStdString())->gvw.value), 3500.0);

        table->item(gvwRow, 1)->setText(QStringLiteral("3100"));
        table->item(gvwRow, 4)->setText(QStringLiteral("remaster-representative"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        m_context->reload();
        QCOMPARE(units::inKilograms(m_context->catalog().variant(id.toStdString())->gvw.value), 3100.0);
    }

    void buildSheetFromDesignThroughApproval()
    {
        auto *sheets = m_window->sheetBrowser();
        sheets->setSignerForTesting(QStringLiteral("Test Engineer"));
        QAbstractItemModelTester tester(sheets->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString number = m_window->createSheetFromDesign(QStringLiteral("Test customer"));
        QVERIFY(!number.isEmpty());
        QCOMPARE(sheets->selectedNumber(), number);
        QVERIFY(sheets->details()->toPlainText().contains(QStringLiteral("Test customer")));
        QCOMPARE(sheets->transitionSelected(QStringLiteral("in-review")), QString());
        QCOMPARE(sheets->transitionSelected(QStringLiteral("approved")), QString());
        storage::SheetError e;
        QCOMPARE(m_context->sheets()->load(number, &e)->latest().status, storage::SheetStatus::Approved);
        // Its homologation dossier, in French whatever the interface language, as PDF.
        sheets->documentKindCombo()->setCurrentIndex(sheets->documentKindCombo()->findData(QStringLiteral("dossier")));
        sheets->documentLanguageCombo()->setCurrentIndex(
            sheets->documentLanguageCombo()->findData(QStringLiteral("fr")));
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        QCOMPARE(sheets->exportPdf(pdf), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == QByteArray("%PDF-"));
        // The workshop ticks steps, enters a measured value and module serials, then records it built.
        auto *page = m_window->designWorkspace()->buildSheetPage();
        QCOMPARE(m_window->designDocument()->sheetNumber(), number);
        QVERIFY(page->stepsTable()->rowCount() > 5);
        QAbstractItemModelTester stepsModel(page->stepsTable()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bomModel(page->bomTable()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->stepsTable()->item(0, 0)->setCheckState(Qt::Checked);
        int measuredRow = -1;
        for (int row = 0; row < page->stepsTable()->rowCount(); ++row)
            if (!page->stepsTable()->item(row, 3)->text().isEmpty())
                measuredRow = row;
        QVERIFY(measuredRow >= 0);
        page->stepsTable()->item(measuredRow, 4)->setText(QStringLiteral("512 kΩ"));
        for (int row = 0; row < page->bomTable()->rowCount(); ++row)
            if (page->bomTable()->item(row, 0)->text() == QLatin1String("battery"))
                page->bomTable()->item(row, 3)->setText(QStringLiteral("ZE40-001, ZE40-002"));
        QCOMPARE(page->saveRecord(QStringLiteral("W. Lead")), QString());
        const auto built = m_context->sheets()->load(number, &e);
        QCOMPARE(built->latest().status, storage::SheetStatus::Built);
        QVERIFY(built->latest().steps.at(0).done);
        QCOMPARE(built->latest().steps.at(0).doneBy, QStringLiteral("W. Lead"));
        QCOMPARE(built->latest().steps.at(measuredRow).measuredValue, QStringLiteral("512 kΩ"));
        QVERIFY(m_context->sheets()->verify(&e).isEmpty());
        sheets->selectNumber(number);

        // A built sheet cannot go back to review: the workflow refuses with a message.
        QVERIFY(!sheets->transitionSelected(QStringLiteral("in-review")).isEmpty());

        // A design with a failing rule makes a sheet that cannot be approved.
        m_window->designDocument()->edit(QStringLiteral("test"), [](model::RetrofitDesign &d) {
            d.kit.motorId = "nissan-leaf-eplus-160";
            d.kit.inverterId = "cascadia-cm200";
        });
        const QString failing = m_window->createSheetFromDesign(QStringLiteral("Failing customer"));
        QVERIFY(!failing.isEmpty());
        QVERIFY(sheets->details()->toPlainText().contains(QStringLiteral("FR-07")));
        QCOMPARE(sheets->transitionSelected(QStringLiteral("in-review")), QString());
        const QString refused = sheets->transitionSelected(QStringLiteral("approved"));
        QVERIFY2(refused.contains(QStringLiteral("FR-07")), qPrintable(refused));
        m_window->designDocument()->undoStack()->undo();

        // Search narrows the list.
        QTest::keyClicks(sheets->searchEdit(), QStringLiteral("Failing"));
        QCOMPARE(sheets->model()->rowCount(), 1);
        sheets->searchEdit()->clear();
        QVERIFY(sheets->model()->rowCount() >= 2);
    }

    void aSaveOverAnotherWorkstationsChangeIsRefusedOnce()
    {
        const QString number = m_window->createSheetFromDesign(QStringLiteral("Conflict customer"));
        QVERIFY(!number.isEmpty());
        auto *page = m_window->designWorkspace()->buildSheetPage();
        QCOMPARE(m_window->designDocument()->sheetNumber(), number);
        page->stepsTable()->item(0, 0)->setCheckState(Qt::Checked);
        {
            // The workshop's desktop writes notes into the same draft meanwhile.
            storage::Database other;
            QVERIFY(other.open(m_dir.filePath(QStringLiteral("gui.sqlite"))).ok());
            storage::SheetStore store(other);
            storage::SheetError e;
            storage::SheetRevision r = store.load(number, &e)->latest();
            r.notes = QStringLiteral("noted in the workshop");
            QVERIFY2(store.saveContent(number, r, &e), qPrintable(e.message));
        }
        // The team database announces the change: the unsaved tick stays, a note says so.
        emit m_context->sheetChangedElsewhere(number);
        m_context->notifySheetsChanged();
        QVERIFY(!page->staleNote()->isHidden());
        QVERIFY(!page->reloadButton()->isHidden());
        QCOMPARE(page->stepsTable()->item(0, 0)->checkState(), Qt::Checked);
        if (const QByteArray dir = qgetenv("REMASTER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            m_window->tabs()->setCurrentWidget(m_window->designWorkspace());
            m_window->designWorkspace()->showStep(5); // Build sheet
            m_window->resize(1280, 800);
            QCoreApplication::processEvents();
            m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/build-sheet-changed-elsewhere.png"));
        }
        const QString refused = page->saveRecord(QStringLiteral("W. Lead"));
        QVERIFY2(refused.contains(QStringLiteral("changed since you opened it")), qPrintable(refused));
        // The refusal compares: my tick and their notes, field by field.
        const QString compared = page->staleNote()->text();
        QVERIFY2(compared.contains(QStringLiteral("Step 1"))
                     && compared.contains(QStringLiteral("yours done, stored not done")),
                 qPrintable(compared));
        QVERIFY2(compared.contains(QStringLiteral("noted in the workshop")), qPrintable(compared));
        if (const QByteArray dir = qgetenv("REMASTER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QCoreApplication::processEvents(); // the labels' new height
            m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/build-sheet-save-refused.png"));
        }
        storage::SheetError e;
        QCOMPARE(m_context->sheets()->load(number, &e)->latest().notes, QStringLiteral("noted in the workshop"));
        QVERIFY(!m_context->sheets()->load(number, &e)->latest().steps.at(0).done);
        // Told once, the user saves again: their entries go on top.
        QCOMPARE(page->saveRecord(QStringLiteral("W. Lead")), QString());
        QVERIFY(m_context->sheets()->load(number, &e)->latest().steps.at(0).done);
        QCOMPARE(page->saveRecord(QStringLiteral("W. Lead")), QString()); // and a third time, nothing stale
        QVERIFY(page->staleNote()->isHidden());
        // Reload drops unsaved entries for the stored version.
        page->stepsTable()->item(1, 0)->setCheckState(Qt::Checked);
        emit m_context->sheetChangedElsewhere(number);
        QVERIFY(!page->reloadButton()->isHidden());
        page->reloadButton()->click();
        QCOMPARE(page->stepsTable()->item(1, 0)->checkState(), Qt::Unchecked);
        QVERIFY(page->staleNote()->isHidden());
        // The sheet browser signs the revision it shows: changed elsewhere since, it refuses once
        // and shows the sheet as it is now.
        auto *sheets = m_window->sheetBrowser();
        sheets->setSignerForTesting(QStringLiteral("E. Martin"));
        sheets->selectNumber(number);
        {
            storage::Database other;
            QVERIFY(other.open(m_dir.filePath(QStringLiteral("gui.sqlite"))).ok());
            storage::SheetStore store(other);
            storage::SheetRevision r = store.load(number, &e)->latest();
            r.notes = QStringLiteral("a last change from the workshop");
            QVERIFY(store.saveContent(number, r, &e));
        }
        const QString submit = sheets->transitionSelected(QStringLiteral("in-review"));
        QVERIFY2(submit.contains(QStringLiteral("changed since you opened it")), qPrintable(submit));
        // Shown again as it is now, a second click signs that revision.
        QCOMPARE(sheets->transitionSelected(QStringLiteral("in-review")), QString());
        QCOMPARE(m_context->sheets()->load(number, &e)->latest().status, storage::SheetStatus::InReview);
    }

    void powerInHorsepowerWhenChosen()
    {
        ui::UiSettings::setPowerUnit(QStringLiteral("hp"));
        QCOMPARE(ui::DisplayNames::power(110, 0), QStringLiteral("150\u202Fhp")); // 110 kW = 149.6 PS
        m_context->reload();
        auto *components = m_window->componentBrowser();
        components->kindCombo()->setCurrentIndex(
            components->kindCombo()->findData(static_cast<int>(model::ComponentKind::Motor)));
        QVERIFY(components->model()->headerData(2, Qt::Horizontal, Qt::DisplayRole).isValid());
        QVERIFY(components->model()->index(0, 2).data().toString().endsWith(QStringLiteral("hp")));
        ui::UiSettings::setPowerUnit(QStringLiteral("kW"));
        m_context->reload();
        QVERIFY(components->model()->index(0, 2).data().toString().endsWith(QStringLiteral("kW")));
    }

    void languageSwitchesToFrench()
    {
        QVERIFY(m_window->switchLanguage(QStringLiteral("fr")));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_window->variantBrowser())),
                 QStringLiteral("&Véhicules"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QVERIFY(m_window->switchLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_window->variantBrowser())),
                 QStringLiteral("&Vehicles"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
