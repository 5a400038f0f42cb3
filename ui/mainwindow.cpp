#include "mainwindow.h"

#include "aboutdialog.h"
#include "appearance.h"
#include "connectiondialog.h"
#include "design/designdocument.h"
#include "design/designpages.h"
#include "design/designworkspace.h"
#include "design/kitfinderdialog.h"
#include "sheetbrowser.h"

#include "catalogcontext.h"
#include "catalogentryeditor.h"
#include "componentbrowser.h"
#include "storage/sheetfactory.h"
#include "uisettings.h"
#include "variantbrowser.h"

#include "documents/documentlanguage.h"
#include "storage/apppaths.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>

namespace remaster::ui {

MainWindow::MainWindow(CatalogContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_variants = new VariantBrowser(context, m_tabs);
    m_components = new ComponentBrowser(context, m_tabs);
    m_design = new DesignDocument(context, this);
    m_workspace = new DesignWorkspace(*m_design, context, m_tabs);
    m_sheets = new SheetBrowser(context, m_tabs);
    m_tabs->addTab(m_sheets, QString());
    m_tabs->addTab(m_workspace, QString());
    m_tabs->addTab(m_variants, QString());
    m_tabs->addTab(m_components, QString());
    setCentralWidget(m_tabs);

    m_statusDb = new QLabel(this);
    m_statusCatalog = new QLabel(this);
    statusBar()->addWidget(m_statusDb, 1);
    statusBar()->addPermanentWidget(m_statusCatalog);
    connect(&m_context, &CatalogContext::reconnected, this, [this](const QString &database) {
        statusBar()->showMessage(tr("The connection to %1 was lost; ReMaster connected again.").arg(database), 10000);
    });
    connect(&m_context, &CatalogContext::sheetChangedElsewhere, this, [this](const QString &number) {
        statusBar()->showMessage(
            tr("Build sheet %1 was changed on another workstation; the list shows it.").arg(number), 8000);
    });

    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_variants, &VariantBrowser::selectionChanged, this, &MainWindow::updateActions);
    connect(m_components, &ComponentBrowser::selectionChanged, this, &MainWindow::updateActions);
    connect(&m_context, &CatalogContext::catalogChanged, this, &MainWindow::updateStatus);

    retranslate();
    if (!restoreGeometry(UiSettings::mainWindowGeometry()))
        resize(1280, 800);
    restoreState(UiSettings::mainWindowState());
}

