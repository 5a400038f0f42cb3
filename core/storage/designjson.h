// The design JSON (docs/design-format.md): reading it into a model::RetrofitDesign with every
// problem named by its JSON path and accepted range, and writing a design back. Field names
// carry their unit ("mass_kg", "ambient_c"); conversion to SI happens here and only here.
#pragma once

#include "model/design.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remaster::storage {

struct DesignIssue {
    QString field; // JSON path, e.g. "kit.modules_in_series"
    QString message;
    QString accepted;
    QString toString() const;
};

struct DesignReadResult {
    std::optional<model::RetrofitDesign> design;
    QList<DesignIssue> issues;
    bool hasKit = true; // false: the file had no "kit" and KitPart::Optional allowed it
};

class DesignJson
{
    Q_DECLARE_TR_FUNCTIONS(DesignJson)
public:
    static constexpr int kFormatVersion = 1;
    // The kit is required to evaluate a design; the kit finder searches for one, so for it the
    // "kit" object may be absent (the design's kit fields then keep their defaults, empty ids).
    enum class KitPart { Required, Optional };
    static DesignReadResult read(const QByteArray &json, KitPart kit = KitPart::Required);
    static DesignReadResult read(const QJsonObject &root, KitPart kit = KitPart::Required);
    static QJsonObject write(const model::RetrofitDesign &design);
    // InputError from the model (resolve/evaluate), as issues with translated messages.
    static QList<DesignIssue> fromInputError(const model::InputError &error);
};

} // namespace remaster::storage
