// The font atlas: one baked font per named size (FontRole), rebuilt when the screen or text size changes.
#pragma once

#include "../core/layout/metrics.hpp"

#include <array>
#include <string>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace Foyer {

// Builds fonts into an ImGui atlas on the CPU; uploading the texture is the renderer's business, so tests
// can measure text without a window.
class FontSet {
public:
    // Reads the font files once: Atkinson Hyperlegible Next from `data_dir`/fonts, falling back to
    // DejaVu Sans; Material Icons from the system.
    explicit FontSet(const std::string& data_dir);

    // Rebuilds `atlas` for these sizes. Returns true when it changed (the texture must be re-uploaded).
    bool build(ImFontAtlas&, const Metrics&);

    ImFont* font(FontRole role) const { return m_fonts[size_t(role)]; }
    bool has_icons() const { return !m_icon_data.empty(); }

private:
    std::vector<char> m_regular_data;
    std::vector<char> m_bold_data;
    std::vector<char> m_icon_data;
    std::array<ImFont*, size_t(FontRole::Count)> m_fonts {};
    std::array<float, size_t(FontRole::Count)> m_built_px {};
};

}
