// Turns presses, releases and keys into activations and focus moves, against the targets of the last frame.
#pragma once

#include "../layout/geometry.hpp"
#include "text_edit.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

using WidgetId = std::string;

enum class TargetKind {
    // Pressed with a click, Enter or Space.
    Button,
    // Typed into: focus on it gives it the keyboard (see Interaction::editing()). One line, ImGui's editing.
    TextField,
    // Written in: a box of several lines (a letter) drawn and edited by Foyer; see Interaction::writing().
    TextArea,
};

// Something that can be focused and activated, as drawn in the last frame.
struct Target {
    WidgetId id;
    Rect rect;
    // What the voice says when focus rests on it (its label).
    std::string spoken;
    TargetKind kind { TargetKind::Button };
};

enum class NavKey {
    Up,
    Down,
    Left,
    Right,
    Next,     // Tab
    Previous, // Shift+Tab
    Activate, // Enter, keypad Enter, Space
    Home,     // Escape, Home
    // Ctrl+Alt+F: the family's way to the settings (a chord a senior does not press by chance).
    Family,
};

struct InputEvent {
    enum class Kind {
        MouseDown,
        MouseUp,
        Key,
        // A character typed, or an editing key, while a text box has the focus.
        Text,
    };
    Kind kind;
    Point position {};
    NavKey key { NavKey::Activate };
    // Seconds on a monotonic clock.
    double time { 0 };
    // For Text: the character or editing key.
    TextInput text {};
};

enum class Outcome {
    Nothing,
    Activated, // take_activation() gives the widget
    GoHome,    // Escape or Home
    FocusMoved,
    Pressed,       // a press began on a target (drawn pressed until released)
    IgnoredRepeat, // a second activation too soon after the first (tremor, double-click habit)
    Typed,         // a text box received a character or an editing key
    Family,        // the family's chord
};

// Immediate-mode widgets register their targets while drawing; events that arrive before the next frame are
// resolved against those targets. Nothing here depends on hover, on timing between press and release, or
// on a frame being drawn between them, so a quick tap is never lost.
class Interaction {
public:
    static constexpr double default_repeat_guard = 0.8;
    static constexpr double default_dwell = 0.6;

    explicit Interaction(double repeat_guard = default_repeat_guard, double dwell = default_dwell);

    // The repeat guard in seconds for a FOYER_REPEAT_GUARD_MS value (milliseconds, 0 to 5000): tests of
    // the real program shorten it so they need not wait out 0.8 s between two presses. Unset or not a
    // whole number of milliseconds in that range: the default, so a stray value never disarms it.
    static double repeat_guard_from_setting(const char* milliseconds);

    // A new screen: forget focus and presses. With the keyboard in use, the first target gets the focus.
    void begin_screen();
    // The targets just drawn, in reading order. Returns true when this moved the focus (a new screen
    // reached by keyboard), so the frame must be drawn again to show it.
    bool set_targets(std::vector<Target>, double now);
    const std::vector<Target>& targets() const { return m_targets; }

    Outcome handle(const InputEvent&);

    // The widget activated since the last frame, consumed by the widget when it is drawn.
    std::optional<WidgetId> take_activation(const WidgetId& id);
    // Drops an activation no widget claimed (the screen changed in between).
    void end_frame();

    const std::optional<WidgetId>& focused() const { return m_focused; }
    // The focus ring is drawn only once the keyboard has been used, so mouse users never see a stray ring.
    bool focus_visible() const { return m_keyboard_mode && m_focused.has_value(); }
    const std::optional<WidgetId>& pressed() const { return m_pressed; }
    // The text field that has the keyboard: focus arriving on a field (Tab, arrows, a click) starts
    // editing it. While editing, Tab and Shift+Tab leave for the next or previous target, Enter leaves for
    // the next one (so typing a form is type, Enter, type, Enter), and Escape only stops editing: a second
    // Escape goes home. Other keys belong to the field.
    const std::optional<WidgetId>& editing() const { return m_editing; }
    // A screen puts the focus on one of the widgets it is drawing (a form's first field on arrival, the
    // field with a mistake); a text field then gets the keyboard. Takes effect with this frame's targets.
    void focus_on(const WidgetId&);
    // Whether a text area (a box to write a letter in, drawn by Foyer) has the focus: the window then sends
    // characters and editing keys as Text events, and Tab, Escape and Home keep their meaning.
    bool writing() const;
    // What was typed into `id` since it was last drawn.
    std::vector<TextInput> take_typed(const WidgetId& id);

    // When the focused target's label is due to be spoken (keyboard focus resting on it), if ever.
    std::optional<double> dwell_deadline() const { return m_dwell_deadline; }
    // The label to speak now, once, when the dwell deadline has passed.
    std::optional<std::string> take_dwell_speech(double now);

private:
    const Target* find(const WidgetId&) const;
    const Target* hit(Point) const;
    Outcome activate(const WidgetId&, double time);
    Outcome move_focus(NavKey, double time);
    void focus(const WidgetId&, double time);
    bool is_text_field(const WidgetId&) const;

    double m_repeat_guard;
    double m_dwell;
    std::vector<Target> m_targets;
    std::optional<WidgetId> m_focused;
    std::optional<WidgetId> m_pressed;
    std::optional<WidgetId> m_editing;
    std::optional<WidgetId> m_activation;
    std::optional<double> m_last_activation;
    std::optional<double> m_dwell_deadline;
    bool m_keyboard_mode { false };
    bool m_focus_first_target { false };
    std::optional<WidgetId> m_typed_into;
    std::vector<TextInput> m_typed;
    std::optional<WidgetId> m_focus_request;
};

}
