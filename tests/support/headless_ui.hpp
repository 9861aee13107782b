// Drawing screens without a window: an ImGui context with Foyer's real fonts, for layout tests.
#pragma once

#include "shell/core/input/interaction.hpp"
#include "shell/core/layout/metrics.hpp"
#include "shell/core/theme/theme.hpp"
#include "shell/ui/fonts.hpp"
#include "shell/ui/ui.hpp"

#include <memory>

namespace Foyer::Testing {

// One frame of ImGui at a given screen size: text is measured and drawn with the fonts Foyer ships, so a
// label that overflows here overflows on a senior's screen.
class HeadlessUi {
public:
    HeadlessUi(float width, float height, TextSize, ThemeName = ThemeName::Light);
    ~HeadlessUi();

    Ui& ui() { return *m_ui; }
    const FontSet& fonts() const { return m_fonts; }
    const Metrics& metrics() const { return m_metrics; }
    Interaction& interaction() { return m_interaction; }

private:
    FontSet m_fonts;
    Metrics m_metrics;
    Interaction m_interaction;
    std::unique_ptr<Ui> m_ui;
};

}
