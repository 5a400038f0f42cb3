// A catalog figure together with where it came from.
//
// ReMaster never shows an engineering figure without its provenance: the catalog loader refuses
// an entry whose value has no source, and the UI and documents print the confidence mark next
// to representative or derived values.
#pragma once

#include <string>

namespace remaster::model {

// Confidence marks, as used in shared/data/*-reference.md.
enum class Confidence {
    A, // manufacturer document, or two or more independent sources that agree
    B, // one reputable source
    C, // one weak or secondary source, or the sources conflict
    Derived, // "E": our own arithmetic on published figures; the note shows it
    Representative, // "R": a typical value for this kind of vehicle/part, not this one's own
    Vehicle, // "V": this vehicle's own document or measurement (registration certificate,
             //      certificate of conformity, weighbridge ticket) entered by the user
};

const char *confidenceCode(Confidence c); // "A", "B", "C", "E", "R", "V"
bool confidenceFromCode(const std::string &code, Confidence &out);

struct Provenance {
    std::string sourceId; // key into the catalog's source list
    Confidence confidence = Confidence::Representative;
    std::string note; // derivation or caveat, may be empty
};

template<class Quantity> struct Sourced {
    Quantity value {};
    Provenance provenance;
    bool isRepresentative() const { return provenance.confidence == Confidence::Representative; }
};

struct Source {
    std::string id;
    std::string citation; // URL, "owner/repo path", or document reference
    std::string note;
};

} // namespace remaster::model
