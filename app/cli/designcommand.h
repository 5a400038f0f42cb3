// `remaster-cli example-design`, `evaluate DESIGN.json` and `cycles`.
#pragma once

#include "cliapp.h"

#include "model/design.h"
#include "storage/designjson.h"

#include <optional>

namespace remaster::cli {

class DesignCommand
{
    Q_DECLARE_TR_FUNCTIONS(DesignCommand)
public:
    explicit DesignCommand(CliApp &app)
        : m_app(app)
    {
    }
    int exampleDesign();
    int evaluate(const QStringList &args);
    int cycles();
    int check(QStringList args);
    int gradeModules(QStringList args);

    // Reads and checks a design file; prints the problems and returns nullopt when it is bad.
    // `hasKit`, when given, says whether the file had a kit (only KitPart::Optional lets it lack one).
    std::optional<model::RetrofitDesign>
    readDesign(const QString &path, storage::DesignJson::KitPart kit = storage::DesignJson::KitPart::Required,
               bool *hasKit = nullptr);

private:
    // Reads, resolves and evaluates; prints the problems and returns the exit code (kOk if fine).
    int evaluateFile(const QString &path, model::RetrofitDesign &design, model::CatalogSet &catalog,
                     model::DesignEvaluation &evaluation);
    CliApp &m_app;
};

} // namespace remaster::cli
