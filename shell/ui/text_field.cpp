// Ui::text_field: ImGui's InputText while the field has the keyboard, Foyer's own drawing otherwise.
#include "ui.hpp"

#include <algorithm>
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace Foyer {

namespace {

int only_digits(ImGuiInputTextCallbackData* data)
{
    return data->EventChar >= '0' && data->EventChar <= '9' ? 0 : 1;
}

ImU32 to_imgui(Color color, int alpha = 255)
{
    return IM_COL32(color.r, color.g, color.b, alpha);
}

ImVec4 to_vec4(Color color, float alpha = 1.f)
{
    return { color.r / 255.f, color.g / 255.f, color.b / 255.f, alpha };
}

// Cuts `text` to at most `max_bytes` without splitting a UTF-8 character.
void limit(std::string& text, size_t max_bytes)
{
    if (text.size() <= max_bytes)
        return;
    size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
}

}

bool Ui::text_field(const WidgetId& id, const Rect& rect, std::string& text, std::string_view spoken, TextFieldKind kind,
    size_t max_bytes)
{
    m_targets.push_back({ id, rect, std::string(spoken), TargetKind::TextField });
    // A click or Enter on a field only gives it the keyboard (Interaction does that): nothing to press.
    (void)m_interaction.take_activation(id);
    bool editing = m_interaction.editing() == id;
    auto& swatch = m_theme.swatch(SwatchRole::Paper);
    auto& draw = *ImGui::GetWindowDrawList();
    draw.AddRectFilled({ rect.x, rect.y }, { rect.right(), rect.bottom() }, to_imgui(swatch.background), m_metrics.corner / 2);
    // The field being typed in has a heavier frame, so the eye finds where the letters go even without the
    // keyboard's focus ring (after a click).
    float frame = editing ? m_metrics.outline * 2.5f : m_metrics.outline;
    draw.AddRect({ rect.x, rect.y }, { rect.right(), rect.bottom() }, to_imgui(m_theme.outline), m_metrics.corner / 2, 0, frame);

    ImFont* font = m_fonts.font(FontRole::Large);
    float px = m_metrics.font(FontRole::Large);
    Rect inner = rect.inset(m_metrics.gap / 2);
    float text_y = rect.y + (rect.height - px) / 2;
    std::string label = "##" + id;
    ImGuiID imgui_id = ImGui::GetID(label.c_str());
    bool changed = false;
    bool active = ImGui::GetActiveID() == imgui_id;
    if (editing || active) {
        if (!active) {
            ImGui::SetKeyboardFocusHere();
            m_wants_another_frame = true;
        }
        ImGuiIO& io = ImGui::GetIO();
        if (!editing) {
            // The keyboard has just left (Tab, Enter, Escape, a click elsewhere): the field takes, one last
            // time, what was typed just before, which is still in ImGui's queue. Escape must not reach
            // it: ImGui would put back the text as it was before typing.
            int escape = io.KeyMap[ImGuiKey_Escape];
            if (escape >= 0) {
                io.KeysDown[escape] = false;
                io.KeysDownDuration[escape] = -1.f;
            }
        }
        ImGui::SetCursorScreenPos({ inner.x, text_y });
        ImGui::PushFont(font);
        ImGui::PushItemWidth(inner.width);
        ImGui::PushStyleColor(ImGuiCol_FrameBg, to_vec4(swatch.background, 0.f));
        ImGui::PushStyleColor(ImGuiCol_Text, to_vec4(swatch.text));
        // Paper is white in every theme: selected text is marked as the light theme marks a pressed button.
        ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, to_vec4(theme_for(ThemeName::Light).swatch(SwatchRole::ButtonPressed).background));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, { 0, 0 });
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0);
        ImGuiInputTextFlags flags = ImGuiInputTextFlags_None;
        ImGuiInputTextCallback filter = nullptr;
        if (kind == TextFieldKind::SecretDigits) {
            flags |= ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CallbackCharFilter;
            filter = only_digits;
        } else if (kind == TextFieldKind::Secret) {
            flags |= ImGuiInputTextFlags_Password;
        }
        changed = ImGui::InputText(label.c_str(), &text, flags, filter);
        if (!editing) {
            ImGui::ClearActiveID();
            m_wants_another_frame = true;
        } else if (ImGui::IsItemActive()) {
            m_typing_in = id;
        }
        ImGui::PopStyleVar(2);
        ImGui::PopStyleColor(3);
        ImGui::PopItemWidth();
        ImGui::PopFont();
        if (changed)
            limit(text, max_bytes);
    } else {
        // Stars, one per character (not per byte: "é" is one star).
        std::string shown = text;
        if (kind != TextFieldKind::Text)
            shown = std::string(size_t(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })), '*');
        draw.PushClipRect({ inner.x, rect.y }, { inner.right(), rect.bottom() }, true);
        draw.AddText(font, px, { inner.x, text_y }, to_imgui(swatch.text), shown.data(), shown.data() + shown.size());
        draw.PopClipRect();
    }
    focus_ring(id, rect);
    return changed;
}

}
