// The diagnosis behind a help report: every collector runs at once on its own thread, and the whole takes
// at most a few seconds even when the network hangs (a late collector's findings say "could not check").
#pragma once

#include "../../../shell/core/system/subprocess.hpp"
#include "finding.hpp"
#include "probes.hpp"

#include <chrono>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace Foyer {

// How a collector runs a program (nmcli, pactl): the diagnosis's boundary with other processes, as
// SystemPaths is its boundary with the kernel's files. The real one starts the program; unit tests answer
// with recorded outputs, so they test the parsing and the verdicts without the machine's own state.
using ProgramRunner = std::function<ErrorOr<ProgramResult>(const std::vector<std::string>& argv,
    std::chrono::milliseconds timeout, std::stop_token)>;
// run_program(), standard output only.
ProgramRunner real_program_runner();

struct DiagnosisContext {
    // The helpline's helpdesk ("https://…"); empty when the family set none.
    std::string helpdesk_url;
    // Websites people need, checked for reachability (taxes, health insurance, family benefits).
    std::vector<std::string> sites { "https://www.impots.gouv.fr/", "https://www.ameli.fr/", "https://www.caf.fr/" };
    // A page that answers 204 with no content when no login page (captive portal) is in the way.
    std::string portal_check_url { "http://connectivity-check.ubuntu.com/" };
    std::string ca_path;
    // The whole diagnosis must be over by then.
    std::chrono::milliseconds deadline { 2800 };
    SystemPaths paths;
    ProgramRunner programs { real_program_runner() };

    // What the shell knows: filled in by the help screen, empty for `foyer --diagnose`.
    std::string foyer_version;
    std::string screen_size;
    // The screen the senior was on, and the last actions, already in words in both languages.
    std::string activity_fr;
    std::string activity_en;
    std::vector<std::string> recent_problems;
};

using Collector = std::function<std::vector<Finding>(const DiagnosisContext&, std::stop_token)>;

struct NamedCollector {
    // The finding ids this collector is responsible for, so a late one is still reported.
    std::vector<std::string_view> ids;
    Collector collect;
};

// Every collector of this version: network, printers, sound and camera, system.
std::vector<NamedCollector> standard_collectors();

struct Diagnosis {
    std::vector<Finding> findings;
    std::chrono::milliseconds elapsed { 0 };
};

// Runs the collectors in parallel; a collector still running at the deadline is asked to stop and its
// findings are "unknown — Foyer could not check this in time".
Diagnosis run_diagnosis(const DiagnosisContext&, const std::vector<NamedCollector>&);

// The collectors, one by one (tests call them directly).
std::vector<Finding> collect_network_local(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_gateway(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_dns(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_captive_portal(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_helpdesk(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_sites(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_printers(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_sound(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_camera(const DiagnosisContext&, std::stop_token);
std::vector<Finding> collect_system(const DiagnosisContext&, std::stop_token);

// One side of the sound server (PulseAudio, or PipeWire's pulse service), read with pactl: the video call's
// check reads and fixes the same things the report describes.
enum class SoundSide {
    Output,
    Input,
};
struct SoundDeviceState {
    // pactl answered (a sound server runs).
    bool available { false };
    std::string default_name;
    std::optional<bool> muted;
    std::optional<int> volume;

    // A real loudspeaker or microphone is the default (not PulseAudio's "auto_null", not a monitor).
    bool present(SoundSide) const;
};
SoundDeviceState read_sound_device(SoundSide, const ProgramRunner&, std::stop_token);

// The diagnosis as plain sentences (one per line, most serious first) or as JSON
// {"findings": [{"id", "status", "text", "text_fr", "text_en", "details"}]}.
std::string diagnosis_text(const Diagnosis&);
std::string diagnosis_json(const Diagnosis&);

}
