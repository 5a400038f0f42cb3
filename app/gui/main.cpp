// remaster: the desktop application.
#include "ui/appearance.h"
#include "ui/catalogcontext.h"
#include "ui/connectiondialog.h"
#include "ui/firstrundialog.h"
#include "ui/mainwindow.h"
#include "ui/uisettings.h"

#include "documents/documentlanguage.h"
#include "storage/apppaths.h"
#include "storage/databaselocation.h"
#include "storage/demodata.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

using namespace remaster;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    storage::installDriverNoiseFilter();
    QApplication::setOrganizationName(QStringLiteral("Refactory"));
    QApplication::setApplicationName(QStringLiteral("ReMaster"));
    QApplication::setApplicationDisplayName(QStringLiteral("ReMaster"));
    QApplication::setApplicationVersion(QStringLiteral(REMASTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fr.refactory.ReMaster"));
    // The installed icon theme entry on Linux; the .rc resource on Windows.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("fr.refactory.ReMaster")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Engineering workstation for battery-electric retrofits of Renault Master vans"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Database to open: a file, or a team server as postgresql://user@host:port/database."),
        QStringLiteral("path|uri"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the demo database (created from the bundled catalogs; "
                                                       "your own database is not touched)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: en or fr."),
                                        QStringLiteral("code"));
    const QCommandLineOption appearanceOption(
        QStringLiteral("appearance"), QStringLiteral("Colours: system, light or dark."), QStringLiteral("name"));
    parser.addOptions({ dbOption, demoOption, langOption, appearanceOption });
    parser.process(app);

    const QString language = parser.isSet(langOption) ? parser.value(langOption) : ui::UiSettings::language();
    if (parser.isSet(appearanceOption))
        ui::Appearance::apply(parser.value(appearanceOption));
    else if (ui::Appearance::current() != QLatin1String("system"))
        ui::Appearance::apply(ui::Appearance::current());
    documents::UiLanguage::install(language);

    QString path = parser.value(dbOption);
    if (parser.isSet(demoOption))
        path = storage::AppPaths::demoDatabasePath();
    if (path.isEmpty())
        path = ui::UiSettings::databasePath();
    if (path.isEmpty()) {
        // First start: say where the data lives and offer the demo database.
        path = storage::AppPaths::defaultDatabasePath();
        if (!QFileInfo::exists(path)) {
            ui::FirstRunDialog welcome(path, storage::AppPaths::demoDatabasePath());
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            if (welcome.choice() == ui::FirstRunDialog::DemoDatabase)
                path = storage::AppPaths::demoDatabasePath();
            else
                ui::UiSettings::setDatabasePath(path);
        }
    }

    ui::CatalogContext context;
    QString message;
    if (!context.open(path, message)) {
        // A team server that is down or wants a password is not the end: the connection
        // dialog shows why, to retry, type the password or choose another server.
        const auto location = storage::DatabaseLocations::parse(path, nullptr);
        if (location && location->isPostgres()) {
            ui::ConnectionDialog dialog;
            dialog.setLocation(location->uri(), message);
            message.clear();
            if (!dialog.openInto(context, &message))
                return 4;
        } else {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "ReMaster"),
                QApplication::translate("main", "The database could not be opened.\n\n%1").arg(message));
            return 4;
        }
    }
    if (parser.isSet(demoOption)) {
        // The demo database shows sample build sheets at different points of the workflow.
        if (storage::DemoData::populate(*context.database(), context.catalog()) > 0)
            context.notifySheetsChanged();
    }
    ui::MainWindow window(context);
    window.show();
    window.offerRecovery();
    if (!message.isEmpty())
        QMessageBox::information(&window, QApplication::translate("main", "ReMaster"), message);
    return app.exec();
}
