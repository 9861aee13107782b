// The multipart uploads devices send (a report with an optional screenshot, or a live screenshot), read
// and checked part by part, so that a 413 says which part to drop.
#pragma once

#include "helpdesk/core/png.hpp"
#include "http.hpp"

#include <optional>
#include <string>

namespace Foyer::Helpdesk {

struct Screenshot {
    std::string png;
    PngInfo info;
};

struct Upload {
    // 0 when usable, else the HTTP status of the error already written to the response.
    int failed_status { 0 };
    std::optional<std::string> report_json;
    std::optional<Screenshot> screenshot;
};

// Reads a multipart/form-data body with the parts `report` (JSON, at most 64 KB) and `screenshot` (PNG,
// at most 1 MB). Unknown parts are ignored. On any problem the JSON error is written to `response`.
Upload read_upload(const httplib::Request&, httplib::Response&, const httplib::ContentReader&);

}
