// The shell's widgets: tiles, buttons, text on swatches, the focus ring. Screens draw only through these.
#pragma once

#include "../core/input/interaction.hpp"
#include "../core/layout/metrics.hpp"
#include "../core/navigation/image_store.hpp"
#include "../core/theme/theme.hpp"
#include "fonts.hpp"
#include "../core/icons.hpp"

#include <string>
#include <string_view>
#include <vector>

struct ImDrawList;

namespace Foyer {

enum class Align {
    Left,
    Center,
    Right,
};

// Word-wrapped lines of `text` no wider than `width` at the given font (explicit "\n" breaks lines too).
std::vector<std::string_view> wrap_lines(const ImFont&, float px, std::string_view text, float width);
float line_width(const ImFont&, float px, std::string_view line);

// Where a tile's icon and label go. `fits` is false when the label needs more than two lines or overflows.
struct TileLayout {
    Point icon_center;
    // The icon shrinks (down to half its size) to leave room for a label on two lines.
    float icon_px { 0 };
    float label_top { 0 };
    std::vector<std::string_view> lines;
    bool fits { false };
};
TileLayout layout_tile(const FontSet&, const Metrics&, const Rect& tile, std::string_view label);

class TextureStore;

class Ui {
public:
    // `textures` may be null (layout tests): pictures are then drawn as empty frames.
    Ui(ImDrawList&, const FontSet&, const Metrics&, const Theme&, Interaction&, const TextureStore* textures = nullptr);

    const Metrics& metrics() const { return m_metrics; }
    const Theme& theme() const { return m_theme; }
    // Where the current screen may draw (below the title bar).
    const Rect& content() const { return m_content; }
    void set_content(const Rect& rect) { m_content = rect; }

    void fill(const Rect&, SwatchRole, bool outlined = false);
    // Draws word-wrapped text from the top of `rect`; returns the height used.
    float text(const Rect&, std::string_view, FontRole, SwatchRole, Align = Align::Left);
    float text_height(std::string_view, FontRole, float width) const;
    float text_width(std::string_view, FontRole) const;
    void icon(Point center, Icon, FontRole, SwatchRole, float px = 0);
    // A picture as large as fits in `rect`, centred, proportions kept; returns where it was drawn.
    Rect image(const Rect&, ImageId, int width, int height);

    // A home tile: icon above a label of up to two lines. True when activated (click or keyboard).
    bool tile(const WidgetId&, const Rect&, Icon, std::string_view label);
    // A button with an optional icon before its label, in `font` (Large, or Heading for the one button that
    // matters most on a screen).
    bool button(const WidgetId&, const Rect&, Icon, std::string_view label, SwatchRole = SwatchRole::Button,
        FontRole font = FontRole::Large);
    // The width a button needs for its icon and label, padding included.
    float button_width(Icon, std::string_view label, FontRole font = FontRole::Large) const;

    // The targets drawn this frame, for the interaction model.
    std::vector<Target> take_targets() { return std::move(m_targets); }

private:
    bool interactive(const WidgetId&, const Rect&, std::string_view spoken);
    void focus_ring(const WidgetId&, const Rect&);

    ImDrawList& m_draw;
    const FontSet& m_fonts;
    const Metrics& m_metrics;
    const Theme& m_theme;
    Interaction& m_interaction;
    const TextureStore* m_textures;
    Rect m_content;
    std::vector<Target> m_targets;
};

}
