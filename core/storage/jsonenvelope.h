// The envelope every ReMaster JSON file shares: a JSON object whose "format" names the kind of
// file and whose "format_version" this build must know. Readers check it here, the same way and
// with the same messages, before they read their own fields.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace remaster::storage {

class JsonEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(JsonEnvelope)
public:
    struct Issue {
        QString message;
        QString accepted; // what would have been accepted, if that is one value
    };

    // The top-level object, or nothing and `issue` set (malformed JSON, not an object, or a key
    // repeated in one object).
    static std::optional<QJsonObject> parseObject(const QByteArray &json, Issue *issue);
    // The path ("kit.strings_in_parallel", "steps[2].id") of the first key that appears twice in
    // one object of well-formed `json`. Qt's parser keeps the last value silently, so a file that
    // says two things would be read as one of them; every reader refuses it instead.
    static std::optional<QString> duplicateKey(const QByteArray &json);
    // Nothing if "format" is `format` and "format_version" is `version`; else what is wrong.
    static std::optional<Issue> checkFormat(const QJsonObject &root, const QString &format, int version);
};

} // namespace remaster::storage
