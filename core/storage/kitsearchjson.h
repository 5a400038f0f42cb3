// The kit finder at the file edge: the module stock file that `remaster-cli find-kits --stock`
// reads, and the result that `find-kits --json` prints (docs/kit-finder.md).
#pragma once

#include "model/kit_finder.h"
#include "storage/designjson.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace remaster::storage {

struct StockReadResult {
    std::optional<std::map<std::string, int>> shelf; // module id → count
    QList<DesignIssue> issues;
};

struct KitSearchJson {
    Q_DECLARE_TR_FUNCTIONS(KitSearchJson)
public:
    static constexpr int kFormatVersion = 1;
    // {"format": "remaster-module-stock", "format_version": 1, "modules": {"id": count, …}}.
    // Counts are whole numbers 0 … 100000; ids are checked against the catalog by the finder.
    static StockReadResult readStock(const QByteArray &bytes);
    static QJsonObject writeCandidate(const model::KitCandidate &c);
    static QJsonObject writeResult(const model::KitSearchResult &r, const model::KitFinderOptions &options);
};

} // namespace remaster::storage
