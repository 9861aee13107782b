// Drawing screens without a window: an ImGui context with Foyer's real fonts, for layout tests.
#pragma once

#include "shell/core/input/interaction.hpp"
#include "shell/core/layout/metrics.hpp"
#include "shell/core/theme/theme.hpp"
#include "shell/ui/fonts.hpp"
#include "shell/ui/ui.hpp"

#include <memory>
#include <vector>

namespace Foyer {
class Screen;
}

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

// A screen drawn frame after frame at a screen size, below the title bar as the shell places it, whose
// buttons are pressed as a click in their middle would.
class HeadlessScreen {
public:
    HeadlessScreen(Screen&, float width, float height, TextSize = TextSize::Normal);

    // One frame: the words, icons and buttons it drew.
    std::vector<DrawnElement> draw();
    // Clicks a button the last frame drew (false when it drew none of that name); the next draw() sees it.
    bool click(const WidgetId&);
    const std::vector<Target>& targets() { return m_headless.interaction().targets(); }
    HeadlessUi& headless() { return m_headless; }

private:
    Screen& m_screen;
    HeadlessUi m_headless;
    double m_now { 1000 };
};

}
