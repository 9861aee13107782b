// The shell's widgets: tiles, buttons, text on swatches, the focus ring. Screens draw only through these.
#pragma once

#include "../core/icons.hpp"
#include "../core/input/interaction.hpp"
#include "../core/layout/metrics.hpp"
#include "../core/navigation/image_store.hpp"
#include "../core/theme/theme.hpp"
#include "fonts.hpp"

#include <functional>
#include <optional>
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

enum class Outline {
    Yes,
    No,
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
    // The label's size: Label's, or its size at the next smaller text where that keeps the icon whole
    // (a larger text never makes the icon smaller).
    float label_px { 0 };
    std::vector<std::string_view> lines;
    bool fits { false };
};
// `icon_most`, when given, is the largest the icon may be (home sizes its icons alike, see home_screen.cpp).
TileLayout layout_tile(const FontSet&, const Metrics&, const Rect& tile, std::string_view label, float icon_most = 0);

class TextureStore;

// What a frame drew, for layout tests that compare the same screen at each text size: every text with its
// font size, every icon with its size, every button with its height, every picture with its height. Off (no
// recorder) it costs a null check.
enum class DrawnKind {
    Text,
    Icon,
    Button,
    Picture,
};

struct DrawnElement {
    DrawnKind kind;
    // The words drawn (a whole text before wrapping, a button's label), the icon's code point, or the
    // picture's own size ("600x400").
    std::string key;
    // Font px for texts and icons, height for buttons and pictures (as drawn).
    float size { 0 };
};

struct DrawRecorder {
    std::vector<DrawnElement> elements;
};

// What a text field accepts and how it shows it.
enum class TextFieldKind {
    Text,
    // Shown as stars (a code).
    SecretDigits,
    // Shown as stars, any character (a password).
    Secret,
};

class Ui {
public:
    // `textures` may be null (layout tests): pictures are then drawn as empty frames.
    Ui(ImDrawList&, const FontSet&, const Metrics&, const Theme&, Interaction&, const TextureStore* textures = nullptr);

    const Metrics& metrics() const { return m_metrics; }
    const Theme& theme() const { return m_theme; }
    const FontSet& fonts() const { return m_fonts; }
    // Where the current screen may draw (below the title bar).
    const Rect& content() const { return m_content; }
    void set_content(const Rect& rect) { m_content = rect; }

    void fill(const Rect&, SwatchRole, bool outlined = false);
    // Draws word-wrapped text from the top of `rect`; returns the height used. `px`, when given, is the size
    // to draw `role`'s font at (Metrics::stepped_down), else the role's own.
    float text(const Rect&, std::string_view, FontRole, SwatchRole, Align = Align::Left, float px = 0);
    float text_height(std::string_view, FontRole, float width, float px = 0) const;
    float text_width(std::string_view, FontRole, float px = 0) const;
    void icon(Point center, Icon, FontRole, SwatchRole, float px = 0);
    // A picture as large as fits in `rect`, centred, proportions kept; returns where it was drawn.
    Rect image(const Rect&, ImageId, int width, int height, Outline = Outline::Yes);
    // A sheet of paper, for print previews: white in every theme, square corners, outlined.
    void paper(const Rect&);
    // A level as a bar filled to `fraction` (0 to 1) in `ink`, outlined, with a line where the ink ends so
    // that a pale ink (yellow on white) still shows its level. A negative fraction (unknown) fills nothing.
    void gauge(const Rect&, float fraction, Color ink);

    // A home tile: icon above a label of up to two lines. True when activated (click or keyboard).
    bool tile(const WidgetId&, const Rect&, Icon, std::string_view label, float icon_most = 0);
    // A button with an optional icon before its label, in `font` (Large, or Heading for the one button that
    // matters most on a screen).
    bool button(const WidgetId&, const Rect&, Icon, std::string_view label, SwatchRole = SwatchRole::Button,
        FontRole font = FontRole::Large, float px = 0);
    // The width a button needs for its icon and label, padding included.
    float button_width(Icon, std::string_view label, FontRole font = FontRole::Large, float px = 0) const;
    // A square-ish button showing only an icon (+, -); `spoken` is what the voice says when focus rests on it.
    bool icon_button(const WidgetId&, const Rect&, Icon, std::string_view spoken, SwatchRole = SwatchRole::Button);
    // A tile with a picture above a caption of up to two lines; `fallback` is drawn while there is no
    // picture (not loaded yet, or a document with none). `spoken` is said when focus rests on it.
    bool picture_tile(const WidgetId&, const Rect&, ImageId, int width, int height, Icon fallback, std::string_view caption,
        std::string_view spoken, FontRole caption_role = FontRole::Body);

    // A pressable area whose inside the caller draws (a message in a list, a contact): filled as a tile
    // (pressed or not), `content` draws on that swatch, then the focus ring.
    bool custom_button(const WidgetId&, const Rect&, std::string_view spoken, const std::function<void(SwatchRole)>& content);

    // A box to write in: the words word-wrapped in `font` on white paper, a thick caret where they go while
    // it has the focus (a press on it, or Tab), and `placeholder` while it is empty. Lines beyond the box
    // move up by themselves to keep the caret in view: nothing to scroll. True when the text changed.
    bool text_area(const WidgetId&, const Rect&, TextEdit&, std::string_view spoken, std::string_view placeholder,
        FontRole font = FontRole::Large);

    // A box to type in, in large type, on white (paper) in every theme. `spoken` is its label, said when
    // focus rests on it. Focus on it gives it the keyboard (Interaction::editing()); returns true when the
    // text changed. Longer texts than `max_bytes` are cut (at a character boundary). text_field.cpp.
    bool text_field(const WidgetId&, const Rect&, std::string& text, std::string_view spoken,
        TextFieldKind = TextFieldKind::Text, size_t max_bytes = 200);
    // Puts the focus on a widget drawn in this frame (Interaction::focus_on).
    void focus_on(const WidgetId& id) { m_interaction.focus_on(id); }
    bool keyboard_in_use() const { return m_interaction.focus_visible(); }
    // The height of a text field for this screen.
    float text_field_height() const { return m_metrics.font(FontRole::Large) * 1.7f; }

    // Records what is drawn from now on into `recorder` (null: nothing recorded).
    void set_recorder(DrawRecorder* recorder) { m_recorder = recorder; }

    // The targets drawn this frame, for the interaction model.
    std::vector<Target> take_targets() { return std::move(m_targets); }
    size_t target_count() const { return m_targets.size(); }
    // A text field asked ImGui for the keyboard this frame; it has it from the next frame, which the shell
    // must therefore draw.
    bool wants_another_frame() const { return m_wants_another_frame; }
    // The text field that had the keyboard in this frame (keys typed now go into it).
    const std::optional<WidgetId>& typing_in() const { return m_typing_in; }

private:
    bool interactive(const WidgetId&, const Rect&, std::string_view spoken, TargetKind = TargetKind::Button);
    void focus_ring(const WidgetId&, const Rect&, bool always = false);
    void record(DrawnKind kind, std::string_view key, float size)
    {
        if (m_recorder)
            m_recorder->elements.push_back({ kind, std::string(key), size });
    }

    ImDrawList& m_draw;
    const FontSet& m_fonts;
    const Metrics& m_metrics;
    const Theme& m_theme;
    Interaction& m_interaction;
    const TextureStore* m_textures;
    Rect m_content;
    std::vector<Target> m_targets;
    bool m_wants_another_frame { false };
    std::optional<WidgetId> m_typing_in;
    DrawRecorder* m_recorder { nullptr };
};

}
