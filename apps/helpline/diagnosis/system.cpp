// System collectors: the system and Foyer's versions, uptime, free space, memory, power, screen, Foyer's
// recent problems (scrubbed of anything personal) and what the senior did last.
#include "diagnosis.hpp"

#include "../../../shell/core/i18n/mark.hpp"
#include "../../../shell/core/system/files.hpp"
#include "../../../shell/core/system/paths.hpp"

#include <cstdlib>
#include <pwd.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Foyer {

namespace {

std::optional<double> free_gib(const std::string& path)
{
    struct statvfs info { };
    if (statvfs(path.c_str(), &info) != 0)
        return std::nullopt;
    return double(info.f_bavail) * double(info.f_frsize) / (1024.0 * 1024 * 1024);
}

std::string one_decimal(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

}

std::vector<Finding> collect_system(const DiagnosisContext& context, std::stop_token)
{
    std::vector<Finding> findings;

    auto os = parse_os_pretty_name(read_file(context.paths.os_release).value_or(""));
    findings.push_back(make_finding("system.os", os ? Verdict::Ok : Verdict::Unknown, N_("The system is {name}."),
        { { "name", os.value_or("?") } }, { { "pretty_name", os.value_or("") } }));
    if (!context.foyer_version.empty())
        findings.push_back(make_finding("system.foyer", Verdict::Ok, N_("Foyer version {version}."),
            { { "version", context.foyer_version } }, { { "version", context.foyer_version } }));

    if (auto uptime = read_file(context.paths.proc + "/uptime")) {
        double seconds = std::strtod(uptime->c_str(), nullptr);
        long hours = long(seconds / 3600);
        nlohmann::json details { { "uptime_hours", hours } };
        if (hours >= 24 * 30)
            findings.push_back(make_finding("system.uptime", Verdict::Warn,
                N_("The computer has not been restarted for {days} days: restarting it may help."),
                { { "days", std::to_string(hours / 24) } }, details));
        // The plural forms are not marked N_(): the extractor would take them for msgids of their own, and
        // fr.po holds them as the msgid_plural of the singular's entry.
        else if (hours == 0)
            findings.push_back(
                make_finding("system.uptime", Verdict::Ok, N_("The computer was started less than an hour ago."), {}, details));
        else
            findings.push_back(make_plural_finding("system.uptime", Verdict::Ok, N_("The computer was started {hours} hour ago."),
                "The computer was started {hours} hours ago.", hours, { { "hours", std::to_string(hours) } }, details));
    }

    std::string home = home_dir();
    auto root_free = free_gib("/");
    auto home_free = free_gib(home);
    if (root_free && home_free) {
        nlohmann::json details { { "system_free_gib", *root_free }, { "home_free_gib", *home_free } };
        double least = std::min(*root_free, *home_free);
        auto args = FormatArgs { { "system", one_decimal(*root_free) }, { "home", one_decimal(*home_free) } };
        if (least < 0.5)
            findings.push_back(make_finding("system.disk", Verdict::Fail,
                N_("The disk is full ({home} GB left for documents): photos and e-mails cannot be saved."), args, details));
        else if (least < 2)
            findings.push_back(make_finding("system.disk", Verdict::Warn,
                N_("The disk is almost full ({home} GB left for documents)."), args, details));
        else
            findings.push_back(make_finding("system.disk", Verdict::Ok,
                N_("There is room on the disk: {system} GB for the system, {home} GB for documents."), args, details));
    }

    if (auto memory = parse_meminfo(read_file(context.paths.proc + "/meminfo").value_or(""))) {
        double total = double(memory->total_kib) / (1024 * 1024);
        double available = double(memory->available_kib) / (1024 * 1024);
        nlohmann::json details { { "total_gib", total }, { "available_gib", available } };
        auto args = FormatArgs { { "free", one_decimal(available) }, { "total", one_decimal(total) } };
        if (available / total < 0.08)
            findings.push_back(make_finding("system.memory", Verdict::Warn,
                N_("The memory is almost full ({free} of {total} GB free): closing programs may help."), args, details));
        else
            findings.push_back(make_finding("system.memory", Verdict::Ok, N_("Memory: {free} of {total} GB free."), args, details));
    }

    auto battery = read_battery(context.paths);
    nlohmann::json power { { "battery", battery.present }, { "percent", battery.percent }, { "charging", battery.charging },
        { "on_mains", battery.on_mains } };
    auto percent = FormatArgs { { "percent", std::to_string(battery.percent) } };
    if (!battery.present)
        findings.push_back(make_finding("system.power", Verdict::Ok, N_("This computer runs on mains power."), {}, power));
    else if (battery.charging)
        findings.push_back(make_finding("system.power", Verdict::Ok, N_("The battery is at {percent} % and charging."), percent, power));
    else if (battery.percent < 15)
        findings.push_back(make_finding("system.power", Verdict::Warn,
            N_("The battery is almost empty ({percent} %): plug in the charger."), percent, power));
    else
        findings.push_back(make_finding("system.power", Verdict::Ok, N_("The battery is at {percent} %."), percent, power));

    if (!context.screen_size.empty())
        findings.push_back(make_finding("system.screen", Verdict::Ok, N_("The screen is {size} pixels."),
            { { "size", context.screen_size } }, { { "size", context.screen_size } }));

    // Log lines can hold paths under the home directory, hence the user name: they are scrubbed.
    std::string user;
    if (auto* entry = getpwuid(getuid()))
        user = entry->pw_name;
    nlohmann::json problems = nlohmann::json::array();
    for (auto& line : context.recent_problems)
        problems.push_back(scrub(line, home, user));
    if (problems.empty())
        findings.push_back(make_finding("system.errors", Verdict::Ok, N_("Foyer has noted no problem recently."), {},
            { { "lines", problems } }));
    else
        findings.push_back(make_plural_finding("system.errors", Verdict::Warn, N_("Foyer noted {count} problem recently."),
            "Foyer noted {count} problems recently.", long(problems.size()), { { "count", std::to_string(problems.size()) } },
            { { "lines", problems } }));

    if (!context.activity_en.empty()) {
        Finding activity { "system.activity", Verdict::Ok, context.activity_fr, context.activity_en,
            { { "fr", context.activity_fr }, { "en", context.activity_en } } };
        findings.push_back(std::move(activity));
    }
    return findings;
}

}
