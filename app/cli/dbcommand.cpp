#include "dbcommand.h"

#include "storage/databasecopy.h"
#include "storage/teamroles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace remaster::cli {

int DbCommand::run(QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("copy"))
        return copy(args);
    if (sub == QLatin1String("init"))
        return init(args);
    return m_app.fail(kUsage,
                      tr("usage: remaster-cli db copy --from LOCATION --to LOCATION [--merge] [--json]\n"
                         "       remaster-cli --db postgresql://... db init [--json]\n"
                         "  LOCATION: a file, sqlite:PATH or postgresql://user@host:port/database"));
}

int DbCommand::init(const QStringList &args)
{
    if (!args.isEmpty())
        return m_app.fail(kUsage, tr("db init: unexpected argument %1").arg(args.first()));
    if (!m_app.openDatabase()) // creates the schema and seeds the catalogs when empty
        return kDatabaseError;
    QString error;
    const auto report = storage::TeamRoles::setUp(m_app.database(), &error);
    if (!report)
        return m_app.fail(kDatabaseError, error);
    if (m_app.json) {
        m_app.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("database"), m_app.database().path() },
            { QStringLiteral("schema_version"), m_app.database().schemaVersion() },
            { QStringLiteral("roles_created"), QJsonArray::fromStringList(report->created) },
            { QStringLiteral("roles_existing"), QJsonArray::fromStringList(report->existing) },
        }));
        return kOk;
    }
    m_app.out << tr("Team database %1 is ready (schema %2).\n")
                     .arg(m_app.database().path())
                     .arg(m_app.database().schemaVersion());
    if (!report->created.isEmpty())
        m_app.out << tr("Roles created: %1.\n").arg(report->created.join(QStringLiteral(", ")));
    if (!report->existing.isEmpty())
        m_app.out << tr("Roles already there: %1.\n").arg(report->existing.join(QStringLiteral(", ")));
    m_app.out << tr("Only members of remaster_homologation may now approve, and of remaster_workshop record a sheet "
                    "built. Make each user a member, e.g.: GRANT remaster_homologation TO alice;\n");
    return kOk;
}

int DbCommand::copy(QStringList args)
{
    const bool merge = args.removeAll(QStringLiteral("--merge")) > 0;
    bool missing = false;
    const auto from = m_app.takeOption(args, QStringLiteral("--from"), &missing);
    const auto to = m_app.takeOption(args, QStringLiteral("--to"), &missing);
    if (missing)
        return kUsage;
    if (!from || !to)
        return m_app.fail(kUsage, tr("db copy needs --from LOCATION and --to LOCATION"));
    if (!args.isEmpty())
        return m_app.fail(kUsage, tr("db copy: unexpected argument %1").arg(args.first()));

    storage::Database source;
    auto opened = source.open(*from);
    if (!opened.ok())
        return m_app.fail(kDatabaseError, tr("--from: %1").arg(opened.message));
    storage::Database target;
    opened = target.open(*to);
    if (!opened.ok())
        return m_app.fail(kDatabaseError, tr("--to: %1").arg(opened.message));
    if (opened.status == storage::Database::Status::OpenedReadOnly)
        return m_app.fail(kDatabaseError, tr("--to: %1").arg(opened.message));
    // The bundled catalogs first, as any ReMaster opening the target would: the user's edited
    // seed entries then replace the seeded ones.
    storage::CatalogStore(target).seedBundled();

    QElapsedTimer timer;
    timer.start();
    QString error;
    int lastPercent = -1;
    const auto report = storage::DatabaseCopy::run(source, target, merge, &error, [&](int done, int total) {
        const int percent = total > 0 ? 100 * done / total : 100;
        if (!m_app.json && percent != lastPercent && percent % 10 == 0) {
            m_app.err << tr("copying: %1 %").arg(percent) << Qt::endl;
            lastPercent = percent;
        }
    });
    if (!report)
        return m_app.fail(kDatabaseError, error);
    const double seconds = timer.elapsed() / 1000.0;
    if (m_app.json) {
        m_app.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("from"), source.path() },
            { QStringLiteral("to"), target.path() },
            { QStringLiteral("sheets_copied"), report->sheetsCopied },
            { QStringLiteral("sheets_already_present"), report->sheetsAlreadyPresent },
            { QStringLiteral("revisions_copied"), report->revisionsCopied },
            { QStringLiteral("revisions_verified"), report->revisionsVerified },
            { QStringLiteral("catalog_entries_copied"), report->catalogEntriesCopied },
            { QStringLiteral("catalog_sources_copied"), report->catalogSourcesCopied },
            { QStringLiteral("numbers"), QJsonArray::fromStringList(report->numbers) },
            { QStringLiteral("seconds"), seconds },
        }));
    } else {
        m_app.out << tr("Copied %n build sheet(s) (%1 revisions, every hash checked) from %2 to %3 in %4 s.\n", nullptr,
                        report->sheetsCopied)
                         .arg(report->revisionsVerified)
                         .arg(source.path(), target.path())
                         .arg(seconds, 0, 'f', 1);
        if (report->sheetsAlreadyPresent > 0)
            m_app.out << tr("%n identical sheet(s) were already in the target.\n", nullptr,
                            report->sheetsAlreadyPresent);
        m_app.out << tr("Catalog: %1 entries and %2 sources of your own copied.\n")
                         .arg(report->catalogEntriesCopied)
                         .arg(report->catalogSourcesCopied);
    }
    return kOk;
}

} // namespace remaster::cli
