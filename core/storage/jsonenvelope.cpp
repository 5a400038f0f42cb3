#include "jsonenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QSet>

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
    if (const auto key = duplicateKey(json)) {
        *issue = { tr("the key %1 appears twice (each key once per object)").arg(*key), {} };
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QString> JsonEnvelope::duplicateKey(const QByteArray &json)
{
    // A scan of the tokens the (already validated) text holds: strings, and the structural
    // characters between them. Each open object or array remembers its keys or its index.
    struct Frame {
        bool object;
        QSet<QString> keys;
        QString key; // the key whose value is being read (objects)
        int index = 0; // arrays
        QString path; // of this container
    };
    QList<Frame> stack;
    bool expectKey = false;
    auto childPath = [&]() {
        if (stack.isEmpty())
            return QString();
        const Frame &f = stack.last();
        if (f.object)
            return f.path.isEmpty() ? f.key : f.path + QLatin1Char('.') + f.key;
        return f.path + QStringLiteral("[%1]").arg(f.index);
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < n; ++i) {
                if (escaped)
                    escaped = false;
                else if (json.at(i) == '\\')
                    escaped = true;
                else if (json.at(i) == '"')
                    break;
            }
            if (expectKey && !stack.isEmpty() && stack.last().object) {
                const QByteArray raw = json.mid(start, i - start + 1);
                // An escaped key names the same key as its plain spelling: decode it as JSON does.
                const QString key = raw.contains('\\')
                    ? QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString()
                    : QString::fromUtf8(raw.mid(1, raw.size() - 2));
                Frame &f = stack.last();
                f.key = key;
                if (f.keys.contains(key))
                    return childPath();
                f.keys.insert(key);
                expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            const QString path = childPath();
            stack.append({ c == '{', {}, {}, 0, path });
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            expectKey = false;
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                if (stack.last().object)
                    expectKey = true;
                else
                    ++stack.last().index;
            }
        }
    }
    return std::nullopt;
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
