// The main window. For now: the vehicle and component catalogs, with editing, import,
// language switch and About. The guided retrofit workflow (issue 7) builds on this window.
#pragma once

#include <QMainWindow>

class QAction;
class QToolBar;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;

namespace remaster::ui {

class CatalogContext;
class ComponentBrowser;
class DesignDocument;
class DesignWorkspace;
class SheetBrowser;
class VariantBrowser;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CatalogContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    VariantBrowser *variantBrowser() const { return m_variants; }
    ComponentBrowser *componentBrowser() const { return m_components; }
    QTabWidget *tabs() const { return m_tabs; }
    DesignDocument *designDocument() const { return m_design; }
    DesignWorkspace *designWorkspace() const { return m_workspace; }
    SheetBrowser *sheetBrowser() const { return m_sheets; }
    // Creates a draft build sheet from the current design; returns its number, or "" on error.
    QString createSheetFromDesign(const QString &customer);
    bool saveDesignTo(const QString &path);
    bool openDesignFrom(const QString &path);
    // After a crash: offers to restore the design that was being edited (see DesignDocument).
    void offerRecovery();
    // File → Connect to team database…: the connection dialog, prefilled with `uri` (and the
    // `problem` it had) or the open team database; true once a database is open from it.
    bool connectToTeamDatabase(const QString &uri = {}, const QString &problem = {});
    QAction *connectDatabaseAction() const { return m_connectDb; }
    // Switches the interface language ("en" or "fr") and remembers it.
    bool switchLanguage(const QString &code);

    // Errors and confirmations go through these so that tests can run without modal dialogs.
    void setNonInteractive(bool on) { m_nonInteractive = on; }
    QString lastMessage() const { return m_lastMessage; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFindKitsAction();
    void createToolBar();
    void retranslate();
    void updateStatus();
    void updateActions();
    QString currentEntryId() const;
    void editEntry();
    void duplicateEntry();
    void deleteEntry();
    void importCatalog();
    void openDatabase();
    void showAbout();
    void showMessage(const QString &title, const QString &text, bool error);
    bool maybeSaveDesign();
    void updateTitle();

    CatalogContext &m_context;
    QTabWidget *m_tabs;
    VariantBrowser *m_variants;
    ComponentBrowser *m_components;
    QLabel *m_statusDb;
    QLabel *m_statusCatalog;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_catalogMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
    QAction *m_appearanceSystem = nullptr;
    QAction *m_appearanceLight = nullptr;
    QAction *m_appearanceDark = nullptr;
    QMenu *m_unitMenu = nullptr;
    QAction *m_unitKw = nullptr;
    QAction *m_unitHp = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openDb = nullptr;
    QAction *m_connectDb = nullptr;
    QAction *m_import = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_english = nullptr;
    QAction *m_french = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QAction *m_openDataFolder = nullptr;
    QAction *m_newDesign = nullptr;
    QAction *m_openDesign = nullptr;
    QAction *m_saveDesign = nullptr;
    QAction *m_saveDesignAs = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QMenu *m_editMenu = nullptr;
    DesignDocument *m_design = nullptr;
    DesignWorkspace *m_workspace = nullptr;
    SheetBrowser *m_sheets = nullptr;
    QAction *m_createSheet = nullptr;
    QAction *m_findKits = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_recentSheetsMenu = nullptr;
    void rebuildRecentMenu();
    QActionGroup *m_languageGroup = nullptr;
    bool m_nonInteractive = false;
    QString m_lastMessage;
};

} // namespace remaster::ui
