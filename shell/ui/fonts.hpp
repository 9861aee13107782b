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
    // Finds the font files: Atkinson Hyperlegible Next in `data_dir`/fonts, falling back to DejaVu Sans;
    // Material Icons from the system. They are read at each build and not kept in memory in between.
    explicit FontSet(const std::string& data_dir);

    // Rebuilds `atlas` for these sizes. Returns true when it changed (the texture must be re-uploaded).
    bool build(ImFontAtlas&, const Metrics&);

    ImFont* font(FontRole role) const { return m_fonts[size_t(role)]; }
    bool has_icons() const { return !m_icon_path.empty(); }

private:
    std::string m_regular_path;
    std::string m_bold_path;
    std::string m_icon_path;
    std::array<ImFont*, size_t(FontRole::Count)> m_fonts {};
    std::array<float, size_t(FontRole::Count)> m_built_px {};
};

}
