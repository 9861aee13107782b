// The one page shape of every setup step: a sentence saying what to do, fields and choices, a mistake in
// plain words when there is one, and Next (or Save) with Back at the bottom. Laid out and drawn here.
#pragma once

#include "../../shell/core/icons.hpp"
#include "../../shell/core/layout/geometry.hpp"
#include "../../shell/core/layout/metrics.hpp"
#include "../../shell/ui/ui.hpp"

#include <string>
#include <vector>

namespace Foyer {

enum class FormRowKind {
    // A label above a text field; with one choice, that action's button at the field's right (Test).
    Field,
    // A label above buttons of which one is chosen (the language, the text size).
    Choices,
    // Buttons that do something now (Slower, Faster, Print a test page).
    Actions,
    // A sentence (what Foyer understood, where the printer stands).
    Note,
};

struct FormChoice {
    std::string id;
    std::string label;
    // For Choices: the one chosen is drawn pressed with a ticked box. For Actions: the icon.
    bool selected { false };
    Icon icon { Icon::None };
};

struct FormRow {
    FormRowKind kind { FormRowKind::Note };
    // The field's widget id.
    std::string id;
    std::string label;
    // Field: the text being typed (not owned).
    std::string* value { nullptr };
    TextFieldKind field_kind { TextFieldKind::Text };
    std::vector<FormChoice> choices;
    // Note: the sentence; its swatch.
    std::string text;
    SwatchRole swatch { SwatchRole::Page };
    // A square picture at the row's left (a contact's face), drawn by the page (SetupStep::draw_picture).
    bool picture { false };
};

struct FormButton {
    std::string id;
    std::string label;
    Icon icon { Icon::None };
};

struct FormRowLayout {
    Rect picture;
    Rect label;
    Rect field;
    std::vector<Rect> buttons;
    Rect note;
};

struct FormLayout {
    Rect intro;
    // The intro and the choices are in Large type, drawn at these sizes (smaller where a page steps them
    // down to fit; see Metrics::stepped_down).
    float intro_px { 0 };
    // How much of the intro is drawn: all of it, or on a page too full for all of it in stepped-down type,
    // its first sentences (the whole is still spoken on arrival).
    size_t intro_length { 0 };
    // Labels beside their fields rather than above (when the screen is too low for both).
    bool labels_beside { false };
    float choice_px { 0 };
    std::vector<FormRowLayout> rows;
    Rect problem;
    // The place kept for a mistake, shown or not (empty when the page is too full to keep one).
    Rect problem_place;
    // Next (or Save) at the right, then Back at the left: Next comes first when tabbing from the fields.
    Rect next;
    Rect back;
    bool fits { false };
};

// `problem` is the mistake to show (empty: none). `back` may have an empty id (the first step).
FormLayout layout_form(const Ui&, const std::string& intro, const std::vector<FormRow>&, const std::string& problem,
    const FormButton& next, const FormButton& back, const Rect& area);

// Draws the page; returns the id of what was pressed (a choice, an action, Next or Back), or "".
std::string draw_form(Ui&, const FormLayout&, const std::string& intro, std::vector<FormRow>&, const std::string& problem,
    const FormButton& next, const FormButton& back);

}
