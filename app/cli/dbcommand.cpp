#include "dbcommand.h"

#include "storage/databasecopy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace remaster::cli {

int DbCommand::run(QStringList args)
{
    if (args.isEmpty() || args.first() != QLatin1String("copy"))
        return m_app.fail(kUsage,
                          tr("usage: remaster-cli db copy --from LOCATION --to LOCATION [--merge] [--json]\n"
                             "  LOCATION: a file, sqlite:PATH or postgresql://user@host:port/database"));
    args.removeFirst();
    return copy(args);
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
