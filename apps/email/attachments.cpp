// Reading the chosen file, shrinking photos with stb (decode, scale, JPEG at quality 85).
#include "attachments.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/image.hpp"
#include "../../shell/core/text/text.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <sys/stat.h>

namespace Foyer {

namespace {

std::string extension_of(std::string_view filename)
{
    auto dot = filename.rfind('.');
    return dot == std::string_view::npos ? std::string {} : ascii_lowercase(filename.substr(dot + 1));
}

std::string stem_of(std::string_view filename)
{
    auto dot = filename.rfind('.');
    return std::string(dot == std::string_view::npos || dot == 0 ? filename : filename.substr(0, dot));
}

void append_bytes(void* context, void* data, int size)
{
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size));
}

}

std::string content_type_for(std::string_view filename)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> types { { { "jpg", "image/jpeg" }, { "jpeg", "image/jpeg" }, { "png", "image/png" }, { "gif", "image/gif" }, { "bmp", "image/bmp" },
        { "pdf", "application/pdf" }, { "doc", "application/msword" },
        { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "odt", "application/vnd.oasis.opendocument.text" }, { "rtf", "application/rtf" }, { "txt", "text/plain" },
        { "xls", "application/vnd.ms-excel" }, { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "ods", "application/vnd.oasis.opendocument.spreadsheet" } } };
    auto extension = extension_of(filename);
    for (auto& [known, type] : types)
        if (known == extension)
            return std::string(type);
    return "application/octet-stream";
}

bool is_picture_type(std::string_view content_type)
{
    return content_type.rfind("image/", 0) == 0;
}

ErrorOr<Attachment> prepare_photo(std::string filename, std::string_view bytes)
{
    auto picture = decode_picture(bytes);
    if (picture.is_error())
        return picture.error();
    auto& image = picture.value();
    bool turned = exif_orientation(bytes) != 1;
    bool large = std::max(image.width, image.height) > max_photo_side || bytes.size() > shrink_above_bytes;
    auto type = content_type_for(filename);
    // Small JPEG and PNG pictures the right way up go as they are: nothing to gain from recompressing.
    if (!turned && !large && (type == "image/jpeg" || type == "image/png"))
        return Attachment { std::move(filename), type, std::string(bytes) };
    auto scaled = scale_to_fit(image, max_photo_side, max_photo_side);
    std::vector<uint8_t> rgb(size_t(scaled.width) * size_t(scaled.height) * 3);
    for (size_t i = 0, j = 0; i < scaled.pixels.size(); i += 4, j += 3) {
        rgb[j] = scaled.pixels[i];
        rgb[j + 1] = scaled.pixels[i + 1];
        rgb[j + 2] = scaled.pixels[i + 2];
    }
    std::string jpeg;
    if (!stbi_write_jpg_to_func(append_bytes, &jpeg, scaled.width, scaled.height, 3, rgb.data(), 85))
        return Error::plain(N_("This photo could not be made ready to send. Choose another one."), {}, "stbi_write_jpg failed");
    return Attachment { stem_of(filename) + ".jpg", "image/jpeg", std::move(jpeg) };
}

ErrorOr<Attachment> prepare_attachment(const std::string& path)
{
    auto filename = std::filesystem::path(path).filename().string();
    struct stat info { };
    if (::stat(path.c_str(), &info) != 0)
        return Error::plain(N_("This file cannot be found any more. It may have been moved or deleted."), {}, path);
    auto type = content_type_for(filename);
    if (size_t(info.st_size) > max_attached_file_bytes && !is_picture_type(type))
        return Error::plain(N_("This file is far too big to be sent by e-mail. Your family can help you send it another way."), {},
            path + ": " + std::to_string(info.st_size) + " bytes");
    auto bytes = read_file(path);
    if (!bytes)
        return Error::plain(N_("This file cannot be read. It may be damaged."), {}, path);
    if (is_picture_type(type))
        return prepare_photo(filename, *bytes);
    return Attachment { filename, type, std::move(*bytes) };
}

size_t encoded_size(const std::vector<Attachment>& attachments, size_t text_bytes)
{
    // Headers, the text in quoted-printable (a French text grows by about a tenth), then each file in base64
    // lines of 76 characters plus CRLF, with its own part headers.
    size_t total = 1500 + text_bytes + text_bytes / 5;
    for (auto& attachment : attachments) {
        size_t base64 = (attachment.data.size() + 2) / 3 * 4;
        total += base64 + base64 / 76 * 2 + 400 + attachment.filename.size() * 3;
    }
    return total;
}

std::string megabytes_text(size_t bytes)
{
    double megabytes = double(bytes) / 1e6;
    double shown = megabytes >= 10 ? std::ceil(megabytes) : std::ceil(megabytes * 10) / 10;
    if (shown < 0.1)
        shown = 0.1;
    char number[32];
    if (shown == std::floor(shown))
        std::snprintf(number, sizeof number, "%d", int(shown));
    else
        std::snprintf(number, sizeof number, "%.1f", shown);
    std::string text = number;
    // French writes a decimal comma.
    if (i18n::current_language() == Language::French)
        std::replace(text.begin(), text.end(), '.', ',');
    return format(tr("{count} MB"), { { "count", text } });
}

}