MainWindow::~MainWindow()
{
    // QWidget's destructor deletes the children after this class is gone: the design document
    // (a child) must not call back into a half-destroyed window while its undo stack clears.
    disconnect(m_design->undoStack(), nullptr, this, nullptr);
    disconnect(m_design, nullptr, this, nullptr);
    disconnect(&m_context, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_newDesign = new QAction(this);
    m_newDesign->setShortcut(QKeySequence::New);
    connect(m_newDesign, &QAction::triggered, this, [this] {
        if (maybeSaveDesign())
            m_design->newDesign();
    });
    m_openDesign = new QAction(this);
    m_openDesign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openDesign, &QAction::triggered, this, [this] {
        if (!maybeSaveDesign())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), QString(),
                                                          tr("ReMaster design (*.json);;All files (*)"));
        if (!path.isEmpty())
            openDesignFrom(path);
    });
    m_saveDesign = new QAction(this);
    m_saveDesign->setShortcut(QKeySequence::Save);
    connect(m_saveDesign, &QAction::triggered, this, [this] {
        if (m_design->filePath().isEmpty())
            m_saveDesignAs->trigger();
        else
            saveDesignTo(m_design->filePath());
    });
    m_saveDesignAs = new QAction(this);
    m_saveDesignAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveDesignAs, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save design"), m_design->filePath(),
                                                          tr("ReMaster design (*.json)"));
        if (!path.isEmpty())
            saveDesignTo(path);
    });
    m_createSheet = new QAction(this);
    m_createSheet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_createSheet, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString customer
            = QInputDialog::getText(this, tr("Create build sheet"), tr("Customer:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            createSheetFromDesign(customer.trimmed());
    });
    connect(m_sheets, &SheetBrowser::openDesignRequested, this, [this](const QJsonObject &json, const QString &number) {
        if (!maybeSaveDesign())
            return;
        QString error;
        if (!m_design->loadJson(json, error)) {
            showMessage(tr("Open design"), error, true);
            return;
        }
        m_design->setSheetNumber(number);
        UiSettings::addRecentSheet(number);
        rebuildRecentMenu();
        m_tabs->setCurrentWidget(m_workspace);
        statusBar()->showMessage(
            tr("Design of build sheet %1 opened; save it as a file or create a new sheet revision from it.")
                .arg(number),
            6000);
    });
    connect(m_workspace->buildSheetPage(), &BuildSheetPage::createSheetRequested, m_createSheet, &QAction::trigger);
    createFindKitsAction();
    connect(m_workspace->buildSheetPage(), &BuildSheetPage::showSheetRequested, this, [this](const QString &number) {
        m_tabs->setCurrentWidget(m_sheets);
        m_sheets->selectNumber(number);
    });
    m_undo = m_design->undoStack()->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_design->undoStack()->createRedoAction(this);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_design->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_design, &DesignDocument::filePathChanged, this, &MainWindow::updateTitle);

    m_openDb = new QAction(this);
    m_openDb->setShortcut(QKeySequence::Open);
    connect(m_openDb, &QAction::triggered, this, &MainWindow::openDatabase);
    m_connectDb = new QAction(this);
    m_connectDb->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    connect(m_connectDb, &QAction::triggered, this, [this] { connectToTeamDatabase(); });
    m_import = new QAction(this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importCatalog);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_edit = new QAction(this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_edit, &QAction::triggered, this, &MainWindow::editEntry);
    m_duplicate = new QAction(this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, &MainWindow::duplicateEntry);
    m_delete = new QAction(this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteEntry);
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        QLineEdit *search
            = m_tabs->currentWidget() == m_variants ? m_variants->searchEdit() : m_components->searchEdit();
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });

    m_languageGroup = new QActionGroup(this);
    m_english = new QAction(QStringLiteral("English"), m_languageGroup);
    m_french = new QAction(QStringLiteral("Français"), m_languageGroup);
    for (QAction *a : { m_english, m_french })
        a->setCheckable(true);
    (documents::UiLanguage::current() == QLatin1String("fr") ? m_french : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });
    connect(m_french, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("fr")); });

    m_appearanceGroup = new QActionGroup(this);
    m_appearanceSystem = new QAction(m_appearanceGroup);
    m_appearanceLight = new QAction(m_appearanceGroup);
    m_appearanceDark = new QAction(m_appearanceGroup);
    const QList<QPair<QAction *, QString>> appearances { { m_appearanceSystem, QStringLiteral("system") },
                                                         { m_appearanceLight, QStringLiteral("light") },
                                                         { m_appearanceDark, QStringLiteral("dark") } };
    for (const auto &[action, code] : appearances) {
        action->setCheckable(true);
        action->setChecked(Appearance::current() == code);
        connect(action, &QAction::triggered, this, [code] { Appearance::apply(code); });
    }

    auto *unitGroup = new QActionGroup(this);
    m_unitKw = new QAction(QStringLiteral("kW"), unitGroup);
    m_unitHp = new QAction(unitGroup);
    for (QAction *a : { m_unitKw, m_unitHp })
        a->setCheckable(true);
    (UiSettings::powerUnit() == QLatin1String("hp") ? m_unitHp : m_unitKw)->setChecked(true);
    auto setUnit = [this](const QString &unit) {
        UiSettings::setPowerUnit(unit);
        // Every view formats power when it fills itself: refill them.
        m_context.reload();
        m_design->setDesign(m_design->design());
    };
    connect(m_unitKw, &QAction::triggered, this, [setUnit] { setUnit(QStringLiteral("kW")); });
    connect(m_unitHp, &QAction::triggered, this, [setUnit] { setUnit(QStringLiteral("hp")); });

    m_about = new QAction(this);
    m_about->setShortcut(QKeySequence::HelpContents);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_openDataFolder = new QAction(this);
    connect(m_openDataFolder, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(storage::AppPaths::dataDirectory())); });
    m_aboutQt = new QAction(this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDesign);
    m_fileMenu->addAction(m_openDesign);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentSheetsMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveDesign);
    m_fileMenu->addAction(m_saveDesignAs);
    m_fileMenu->addAction(m_createSheet);
    m_fileMenu->addAction(m_findKits);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openDb);
    m_fileMenu->addAction(m_connectDb);
    m_fileMenu->addAction(m_import);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    createToolBar();
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_catalogMenu = menuBar()->addMenu(QString());
    m_catalogMenu->addAction(m_find);
    m_catalogMenu->addSeparator();
    m_catalogMenu->addAction(m_edit);
    m_catalogMenu->addAction(m_duplicate);
    m_catalogMenu->addAction(m_delete);
    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addAction(m_english);
    m_languageMenu->addAction(m_french);
    m_appearanceMenu = m_settingsMenu->addMenu(QString());
    m_appearanceMenu->addActions(m_appearanceGroup->actions());
    m_unitMenu = m_settingsMenu->addMenu(QString());
    m_unitMenu->addAction(m_unitKw);
    m_unitMenu->addAction(m_unitHp);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_openDataFolder);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    updateTitle();
    const int sheets = m_tabs->indexOf(m_sheets), design = m_tabs->indexOf(m_workspace);
    const int vehicles = m_tabs->indexOf(m_variants), components = m_tabs->indexOf(m_components);
    m_tabs->setTabText(sheets, tr("&Build sheets"));
    m_tabs->setTabText(design, tr("&Retrofit design"));
    m_tabs->setTabText(vehicles, tr("&Vehicles"));
    m_tabs->setTabText(components, tr("C&omponents"));
    m_tabs->setTabToolTip(sheets, tr("Every van's conversion record: search, status, sign-off"));
    m_tabs->setTabToolTip(design,
                          tr("The guided workflow: vehicle, motor, battery, mass and homologation of one conversion"));
    m_tabs->setTabToolTip(vehicles, tr("Renault Master variants and their diesel engines"));
    m_tabs->setTabToolTip(components, tr("Motors, inverters, gears, battery modules, chargers and DC-DC converters"));
    m_createSheet->setText(tr("Create &build sheet from design…"));
    m_findKits->setText(tr("Find &kits…"));
    m_findKits->setToolTip(tr("Search the catalog for the kits that fit this van and its duty (Ctrl+K)"));
    m_toolBar->setWindowTitle(tr("Design"));
    m_recentMenu->setTitle(tr("&Recent designs"));
    m_recentSheetsMenu->setTitle(tr("Recent build s&heets"));
    rebuildRecentMenu();
    m_newDesign->setText(tr("&New design"));
    m_openDesign->setText(tr("Open &design…"));
    m_saveDesign->setText(tr("&Save design"));
    m_saveDesignAs->setText(tr("Save design &as…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_fileMenu->setTitle(tr("&File"));
    m_openDb->setText(tr("&Open database…"));
    m_connectDb->setText(tr("&Connect to team database…"));
    m_connectDb->setStatusTip(tr("Open a database on a PostgreSQL server shared by the team"));
    m_import->setText(tr("&Import catalog file…"));
    m_quit->setText(tr("&Quit"));
    m_catalogMenu->setTitle(tr("&Catalog"));
    m_find->setText(tr("&Find"));
    m_edit->setText(tr("&Edit entry…"));
    m_edit->setStatusTip(tr("Correct the selected entry with the real vehicle's or part's figures"));
    m_duplicate->setText(tr("&Duplicate entry…"));
    m_duplicate->setStatusTip(tr("Copy the selected entry as a new entry of your own"));
    m_delete->setText(tr("De&lete my entry"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    m_unitMenu->setTitle(tr("&Power unit"));
    m_unitHp->setText(tr("hp (metric horsepower, ch)"));
    m_appearanceSystem->setText(tr("&Desktop colours"));
    m_appearanceLight->setText(tr("&Light"));
    m_appearanceDark->setText(tr("D&ark"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About ReMaster"));
    m_aboutQt->setText(tr("About &Qt"));
    m_openDataFolder->setText(tr("Open &data folder"));
    m_openDataFolder->setStatusTip(tr("The folder of your database and its backups"));
    updateStatus();
    updateActions();
}

void MainWindow::updateStatus()
{
    const auto &c = m_context.catalog();
    QString db = tr("Database: %1").arg(m_context.databasePath());
    if (m_context.isReadOnly())
        db += tr(" (read-only)");
    else if (m_context.hearsOtherWorkstations())
        db += tr(" · team database: other workstations' changes appear here");
    m_statusDb->setText(db);
    m_statusCatalog->setText(tr("Vehicles %1 · %2 variants   Components %3 · %4 entries")
                                 .arg(QString::fromStdString(c.vehiclesVersion))
                                 .arg(c.variants.size())
                                 .arg(QString::fromStdString(c.componentsVersion))
                                 .arg(c.componentCount()));
}

QString MainWindow::currentEntryId() const
{
    if (m_tabs->currentWidget() == m_variants)
        return m_variants->selectedId();
    if (m_tabs->currentWidget() == m_components)
        return m_components->selectedId();
    return {};
}

void MainWindow::updateTitle()
{
    const QString name
        = m_design->filePath().isEmpty() ? tr("unsaved design") : QFileInfo(m_design->filePath()).fileName();
    setWindowTitle(tr("%1[*] — ReMaster").arg(name));
    setWindowModified(m_design->isModified());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = UiSettings::recentDesigns();
    for (int i = 0; i < recent.size(); ++i) {
        QAction *a
            = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(recent.at(i))));
        const QString path = recent.at(i);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSaveDesign())
                openDesignFrom(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_recentSheetsMenu->clear();
    const QStringList sheets = UiSettings::recentSheets();
    for (int i = 0; i < sheets.size(); ++i) {
        const QString number = sheets.at(i);
        QAction *a = m_recentSheetsMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(number));
        connect(a, &QAction::triggered, this, [this, number] {
            m_tabs->setCurrentWidget(m_sheets);
            m_sheets->searchEdit()->setText(number);
            m_sheets->selectNumber(number);
        });
    }
    m_recentSheetsMenu->setEnabled(!sheets.isEmpty());
}

void MainWindow::offerRecovery()
{
    if (!DesignDocument::hasRecovery())
        return;
    const auto answer = m_nonInteractive
        ? QMessageBox::Yes
        : QMessageBox::question(this, tr("Restore design"),
                                tr("ReMaster stopped while a design had unsaved changes. Restore them?"),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    QString error;
    if (answer == QMessageBox::Yes && m_design->restoreRecovery(error)) {
        m_tabs->setCurrentWidget(m_workspace);
        statusBar()->showMessage(tr("Unsaved changes restored; save them to keep them."), 8000);
        return;
    }
    if (!error.isEmpty())
        showMessage(tr("Restore design"), error, true);
    m_design->discardRecovery();
}

void MainWindow::createFindKitsAction()
{
    m_findKits = new QAction(this);
    m_findKits->setObjectName(QStringLiteral("findKitsAction"));
    m_findKits->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_findKits, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_workspace);
        KitFinderDialog dialog(*m_design, m_context, this);
        dialog.exec();
    });
    connect(m_workspace, &DesignWorkspace::findKitsRequested, m_findKits, &QAction::trigger);
}

// The design actions people use all day, one click away.
void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newDesign);
    m_toolBar->addAction(m_openDesign);
    m_toolBar->addAction(m_saveDesign);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_findKits);
    m_toolBar->addAction(m_createSheet);
}

