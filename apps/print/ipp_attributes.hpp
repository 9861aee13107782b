// Reading IPP answers (libcups' ipp_t) into PrinterFacts, QueueFacts and PaperSize. No I/O here.
#pragma once

#include "printer_facts.hpp"

#include <string_view>

typedef struct _ipp_s ipp_t;

namespace Foyer {

// The printer's state, reasons and supplies from a Get-Printer-Attributes answer.
PrinterFacts printer_facts_from_ipp(ipp_t*);
// The queue's name, address, state, paper and cached supplies from CUPS' answer about one queue.
QueueFacts queue_facts_from_ipp(ipp_t*);

// Supplies from printer-supply (with printer-supply-description) and from marker-names, marker-levels,
// marker-colors and marker-types: printers send one, the other or both. When both, printer-supply wins
// (it names the colorant), and marker-colors lends its colours.
std::vector<Supply> supplies_from_ipp(ipp_t*);

// One printer-supply value: "index=2;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;
// level=25;colorantname=black;". Nothing when it is not a supply description.
std::optional<Supply> parse_printer_supply(std::string_view);

// "toner-low-report" -> "toner-low"; `is_error` tells whether the suffix was "-error".
std::string reason_without_suffix(std::string_view, bool* is_error = nullptr);

// The paper a PWG self-describing media name stands for: "iso_a4_210x297mm", "na_letter_8.5x11in".
std::optional<PaperSize> paper_from_media_name(std::string_view);

// "#00FFFF" -> cyan. A multi-colour marker ("#00FFFF#FF00FF") gives its first colour; "none" nothing.
std::optional<Color> parse_marker_color(std::string_view);
// The usual colour of a colorant name, for printers that do not send marker-colors.
std::optional<Color> color_of_colorant(std::string_view colorant);

}
