// PDF pages with poppler-cpp: how many, how large, and one drawn as a picture.
#include "pdf_pages.hpp"

#include "../../shell/core/system/log.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>

namespace Foyer {

namespace {

constexpr double points_per_hundredth_mm = 72.0 / 2540.0;

// Poppler writes its complaints about odd PDFs to standard error; Foyer's log is the place for them.
void quiet_poppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function([](const std::string& message, void*) { log_info("poppler: " + message); }, nullptr);
    });
}

std::unique_ptr<poppler::document> open_pdf(const std::string& path, std::optional<Error>& error)
{
    quiet_poppler();
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
    if (!document)
        error = Error::plain(N_("This document cannot be opened. It may be damaged. Choose another one."), {}, "poppler cannot load " + path);
    else if (document->is_locked())
        error = Error::plain(N_("This document is protected by a password, so I cannot print it. Call for help."), {}, path + " is locked");
    else if (document->pages() < 1)
        error = Error::plain(N_("This document has no pages."), {}, path);
    return error ? nullptr : std::move(document);
}

// A page's size as shown, in hundredths of a millimetre.
std::pair<double, double> shown_size(const poppler::page& page)
{
    auto box = page.page_rect(poppler::crop_box);
    double width = box.width() / points_per_hundredth_mm;
    double height = box.height() / points_per_hundredth_mm;
    auto orientation = page.orientation();
    if (orientation == poppler::page::landscape || orientation == poppler::page::seascape)
        std::swap(width, height);
    return { width, height };
}

}

ErrorOr<PdfInfo> read_pdf_info(const std::string& path)
{
    std::optional<Error> error;
    auto document = open_pdf(path, error);
    if (!document)
        return *error;
    std::unique_ptr<poppler::page> first(document->create_page(0));
    if (!first)
        return Error::plain(N_("This document cannot be opened. It may be damaged. Choose another one."), {}, "no first page in " + path);
    PdfInfo info;
    info.pages = document->pages();
    std::tie(info.first_width, info.first_height) = shown_size(*first);
    return info;
}

ErrorOr<RgbaImage> render_pdf_page(const std::string& path, int page_index, int max_width, int max_height)
{
    std::optional<Error> error;
    auto document = open_pdf(path, error);
    if (!document)
        return *error;
    std::unique_ptr<poppler::page> page(document->create_page(std::clamp(page_index, 0, document->pages() - 1)));
    if (!page)
        return Error::plain(N_("This document cannot be opened. It may be damaged. Choose another one."), {}, "no page in " + path);
    auto [width, height] = shown_size(*page);
    double inches_wide = width / 2540.0;
    double inches_high = height / 2540.0;
    if (inches_wide <= 0 || inches_high <= 0)
        return Error::plain(N_("This document cannot be opened. It may be damaged. Choose another one."), {}, "empty page in " + path);
    double dpi = std::min(max_width / inches_wide, max_height / inches_high);
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_argb32);
    poppler::image rendered = renderer.render_page(page.get(), dpi, dpi);
    if (!rendered.is_valid())
        return Error::plain(N_("This document cannot be opened. It may be damaged. Choose another one."), {}, "poppler could not draw " + path);
    RgbaImage image;
    image.width = rendered.width();
    image.height = rendered.height();
    image.pixels.resize(size_t(image.width) * size_t(image.height) * 4);
    for (int y = 0; y < image.height; ++y) {
        auto* row = reinterpret_cast<const uint32_t*>(rendered.const_data() + size_t(y) * size_t(rendered.bytes_per_row()));
        for (int x = 0; x < image.width; ++x) {
            uint32_t argb = row[x];
            auto* out = &image.pixels[(size_t(y) * size_t(image.width) + size_t(x)) * 4];
            out[0] = uint8_t(argb >> 16);
            out[1] = uint8_t(argb >> 8);
            out[2] = uint8_t(argb);
            out[3] = 255;
        }
    }
    return image;
}

}
