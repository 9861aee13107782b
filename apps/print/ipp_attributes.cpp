// Reading printer-supply, marker-*, printer-state(-reasons) and media-col-default from IPP answers.
#include "ipp_attributes.hpp"

#include "../../shell/core/text/text.hpp"

#include <cups/cups.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace Foyer {

namespace {

std::vector<std::string> strings_of(ipp_t* ipp, const char* name)
{
    std::vector<std::string> values;
    ipp_attribute_t* attribute = ippFindAttribute(ipp, name, IPP_TAG_ZERO);
    for (int i = 0; attribute && i < ippGetCount(attribute); ++i) {
        if (ippGetValueTag(attribute) == IPP_TAG_STRING) {
            int length = 0;
            auto* data = static_cast<const char*>(ippGetOctetString(attribute, i, &length));
            values.emplace_back(data ? data : "", data ? size_t(length) : 0);
        } else {
            const char* value = ippGetString(attribute, i, nullptr);
            values.emplace_back(value ? value : "");
        }
    }
    return values;
}

std::vector<int> integers_of(ipp_t* ipp, const char* name)
{
    std::vector<int> values;
    ipp_attribute_t* attribute = ippFindAttribute(ipp, name, IPP_TAG_ZERO);
    for (int i = 0; attribute && i < ippGetCount(attribute); ++i)
        values.push_back(ippGetInteger(attribute, i));
    return values;
}

std::optional<int> integer_of(ipp_t* ipp, const char* name)
{
    ipp_attribute_t* attribute = ippFindAttribute(ipp, name, IPP_TAG_ZERO);
    if (!attribute || ippGetCount(attribute) < 1)
        return std::nullopt;
    return ippGetInteger(attribute, 0);
}

std::string string_of(ipp_t* ipp, const char* name)
{
    auto values = strings_of(ipp, name);
    return values.empty() ? std::string {} : values.front();
}

DeviceState state_of(ipp_t* ipp)
{
    switch (integer_of(ipp, "printer-state").value_or(0)) {
    case IPP_PSTATE_IDLE:
        return DeviceState::Idle;
    case IPP_PSTATE_PROCESSING:
        return DeviceState::Processing;
    case IPP_PSTATE_STOPPED:
        return DeviceState::Stopped;
    default:
        return DeviceState::Unknown;
    }
}

void read_reasons(ipp_t* ipp, std::vector<std::string>& reasons, std::vector<std::string>* error_reasons)
{
    for (auto& keyword : strings_of(ipp, "printer-state-reasons")) {
        bool is_error = false;
        auto reason = reason_without_suffix(keyword, &is_error);
        if (reason.empty() || reason == "none")
            continue;
        if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
            reasons.push_back(reason);
        if (is_error && error_reasons)
            error_reasons->push_back(reason);
    }
}

// IPP levels: 0-100, or -1 (not available), -2 (unknown), -3 (unknown but some is left).
void set_level(Supply& supply, int level)
{
    if (level >= 0)
        supply.level = std::clamp(level, 0, 100);
    else if (level == -3)
        supply.some_left = true;
}

SupplyKind kind_of_type(std::string_view type)
{
    auto lower = ascii_lowercase(type);
    if (lower.find("waste") != std::string::npos)
        return SupplyKind::Waste;
    for (auto word : { "ink", "toner", "ribbon", "solid-wax", "solidwax" })
        if (lower.find(word) != std::string::npos)
            return SupplyKind::Colorant;
    return SupplyKind::Other;
}

// marker-names are free text ("Black Ink", "Cyan Cartridge", "Noir"): find a colorant name in them.
std::string colorant_in_name(std::string_view name)
{
    auto lower = ascii_lowercase(name);
    static constexpr std::array<std::pair<const char*, const char*>, 12> words { {
        { "photo black", "photo-black" },
        { "matte black", "matte-black" },
        { "light cyan", "light-cyan" },
        { "light magenta", "light-magenta" },
        { "light gray", "light-gray" },
        { "light grey", "light-gray" },
        { "black", "black" },
        { "cyan", "cyan" },
        { "magenta", "magenta" },
        { "yellow", "yellow" },
        { "gray", "gray" },
        { "grey", "gray" },
    } };
    for (auto [word, colorant] : words)
        if (lower.find(word) != std::string::npos)
            return colorant;
    return {};
}

std::string colorant_of_color(Color color)
{
    if (color == Color::hex(0x000000))
        return "black";
    if (color == Color::hex(0x00FFFF))
        return "cyan";
    if (color == Color::hex(0xFF00FF))
        return "magenta";
    if (color == Color::hex(0xFFFF00))
        return "yellow";
    return {};
}

std::vector<Supply> supplies_from_markers(ipp_t* ipp)
{
    auto names = strings_of(ipp, "marker-names");
    auto levels = integers_of(ipp, "marker-levels");
    auto colors = strings_of(ipp, "marker-colors");
    auto types = strings_of(ipp, "marker-types");
    std::vector<Supply> supplies;
    for (size_t i = 0; i < levels.size(); ++i) {
        Supply supply;
        supply.description = i < names.size() ? names[i] : std::string {};
        supply.kind = i < types.size() ? kind_of_type(types[i]) : SupplyKind::Colorant;
        if (i < colors.size())
            supply.color = parse_marker_color(colors[i]);
        supply.colorant = colorant_in_name(supply.description);
        if (supply.colorant.empty() && supply.color)
            supply.colorant = colorant_of_color(*supply.color);
        set_level(supply, levels[i]);
        supplies.push_back(std::move(supply));
    }
    return supplies;
}

std::optional<int> parse_int(std::string_view text)
{
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc {} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

PaperSize paper_from_collection(ipp_t* collection, std::string name)
{
    PaperSize paper;
    paper.name = std::move(name);
    if (ipp_attribute_t* size = ippFindAttribute(collection, "media-size", IPP_TAG_BEGIN_COLLECTION)) {
        ipp_t* dimensions = ippGetCollection(size, 0);
        paper.width = integer_of(dimensions, "x-dimension").value_or(paper.width);
        paper.height = integer_of(dimensions, "y-dimension").value_or(paper.height);
    }
    paper.top = integer_of(collection, "media-top-margin").value_or(0);
    paper.bottom = integer_of(collection, "media-bottom-margin").value_or(0);
    paper.left = integer_of(collection, "media-left-margin").value_or(0);
    paper.right = integer_of(collection, "media-right-margin").value_or(0);
    return paper;
}

// The paper a queue prints on by default: media-col-default (size and margins) when the queue sends it,
// else the media-default name with the smallest margins the printer supports, else A4.
PaperSize paper_of(ipp_t* ipp)
{
    auto name = string_of(ipp, "media-default");
    if (ipp_attribute_t* col = ippFindAttribute(ipp, "media-col-default", IPP_TAG_BEGIN_COLLECTION)) {
        auto paper = paper_from_collection(ippGetCollection(col, 0), name);
        if (paper.width > 0 && paper.height > 0) {
            if (paper.name.empty())
                paper.name = name;
            return paper;
        }
    }
    auto paper = paper_from_media_name(name).value_or(PaperSize {});
    auto smallest = [&](const char* attribute) {
        auto values = integers_of(ipp, attribute);
        return values.empty() ? 500 : *std::min_element(values.begin(), values.end());
    };
    paper.top = smallest("media-top-margin-supported");
    paper.bottom = smallest("media-bottom-margin-supported");
    paper.left = smallest("media-left-margin-supported");
    paper.right = smallest("media-right-margin-supported");
    return paper;
}

}

bool PrinterFacts::has_reason(std::string_view reason) const
{
    return std::find(reasons.begin(), reasons.end(), reason) != reasons.end();
}

std::string reason_without_suffix(std::string_view keyword, bool* is_error)
{
    if (is_error)
        *is_error = false;
    for (std::string_view suffix : { "-report", "-warning", "-error" }) {
        if (keyword.size() > suffix.size() && keyword.substr(keyword.size() - suffix.size()) == suffix) {
            if (is_error)
                *is_error = suffix == "-error";
            return std::string(keyword.substr(0, keyword.size() - suffix.size()));
        }
    }
    return std::string(keyword);
}

std::optional<Color> parse_marker_color(std::string_view text)
{
    if (text.size() < 7 || text[0] != '#')
        return std::nullopt;
    unsigned value = 0;
    auto [end, error] = std::from_chars(text.data() + 1, text.data() + 7, value, 16);
    if (error != std::errc {} || end != text.data() + 7)
        return std::nullopt;
    return Color::hex(value);
}

std::optional<Color> color_of_colorant(std::string_view colorant)
{
    static constexpr std::array<std::pair<std::string_view, uint32_t>, 11> colors { {
        { "black", 0x000000 },
        { "photo-black", 0x000000 },
        { "matte-black", 0x000000 },
        { "light-black", 0x666666 },
        { "gray", 0x808080 },
        { "light-gray", 0xB0B0B0 },
        { "cyan", 0x00FFFF },
        { "light-cyan", 0x80FFFF },
        { "magenta", 0xFF00FF },
        { "light-magenta", 0xFF80FF },
        { "yellow", 0xFFFF00 },
    } };
    for (auto [name, rgb] : colors)
        if (name == colorant)
            return Color::hex(rgb);
    return std::nullopt;
}

std::optional<Supply> parse_printer_supply(std::string_view text)
{
    Supply supply;
    std::optional<int> level;
    std::optional<int> capacity;
    std::string unit;
    std::string type;
    std::string supply_class;
    bool any = false;
    while (!text.empty()) {
        auto end = text.find(';');
        auto field = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view {} : text.substr(end + 1);
        auto equals = field.find('=');
        if (equals == std::string_view::npos)
            continue;
        auto key = field.substr(0, equals);
        auto value = field.substr(equals + 1);
        any = true;
        if (key == "level")
            level = parse_int(value);
        else if (key == "maxcapacity")
            capacity = parse_int(value);
        else if (key == "unit")
            unit = value;
        else if (key == "type")
            type = value;
        else if (key == "class")
            supply_class = value;
        else if (key == "colorantname")
            supply.colorant = value == "unknown" ? std::string {} : std::string(value);
    }
    if (!any)
        return std::nullopt;
    supply.kind = supply_class == "receptacleThatIsFilled" ? SupplyKind::Waste : kind_of_type(type);
    if (level) {
        // Some printers count in their own units (grams, sheets): turn it into a share of a full one.
        int percent = *level;
        if (*level >= 0 && unit != "percent" && capacity && *capacity > 0)
            percent = int(std::lround(100.0 * *level / *capacity));
        set_level(supply, percent);
    }
    supply.color = color_of_colorant(supply.colorant);
    return supply;
}

std::vector<Supply> supplies_from_ipp(ipp_t* ipp)
{
    auto markers = supplies_from_markers(ipp);
    auto values = strings_of(ipp, "printer-supply");
    auto descriptions = strings_of(ipp, "printer-supply-description");
    std::vector<Supply> supplies;
    for (size_t i = 0; i < values.size(); ++i) {
        auto supply = parse_printer_supply(values[i]);
        if (!supply)
            continue;
        if (i < descriptions.size())
            supply->description = descriptions[i];
        if (supply->colorant.empty())
            supply->colorant = colorant_in_name(supply->description);
        // marker-colors is more precise than a colour guessed from the name (a "gray" may be any grey).
        for (auto& marker : markers)
            if (marker.color && !supply->colorant.empty() && marker.colorant == supply->colorant)
                supply->color = marker.color;
        if (!supply->color)
            supply->color = color_of_colorant(supply->colorant);
        supplies.push_back(std::move(*supply));
    }
    if (supplies.empty())
        supplies = std::move(markers);
    for (auto& supply : supplies)
        if (!supply.color)
            supply.color = color_of_colorant(supply.colorant);
    return supplies;
}

std::optional<PaperSize> paper_from_media_name(std::string_view name)
{
    // The last part of a self-describing name is "<width>x<height><unit>".
    auto underscore = name.rfind('_');
    if (underscore == std::string_view::npos)
        return std::nullopt;
    auto dimensions = name.substr(underscore + 1);
    if (dimensions.size() < 5)
        return std::nullopt;
    auto unit = dimensions.substr(dimensions.size() - 2);
    if (unit != "mm" && unit != "in")
        return std::nullopt;
    dimensions.remove_suffix(2);
    auto x = dimensions.find('x');
    if (x == std::string_view::npos)
        return std::nullopt;
    std::string width_text(dimensions.substr(0, x));
    std::string height_text(dimensions.substr(x + 1));
    char* end = nullptr;
    double width = std::strtod(width_text.c_str(), &end);
    if (*end)
        return std::nullopt;
    double height = std::strtod(height_text.c_str(), &end);
    if (*end || width <= 0 || height <= 0)
        return std::nullopt;
    double scale = unit == "mm" ? 100.0 : 2540.0;
    PaperSize paper;
    paper.name = std::string(name);
    paper.width = int(std::lround(std::min(width, height) * scale));
    paper.height = int(std::lround(std::max(width, height) * scale));
    return paper;
}

PrinterFacts printer_facts_from_ipp(ipp_t* ipp)
{
    PrinterFacts facts;
    facts.state = state_of(ipp);
    read_reasons(ipp, facts.reasons, &facts.error_reasons);
    facts.supplies = supplies_from_ipp(ipp);
    return facts;
}

QueueFacts queue_facts_from_ipp(ipp_t* ipp)
{
    QueueFacts queue;
    queue.name = string_of(ipp, "printer-name");
    queue.info = string_of(ipp, "printer-info");
    if (queue.info.empty())
        queue.info = queue.name;
    queue.device_uri = string_of(ipp, "device-uri");
    queue.state = state_of(ipp);
    read_reasons(ipp, queue.reasons, nullptr);
    if (ipp_attribute_t* accepting = ippFindAttribute(ipp, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        queue.accepting_jobs = ippGetBoolean(accepting, 0);
    queue.paper = paper_of(ipp);
    queue.supplies = supplies_from_ipp(ipp);
    return queue;
}

}
