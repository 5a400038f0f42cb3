// File → Connect to team database… (issue 14): the fields make the same URI --db accepts, a
// wrong field disables Open and says which, "Test connection" reports without blocking the
// window, and a password typed in the dialog opens the database but never reaches the
// settings. The server cases run in ui_connectiondialog_postgresql (REMASTER_TEST_POSTGRES).
#include "../storage/testdatabases.h"

#include "documents/documentlanguage.h"
#include "ui/catalogcontext.h"
#include "ui/connectiondialog.h"
#include "ui/uisettings.h"

#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace remaster;
using namespace remaster::ui;

class TestConnectionDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("ReMasterTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ConnectionDialog"));
    }

    void fieldsMakeTheUriDbAccepts()
    {
        ConnectionDialog dialog;
        dialog.hostEdit()->setText(QStringLiteral("db.flins.example"));
        dialog.portBox()->setValue(5433);
        dialog.databaseEdit()->setText(QStringLiteral("remaster"));
        dialog.userEdit()->setText(QStringLiteral("engineer"));
        dialog.tlsBox()->setCurrentIndex(dialog.tlsBox()->findData(QStringLiteral("require")));
        dialog.passwordEdit()->setText(QStringLiteral("s3cret"));
        QString error;
        const auto l = dialog.location(&error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->uri(), QStringLiteral("postgresql://engineer@db.flins.example:5433/remaster?sslmode=require"));
        QCOMPARE(l->password, QStringLiteral("s3cret"));
        QVERIFY(!l->uri().contains(QStringLiteral("s3cret")));
        // A socket folder goes where libpq wants it.
        dialog.hostEdit()->setText(QStringLiteral("/run/postgresql"));
        QVERIFY(dialog.location()->uri().contains(QStringLiteral("host=%2Frun%2Fpostgresql")));
        // And back: a URI fills the fields.
        ConnectionDialog again;
        again.setLocation(QStringLiteral("postgresql://homologation@srv:6000/team?sslmode=verify-full"));
        QCOMPARE(again.hostEdit()->text(), QStringLiteral("srv"));
        QCOMPARE(again.portBox()->value(), 6000);
        QCOMPARE(again.databaseEdit()->text(), QStringLiteral("team"));
        QCOMPARE(again.userEdit()->text(), QStringLiteral("homologation"));
        QCOMPARE(again.tlsBox()->currentData().toString(), QStringLiteral("verify-full"));
    }

    void aMissingFieldDisablesOpenAndSaysWhich()
    {
        ConnectionDialog dialog;
        dialog.userEdit()->setText(QStringLiteral("engineer"));
        dialog.databaseEdit()->clear();
        QString error;
        QVERIFY(!dialog.location(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Database")), qPrintable(error));
        QVERIFY(!dialog.testButton()->isEnabled());
        dialog.databaseEdit()->setText(QStringLiteral("remaster"));
        QVERIFY(dialog.testButton()->isEnabled());
    }

    void testingAnAbsentServerReportsWithoutBlocking()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
        ConnectionDialog dialog;
        dialog.hostEdit()->setText(m_dir.filePath(QStringLiteral("no-server-here")));
        dialog.databaseEdit()->setText(QStringLiteral("remaster"));
        dialog.userEdit()->setText(QStringLiteral("nobody"));
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.testButton()->click();
        QVERIFY(!dialog.testButton()->isEnabled()); // while the probe runs
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("Cannot connect")),
                 qPrintable(dialog.resultLabel()->text()));
        QVERIFY(dialog.testButton()->isEnabled());
        if (const QByteArray dir = qgetenv("REMASTER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QCoreApplication::processEvents();
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/connection-dialog.png"));
            documents::UiLanguage::install(QStringLiteral("fr"));
            ConnectionDialog french;
            french.setLocation(QStringLiteral("postgresql://atelier@db.flins.example:5432/remaster?sslmode=require"),
                               dialog.resultLabel()->text());
            french.show();
            QCoreApplication::processEvents();
            french.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/connection-dialog-fr.png"));
            documents::UiLanguage::install(QStringLiteral("en"));
        }
    }

    void openingThroughTheDialogNeverStoresThePassword()
    {
        if (!testdb::postgres())
            QSKIP("needs REMASTER_TEST_POSTGRES (run by ui_connectiondialog_postgresql)");
        const QString uri = testdb::fresh(m_dir, QStringLiteral("dialog"));
        ConnectionDialog dialog;
        dialog.setLocation(uri);
        // The test server trusts its socket: any password is accepted and must go nowhere.
        dialog.passwordEdit()->setText(QStringLiteral("never-saved-4711"));
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.testButton()->click();
        QVERIFY(finished.wait(20000));
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("empty")),
                 qPrintable(dialog.resultLabel()->text()));

        CatalogContext context;
        QTimer::singleShot(0, &dialog, &ConnectionDialog::accept);
        QString message;
        QVERIFY(dialog.openInto(context, &message));
        QVERIFY(context.database()->isOpen());
        QCOMPARE(context.database()->backend(), storage::DatabaseBackend::Postgres);
        QVERIFY(context.catalog().variants.size() > 0); // seeded on the server
        QCOMPARE(UiSettings::databasePath(), dialog.location()->uri());
        QCOMPARE(UiSettings::recentConnections().value(0), dialog.location()->uri());
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains("recentConnections"));
        QVERIFY(!stored.contains("never-saved-4711"));

        // Another workstation's new sheet reaches this window without polling.
        QVERIFY(context.hearsOtherWorkstations());
        QSignalSpy elsewhere(&context, &CatalogContext::sheetChangedElsewhere);
        QSignalSpy refreshed(&context, &CatalogContext::sheetsChanged);
        {
            storage::Database workshop;
            QVERIFY(workshop.open(uri).ok());
            storage::SheetError e;
            storage::SheetRevision r;
            r.customer = QStringLiteral("Boulangerie Dupont");
            r.design = QJsonObject { { QStringLiteral("name"), QStringLiteral("van") } };
            QVERIFY2(storage::SheetStore(workshop).create(r, &e), qPrintable(e.message));
        }
        QVERIFY(elsewhere.wait(10000));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(context.sheets()->numbers(nullptr).size(), 1);

        // Test connection on the database ReMaster now owns names it.
        ConnectionDialog again;
        again.setLocation(uri);
        QSignalSpy done(&again, &ConnectionDialog::testFinished);
        again.testButton()->click();
        QVERIFY(done.wait(20000));
        QVERIFY2(again.resultLabel()->text().contains(QStringLiteral("a ReMaster database, schema")),
                 qPrintable(again.resultLabel()->text()));
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
