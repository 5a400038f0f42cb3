#include "model/sourced.h"

namespace remaster::model {

const char *confidenceCode(Confidence c)
{
    switch (c) {
    case Confidence::A: return "A";
    case Confidence::B: return "B";
    case Confidence::C: return "C";
    case Confidence::Derived: return "E";
    case Confidence::Representative: return "R";
    case Confidence::Vehicle: return "V";
    }
    return "R";
}

bool confidenceFromCode(const std::string &code, Confidence &out)
{
    if (code == "A")
        out = Confidence::A;
    else if (code == "B")
        out = Confidence::B;
    else if (code == "C")
        out = Confidence::C;
    else if (code == "E")
        out = Confidence::Derived;
    else if (code == "R")
        out = Confidence::Representative;
    else if (code == "V")
        out = Confidence::Vehicle;
    else
        return false;
    return true;
}

} // namespace remaster::model
