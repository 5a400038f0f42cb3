#include "cliapp.h"

#include "catalogcommand.h"
#include "dbcommand.h"
#include "designcommand.h"
#include "kitcommand.h"
#include "sheetcommand.h"

#include "storage/apppaths.h"
#include "storage/databaselocation.h"

#include <QDir>
#include <QFileInfo>

namespace remaster::cli {

QString CliApp::usage() const
{
    return tr("Usage: remaster-cli [--db PATH|URI] [--ui-lang en|fr] COMMAND [ARGS] [--json]\n"
              "\n"
              "Commands:\n"
              "  catalog list [vehicles|engines|motors|inverters|reducers|battery-modules|chargers|dcdcs|components]\n"
              "               [--generation master-3|master-4] [--body panel-van|chassis-cab|platform-cab]\n"
              "               [--length L1..L4] [--height H1..H3] [--gvw KG] [--drive fwd|rwd]\n"
              "               [--rear-wheels single|twin] [--engine ID] [--search TEXT]\n"
              "  catalog show ID              every field of an entry with its unit and source\n"
              "  catalog sources              the sources the catalogs cite\n"
              "  catalog validate FILE        check a catalog file without importing it\n"
              "  catalog import FILE          add the entries of a catalog file (all or nothing)\n"
              "  catalog duplicate ID NEW_ID [--label TEXT]\n"
              "  example-design               print a complete, valid design to start from\n"
              "  evaluate DESIGN.json         sizing, battery, consumption and range of a design\n"
              "  check DESIGN.json [--ruleset FILE]\n"
              "                               every homologation rule with its result; exit 1 if one fails\n"
              "  grade-modules MODULES.csv --module ID --series N --parallel N\n"
              "               [--max-capacity-spread %] [--max-resistance-spread %] [--min-soh %]\n"
              "                               assign measured second-life modules to strings\n"
              "  find-kits DESIGN.json [--objective payload|range|kit-mass|consumption|charge-time]\n"
              "               [--weights METRIC=W,…] [--top N] [--threads N] [--stock STOCK.json]\n"
              "               [--modules BATCH.csv --batch-module ID] [--motors ID,…] [--inverters ID,…]\n"
              "               [--reducers ID,…] [--module-types ID,…] [--chargers ID,…] [--ratio-step R]\n"
              "               [--max-parallel N] [--min-range-km KM] [--range-cycle ID] [--min-payload-kg KG]\n"
              "               [--max-kit-mass-kg KG] [--max-pack-volume-l L] [--max-charge-time-h H]\n"
              "               [--no-rules] [--no-requirements] [--ruleset FILE] [--quiet]\n"
              "                               search the catalog for the best legal kits (docs/kit-finder.md);\n"
              "                               exit 1 when no kit is feasible\n"
              "  cycles                       the bundled drive cycles\n"
              "  sheet new|list|show|submit|approve|build|archive|reject|export|import|export-csv|verify\n"
              "                               build sheets (remaster-cli sheet for details)\n"
              "  db init                      a team database's schema, roles and grants (PostgreSQL)\n"
              "  db copy --from LOCATION --to LOCATION [--merge]\n"
              "                               move a whole database (SQLite <-> PostgreSQL);\n"
              "                               every revision's hash is checked after the copy\n"
              "  version                      program, schema and catalog versions\n"
              "\n"
              "Options:\n"
              "  --db PATH|URI   database: a file, sqlite:PATH, or a team server\n"
              "                  postgresql://user@host:5432/database?sslmode=require\n"
              "                  (password from ~/.pgpass or PGPASSWORD; default: %1)\n"
              "  --json          machine-readable output; field names carry their unit\n"
              "  --ui-lang LANG  language of messages (en or fr)\n"
              "\n"
              "Exit status: 0 ok, 1 a check failed, 2 usage error, 3 bad input or unknown id,\n"
              "4 database error.\n")
        .arg(QDir::toNativeSeparators(storage::AppPaths::defaultDatabasePath()));
}

int CliApp::fail(ExitCode code, const QString &message)
{
    err << QStringLiteral("remaster-cli: ") << message << Qt::endl;
    return code;
}

void CliApp::printJson(const QJsonDocument &doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

bool CliApp::openDatabase()
{
    QString error;
    const auto location = storage::DatabaseLocations::parse(
        dbPath.isEmpty() ? storage::AppPaths::defaultDatabasePath() : dbPath, &error);
    if (!location) {
        fail(kDatabaseError, tr("--db: %1").arg(error));
        return false;
    }
    if (!location->isPostgres() && !QFileInfo(location->sqlitePath).absoluteDir().exists()) {
        fail(kDatabaseError, tr("the folder of %1 does not exist").arg(location->displayName()));
        return false;
    }
    m_db = std::make_unique<storage::Database>();
    const auto result = m_db->open(*location);
    if (!result.ok()) {
        fail(kDatabaseError, result.message);
        return false;
    }
    if (!result.message.isEmpty())
        err << result.message << Qt::endl;
    m_catalog = std::make_unique<storage::CatalogStore>(*m_db);
    for (const auto &report : m_catalog->seedBundled())
        for (const auto &issue : report.issues)
            err << tr("warning: bundled catalog: %1").arg(issue.toString()) << Qt::endl;
    return true;
}

int CliApp::run(const QStringList &arguments)
{
    QStringList args = arguments;
    json = args.removeAll(QStringLiteral("--json")) > 0;
    const int dbIndex = args.indexOf(QStringLiteral("--db"));
    if (dbIndex >= 0) {
        if (dbIndex + 1 >= args.size())
            return fail(kUsage, tr("--db needs a file path or a postgresql:// URI"));
        dbPath = args.at(dbIndex + 1);
        args.remove(dbIndex, 2);
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        out << usage();
        return args.isEmpty() ? kUsage : kOk;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("version") || command == QLatin1String("--version")) {
        if (!openDatabase())
            return kDatabaseError;
        const QString vehicles = m_catalog->seedVersion(QStringLiteral("vehicles"));
        const QString components = m_catalog->seedVersion(QStringLiteral("components"));
        if (json) {
            printJson(QJsonDocument(QJsonObject { { QStringLiteral("version"), QCoreApplication::applicationVersion() },
                                                  { QStringLiteral("schema_version"), m_db->schemaVersion() },
                                                  { QStringLiteral("vehicle_catalog_version"), vehicles },
                                                  { QStringLiteral("component_catalog_version"), components },
                                                  { QStringLiteral("database"), m_db->path() } }));
        } else {
            out << tr("ReMaster %1\nDatabase: %2 (schema %3)\nVehicle catalog: %4\nComponent catalog: %5\n")
                       .arg(QCoreApplication::applicationVersion(), m_db->path())
                       .arg(m_db->schemaVersion())
                       .arg(vehicles, components);
        }
        return kOk;
    }
    if (command == QLatin1String("catalog"))
        return CatalogCommand(*this).run(args);
    if (command == QLatin1String("db"))
        return DbCommand(*this).run(args);
    if (command == QLatin1String("example-design"))
        return DesignCommand(*this).exampleDesign();
    if (command == QLatin1String("evaluate"))
        return DesignCommand(*this).evaluate(args);
    if (command == QLatin1String("sheet"))
        return SheetCommand(*this).run(args);
    if (command == QLatin1String("cycles"))
        return DesignCommand(*this).cycles();
    if (command == QLatin1String("check"))
        return DesignCommand(*this).check(args);
    if (command == QLatin1String("grade-modules"))
        return DesignCommand(*this).gradeModules(args);
    if (command == QLatin1String("find-kits"))
        return KitCommand(*this).findKits(args);
    return fail(kUsage, tr("unknown command '%1' (try --help)").arg(command));
}

std::optional<QString> CliApp::takeOption(QStringList &args, const QString &option, bool *missing)
{
    const int i = args.indexOf(option);
    if (i < 0)
        return std::nullopt;
    if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
        *missing = true;
        fail(kUsage, tr("%1 needs a value").arg(option));
        args.removeAt(i);
        return std::nullopt;
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

} // namespace remaster::cli
