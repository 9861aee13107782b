// Drawing the test page with cairo's PDF surface (the same library that lays out photos).
#include "test_page.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <array>

namespace Foyer {

ErrorOr<void> write_test_page(const std::string& path, const std::vector<std::string>& lines)
{
    // A4 in points; margins wide enough for any printer's unprintable edge.
    constexpr double width = 595.28, height = 841.89, margin = 56;
    cairo_surface_t* pdf = cairo_pdf_surface_create(path.c_str(), width, height);
    if (cairo_surface_status(pdf) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(pdf);
        return Error::plain(N_("There is no room left on this computer to prepare the printing. Call for help."), {},
            "cannot create " + path);
    }
    cairo_t* cr = cairo_create(pdf);
    cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    double y = margin + 40;
    for (size_t i = 0; i < lines.size(); ++i) {
        double size = i == 0 ? 40 : 22;
        cairo_set_font_size(cr, size);
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_move_to(cr, margin, y);
        cairo_show_text(cr, lines[i].c_str());
        y += size * 1.6;
        if (i == 0)
            cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    }
    struct Ink {
        const char* name;
        double r, g, b;
    };
    constexpr std::array<Ink, 4> inks { { { "K", 0, 0, 0 }, { "C", 0, 0.68, 0.94 }, { "M", 0.93, 0, 0.55 }, { "Y", 1, 0.95, 0 } } };
    double square = (width - 2 * margin - 3 * 20) / 4;
    y = std::max(y + 20, height / 2);
    for (size_t i = 0; i < inks.size(); ++i) {
        double x = margin + double(i) * (square + 20);
        cairo_set_source_rgb(cr, inks[i].r, inks[i].g, inks[i].b);
        cairo_rectangle(cr, x, y, square, square);
        cairo_fill(cr);
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_set_line_width(cr, 1);
        cairo_rectangle(cr, x, y, square, square);
        cairo_stroke(cr);
        cairo_set_font_size(cr, 28);
        cairo_move_to(cr, x + square / 2 - 9, y + square + 36);
        cairo_show_text(cr, inks[i].name);
    }
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(pdf);
    auto status = cairo_surface_status(pdf);
    cairo_surface_destroy(pdf);
    if (status != CAIRO_STATUS_SUCCESS)
        return Error::plain(N_("There is no room left on this computer to prepare the printing. Call for help."), {},
            std::string("cairo: ") + cairo_status_to_string(status));
    return {};
}

}
