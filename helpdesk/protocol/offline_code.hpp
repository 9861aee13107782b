// Offline codes: eight digits a device computes with no network from its most serious findings, read
// over the phone and turned back into the same plain sentences by the console's offline-code page.
//
// Layout: "V PPPPPP C", read as "1234 5678". V is the format version (1). PPPPPP holds up to three
// (kind, status) pairs as base-97 digits, most serious first; each is 0 for "none" or
// 1 + 3 × kind number + (0 fail, 1 warn, 2 unknown). C is the Damm check digit of the first seven.
#pragma once

#include "finding_catalog.hpp"
#include "report.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer::Protocol {

constexpr int offline_code_version = 1;
constexpr size_t offline_code_slots = 3;

struct OfflineFinding {
    const FindingKind* kind { nullptr };
    Status status { Status::Unknown };

    bool operator==(const OfflineFinding&) const = default;
};

// The three most serious problems among the findings of known kinds (ok findings are never included,
// and a kind found twice counts once, at its worst). Without problems, the code says "nothing wrong".
std::string encode_offline_code(std::span<const Finding> findings);
std::string encode_offline_code(std::span<const OfflineFinding> findings);

enum class OfflineCodeProblem {
    NotDigits,
    WrongLength,
    // The digits do not form a code: a mistake in reading or typing.
    DoesNotExist,
    // A code from a newer Foyer than this helpdesk.
    NewerVersion,
};

struct OfflineDecoding {
    std::optional<OfflineCodeProblem> problem;
    // Most serious first; empty with no problem means the device found nothing wrong.
    std::vector<OfflineFinding> findings;
};

OfflineDecoding decode_offline_code(std::string_view typed);

}
