// Packing findings into an offline code and back, refusing any code a device could not have made.
#include "offline_code.hpp"

#include "case_code.hpp"

#include <algorithm>

namespace Foyer::Protocol {

namespace {

constexpr int slot_base = 97;
constexpr int payload_limit = slot_base * slot_base * slot_base;

int status_number(Status status)
{
    switch (status) {
    case Status::Fail:
        return 0;
    case Status::Warn:
        return 1;
    default:
        return 2;
    }
}

constexpr std::array<Status, 3> status_by_number { Status::Fail, Status::Warn, Status::Unknown };

// The order of a code's slots: more serious first, then the catalog's order (the more basic check first).
bool comes_before(const OfflineFinding& a, const OfflineFinding& b)
{
    if (severity(a.status) != severity(b.status))
        return severity(a.status) > severity(b.status);
    return a.kind->index() < b.kind->index();
}

}

std::string encode_offline_code(std::span<const OfflineFinding> findings)
{
    std::vector<OfflineFinding> worst_per_kind;
    for (auto& finding : findings) {
        if (!finding.kind || finding.status == Status::Ok)
            continue;
        auto same = std::find_if(
            worst_per_kind.begin(), worst_per_kind.end(), [&](auto& f) { return f.kind == finding.kind; });
        if (same == worst_per_kind.end())
            worst_per_kind.push_back(finding);
        else if (severity(finding.status) > severity(same->status))
            same->status = finding.status;
    }
    std::sort(worst_per_kind.begin(), worst_per_kind.end(), comes_before);
    if (worst_per_kind.size() > offline_code_slots)
        worst_per_kind.resize(offline_code_slots);

    int payload = 0;
    for (size_t slot = 0; slot < offline_code_slots; ++slot) {
        int value = 0;
        if (slot < worst_per_kind.size())
            value = 1 + 3 * worst_per_kind[slot].kind->index() + status_number(worst_per_kind[slot].status);
        payload = payload * slot_base + value;
    }
    std::string digits = std::to_string(offline_code_version);
    auto payload_text = std::to_string(payload);
    digits += std::string(6 - payload_text.size(), '0') + payload_text;
    digits += char('0' + damm_check_digit(digits));
    return digits;
}

std::string encode_offline_code(std::span<const Finding> findings)
{
    std::vector<OfflineFinding> known;
    for (auto& finding : findings)
        if (auto* kind = find_finding_kind(finding.id))
            known.push_back({ kind, finding.status });
    return encode_offline_code(known);
}

OfflineDecoding decode_offline_code(std::string_view typed)
{
    OfflineDecoding out;
    auto digits = code_digits(typed);
    if (!digits) {
        out.problem = OfflineCodeProblem::NotDigits;
        return out;
    }
    if (digits->size() != offline_code_length) {
        out.problem = OfflineCodeProblem::WrongLength;
        return out;
    }
    if (!damm_is_valid(*digits)) {
        out.problem = OfflineCodeProblem::DoesNotExist;
        return out;
    }
    int version = (*digits)[0] - '0';
    if (version > offline_code_version) {
        out.problem = OfflineCodeProblem::NewerVersion;
        return out;
    }
    int payload = std::stoi(digits->substr(1, 6));
    if (version != offline_code_version || payload >= payload_limit) {
        out.problem = OfflineCodeProblem::DoesNotExist;
        return out;
    }
    std::array<int, offline_code_slots> values {};
    for (size_t slot = offline_code_slots; slot-- > 0;) {
        values[slot] = payload % slot_base;
        payload /= slot_base;
    }
    auto kinds = finding_kinds();
    bool seen_empty = false;
    for (int value : values) {
        if (value == 0) {
            seen_empty = true;
            continue;
        }
        size_t kind_number = size_t((value - 1) / 3);
        // A filled slot after an empty one, an unknown kind, a repeated kind or slots out of order:
        // no device makes such a code, so it was misread.
        if (seen_empty || kind_number >= kinds.size()) {
            out.problem = OfflineCodeProblem::DoesNotExist;
            break;
        }
        OfflineFinding finding { &kinds[kind_number], status_by_number[size_t((value - 1) % 3)] };
        bool repeated = std::any_of(
            out.findings.begin(), out.findings.end(), [&](auto& f) { return f.kind == finding.kind; });
        if (repeated || (!out.findings.empty() && !comes_before(out.findings.back(), finding))) {
            out.problem = OfflineCodeProblem::DoesNotExist;
            break;
        }
        out.findings.push_back(finding);
    }
    if (out.problem)
        out.findings.clear();
    return out;
}

}
