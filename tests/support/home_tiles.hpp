// Where the home screen's tiles are, for integration tests that click them like a person.
#pragma once

#include "shell/core/layout/metrics.hpp"

#include <optional>
#include <string_view>

namespace Foyer::Testing {

// The centre of the home tile of app `id` with the built-in settings and the apps of this version, or
// nothing when it has no tile. The greeting is taken as one line above the tiles (it is, at the sizes
// tests use).
std::optional<Point> home_tile_center(const Metrics&, std::string_view id);

}
