// Build sheets changed by another workstation, without polling (issue 14): on PostgreSQL a
// trigger sends NOTIFY remaster_sheets with the sheet number at every committed change of the
// sheet list, and this listener (LISTEN through Qt's QPSQL driver) turns it into a signal. On an
// SQLite file there is nobody to listen to: isActive() is false.
#pragma once

#include "database.h"

#include <QObject>

namespace remaster::storage {

class SheetChangeListener : public QObject
{
    Q_OBJECT
public:
    // The channel the schema's trigger notifies.
    static constexpr const char *kChannel = "remaster_sheets";

    explicit SheetChangeListener(Database &db, QObject *parent = nullptr);
    ~SheetChangeListener() override;
    bool isActive() const { return m_active; }

signals:
    // `number` changed (created, saved, moved along the workflow); `here` when this connection
    // made the change itself.
    void sheetChanged(const QString &number, bool here);

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace remaster::storage
