#include "catalogcontext.h"

namespace remaster::ui {

CatalogContext::CatalogContext(QObject *parent)
    : QObject(parent)
{
}

CatalogContext::~CatalogContext() = default;

bool CatalogContext::open(const QString &path, QString &message)
{
    auto db = std::make_unique<storage::Database>();
    const auto result = db->open(path);
    message = result.message;
    if (!result.ok())
        return false;
    m_sheets.reset();
    m_store.reset();
    m_db = std::move(db);
    m_store = std::make_unique<storage::CatalogStore>(*m_db);
    m_sheets = std::make_unique<storage::SheetStore>(*m_db);
    for (const auto &report : m_store->seedBundled())
        for (const auto &issue : report.issues)
            qWarning("bundled catalog: %s", qPrintable(issue.toString()));
    reload();
    emit sheetsChanged();
    return true;
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
