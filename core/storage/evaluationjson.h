// The results of `remaster-cli evaluate --json`: every figure named with its unit
// ("consumption_wh_per_km", "range_km"). Also frozen into build sheets as their snapshot.
#pragma once

#include "model/design.h"

#include <QJsonObject>

namespace remaster::storage {

struct EvaluationJson {
    static constexpr int kFormatVersion = 1;
    static QJsonObject write(const model::RetrofitDesign &design, const model::DesignEvaluation &evaluation,
                             const model::CatalogSet &catalog);
};

} // namespace remaster::storage
