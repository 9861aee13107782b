// A strict multipart/form-data reader (RFC 7578) for uploads already held in memory and size-checked.
#pragma once

#include "error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer::Helpdesk {

constexpr size_t max_multipart_parts = 16;
constexpr size_t max_multipart_header_bytes = 8 * 1024;

struct MultipartPart {
    std::string name;
    std::string filename;
    std::string content_type;
    // Points into the body given to parse_multipart.
    std::string_view content;
};

// The boundary of a "multipart/form-data; boundary=…" Content-Type, or nothing for another type.
std::optional<std::string> multipart_boundary(std::string_view content_type);

// Every part, in order. Errors are plain sentences about what is wrong with the upload.
ErrorOr<std::vector<MultipartPart>> parse_multipart(std::string_view body, std::string_view boundary);

}
