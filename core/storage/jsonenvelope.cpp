#include "jsonenvelope.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace remaster::storage {

std::optional<QJsonObject> JsonEnvelope::parseObject(const QByteArray &json, Issue *issue)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *issue = { tr("malformed JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()), {} };
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *issue = { tr("the top level must be a JSON object"), {} };
        return std::nullopt;
    }
    return doc.object();
}

std::optional<JsonEnvelope::Issue> JsonEnvelope::checkFormat(const QJsonObject &root, const QString &format,
                                                             int version)
{
    if (root.value(QLatin1String("format")).toString() != format)
        return Issue { tr("'format' must be \"%1\"").arg(format), {} };
    if (root.value(QLatin1String("format_version")).toInt(-1) != version)
        return Issue { tr("unsupported 'format_version'"), QString::number(version) };
    return std::nullopt;
}

} // namespace remaster::storage
