// Readable names of the bundled drive cycles, in the UI language or in a document's language.
//
// Results and sheet snapshots carry the cycle's id ("wltc-class3b"), which is stable and what
// scripts match on; people read "WLTC class 3b". A cycle we do not ship (a user's CSV file)
// keeps its id, which is its file name.
#pragma once

#include <QString>

namespace remaster::documents {

class DocumentLanguage;

// The English name, marked for translation in the "CycleNames" context; nullptr if unknown.
const char *cycleNameSource(const QString &id);
QString cycleName(const QString &id); // in the installed UI language
QString cycleName(const QString &id, const DocumentLanguage &language);

} // namespace remaster::documents
