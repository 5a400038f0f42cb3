// `remaster-cli catalog ...`: list, show, sources, validate, import, duplicate.
#pragma once

#include "cliapp.h"

#include "model/variant_filter.h"

namespace remaster::cli {

class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)
public:
    explicit CatalogCommand(CliApp &app)
        : m_app(app)
    {
    }
    int run(QStringList args);

private:
    int list(QStringList args);
    int show(const QStringList &args);
    int sources();
    int validate(const QStringList &args);
    int importFile(const QStringList &args);
    int duplicate(QStringList args);
    bool parseFilter(QStringList &args, model::VariantFilter &filter, QString &error);
    CliApp &m_app;
};

} // namespace remaster::cli
