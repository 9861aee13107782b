// What Foyer knows about the printer, as the printer and CUPS said it: raw facts, no words yet.
#pragma once

#include "../../shell/core/theme/color.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

enum class SupplyKind {
    Colorant, // ink or toner: what runs out
    Waste,    // a box that fills up (waste ink, waste toner)
    Other,    // drums, fusers, belts: never shown to a senior
};

// One ink, toner or waste box, merged from printer-supply and the marker-* attributes.
struct Supply {
    SupplyKind kind { SupplyKind::Other };
    // The IPP colorant name ("black", "cyan", "photo-black"), or empty when the printer does not say.
    std::string colorant;
    // The printer's own name for it ("Black Ink"), untranslated; only shown when the colorant is unknown.
    std::string description;
    // Percent of a full cartridge (0-100), or nothing when the printer does not know or does not say.
    std::optional<int> level;
    // The printer says some is left without saying how much (IPP level -3).
    bool some_left { false };
    // The colour to draw its gauge in (marker-colors, else from the colorant name).
    std::optional<Color> color;

    bool operator==(const Supply&) const = default;
};

// The paper a job goes on, in hundredths of a millimetre as IPP gives it (portrait: width <= height).
struct PaperSize {
    // The IPP media name ("iso_a4_210x297mm"), for the job's "media" option.
    std::string name;
    int width { 21000 };
    int height { 29700 };
    // Where the printer cannot print.
    int top { 0 };
    int bottom { 0 };
    int left { 0 };
    int right { 0 };

    bool operator==(const PaperSize&) const = default;
};

// IPP printer-state.
enum class DeviceState {
    Unknown,
    Idle,
    Processing,
    Stopped,
};

// The answer of the printer itself (Get-Printer-Attributes sent to its own address).
struct PrinterFacts {
    DeviceState state { DeviceState::Unknown };
    // printer-state-reasons without their -report / -warning / -error suffix; "none" is dropped.
    std::vector<std::string> reasons;
    // Reasons that carried the -error suffix: the printer says it cannot go on.
    std::vector<std::string> error_reasons;
    std::vector<Supply> supplies;

    bool has_reason(std::string_view) const;
    bool operator==(const PrinterFacts&) const = default;
};

// The CUPS queue that prints to that printer.
struct QueueFacts {
    std::string name;
    // printer-info: the name the family gave it, else the queue name.
    std::string info;
    std::string device_uri;
    DeviceState state { DeviceState::Unknown };
    std::vector<std::string> reasons;
    bool accepting_jobs { true };
    PaperSize paper;
    // The queue's own copy of the supply levels (CUPS updates it after each job): used when the printer
    // cannot be asked directly.
    std::vector<Supply> supplies;

    bool operator==(const QueueFacts&) const = default;
};

// Everything the screens need to say where printing stands.
struct PrinterSituation {
    enum class Kind {
        Checking,  // no answer yet
        NoService, // CUPS itself does not answer
        NoPrinter, // CUPS answers but has no printer set up
        Known,     // a queue exists; see `queue` and `device`
    };
    Kind kind { Kind::Checking };
    QueueFacts queue;
    // The printer's own answer; nothing when it could not be asked.
    std::optional<PrinterFacts> device;
    // True when the queue's device could be asked directly (an ipp:// or ipps:// address) but did not
    // answer: switched off, unplugged from the network, or asleep too deeply.
    bool unreachable { false };

    bool operator==(const PrinterSituation&) const = default;
};

}
