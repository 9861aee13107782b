// The one-page PDF a photo is printed from (cairo). Reading PDF pages and photos is shared with other
// apps (apps/common).
#pragma once

#include "../../shell/core/error.hpp"
#include "../../shell/core/system/image.hpp"
#include "../common/pdf_pages.hpp"
#include "page_layout.hpp"

#include <string>
#include <string_view>

namespace Foyer {

// Writes a one-page PDF of the paper's size with the picture where `placement` puts it (turned a quarter
// on the paper when the placement is landscape). The picture is kept at no more than 300 dots per inch.
ErrorOr<void> write_photo_pdf(const RgbaImage&, const PagePlacement&, const std::string& path);

}