bool MainWindow::saveDesignTo(const QString &path)
{
    QString error;
    if (!m_design->save(path, error)) {
        showMessage(tr("Save design"), error, true);
        return false;
    }
    UiSettings::addRecentDesign(path);
    rebuildRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::openDesignFrom(const QString &path)
{
    QString error;
    if (!m_design->load(path, error)) {
        showMessage(tr("Open design"), error, true);
        return false;
    }
    m_tabs->setCurrentWidget(m_workspace);
    UiSettings::addRecentDesign(path);
    rebuildRecentMenu();
    return true;
}

QString MainWindow::createSheetFromDesign(const QString &customer)
{
    const auto &outcome = m_design->outcome();
    if (!outcome.evaluation) {
        showMessage(tr("Create build sheet"),
                    tr("The design does not evaluate yet: %1")
                        .arg(outcome.errors.isEmpty() ? QString() : outcome.errors.first().toString()),
                    true);
        return {};
    }
    auto made = storage::SheetFactory::fromDesign(m_design->design(), *outcome.evaluation, m_context.catalog(),
                                                  QDate::currentDate());
    if (!made.revision) {
        showMessage(tr("Create build sheet"), made.error, true);
        return {};
    }
    made.revision->customer = customer;
    storage::SheetError e;
    const auto number = m_context.sheets()->create(*made.revision, &e);
    if (!number) {
        showMessage(tr("Create build sheet"), e.message, true);
        return {};
    }
    m_design->setSheetNumber(*number);
    UiSettings::addRecentSheet(*number);
    rebuildRecentMenu();
    m_context.notifySheetsChanged();
    m_tabs->setCurrentWidget(m_sheets);
    m_sheets->selectNumber(*number);
    QString message = tr("Build sheet %1 created as a draft.").arg(*number);
    if (!made.warnings.isEmpty())
        message += QLatin1Char('\n') + made.warnings.join(QLatin1Char('\n'));
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 6000);
    if (!made.warnings.isEmpty())
        showMessage(tr("Create build sheet"), message, false);
    return *number;
}

