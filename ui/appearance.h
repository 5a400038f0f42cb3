// The interface's colours: the desktop's own (system), or a light or dark Fusion palette for
// desktops whose theme Qt cannot follow. Colours elsewhere come from the palette, so every
// window follows the choice.
#pragma once

#include <QString>

namespace remaster::ui {

struct Appearance {
    static QString current(); // "system", "light", "dark"
    static bool apply(const QString &code); // applies and remembers; false for an unknown code
};

} // namespace remaster::ui
