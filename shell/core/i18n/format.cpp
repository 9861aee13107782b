// Named placeholders filled in after translation.
#include "format.hpp"

namespace Foyer {

std::string format(std::string_view pattern, const FormatArgs& args)
{
    std::string out;
    out.reserve(pattern.size() + 16);
    size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            auto close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                auto key = pattern.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (auto& [name, value] : args) {
                    if (name == key) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

std::vector<std::string> placeholders(std::string_view pattern)
{
    std::vector<std::string> names;
    size_t i = 0;
    while ((i = pattern.find('{', i)) != std::string_view::npos) {
        auto close = pattern.find('}', i + 1);
        if (close == std::string_view::npos)
            break;
        names.emplace_back(pattern.substr(i + 1, close - i - 1));
        i = close + 1;
    }
    return names;
}

}
