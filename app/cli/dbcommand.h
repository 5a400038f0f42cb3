// `remaster-cli db copy --from LOCATION --to LOCATION [--merge]`: moves a whole database between
// SQLite and PostgreSQL (storage/databasecopy.h), checking every revision's hash afterwards.
// `remaster-cli --db postgresql://... db init`: the schema, the team roles and their grants
// (storage/teamroles.h).
#pragma once

#include "cliapp.h"

namespace remaster::cli {

class DbCommand
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)
public:
    explicit DbCommand(CliApp &app)
        : m_app(app)
    {
    }
    int run(QStringList args);

private:
    int copy(QStringList args);
    int init(const QStringList &args);
    CliApp &m_app;
};

} // namespace remaster::cli
