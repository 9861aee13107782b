// Where a picture goes on the sheet: orientation chosen from its shape, as large as the printer allows,
// centred. The preview and the printed page are both made from this one placement.
#pragma once

#include "printer_facts.hpp"

namespace Foyer {

enum class Orientation {
    Portrait,
    Landscape,
};

// A rectangle in hundredths of a millimetre, on the sheet as the senior looks at it (turned when
// landscape), origin at its top left.
struct SheetRect {
    double x { 0 };
    double y { 0 };
    double width { 0 };
    double height { 0 };
};

struct PagePlacement {
    Orientation orientation { Orientation::Portrait };
    PaperSize paper;
    // The sheet as seen: portrait paper, or the same paper turned a quarter for a landscape picture.
    double sheet_width { 0 };
    double sheet_height { 0 };
    // Where the picture is printed, inside the printable area, proportions kept.
    SheetRect picture;
};

// A wider-than-tall picture goes on a turned sheet. Margins are kept equal on opposite sides (the larger
// of the two), so the picture sits in the middle of the paper.
PagePlacement place_picture(const PaperSize&, int picture_width, int picture_height);

// The same for a document page of that size (in hundredths of a millimetre): scaled into the printable
// area and turned when it is wider than tall, as CUPS prints it with print-scaling=fit.
PagePlacement place_page(const PaperSize&, double page_width, double page_height);

}
