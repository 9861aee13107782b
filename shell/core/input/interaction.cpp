// Focus, presses and activations; spatial navigation for the arrow keys.
#include "interaction.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace Foyer {

Interaction::Interaction(double repeat_guard, double dwell)
    : m_repeat_guard(repeat_guard)
    , m_dwell(dwell)
{
}

double Interaction::repeat_guard_from_setting(const char* milliseconds)
{
    if (!milliseconds || !*milliseconds)
        return default_repeat_guard;
    int value = -1;
    auto end = milliseconds + std::strlen(milliseconds);
    auto [rest, error] = std::from_chars(milliseconds, end, value);
    if (error != std::errc {} || rest != end || value < 0 || value > 5000)
        return default_repeat_guard;
    return value / 1000.0;
}

void Interaction::begin_screen()
{
    m_focused.reset();
    m_pressed.reset();
    m_editing.reset();
    m_dwell_deadline.reset();
    m_targets.clear();
    m_typed.clear();
    m_typed_into.reset();
    m_focus_first_target = m_keyboard_mode;
}

bool Interaction::set_targets(std::vector<Target> targets, double now)
{
    m_targets = std::move(targets);
    if (m_focused && !find(*m_focused))
        m_focused.reset();
    if (m_pressed && !find(*m_pressed))
        m_pressed.reset();
    if (auto request = std::exchange(m_focus_request, std::nullopt); request && find(*request)) {
        m_focus_first_target = false;
        focus(*request, now);
        // What the screen says (its title, a mistake) is being spoken: the label would interrupt it.
        m_dwell_deadline.reset();
        return true;
    }
    if (m_editing && (!m_focused || *m_focused != *m_editing || !is_text_field(*m_editing)))
        m_editing.reset();
    if (m_focus_first_target && !m_targets.empty()) {
        m_focus_first_target = false;
        // The new screen's title is being spoken; the focused label waits for its normal dwell after it.
        m_focused = m_targets.front().id;
        if (is_text_field(*m_focused))
            m_editing = m_focused;
        m_dwell_deadline.reset();
        (void)now;
        return true;
    }
    return false;
}

const Target* Interaction::find(const WidgetId& id) const
{
    for (auto& target : m_targets)
        if (target.id == id)
            return &target;
    return nullptr;
}

const Target* Interaction::hit(Point point) const
{
    // Later targets are drawn on top of earlier ones.
    for (auto it = m_targets.rbegin(); it != m_targets.rend(); ++it)
        if (it->rect.contains(point))
            return &*it;
    return nullptr;
}

Outcome Interaction::activate(const WidgetId& id, double time)
{
    if (m_last_activation && time - *m_last_activation < m_repeat_guard)
        return Outcome::IgnoredRepeat;
    m_last_activation = time;
    m_activation = id;
    return Outcome::Activated;
}

void Interaction::focus_on(const WidgetId& id)
{
    m_focus_request = id;
}

bool Interaction::is_text_field(const WidgetId& id) const
{
    auto* target = find(id);
    return target && target->kind == TargetKind::TextField;
}

void Interaction::focus(const WidgetId& id, double time)
{
    m_focused = id;
    m_dwell_deadline = time + m_dwell;
    if (is_text_field(id))
        m_editing = id;
    else
        m_editing.reset();
}

