// The setup's test page: a PDF that shows at a glance whether printing works and which ink is missing.
#pragma once

#include "../../shell/core/error.hpp"

#include <string>
#include <vector>

namespace Foyer {

// One A4 page: `lines` in large type (the first as a title), then a square of black, cyan, magenta and
// yellow ink, each named, so a missing colour shows as an empty square.
ErrorOr<void> write_test_page(const std::string& path, const std::vector<std::string>& lines);

}
