// A build-sheet revision made from a design: the design itself, its frozen evaluation and rule
// results (with the rule-set and catalog versions), the bill of materials from the placed kit,
// and the standard work steps with the HV-safety minimums of this pack. Shared by
// `remaster-cli sheet new`, the GUI and the demo database.
#pragma once

#include "buildsheet.h"

#include "model/design.h"
#include "model/rule_parameters.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace remaster::storage {

class SheetFactory
{
    Q_DECLARE_TR_FUNCTIONS(SheetFactory)
public:
    struct Result {
        std::optional<SheetRevision> revision;
        QStringList warnings; // e.g. rules not evaluated because registration data is missing
        QString error; // set when no revision could be made
    };
    // `rules` empty: the bundled rule set. The design must already evaluate (`evaluation`).
    static Result fromDesign(const model::RetrofitDesign &design, const model::DesignEvaluation &evaluation,
                             const model::CatalogSet &catalog, const QDate &today,
                             const std::optional<model::RuleSetParameters> &rules = std::nullopt);
};

} // namespace remaster::storage
