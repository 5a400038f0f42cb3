// Shared plumbing of remaster-cli: global options, opening the database, and output that is
// either human-readable or JSON (--json) with stable field names carrying their units.
#pragma once

#include "storage/catalogstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace remaster::cli {

// Exit codes, documented in `remaster-cli --help`.
enum ExitCode {
    kOk = 0,
    kCheckFailed = 1, // a check ran and found failures
    kUsage = 2, // bad command line
    kInputError = 3, // bad input file or unknown id
    kDatabaseError = 4, // database cannot be opened or written
};

class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp(QTextStream &output, QTextStream &errors)
        : out(output)
        , err(errors)
    {
    }

    int run(const QStringList &arguments);

    // Opens (creating and seeding if needed) the database chosen with --db or the default.
    bool openDatabase();
    storage::Database &database() { return *m_db; }
    storage::CatalogStore &catalog() { return *m_catalog; }

    void printJson(const QJsonDocument &doc);
    int fail(ExitCode code, const QString &message);
    // Removes "--option VALUE" from args and returns VALUE; nothing if the option is absent. An
    // option without its value sets *missing and reports the usage error.
    std::optional<QString> takeOption(QStringList &args, const QString &option, bool *missing);

    QTextStream &out;
    QTextStream &err;
    bool json = false;
    QString dbPath;

private:
    QString usage() const;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::CatalogStore> m_catalog;
};

} // namespace remaster::cli
