// Any bytes as a report: never a crash, every refusal is a sentence, and whatever is accepted writes back
// to JSON that reads as the same report, and codes made from it decode to known findings.
#include "helpdesk/protocol/offline_code.hpp"
#include "helpdesk/protocol/report.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Foyer::Protocol;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = parse_report(text);
    if (parsed.is_error()) {
        if (parsed.error().message().empty() || parsed.error().message().back() != '.')
            std::abort();
        return 0;
    }
    auto& report = parsed.value();
    if (validate_report(report))
        std::abort();
    auto again = parse_report(serialize_report(report));
    if (again.is_error() || !(again.value() == report))
        std::abort();
    if (findings_by_severity(report).size() != report.findings.size())
        std::abort();
    auto decoded = decode_offline_code(encode_offline_code(report.findings));
    if (decoded.problem || decoded.findings.size() > offline_code_slots)
        std::abort();
    return 0;
}
