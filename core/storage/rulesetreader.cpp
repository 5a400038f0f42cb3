#include "rulesetreader.h"

#include "jsonenvelope.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace remaster::storage {

using namespace remaster::model;

QString RuleSetIssue::toString() const
{
    QString s = file;
    if (!parameter.isEmpty())
        s += QStringLiteral(": ") + parameter;
    if (!field.isEmpty())
        s += QStringLiteral(".") + field;
    s += QStringLiteral(": ") + message;
    if (!accepted.isEmpty())
        s += QStringLiteral(" (") + RuleSetReader::tr("accepted: %1").arg(accepted) + QStringLiteral(")");
    return s;
}

namespace {

// Reads one parameter object, collecting every problem instead of stopping at the first.
class ParameterParser
{
public:
    ParameterParser(const QJsonObject &obj, const QString &key)
        : m_obj(obj)
        , m_key(key)
    {
    }

    QList<RuleSetIssue> issues;

    void fail(const QString &field, const QString &message, const QString &accepted = {})
    {
        issues.append({ {}, m_key, field, message, accepted });
    }

    QJsonValue value(const char *field) const { return m_obj.value(QLatin1String(field)); }

    QString text(const char *field, bool required)
    {
        const QJsonValue v = value(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QLatin1String(field), RuleSetReader::tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(QLatin1String(field), RuleSetReader::tr("must be a text string"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(QLatin1String(field), RuleSetReader::tr("must not be empty"));
        return v.toString();
    }

    bool boolean(const char *field)
    {
        const QJsonValue v = value(field);
        if (!v.isBool()) {
            fail(QLatin1String(field),
                 v.isUndefined() ? RuleSetReader::tr("is missing") : RuleSetReader::tr("must be true or false"),
                 QStringLiteral("true, false"));
            return false;
        }
        return v.toBool();
    }

    ParameterMeta meta()
    {
        ParameterMeta m;
        m.ruleId = text("rule", true).toStdString();
        m.legalReference = text("legal_reference", true).toStdString();
        const QString conf = text("confidence", true);
        if (!conf.isEmpty() && !legalConfidenceFromCode(conf.toStdString(), m.confidence))
            fail(QStringLiteral("confidence"), RuleSetReader::tr("'%1' is not a confidence level").arg(conf),
                 QStringLiteral("high, medium, low"));
        m.pendingConfirmation = boolean("pending_confirmation");
        m.note = text("note", false).toStdString();
        return m;
    }

    double number(const ParameterSpec &spec)
    {
        const QJsonValue v = value("value");
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(QStringLiteral("value"), RuleSetReader::tr("must be a finite number"),
                 QStringLiteral("%1 … %2 %3").arg(spec.minimum).arg(spec.maximum).arg(QLatin1String(spec.unit)));
            return std::nan("");
        }
        const QString unit = value("unit").toString();
        if (unit != QLatin1String(spec.unit))
            fail(QStringLiteral("unit"), RuleSetReader::tr("'%1' is not the unit of this parameter").arg(unit),
                 QLatin1String(spec.unit));
        return v.toDouble();
    }

    PowerBasis powerBasis()
    {
        const QString s = value("value").toString();
        if (s == QLatin1String(powerBasisCode(PowerBasis::Peak)))
            return PowerBasis::Peak;
        if (s == QLatin1String(powerBasisCode(PowerBasis::ThirtyMinute)))
            return PowerBasis::ThirtyMinute;
        fail(QStringLiteral("value"), RuleSetReader::tr("is not a power basis"),
             QStringLiteral("%1, %2").arg(QLatin1String(powerBasisCode(PowerBasis::Peak)),
                                          QLatin1String(powerBasisCode(PowerBasis::ThirtyMinute))));
        return PowerBasis::Peak;
    }

    bool flagValue() { return boolean("value"); }

private:
    QJsonObject m_obj;
    QString m_key;
};

} // namespace

RuleSetReadResult RuleSetReader::read(const QByteArray &json, const QString &fileName)
{
    RuleSetReadResult r;
    auto fileIssue = [&](const QString &message, const QString &accepted = {}) {
        r.issues.append({ fileName, {}, {}, message, accepted });
        r.rulesetVersion.clear();
        return r;
    };

    JsonEnvelope::Issue envelopeIssue;
    const std::optional<QJsonObject> parsed = JsonEnvelope::parseObject(json, &envelopeIssue);
    if (!parsed)
        return fileIssue(envelopeIssue.message);
    const QJsonObject &root = *parsed;
    if (const auto wrong = JsonEnvelope::checkFormat(root, QStringLiteral("remaster-ruleset"), kFormatVersion))
        return fileIssue(wrong->message, wrong->accepted);
    r.rulesetVersion = root.value(QLatin1String("ruleset_version")).toString();
    if (r.rulesetVersion.trimmed().isEmpty())
        return fileIssue(tr("'ruleset_version' is missing"));
    if (!root.value(QLatin1String("parameters")).isObject())
        return fileIssue(tr("'parameters' must be an object keyed by parameter name"));
    const QJsonObject params = root.value(QLatin1String("parameters")).toObject();

    RuleSetParameters &p = r.parameters;
    p.version = r.rulesetVersion.toStdString();
    QSet<QString> known;
    for (const ParameterSpec &spec : ruleSetParameterSpecs()) {
        const QString key = QLatin1String(spec.key);
        known.insert(key);
        const QJsonValue v = params.value(key);
        if (!v.isObject()) {
            r.issues.append({ fileName,
                              key,
                              {},
                              v.isUndefined() ? tr("is missing")
                                              : tr("must be an object {value, unit, rule, legal_reference, confidence, "
                                                   "pending_confirmation, note}"),
                              {} });
            continue;
        }
        ParameterParser pp(v.toObject(), key);
        const ParameterMeta meta = pp.meta();
        switch (spec.kind) {
        case ParameterKind::Number: p.*spec.number = { pp.number(spec), meta }; break;
        case ParameterKind::Flag: p.*spec.flag = { pp.flagValue(), meta }; break;
        case ParameterKind::PowerBasisChoice: p.*spec.basis = { pp.powerBasis(), meta }; break;
        }
        for (auto issue : pp.issues) {
            issue.file = fileName;
            r.issues.append(issue);
        }
    }
    for (auto it = params.begin(); it != params.end(); ++it)
        if (!known.contains(it.key()))
            r.issues.append({ fileName, it.key(), {}, tr("is not a parameter of this format"), {} });
    if (!r.issues.isEmpty())
        return r;

    // Ranges and consistency: the model's own checks, reported against the parameter.
    for (const FieldError &e : ruleSetErrors(p)) {
        QString parameter = QString::fromStdString(e.field);
        parameter.remove(QStringLiteral("ruleset."));
        QString message = QCoreApplication::translate("Model", e.message.c_str());
        if (!e.actual.empty())
            message += QStringLiteral(": ") + QString::fromStdString(e.actual);
        r.issues.append({ fileName, parameter, {}, message, QString::fromStdString(e.acceptedRange) });
    }
    return r;
}

RuleSetReadResult RuleSetReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RuleSetReadResult r;
        r.issues.append({ path, {}, {}, tr("cannot be read: %1").arg(file.errorString()), {} });
        return r;
    }
    return read(file.readAll(), path);
}

QString RuleSetReader::bundledPath()
{
    return QStringLiteral(":/rules/ruleset.json");
}

} // namespace remaster::storage
