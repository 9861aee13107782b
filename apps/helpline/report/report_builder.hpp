// Turning a diagnosis into the report the helpdesk reads (helpdesk/protocol), and into the offline code
// a senior reads on the phone when nothing can be sent.
#pragma once

#include "../../../helpdesk/protocol/report.hpp"
#include "../../../shell/core/system/image.hpp"
#include "../diagnosis/diagnosis.hpp"

#include <string>

namespace Foyer {

// A random (version 4) UUID: each report has its own, so sending it again never makes a second case.
std::string new_report_id();
// "2026-11-26T09:42:00Z" for now.
std::string utc_timestamp_now();

Protocol::Report build_report(const Diagnosis&, const std::string& foyer_version, Language);
// Eight digits, "1234 5678" when grouped; computed with no network from the most serious findings.
std::string offline_code_for(const Diagnosis&);

// The picture budget: a PNG of at most `max_bytes` (150 KB for a 1920x1080 Foyer screen). A screen
// full of photographs is scaled down until it fits; returns the PNG bytes, or empty when even a small
// picture would not fit (the report then goes without it).
std::string picture_within_budget(const RgbaImage&, size_t max_bytes = 150 * 1024);

}
