// Font files, glyph ranges and atlas building.
#include "fonts.hpp"

#include "../core/icons.hpp"
#include "../core/system/files.hpp"
#include "../core/system/log.hpp"

#include <imgui.h>

#include <optional>
#include <unistd.h>

namespace Foyer {

namespace {

std::string first_existing(std::initializer_list<std::string> paths)
{
    for (auto& path : paths)
        if (access(path.c_str(), R_OK) == 0)
            return path;
    return {};
}

// Latin-1 plus what French typography uses beyond it: œ Œ Ÿ, curly quotes ’ “ ” (« » are in Latin-1),
// the ellipsis, the euro sign, the narrow no-break space and dashes.
#define FOYER_FRENCH_RANGES                                                                                 \
    0x0020, 0x00FF, 0x0152, 0x0153, 0x0178, 0x0178, 0x2009, 0x200A, 0x2013, 0x2014, 0x2018, 0x201E, 0x2026, \
        0x2026, 0x202F, 0x202F, 0x20AC, 0x20AC
const ImWchar text_ranges[] = { FOYER_FRENCH_RANGES, 0 };
// Body text also shows what others write (e-mails, names): Latin Extended-A too (Łukasz, Dvořák).
const ImWchar body_ranges[] = { FOYER_FRENCH_RANGES, 0x0100, 0x017F, 0 };

// Big numbers (the helpline's number, case codes): digits and what separates them, nothing else, so the
// largest size costs little in the atlas.
const ImWchar digit_ranges[] = {
    0x0020,
    0x0020,
    0x0028,
    0x002E, // ( ) * + , - .
    0x0030,
    0x003A, // 0-9 :
    0x00A0,
    0x00A0,
    0x202F,
    0x202F,
    0,
};

std::vector<ImWchar> icon_ranges()
{
    std::vector<ImWchar> ranges;
    for (auto icon : all_icons) {
        ranges.push_back(ImWchar(icon));
        ranges.push_back(ImWchar(icon));
    }
    ranges.push_back(0);
    return ranges;
}

}

FontSet::FontSet(const std::string& data_dir)
{
    m_regular_path = first_existing({ data_dir + "/fonts/AtkinsonHyperlegibleNext-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" });
    m_bold_path = first_existing({ data_dir + "/fonts/AtkinsonHyperlegibleNext-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" });
    m_icon_path = first_existing({ "/usr/share/fonts/truetype/material-design-icons-iconfont/MaterialIcons-Regular.ttf" });
    if (m_regular_path.empty() || m_bold_path.empty())
        log_error("fonts: neither Atkinson Hyperlegible Next (" + data_dir + "/fonts) nor DejaVu Sans was found");
    if (m_icon_path.empty())
        log_warning("fonts: Material Icons not found (package fonts-material-design-icons-iconfont): no icons");
}

bool FontSet::build(ImFontAtlas& atlas, const Metrics& metrics)
{
    if (m_fonts[0] && metrics.font_px == m_built_px)
        return false;
    atlas.Clear();
    // Only as tall as the glyphs need: a power-of-two height can waste half the texture.
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // The atlas only reads the font data while building: the files are read now and freed after Build().
    auto read = [](const std::string& path) {
        auto bytes = path.empty() ? std::nullopt : read_file(path);
        return bytes ? std::vector<char>(bytes->begin(), bytes->end()) : std::vector<char> {};
    };
    auto regular = read(m_regular_path);
    auto bold = read(m_bold_path);
    auto icons_data = read(m_icon_path);
    // Big glyphs need no horizontal oversampling (RECIPES.md: a quarter of the atlas for the same result).
    auto add = [&](std::vector<char>& data, float px, const ImWchar* ranges) -> ImFont* {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;
        config.OversampleH = px >= 36 ? 1 : 2;
        config.OversampleV = 1;
        config.PixelSnapH = true;
        if (data.empty()) {
            config.SizePixels = px;
            return atlas.AddFontDefault(&config);
        }
        return atlas.AddFontFromMemoryTTF(data.data(), int(data.size()), px, &config, ranges);
    };
    static const auto icons = icon_ranges();
    m_fonts[size_t(FontRole::Body)] = add(regular, metrics.font(FontRole::Body), body_ranges);
    m_fonts[size_t(FontRole::Large)] = add(regular, metrics.font(FontRole::Large), text_ranges);
    m_fonts[size_t(FontRole::Heading)] = add(bold, metrics.font(FontRole::Heading), text_ranges);
    m_fonts[size_t(FontRole::Label)] = add(bold, metrics.font(FontRole::Label), text_ranges);
    m_fonts[size_t(FontRole::Giant)] = add(bold, metrics.font(FontRole::Giant), digit_ranges);
    auto& icon_data = icons_data.empty() ? bold : icons_data;
    m_fonts[size_t(FontRole::Icon)] = add(icon_data, metrics.font(FontRole::Icon), icons.data());
    m_fonts[size_t(FontRole::SmallIcon)] = add(icon_data, metrics.font(FontRole::SmallIcon), icons.data());
    atlas.Build();
    // The glyphs are in the atlas; the font files' bytes go away with this function, so forget them.
    atlas.ClearInputData();
    log_info("fonts: atlas " + std::to_string(atlas.TexWidth) + "x" + std::to_string(atlas.TexHeight) + " for a "
        + std::to_string(int(metrics.screen_width)) + "x" + std::to_string(int(metrics.screen_height)) + " screen");
    m_built_px = metrics.font_px;
    return true;
}

}
