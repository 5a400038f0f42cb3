// The team's PostgreSQL roles (issue 14): what `remaster-cli db init` sets up on a team
// database so that the server, not only ReMaster, decides who may do what:
//
//   remaster_engineer      creates and edits sheets, submits them, edits catalogs
//   remaster_workshop      the above, and records an approved sheet as built
//   remaster_homologation  the above, and approves
//   remaster_admin         all three, and owns nothing more (the database owner migrates)
//
// Every role reads everything and writes the sheet and catalog tables; none may delete (the
// triggers refuse it anyway) or change the schema. Approving and recording built are checked in
// the server by role membership (migrations.cpp, postgresRoleTriggers) once set up. Login users
// are made members by IT: GRANT remaster_homologation TO alice.
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace remaster::storage {

struct TeamRolesReport {
    QStringList created; // roles that did not exist before
    QStringList existing; // roles found and left as they were
};

class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)
public:
    static QStringList names();
    // Creates the missing roles (NOLOGIN), grants their rights on this database's tables and
    // turns the server's role checks on; idempotent. Needs a connection with CREATEROLE that
    // owns the tables (the database owner who created the schema). nullopt and `error` on a
    // file or without the right to create roles.
    static std::optional<TeamRolesReport> setUp(Database &db, QString *error);
};

} // namespace remaster::storage
