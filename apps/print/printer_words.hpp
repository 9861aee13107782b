// The printer's situation in plain words: one headline, what to do next, and the ink levels as gauges.
#pragma once

#include "printer_facts.hpp"

#include <string>
#include <vector>

namespace Foyer {

enum class PrinterVerdict {
    Checking, // no answer yet
    Ready,
    Printing,
    Warning, // printing works, but something needs attention soon (ink low, paper low)
    Blocked, // printing cannot work until something is done
};

enum class InkWord {
    Empty,
    Low,
    Fine,
    Unknown,
};

// One ink as a gauge: its name, its level, and the level in words.
struct InkGauge {
    std::string label; // "Black ink"
    std::optional<int> level;
    InkWord word { InkWord::Unknown };
    std::string level_text; // "Empty", "Low: 5%", "50%", "Level unknown"
    std::string spoken;     // "Black ink: empty."
    Color color;
};

struct PrinterReport {
    PrinterVerdict verdict { PrinterVerdict::Checking };
    // The most important thing, as one sentence: "The printer has no more black ink."
    std::string headline;
    // What to do about it; empty when there is nothing to do.
    std::string advice;
    // Lesser problems, one sentence each (a low ink while the paper is jammed).
    std::vector<std::string> also;
    std::vector<InkGauge> inks;
    // "I can't tell how much ink is left." when the printer gives no ink level at all; else empty.
    std::string ink_note;
    // The name of the printer as the family set it up; empty when there is none.
    std::string printer_name;
    bool can_print() const { return verdict != PrinterVerdict::Blocked && verdict != PrinterVerdict::Checking; }
    // True when no printer is set up: only the family can fix that ("Add a printer").
    bool no_printer { false };
    // Headline, advice and the lesser problems, for the voice.
    std::string spoken() const;
};

// An ink is low at or below this level even when the printer does not say so.
constexpr int low_ink_percent = 10;

PrinterReport describe_printer(const PrinterSituation&);

// "black and cyan" / "noire et cyan": the colours of the inks named in a sentence.
std::string ink_colours_in_words(const std::vector<std::string>& colorants);
// "Black ink" / "Encre noire"; for a colorant with no usual name, the printer's own description.
std::string ink_label(const Supply&);

}
