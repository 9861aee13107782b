// Any bytes as foyer.toml: never a crash, and every problem has a line and a message.
#include "shell/core/settings/parse.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto parsed = Foyer::parse_settings(std::string_view(reinterpret_cast<const char*>(data), size));
    for (auto& problem : parsed.problems) {
        if (problem.line < 0 || problem.text().empty())
            std::abort();
    }
    if (parsed.settings.tiles.size() > Foyer::max_tiles)
        std::abort();
    return 0;
}
