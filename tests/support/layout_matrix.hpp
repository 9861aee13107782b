// Every screen layout is checked at the screen sizes seniors have, the three text sizes and both
// languages: a parameterised fixture for that, with readable test names ("1366x768_largest_fr").
#pragma once

#include "shell/core/i18n/translate.hpp"
#include "shell/core/settings/settings.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <tuple>

namespace Foyer::Testing {

struct ScreenSize {
    float width;
    float height;
};

inline void PrintTo(const ScreenSize& size, std::ostream* out)
{
    *out << size.width << "x" << size.height;
}

using LayoutCase = std::tuple<ScreenSize, TextSize, Language>;

// Loads the catalogs and switches to the case's language; back to English afterwards.
class LayoutMatrix : public ::testing::TestWithParam<LayoutCase> {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
        i18n::set_language(std::get<2>(GetParam()));
    }
    void TearDown() override { i18n::set_language(Language::English); }
    ScreenSize screen() const { return std::get<0>(GetParam()); }
    TextSize text_size() const { return std::get<1>(GetParam()); }
};

inline auto every_layout_case()
{
    return ::testing::Combine(
        ::testing::Values(ScreenSize { 1366, 768 }, ScreenSize { 1920, 1080 }, ScreenSize { 3840, 2160 }, ScreenSize { 1280, 1024 }),
        ::testing::Values(TextSize::Normal, TextSize::Large, TextSize::Largest),
        ::testing::Values(Language::French, Language::English));
}

inline std::string layout_case_name(const ::testing::TestParamInfo<LayoutCase>& info)
{
    auto [screen, size, language] = info.param;
    static constexpr const char* sizes[] = { "normal", "large", "largest" };
    return std::to_string(int(screen.width)) + "x" + std::to_string(int(screen.height)) + "_" + sizes[int(size)] + "_"
        + std::string(language_code(language));
}

}
