// The home tiles' places, from the same tile grid and app list the home screen uses.
#include "home_tiles.hpp"

#include "apps/apps.hpp"

namespace Foyer::Testing {

std::optional<Point> home_tile_center(const Metrics& m, std::string_view id)
{
    auto apps = installed_apps();
    auto tiles = home_tiles(apps, default_settings().tiles);
    Rect area = Rect { 0, 0, m.screen_width, m.screen_height }.inset(m.margin);
    area.take_top(m.font(FontRole::Heading) * 1.2f + m.gap);
    auto rects = tile_grid(area, tiles.size(), m);
    for (size_t i = 0; i < tiles.size(); ++i)
        if (tiles[i]->id == id)
            return rects[i].center();
    return std::nullopt;
}

}
