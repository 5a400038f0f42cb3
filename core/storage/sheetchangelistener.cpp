#include "sheetchangelistener.h"

#include <QSqlDriver>
#include <QVariant>

namespace remaster::storage {

SheetChangeListener::SheetChangeListener(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (db.backend() != DatabaseBackend::Postgres || !db.isOpen())
        return;
    QSqlDriver *driver = db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    m_active = driver->subscribeToNotification(QLatin1String(kChannel));
    if (!m_active)
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == QLatin1String(kChannel))
                    emit sheetChanged(payload.toString(), source == QSqlDriver::SelfSource);
            });
}

SheetChangeListener::~SheetChangeListener()
{
    if (m_active && m_db.isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(QLatin1String(kChannel));
}

} // namespace remaster::storage
