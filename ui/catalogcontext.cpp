#include "catalogcontext.h"

#include <QTimer>

namespace remaster::ui {

CatalogContext::CatalogContext(QObject *parent)
    : QObject(parent)
{
}

CatalogContext::~CatalogContext() = default;

bool CatalogContext::open(const QString &path, QString &message)
{
    QString error;
    const auto location = storage::DatabaseLocations::parse(path, &error);
    if (!location) {
        message = tr("Cannot open the database: %1").arg(error);
        return false;
    }
    return open(*location, message);
}

bool CatalogContext::open(const storage::DatabaseLocation &location, QString &message)
{
    auto db = std::make_unique<storage::Database>();
    const auto result = db->open(location);
    message = result.message;
    if (!result.ok())
        return false;
    m_listener.reset();
    m_sheets.reset();
    m_store.reset();
    m_db = std::move(db);
    listen();
    // After the team server came back: listen again (LISTEN belongs to a connection) and say so.
    m_db->setReconnectHandler([this] {
        listen();
        emit reconnected(m_db->path());
    });
    m_store = std::make_unique<storage::CatalogStore>(*m_db);
    m_sheets = std::make_unique<storage::SheetStore>(*m_db);
    for (const auto &report : m_store->seedBundled())
        for (const auto &issue : report.issues)
            qWarning("bundled catalog: %s", qPrintable(issue.toString()));
    reload();
    emit sheetsChanged();
    return true;
}

void CatalogContext::listen()
{
    // A burst of changes (an import elsewhere) refreshes the views once.
    m_listener = std::make_unique<storage::SheetChangeListener>(*m_db);
    connect(m_listener.get(), &storage::SheetChangeListener::sheetChanged, this,
            [this](const QString &number, bool here) {
                if (here)
                    return; // this window already refreshed itself
                emit sheetChangedElsewhere(number);
                if (!m_refreshPending) {
                    m_refreshPending = true;
                    QTimer::singleShot(200, this, [this] {
                        m_refreshPending = false;
                        emit sheetsChanged();
                    });
                }
            });
}

QString CatalogContext::databasePath() const
{
    return m_db ? m_db->path() : QString();
}

void CatalogContext::reload()
{
    m_issues.clear();
    m_catalog = m_store ? m_store->load(&m_issues) : model::CatalogSet {};
    emit catalogChanged();
}

} // namespace remaster::ui
