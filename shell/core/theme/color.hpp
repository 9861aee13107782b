// Colours and the WCAG 2.x contrast ratio between them.
#pragma once

#include <cstdint>

namespace Foyer {

struct Color {
    uint8_t r { 0 };
    uint8_t g { 0 };
    uint8_t b { 0 };

    static constexpr Color hex(uint32_t rgb) { return { uint8_t(rgb >> 16), uint8_t(rgb >> 8), uint8_t(rgb) }; }
    bool operator==(const Color&) const = default;
};

// Relative luminance, WCAG 2.2 definition (sRGB, linearised).
double relative_luminance(Color);
// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1 to 21.
double contrast_ratio(Color, Color);

// WCAG 2.2 AAA for body text (1.4.6).
constexpr double minimum_text_contrast = 7.0;

}