bool MainWindow::maybeSaveDesign()
{
    if (!m_design->isModified() || m_nonInteractive)
        return true;
    const auto answer
        = QMessageBox::warning(this, tr("Unsaved design"), tr("The design has changes that are not saved. Save them?"),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        m_saveDesign->trigger();
        return !m_design->isModified();
    }
    m_design->discardRecovery(); // the user chose to drop these changes
    return true;
}

void MainWindow::updateActions()
{
    const QString id = currentEntryId();
    const bool writable = m_context.isOpen() && !m_context.isReadOnly();
    m_edit->setEnabled(writable && !id.isEmpty());
    m_duplicate->setEnabled(writable && !id.isEmpty());
    m_import->setEnabled(writable);
    bool userEntry = false;
    if (writable && !id.isEmpty())
        for (const auto &e : m_context.store()->entries())
            if (e.id == id)
                userEntry = e.origin == QLatin1String("user");
    m_delete->setEnabled(userEntry);
}

void MainWindow::showMessage(const QString &title, const QString &text, bool error)
{
    m_lastMessage = text;
    if (m_nonInteractive)
        return;
    if (error)
        QMessageBox::warning(this, title, text);
    else
        QMessageBox::information(this, title, text);
}

bool MainWindow::switchLanguage(const QString &code)
{
    if (!documents::UiLanguage::install(code))
        return false;
    UiSettings::setLanguage(code);
    (code == QLatin1String("fr") ? m_french : m_english)->setChecked(true);
    return true;
}

