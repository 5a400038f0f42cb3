// Errors for bad engineering input. Every message names the field and the accepted range, so
// the CLI, the GUI and imports can show the user exactly what to fix.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

// Model text is marked for Qt Linguist with QT_TRANSLATE_NOOP("Model", "…") without making the
// model depend on Qt: lupdate finds the macro by name in the source text, and the Qt edge
// translates with QCoreApplication::translate("Model", text). Messages are therefore constant;
// numbers go in FieldError::actual / acceptedRange (or RuleResult::arguments).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace remaster::model {

struct FieldError {
    std::string field; // dotted path, e.g. "battery.modules_in_series"
    std::string message; // constant English text marked QT_TRANSLATE_NOOP("Model", …)
    std::string acceptedRange; // e.g. "1 … 400", may be empty when not a range problem
    std::string actual; // the offending value with its unit, may be empty

    std::string toString() const
    {
        std::string s = field + ": " + message;
        if (!actual.empty())
            s += " (" + actual + ")";
        if (!acceptedRange.empty())
            s += " (accepted: " + acceptedRange + ")";
        return s;
    }
};

class InputError : public std::runtime_error
{
public:
    explicit InputError(std::vector<FieldError> errors)
        : std::runtime_error(join(errors))
        , m_errors(std::move(errors))
    {
    }
    const std::vector<FieldError> &errors() const { return m_errors; }

private:
    static std::string join(const std::vector<FieldError> &errors)
    {
        std::string s;
        for (const auto &e : errors) {
            if (!s.empty())
                s += "; ";
            s += e.toString();
        }
        return s;
    }
    std::vector<FieldError> m_errors;
};

} // namespace remaster::model
