// Laying out a setup page from the largest type down, and drawing it with the shell's widgets.
#include "setup_form.hpp"

#include <algorithm>
#include <cmath>

namespace Foyer {

namespace {

// The intro and the choices are in Large type, or stepped down to fit: first to Body type but never smaller
// than at the next smaller text size (Metrics::stepped_down), so that a larger text setting never makes them
// smaller; to Body type itself only on a page that fits no other way.
enum class Type {
    Large,
    SteppedDown,
    Body,
};

struct FormStyle {
    Type intro;
    bool labels_beside;
    Type choices;
    bool reserve_problem { false };
};

float type_px(const Metrics& m, Type type)
{
    switch (type) {
    case Type::Large:
        return m.font(FontRole::Large);
    case Type::SteppedDown:
        return m.stepped_down(FontRole::Large, FontRole::Body);
    case Type::Body:
        break;
    }
    return m.font(FontRole::Body);
}

float button_height_for(const Metrics& m, float px)
{
    return px == m.font(FontRole::Large) ? m.button_height : std::round(px * 1.9f);
}

// Buttons in lines, each as wide as its label, wrapping when a line is full. Returns the height used, or a
// negative number when one button is wider than the whole line.
float place_buttons(const Ui& ui, const std::vector<FormChoice>& choices, float px, const Rect& area, std::vector<Rect>& out)
{
    auto& m = ui.metrics();
    float height = button_height_for(m, px);
    float x = area.x, y = area.y;
    bool first = true;
    for (auto& choice : choices) {
        auto icon = choice.icon != Icon::None ? choice.icon : Icon::Unchecked;
        float width = std::max(ui.button_width(icon, choice.label, FontRole::Large, px), height * 1.5f);
        if (width > area.width + 0.5f)
            return -1;
        if (!first && x + width > area.right() + 0.5f) {
            x = area.x;
            y += height + m.gap / 2;
        }
        out.push_back({ x, y, width, height });
        x += width + m.gap / 2;
        first = false;
    }
    return choices.empty() ? 0 : y + height - area.y;
}

FormLayout try_layout(const Ui& ui, const std::string& intro, const std::vector<FormRow>& rows, const std::string& problem,
    const FormButton& next, const FormButton& back, const Rect& area, FormStyle style)
{
    auto& m = ui.metrics();
    FormLayout layout;
    layout.intro_px = type_px(m, style.intro);
    layout.labels_beside = style.labels_beside;
    layout.choice_px = type_px(m, style.choices);
    bool fits = true;
    Rect rest = area;

    Rect bottom = rest.take_bottom(m.button_height);
    float next_w = ui.button_width(next.icon, next.label);
    float back_w = back.id.empty() ? 0 : ui.button_width(back.icon, back.label);
    layout.next = { bottom.right() - next_w, bottom.y, next_w, bottom.height };
    if (!back.id.empty())
        layout.back = { bottom.x, bottom.y, back_w, bottom.height };
    fits = fits && next_w + back_w + m.gap <= bottom.width + 0.5f;
    rest.take_bottom(m.gap);

    // On a page with fields the mistake has its place whether or not there is one, so that it appearing (or
    // going once the field is changed) never moves the field the family is typing in: two lines, as most
    // mistakes take. A longer one takes more room; a page too full for the band gets it only with a mistake.
    float band = style.reserve_problem ? ui.text_height("X\nX", FontRole::Body, rest.width - 2 * m.gap) : 0;
    float text_h = problem.empty() ? 0 : ui.text_height(problem, FontRole::Body, rest.width - 2 * m.gap);
    if (band > 0 || text_h > 0) {
        Rect reserved = rest.take_bottom(std::max(band, text_h) + m.gap);
        if (band > 0)
            layout.problem_place = reserved;
        rest.take_bottom(m.gap / 2);
        if (!problem.empty())
            layout.problem = { reserved.x, reserved.bottom() - text_h - m.gap, reserved.width, text_h + m.gap };
    }

    float available = rest.height;
    float used = 0;
    auto take = [&](float height) {
        used += height;
        return rest.take_top(height);
    };
    if (!intro.empty()) {
        layout.intro = take(ui.text_height(intro, FontRole::Large, rest.width, layout.intro_px));
        take(m.gap / 2);
    }
    for (auto& row : rows) {
        FormRowLayout placed;
        bool beside = style.labels_beside && row.kind != FormRowKind::Note && !row.label.empty();
        // A picture is as tall as the row's buttons, at the row's left, so that a page with pictures fits
        // wherever it fits without them and a larger text never makes them smaller; the label and the
        // buttons take the rest of the line.
        float picture = row.picture ? button_height_for(m, layout.choice_px) : 0;
        float width = rest.width - (picture > 0 ? picture + m.gap : 0);
        float label_column = std::round(width * 0.38f);
        float content_w = beside ? width - label_column - m.gap : width;
        float label_h = row.label.empty() ? 0 : ui.text_height(row.label, FontRole::Body, beside ? label_column : width);
        float content_h = 0;
        switch (row.kind) {
        case FormRowKind::Field:
            content_h = ui.text_field_height();
            if (!row.choices.empty())
                content_h = std::max(content_h, button_height_for(m, layout.choice_px));
            break;
        case FormRowKind::Choices:
        case FormRowKind::Actions: {
            Rect probe { 0, 0, content_w, 0 };
            std::vector<Rect> buttons;
            content_h = place_buttons(ui, row.choices, layout.choice_px, probe, buttons);
            if (content_h < 0) {
                fits = false;
                content_h = button_height_for(m, layout.choice_px);
            }
            break;
        }
        case FormRowKind::Note:
            content_h = ui.text_height(row.text, FontRole::Body, width - (row.swatch == SwatchRole::Page ? 0 : 2 * m.gap))
                + (row.swatch == SwatchRole::Page ? 0 : m.gap);
            break;
        }
        float row_h = std::max(picture, beside ? std::max(label_h, content_h) : label_h + content_h);
        Rect line = take(row_h);
        if (picture > 0) {
            placed.picture = { line.x, line.y + (row_h - picture) / 2, picture, picture };
            line.take_left(picture + m.gap);
        }
        Rect content = line;
        if (beside) {
            placed.label = { line.x, line.y + std::max(0.f, (row_h - label_h) / 2), label_column, label_h };
            content = { line.x + label_column + m.gap, line.y + (row_h - content_h) / 2, content_w, content_h };
        } else {
            placed.label = line.take_top(label_h);
            content = line;
        }
        if (row.kind == FormRowKind::Field && !row.choices.empty()) {
            // Its button at the right of the field (Test beside the address it tests), the field keeping most of the line.
            auto& action = row.choices.front();
            float button_w = std::max(ui.button_width(action.icon, action.label, FontRole::Large, layout.choice_px), content.height * 1.5f);
            if (button_w + m.gap / 2 > content.width * 0.45f)
                fits = false;
            placed.field = { content.x, content.y + (content.height - ui.text_field_height()) / 2, content.width - button_w - m.gap / 2,
                ui.text_field_height() };
            placed.buttons.push_back({ content.right() - button_w, content.y, button_w, content.height });
        } else if (row.kind == FormRowKind::Field)
            placed.field = content;
        else if (row.kind == FormRowKind::Note)
            placed.note = content;
        else
            place_buttons(ui, row.choices, layout.choice_px, content, placed.buttons);
        layout.rows.push_back(std::move(placed));
        take(m.gap / 2);
    }
    // The gap after the last row is not needed.
    layout.fits = fits && used - m.gap / 2 <= available + 0.5f;
    return layout;
}

}

FormLayout layout_form(const Ui& ui, const std::string& intro, const std::vector<FormRow>& rows, const std::string& problem,
    const FormButton& next, const FormButton& back, const Rect& area)
{
    FormLayout layout;
    bool has_field = std::any_of(rows.begin(), rows.end(), [](auto& row) { return row.kind == FormRowKind::Field; });
    using enum Type;
    constexpr FormStyle larger[] { { Large, false, Large }, { SteppedDown, false, Large }, { SteppedDown, true, Large },
        { SteppedDown, true, SteppedDown }, { SteppedDown, false, SteppedDown } };
    constexpr FormStyle smallest[] { { Body, true, Large }, { Body, true, Body }, { Body, false, Body } };
    // The intro's first sentences, longest first, for a page too full for all of it.
    std::vector<size_t> shorter;
    for (size_t end = intro.empty() ? 0 : intro.size() - 1; end > 1; --end)
        if (intro[end] == ' ' && std::string_view(".?!").find(intro[end - 1]) != std::string_view::npos)
            shorter.push_back(end);
    auto attempt = [&](const std::string& shown, FormStyle style, bool reserve) {
        style.reserve_problem = reserve;
        layout = try_layout(ui, shown, rows, problem, next, back, area, style);
        layout.intro_length = shown.size();
        return layout.fits;
    };
    for (bool reserve : { true, false }) {
        if (reserve && !has_field)
            continue;
        for (auto style : larger)
            if (attempt(intro, style, reserve))
                return layout;
        // Its words as large, fewer of them, rather than all of them smaller.
        for (size_t end : shorter)
            for (auto style : larger)
                if (attempt(intro.substr(0, end), style, reserve))
                    return layout;
        for (auto style : smallest)
            if (attempt(intro, style, reserve))
                return layout;
    }
    return layout;
}

std::string draw_form(Ui& ui, const FormLayout& layout, const std::string& intro, std::vector<FormRow>& rows, const std::string& problem,
    const FormButton& next, const FormButton& back)
{
    auto& m = ui.metrics();
    std::string pressed;
    if (!intro.empty())
        ui.text(layout.intro, std::string_view(intro).substr(0, layout.intro_length), FontRole::Large, SwatchRole::Page, Align::Left, layout.intro_px);
    for (size_t i = 0; i < rows.size() && i < layout.rows.size(); ++i) {
        auto& row = rows[i];
        auto& placed = layout.rows[i];
        if (!row.label.empty() && row.kind != FormRowKind::Note)
            ui.text(placed.label, row.label, FontRole::Body, SwatchRole::Page);
        switch (row.kind) {
        case FormRowKind::Field:
            if (row.value)
                ui.text_field(row.id, placed.field, *row.value, row.label, row.field_kind);
            if (!row.choices.empty() && !placed.buttons.empty()) {
                auto& action = row.choices.front();
                if (ui.button(action.id, placed.buttons.front(), action.icon, action.label, SwatchRole::Button, FontRole::Large, layout.choice_px))
                    pressed = action.id;
            }
            break;
        case FormRowKind::Choices:
            for (size_t c = 0; c < row.choices.size() && c < placed.buttons.size(); ++c) {
                auto& choice = row.choices[c];
                auto swatch = choice.selected ? SwatchRole::TilePressed : SwatchRole::Tile;
                if (ui.button(choice.id, placed.buttons[c], choice.selected ? Icon::Checked : Icon::Unchecked, choice.label, swatch,
                        FontRole::Large, layout.choice_px))
                    pressed = choice.id;
            }
            break;
        case FormRowKind::Actions:
            for (size_t c = 0; c < row.choices.size() && c < placed.buttons.size(); ++c) {
                auto& action = row.choices[c];
                if (ui.button(action.id, placed.buttons[c], action.icon, action.label, SwatchRole::Button, FontRole::Large, layout.choice_px))
                    pressed = action.id;
            }
            break;
        case FormRowKind::Note:
            if (row.swatch == SwatchRole::Page) {
                ui.text(placed.note, row.text, FontRole::Body, SwatchRole::Page);
            } else {
                ui.fill(placed.note, row.swatch, true);
                ui.text(placed.note.inset(m.gap / 2), row.text, FontRole::Body, row.swatch);
            }
            break;
        }
    }
    if (!problem.empty()) {
        ui.fill(layout.problem, SwatchRole::StatusBad, true);
        ui.text({ layout.problem.x + m.gap, layout.problem.y + m.gap / 2, layout.problem.width - 2 * m.gap, layout.problem.height },
            problem, FontRole::Body, SwatchRole::StatusBad);
    }
    if (ui.button(next.id, layout.next, next.icon, next.label))
        pressed = next.id;
    if (!back.id.empty() && ui.button(back.id, layout.back, back.icon, back.label, SwatchRole::Tile))
        pressed = back.id;
    return pressed;
}

}
