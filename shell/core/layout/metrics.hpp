// Every size on screen derives from the screen's shorter side (the height of a landscape screen) and the
// text-size setting: no pixel literals.
#pragma once

#include "../settings/settings.hpp"
#include "geometry.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

namespace Foyer {

// The named font sizes, each baked once into the font atlas.
enum class FontRole {
    Body,      // sentences: >= 1/30 of the screen height (36 px at 1080p)
    Large,     // the sentences that matter most on a screen, and button labels
    Heading,   // screen titles and the greeting
    Label,     // tile labels: >= 1/12 of the screen height (90 px at 1080p)
    Giant,     // the helpline's number, case codes: digits only
    Icon,      // tile icons (an icon font)
    SmallIcon, // icons inside buttons, beside body text
    Count,
};

struct Metrics {
    float screen_width { 0 };
    float screen_height { 0 };
    std::array<float, size_t(FontRole::Count)> font_px {};
    // The same sizes at the next smaller text size (all 0 at the smallest).
    std::array<float, size_t(FontRole::Count)> smaller_font_px {};
    float margin { 0 };     // around the screen's content
    float gap { 0 };        // between tiles and between buttons
    float corner { 0 };     // rounded corners
    float outline { 0 };    // lines around tiles and buttons
    float focus_ring { 0 }; // each of the two bands of the focus ring
    float title_bar { 0 };  // height of the band with the screen's title and Home
    float button_height { 0 };
    float min_tile_height { 0 };

    float font(FontRole role) const { return font_px[size_t(role)]; }
    // The size of `role` where a page that does not fit in `instead_of` steps down to it: never smaller
    // than `instead_of` was at the next smaller text size, so that a larger text setting never makes the
    // words smaller (tests/apps/text_size_never_shrinks_test). Drawn from `instead_of`'s font, shrunk.
    float stepped_down(FontRole instead_of, FontRole role) const
    {
        return std::max(font(role), smaller_font_px[size_t(instead_of)]);
    }
    // The sizes to try, largest first, for words meant in `roles`' first role that step down to fit: each
    // role stepped down from the first (never smaller than it was at the next smaller text size); then, for
    // a page that fits no other way, the smaller roles' own sizes.
    std::vector<float> sizes_to_try(std::initializer_list<FontRole> roles) const;
};

Metrics compute_metrics(float screen_width, float screen_height, TextSize);

// Where the home tiles go in `area`: 1 or 2 side by side, 3 or 4 as a 2x2 grid (the last row centred);
// on a portrait screen, one column for 1 or 2. Every tile is at least metrics.min_tile_height tall when the
// area allows it.
std::vector<Rect> tile_grid(const Rect& area, size_t count, const Metrics&);

}
