#include "cyclenames.h"

#include "documentlanguage.h"

#include <QCoreApplication>

namespace remaster::documents {

namespace {

// Passed as a variable: lupdate would read a literal in `language.tr(...)` as a source text.
constexpr const char *kContext = "CycleNames";

struct CycleName {
    const char *id;
    const char *name;
};

// Ids as in resources/cycles (see its README for each trace's provenance).
constexpr CycleName kCycleNames[] = {
    { "wltc-class1", QT_TRANSLATE_NOOP("CycleNames", "WLTC class 1") },
    { "wltc-class2", QT_TRANSLATE_NOOP("CycleNames", "WLTC class 2") },
    { "wltc-class3a", QT_TRANSLATE_NOOP("CycleNames", "WLTC class 3a") },
    { "wltc-class3b", QT_TRANSLATE_NOOP("CycleNames", "WLTC class 3b") },
    { "nedc", QT_TRANSLATE_NOOP("CycleNames", "NEDC") },
    { "artemis-urban", QT_TRANSLATE_NOOP("CycleNames", "Artemis urban") },
    { "artemis-rural", QT_TRANSLATE_NOOP("CycleNames", "Artemis rural road") },
    { "artemis-motorway-130", QT_TRANSLATE_NOOP("CycleNames", "Artemis motorway 130") },
    { "artemis-motorway-150", QT_TRANSLATE_NOOP("CycleNames", "Artemis motorway 150") },
    { "udds", QT_TRANSLATE_NOOP("CycleNames", "EPA UDDS (urban)") },
    { "hwfet", QT_TRANSLATE_NOOP("CycleNames", "EPA HWFET (highway)") },
    { "vecto-urban-delivery-3.5t", QT_TRANSLATE_NOOP("CycleNames", "VECTO urban delivery") },
    { "vecto-regional-delivery-3.5t", QT_TRANSLATE_NOOP("CycleNames", "VECTO regional delivery") },
};

} // namespace

const char *cycleNameSource(const QString &id)
{
    for (const auto &entry : kCycleNames)
        if (id == QLatin1String(entry.id))
            return entry.name;
    return nullptr;
}

QString cycleName(const QString &id)
{
    const char *source = cycleNameSource(id);
    return source ? QCoreApplication::translate(kContext, source) : id;
}

QString cycleName(const QString &id, const DocumentLanguage &language)
{
    const char *source = cycleNameSource(id);
    return source ? language.tr(kContext, source) : id;
}

} // namespace remaster::documents
