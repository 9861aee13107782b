// Files the senior adds to an e-mail, made ready to send: photos turned upright and shrunk to a size that
// looks the same on any screen, documents as they are; and whether they all fit the provider's limit.
#pragma once

#include "../../shell/core/error.hpp"
#include "message.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

// A photo is shrunk when it is larger than this on its longest side, or heavier than shrink_above_bytes:
// 2048 pixels fill a 4K screen's height and print a 10x15 cm photo well.
constexpr int max_photo_side = 2048;
constexpr size_t shrink_above_bytes = 2 * 1000 * 1000;
// Nothing larger is read into memory: no provider would send it anyway.
constexpr size_t max_attached_file_bytes = 100 * 1000 * 1000;

// The file at `path` as an attachment (its name kept, ".jpg" for a shrunk photo). Pictures are JPEG, PNG,
// BMP or GIF; everything else goes as it is.
ErrorOr<Attachment> prepare_attachment(const std::string& path);
// A picture's bytes made ready (the same rules), for a photo already in memory.
ErrorOr<Attachment> prepare_photo(std::string filename, std::string_view bytes);

// The MIME type for a file name's extension ("application/pdf"); application/octet-stream when unknown.
std::string content_type_for(std::string_view filename);
bool is_picture_type(std::string_view content_type);

// How big the e-mail will be once encoded (base64 grows files by a third), the text and headers included.
size_t encoded_size(const std::vector<Attachment>&, size_t text_bytes);

// Megabytes as a senior reads them: "3 Mo", "12,5 Mo" / "3 MB", "12.5 MB"; "0,2 Mo" for small files.
std::string megabytes_text(size_t bytes);

}
