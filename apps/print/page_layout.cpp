// Fitting a picture or a page onto the paper.
#include "page_layout.hpp"

#include <algorithm>

namespace Foyer {

namespace {

PagePlacement place(const PaperSize& paper, double width, double height)
{
    PagePlacement placement;
    placement.paper = paper;
    placement.orientation = width > height ? Orientation::Landscape : Orientation::Portrait;
    bool turned = placement.orientation == Orientation::Landscape;
    placement.sheet_width = turned ? paper.height : paper.width;
    placement.sheet_height = turned ? paper.width : paper.height;
    if (width <= 0 || height <= 0)
        return placement;

    // Margins as seen on the sheet: turning it a quarter clockwise puts the paper's left edge on top.
    double vertical = std::max(paper.top, paper.bottom);
    double horizontal = std::max(paper.left, paper.right);
    if (turned)
        std::swap(vertical, horizontal);
    double area_width = std::max(0.0, placement.sheet_width - 2 * horizontal);
    double area_height = std::max(0.0, placement.sheet_height - 2 * vertical);
    double scale = std::min(area_width / width, area_height / height);
    placement.picture.width = width * scale;
    placement.picture.height = height * scale;
    placement.picture.x = (placement.sheet_width - placement.picture.width) / 2;
    placement.picture.y = (placement.sheet_height - placement.picture.height) / 2;
    return placement;
}

}

PagePlacement place_picture(const PaperSize& paper, int picture_width, int picture_height)
{
    return place(paper, picture_width, picture_height);
}

PagePlacement place_page(const PaperSize& paper, double page_width, double page_height)
{
    // Printed with print-scaling=fit, which scales the page into the printable area as well.
    return place(paper, page_width, page_height);
}

}
