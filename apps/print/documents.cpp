// The photo's page with cairo (a JPEG inside the PDF).
#include "documents.hpp"

#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/log.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>

namespace Foyer {

namespace {

constexpr double points_per_hundredth_mm = 72.0 / 2540.0;

void append_bytes(void* context, void* data, int size)
{
    auto& out = *static_cast<std::string*>(context);
    out.append(static_cast<const char*>(data), size_t(size));
}

}

ErrorOr<void> write_photo_pdf(const RgbaImage& picture, const PagePlacement& placement, const std::string& path)
{
    auto failed = [&](std::string detail) {
        return Error::plain(N_("The photo could not be made ready for printing. Try again, or call for help."), {}, std::move(detail));
    };
    if (picture.empty() || placement.picture.width <= 0 || placement.picture.height <= 0)
        return failed("empty picture or placement");

    // No more detail than the printer can put on paper at 300 dots per inch.
    int max_width = int(std::ceil(placement.picture.width / 2540.0 * 300));
    int max_height = int(std::ceil(placement.picture.height / 2540.0 * 300));
    RgbaImage scaled = scale_to_fit(picture, max_width, max_height);

    // Transparent areas of a PNG print as white paper.
    std::vector<uint8_t> rgb(size_t(scaled.width) * size_t(scaled.height) * 3);
    for (size_t i = 0, n = size_t(scaled.width) * size_t(scaled.height); i < n; ++i) {
        unsigned alpha = scaled.pixels[i * 4 + 3];
        for (int c = 0; c < 3; ++c)
            rgb[i * 3 + size_t(c)] = uint8_t((scaled.pixels[i * 4 + size_t(c)] * alpha + 255 * (255 - alpha)) / 255);
    }
    // The picture goes into the PDF as a JPEG: a tenth of the size of raw pixels, so the printer gets it fast.
    auto* jpeg = new std::string;
    if (!stbi_write_jpg_to_func(append_bytes, jpeg, scaled.width, scaled.height, 3, rgb.data(), 92)) {
        delete jpeg;
        return failed("stb could not encode the JPEG");
    }

    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, scaled.width, scaled.height);
    int stride = cairo_image_surface_get_stride(image);
    cairo_surface_flush(image);
    unsigned char* pixels = cairo_image_surface_get_data(image);
    for (int y = 0; y < scaled.height; ++y) {
        auto* row = reinterpret_cast<uint32_t*>(pixels + size_t(y) * size_t(stride));
        for (int x = 0; x < scaled.width; ++x) {
            auto* p = &rgb[(size_t(y) * size_t(scaled.width) + size_t(x)) * 3];
            row[x] = uint32_t(p[0]) << 16 | uint32_t(p[1]) << 8 | p[2];
        }
    }
    cairo_surface_mark_dirty(image);
    cairo_surface_set_mime_data(
        image, CAIRO_MIME_TYPE_JPEG, reinterpret_cast<const unsigned char*>(jpeg->data()), jpeg->size(),
        [](void* data) { delete static_cast<std::string*>(data); }, jpeg);

    const PaperSize& paper = placement.paper;
    double page_width = paper.width * points_per_hundredth_mm;
    double page_height = paper.height * points_per_hundredth_mm;
    cairo_surface_t* pdf = cairo_pdf_surface_create(path.c_str(), page_width, page_height);
    cairo_t* cr = cairo_create(pdf);
    cairo_scale(cr, points_per_hundredth_mm, points_per_hundredth_mm);
    if (placement.orientation == Orientation::Landscape) {
        // The sheet as seen is the paper turned a quarter clockwise: a point (x, y) of the turned sheet is
        // (y, paper height - x) on the paper.
        cairo_matrix_t turn;
        cairo_matrix_init(&turn, 0, -1, 1, 0, 0, paper.height);
        cairo_transform(cr, &turn);
    }
    cairo_translate(cr, placement.picture.x, placement.picture.y);
    cairo_scale(cr, placement.picture.width / scaled.width, placement.picture.height / scaled.height);
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_show_page(cr);
    auto status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(pdf);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(pdf);
    cairo_surface_destroy(pdf);
    cairo_surface_destroy(image);
    if (status != CAIRO_STATUS_SUCCESS)
        return failed(std::string("cairo: ") + cairo_status_to_string(status) + " writing " + path);
    return {};
}

}
