// Looking apps up and choosing the home tiles.
#include "app_registry.hpp"

#include <algorithm>

namespace Foyer {

const AppEntry* find_app(const AppRegistry& registry, std::string_view id)
{
    for (auto& entry : registry)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

std::vector<const AppEntry*> home_tiles(const AppRegistry& registry, const Settings& settings)
{
    std::vector<const AppEntry*> tiles;
    for (auto& id : settings.tiles) {
        auto* entry = find_app(registry, id);
        if (entry && entry->id != "help" && !entry->is_set_up(settings))
            continue;
        if (entry && std::find(tiles.begin(), tiles.end(), entry) == tiles.end())
            tiles.push_back(entry);
    }
    auto* help = find_app(registry, "help");
    if (help && std::find(tiles.begin(), tiles.end(), help) == tiles.end()) {
        if (tiles.size() == max_tiles)
            tiles.pop_back();
        tiles.push_back(help);
    }
    return tiles;
}

}