Outcome Interaction::handle(const InputEvent& event)
{
    switch (event.kind) {
    case InputEvent::Kind::MouseDown: {
        m_keyboard_mode = false;
        m_dwell_deadline.reset();
        auto* target = hit(event.position);
        if (!target) {
            m_pressed.reset();
            m_editing.reset();
            return Outcome::Nothing;
        }
        m_pressed = target->id;
        m_focused = target->id;
        // A click in a text field gives it the keyboard; a click anywhere else takes it away.
        if (target->kind == TargetKind::TextField)
            m_editing = target->id;
        else
            m_editing.reset();
        return Outcome::Pressed;
    }
    case InputEvent::Kind::MouseUp: {
        auto pressed = std::move(m_pressed);
        m_pressed.reset();
        auto* target = hit(event.position);
        // Releasing elsewhere than where the press began cancels, as on every button people know.
        if (!target || !pressed || *pressed != target->id)
            return Outcome::Nothing;
        return activate(target->id, event.time);
    }
    case InputEvent::Kind::Key:
        m_keyboard_mode = true;
        if (event.key == NavKey::Family)
            return Outcome::Family;
        if (m_editing) {
            // Leaving a text field is never a press, so the repeat guard does not apply.
            if (event.key == NavKey::Home) {
                m_editing.reset();
                return Outcome::FocusMoved;
            }
            if (event.key == NavKey::Activate)
                return move_focus(NavKey::Next, event.time);
        }
        if (event.key == NavKey::Activate && m_focused && is_text_field(*m_focused)) {
            m_editing = m_focused;
            return Outcome::FocusMoved;
        }
        if (event.key == NavKey::Home) {
            if (m_last_activation && event.time - *m_last_activation < m_repeat_guard)
                return Outcome::IgnoredRepeat;
            m_last_activation = event.time;
            return Outcome::GoHome;
        }
        if (event.key == NavKey::Activate) {
            if (!m_focused) {
                // Enter with nothing focused shows where the focus is rather than guessing what to press.
                return move_focus(NavKey::Next, event.time);
            }
            return activate(*m_focused, event.time);
        }
        return move_focus(event.key, event.time);
    case InputEvent::Kind::Text: {
        if (!writing())
            return Outcome::Nothing;
        // Typing never counts as a repeated press, and is never lost between two frames.
        if (m_typed_into != m_focused)
            m_typed.clear();
        m_typed_into = m_focused;
        m_typed.push_back(event.text);
        m_dwell_deadline.reset();
        return Outcome::Typed;
    }
    }
    return Outcome::Nothing;
}

bool Interaction::writing() const
{
    auto* target = m_focused ? find(*m_focused) : nullptr;
    return target && target->kind == TargetKind::TextArea;
}

std::vector<TextInput> Interaction::take_typed(const WidgetId& id)
{
    if (!m_typed_into || *m_typed_into != id)
        return {};
    m_typed_into.reset();
    return std::exchange(m_typed, {});
}

Outcome Interaction::move_focus(NavKey key, double time)
{
    if (m_targets.empty())
        return Outcome::Nothing;
    const Target* current = m_focused ? find(*m_focused) : nullptr;
    if (!current) {
        focus(key == NavKey::Previous ? m_targets.back().id : m_targets.front().id, time);
        return Outcome::FocusMoved;
    }
    if (key == NavKey::Next || key == NavKey::Previous) {
        size_t index = size_t(current - m_targets.data());
        size_t count = m_targets.size();
        index = key == NavKey::Next ? (index + 1) % count : (index + count - 1) % count;
        focus(m_targets[index].id, time);
        return Outcome::FocusMoved;
    }
    // Arrows: the nearest target whose centre lies in that direction, favouring ones in line with the focus.
    Point from = current->rect.center();
    const Target* best = nullptr;
    float best_score = std::numeric_limits<float>::max();
    for (auto& target : m_targets) {
        if (&target == current)
            continue;
        Point to = target.rect.center();
        float dx = to.x - from.x;
        float dy = to.y - from.y;
        float along = 0, across = 0;
        switch (key) {
        case NavKey::Left:
            along = -dx, across = dy;
            break;
        case NavKey::Right:
            along = dx, across = dy;
            break;
        case NavKey::Up:
            along = -dy, across = dx;
            break;
        case NavKey::Down:
            along = dy, across = dx;
            break;
        default:
            break;
        }
        if (along <= 1.f)
            continue;
        float score = along + 2.f * std::fabs(across);
        if (score < best_score) {
            best_score = score;
            best = &target;
        }
    }
    if (!best)
        return Outcome::Nothing;
    focus(best->id, time);
    return Outcome::FocusMoved;
}

std::optional<WidgetId> Interaction::take_activation(const WidgetId& id)
{
    if (m_activation && *m_activation == id) {
        auto activated = std::move(m_activation);
        m_activation.reset();
        return activated;
    }
    return std::nullopt;
}

void Interaction::end_frame()
{
    m_activation.reset();
}

std::optional<std::string> Interaction::take_dwell_speech(double now)
{
    if (!m_dwell_deadline || now < *m_dwell_deadline)
        return std::nullopt;
    m_dwell_deadline.reset();
    if (!m_focused || !m_keyboard_mode)
        return std::nullopt;
    if (auto* target = find(*m_focused); target && !target->spoken.empty())
        return target->spoken;
    return std::nullopt;
}

}
