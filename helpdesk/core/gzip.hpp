// Inflating gzip request bodies with a limit on the inflated size, so a small bomb cannot fill memory.
#pragma once

#include <string>
#include <string_view>

namespace Foyer::Helpdesk {

enum class InflateStatus {
    Ok,
    TooLarge,
    Corrupt,
};

struct Inflated {
    InflateStatus status { InflateStatus::Corrupt };
    std::string data;
};

// Accepts gzip (Content-Encoding: gzip) and zlib (deflate) streams.
Inflated inflate_limited(std::string_view compressed, size_t limit);

}