void MainWindow::editEntry()
{
    const QString id = currentEntryId();
    if (id.isEmpty())
        return;
    const QString catalog
        = m_tabs->currentWidget() == m_variants ? QStringLiteral("vehicles") : QStringLiteral("components");
    CatalogEntryEditor editor(*m_context.store(), catalog, m_context.store()->entryJson(id), m_context.catalog(), this);
    if (editor.exec() == QDialog::Accepted) {
        m_context.reload();
        statusBar()->showMessage(tr("%1 saved; later catalog updates will not overwrite it.").arg(id), 5000);
    }
}

void MainWindow::duplicateEntry()
{
    const QString id = currentEntryId();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString newId
        = QInputDialog::getText(this, tr("Duplicate entry"), tr("Identifier of the new entry (a-z, 0-9, -):"),
                                QLineEdit::Normal, id + QStringLiteral("-copy"), &ok)
              .trimmed();
    if (!ok || newId.isEmpty())
        return;
    QString error;
    if (!m_context.store()->duplicate(id, newId, {}, &error)) {
        showMessage(tr("Duplicate entry"), error, true);
        return;
    }
    m_context.reload();
    if (m_tabs->currentWidget() == m_variants) {
        m_variants->resetFilters();
        m_variants->selectId(newId);
    } else {
        m_components->selectId(newId);
    }
}

void MainWindow::deleteEntry()
{
    const QString id = currentEntryId();
    if (id.isEmpty())
        return;
    if (!m_nonInteractive
        && QMessageBox::question(this, tr("Delete entry"), tr("Delete your entry %1? This cannot be undone.").arg(id))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!m_context.store()->removeUserEntry(id, &error)) {
        showMessage(tr("Delete entry"), error, true);
        return;
    }
    m_context.reload();
}

void MainWindow::importCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import catalog file"), QString(),
                                                      tr("ReMaster catalog (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Import catalog file"), tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    int imported = 0;
    QString error;
    if (!m_context.store()->importFile(file.readAll(), QFileInfo(path).fileName(), &imported, &error)) {
        showMessage(tr("Import catalog file"), error, true);
        return;
    }
    m_context.reload();
    showMessage(tr("Import catalog file"), tr("%n entries imported.", nullptr, imported), false);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a database"), m_context.databasePath(),
                                                      tr("ReMaster database (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString message;
    if (!m_context.open(path, message)) {
        showMessage(tr("Open database"), message, true);
        return;
    }
    UiSettings::setDatabasePath(path);
    if (!message.isEmpty())
        showMessage(tr("Open database"), message, false);
    updateStatus();
    updateActions();
}

bool MainWindow::connectToTeamDatabase(const QString &uri, const QString &problem)
{
    ConnectionDialog dialog(this);
    if (!uri.isEmpty())
        dialog.setLocation(uri, problem);
    else if (m_context.database() && m_context.database()->backend() == storage::DatabaseBackend::Postgres)
        dialog.setLocation(m_context.database()->location().uri());
    QString message;
    if (!dialog.openInto(m_context, &message))
        return false;
    if (!message.isEmpty())
        showMessage(tr("Open database"), message, false);
    updateStatus();
    updateActions();
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.catalog(), m_context.databasePath(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveDesign()) {
        event->ignore();
        return;
    }
    UiSettings::setMainWindowLayout(saveGeometry(), saveState());
    event->accept();
}

} // namespace remaster::ui
