// The kinds of finding a device reports, each with a title and a default plain sentence per verdict.
// Their order gives each kind its number in the offline code, so new kinds are only ever appended.
#pragma once

#include "report.hpp"

#include <array>
#include <span>
#include <string_view>

namespace Foyer::Protocol {

// The finding ids, for the device's collectors and for tests.
namespace FindingId {
constexpr std::string_view network_connectivity = "network.connectivity";
constexpr std::string_view network_link = "network.link";
constexpr std::string_view network_wifi = "network.wifi";
constexpr std::string_view network_gateway = "network.gateway";
constexpr std::string_view network_dns = "network.dns";
constexpr std::string_view network_captive_portal = "network.captive_portal";
constexpr std::string_view network_helpdesk = "network.helpdesk";
constexpr std::string_view network_sites = "network.sites";
constexpr std::string_view printer_default = "printer.default";
constexpr std::string_view printer_state = "printer.state";
constexpr std::string_view printer_ink = "printer.ink";
constexpr std::string_view printer_jobs = "printer.jobs";
constexpr std::string_view sound_output = "sound.output";
constexpr std::string_view sound_input = "sound.input";
constexpr std::string_view camera_present = "camera.present";
constexpr std::string_view system_os = "system.os";
constexpr std::string_view system_foyer = "system.foyer";
constexpr std::string_view system_uptime = "system.uptime";
constexpr std::string_view system_disk = "system.disk";
constexpr std::string_view system_memory = "system.memory";
constexpr std::string_view system_power = "system.power";
constexpr std::string_view system_screen = "system.screen";
constexpr std::string_view system_errors = "system.errors";
constexpr std::string_view system_activity = "system.activity";
}

struct CatalogText {
    std::string_view fr;
    std::string_view en;

    std::string_view in(Language language) const { return language == Language::French ? fr : en; }
};

struct FindingKind {
    std::string_view id;
    // What was checked, as a short heading ("Ink and toner").
    CatalogText title;
    // The default sentence for each status, indexed by Status (ok, warn, fail, unknown).
    std::array<CatalogText, 4> sentences;

    // Its number in offline codes: its position in the catalog (only for kinds taken from finding_kinds()).
    int index() const;
    CatalogText sentence(Status status) const { return sentences[size_t(status)]; }
};

// Every known kind, in offline-code order.
std::span<const FindingKind> finding_kinds();
// The kind with that id, or null for an id this version does not know (newer devices may send them).
const FindingKind* find_finding_kind(std::string_view id);

}
