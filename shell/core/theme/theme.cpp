// The light and dark high-contrast themes. Every pair is checked at >= 7:1 by tests/shell/core/theme_test.
#include "theme.hpp"

namespace Foyer {

namespace {

// Warm off-white instead of pure white: less glare for eyes with cataracts, still 17:1 with the text.
constexpr Theme light {
    "light",
    { {
        /* Page        */ { Color::hex(0xF7F4EC), Color::hex(0x141414) },
        /* Tile        */ { Color::hex(0xFFFFFF), Color::hex(0x0B2559) },
        /* TilePressed */ { Color::hex(0x0B2559), Color::hex(0xFFFFFF) },
        /* Button      */ { Color::hex(0x0B2559), Color::hex(0xFFFFFF) },
        /* ButtonPress */ { Color::hex(0xFFD21F), Color::hex(0x141414) },
        /* TitleBar    */ { Color::hex(0xE4DDCB), Color::hex(0x141414) },
        /* Notice      */ { Color::hex(0xFFF0B8), Color::hex(0x2E2200) },
        /* StatusGood  */ { Color::hex(0xDDF2DF), Color::hex(0x0A3D17) },
        /* StatusBad   */ { Color::hex(0xFBE1DC), Color::hex(0x5C0C06) },
        /* Paper       */ { Color::hex(0xFFFFFF), Color::hex(0x141414) },
        /* HangUp      */ { Color::hex(0xA4161A), Color::hex(0xFFFFFF) },
    } },
    Color::hex(0x000000),
    Color::hex(0xFFD21F),
    Color::hex(0x3A3A3A),
};

// Near-black with yellow and white text: the classic high-visibility scheme.
constexpr Theme dark {
    "dark",
    { {
        /* Page        */ { Color::hex(0x000000), Color::hex(0xFFFFFF) },
        /* Tile        */ { Color::hex(0x1A1A1A), Color::hex(0xFFE066) },
        /* TilePressed */ { Color::hex(0xFFE066), Color::hex(0x000000) },
        /* Button      */ { Color::hex(0xFFE066), Color::hex(0x000000) },
        /* ButtonPress */ { Color::hex(0xFFFFFF), Color::hex(0x000000) },
        /* TitleBar    */ { Color::hex(0x262626), Color::hex(0xFFFFFF) },
        /* Notice      */ { Color::hex(0x3D3000), Color::hex(0xFFF3C4) },
        /* StatusGood  */ { Color::hex(0x0C3318), Color::hex(0xD7F7DD) },
        /* StatusBad   */ { Color::hex(0x4A0D0D), Color::hex(0xFFE0DC) },
        /* Paper       */ { Color::hex(0xFFFFFF), Color::hex(0x141414) },
        /* HangUp      */ { Color::hex(0xA4161A), Color::hex(0xFFFFFF) },
    } },
    Color::hex(0xFFFFFF),
    Color::hex(0x1F6BFF),
    Color::hex(0xBDBDBD),
};

}

const Theme& theme_for(ThemeName name)
{
    return name == ThemeName::Dark ? dark : light;
}

}
