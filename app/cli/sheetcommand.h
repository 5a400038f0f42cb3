// `remaster-cli sheet …`: build sheets — new, list, show, the workflow with sign-offs, export and
// import (JSON), CSV export and hash-chain verification.
#pragma once

#include "cliapp.h"

#include "storage/sheetstore.h"

#include <optional>

namespace remaster::cli {

class SheetCommand
{
    Q_DECLARE_TR_FUNCTIONS(SheetCommand)
public:
    explicit SheetCommand(CliApp &app)
        : m_app(app)
    {
    }
    int run(QStringList args);
    static QString usage();

private:
    int create(QStringList args);
    int list(QStringList args);
    int show(QStringList args);
    int transition(const QString &action, QStringList args);
    int exportJson(QStringList args);
    int importJson(QStringList args);
    int exportCsv(QStringList args);
    int verify(QStringList args);

    // Removes "--opt VALUE" from args; sets `missing` when the option has no value.
    int storeError(const storage::SheetError &error);
    bool open();

    CliApp &m_app;
    std::unique_ptr<storage::SheetStore> m_store;
};

} // namespace remaster::cli
