// `remaster-cli find-kits DESIGN.json …`: the kit finder (model/kit_finder.h) on the command line.
#pragma once

#include "cliapp.h"

#include "model/kit_finder.h"

namespace remaster::cli {

class KitCommand
{
    Q_DECLARE_TR_FUNCTIONS(KitCommand)
public:
    explicit KitCommand(CliApp &app)
        : m_app(app)
    {
    }
    int findKits(const QStringList &args);

private:
    // Everything the command line asks for, checked (ranges, files) but not yet run.
    struct KitRequest {
        QString designPath, rulesetPath;
        model::KitSearchSpace space;
        model::KitStock stock;
        model::KitConstraints constraints;
        model::KitFinderOptions options;
        bool quiet = false;
    };
    // Fills `request` from the options; reports a problem and returns its exit code, or kOk.
    int parseRequest(QStringList args, KitRequest &request);
    // The human-readable result; exit 1 when no kit is feasible.
    int printResult(const model::RetrofitDesign &design, const model::KitSearchResult &result, double seconds);
    CliApp &m_app;
};

} // namespace remaster::cli
