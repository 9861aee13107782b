// Deciding what to tell the senior about the printer, most blocking problem first.
#include "printer_words.hpp"

#include "../../shell/core/i18n/translate.hpp"

#include <algorithm>
#include <array>

namespace Foyer {

namespace {

struct InkName {
    std::string_view colorant;
    const char* label;     // "Black ink"
    const char* adjective; // "black", as in "no more black ink"
};

// Adjectives carry the context "ink": in French they agree with "encre" (feminine). Cyan and magenta are
// printers' words: a senior is told the colour she sees first ("blue (cyan)"), and the printer's word after
// it, as written on the cartridge she buys.
constexpr std::array<InkName, 11> ink_names { {
    { "black", N_("Black ink"), NC_("ink", "black") },
    { "photo-black", N_("Photo black ink"), NC_("ink", "photo black") },
    { "matte-black", N_("Matte black ink"), NC_("ink", "matte black") },
    { "light-black", N_("Grey ink"), NC_("ink", "grey") },
    { "gray", N_("Grey ink"), NC_("ink", "grey") },
    { "light-gray", N_("Light grey ink"), NC_("ink", "light grey") },
    { "cyan", N_("Blue ink (cyan)"), NC_("ink", "blue (cyan)") },
    { "light-cyan", N_("Light blue ink (light cyan)"), NC_("ink", "light blue (light cyan)") },
    { "magenta", N_("Red ink (magenta)"), NC_("ink", "red (magenta)") },
    { "light-magenta", N_("Light red ink (light magenta)"), NC_("ink", "light red (light magenta)") },
    { "yellow", N_("Yellow ink"), NC_("ink", "yellow") },
} };

const InkName* ink_name(std::string_view colorant)
{
    for (auto& name : ink_names)
        if (name.colorant == colorant)
            return &name;
    return nullptr;
}

std::string percent_text(int level)
{
    return format(tr("{percent}%"), { { "percent", std::to_string(level) } });
}

std::string percent_spoken(int level)
{
    return format(tr("{percent} percent"), { { "percent", std::to_string(level) } });
}

// "a", "a and b", "a, b and c".
std::string joined(const std::vector<std::string>& words)
{
    if (words.empty())
        return {};
    std::string text = words.front();
    for (size_t i = 1; i + 1 < words.size(); ++i)
        text += ", " + words[i];
    if (words.size() > 1)
        text = format(tr("{first} and {last}"), { { "first", text }, { "last", words.back() } });
    return text;
}

bool any_reason(const PrinterFacts& facts, std::initializer_list<std::string_view> reasons)
{
    return std::any_of(reasons.begin(), reasons.end(), [&](auto reason) { return facts.has_reason(reason); });
}

struct Problem {
    PrinterVerdict verdict;
    std::string headline;
    std::string advice;
};

class Assessment {
public:
    void add(PrinterVerdict verdict, std::string headline, std::string advice = {})
    {
        m_problems.push_back({ verdict, std::move(headline), std::move(advice) });
    }
    void fill(PrinterReport& report) const
    {
        // The first blocking problem leads, else the first warning; the rest follow as "also".
        auto leading = std::find_if(m_problems.begin(), m_problems.end(), [](auto& p) { return p.verdict == PrinterVerdict::Blocked; });
        if (leading == m_problems.end())
            leading = m_problems.begin();
        if (leading == m_problems.end())
            return;
        report.verdict = leading->verdict;
        report.headline = leading->headline;
        report.advice = leading->advice;
        for (auto it = m_problems.begin(); it != m_problems.end(); ++it)
            if (it != leading)
                report.also.push_back(it->headline);
    }
    bool empty() const { return m_problems.empty(); }

private:
    std::vector<Problem> m_problems;
};

void assess_inks(const std::vector<Supply>& supplies, const PrinterFacts* facts, PrinterReport& report, Assessment& assessment)
{
    std::vector<const Supply*> colorants;
    for (auto& supply : supplies)
        if (supply.kind == SupplyKind::Colorant)
            colorants.push_back(&supply);

    // Which inks are empty or low: by their level, or, when the printer only says "an ink is empty",
    // the one with the lowest level.
    auto lowest = std::min_element(colorants.begin(), colorants.end(), [](auto* a, auto* b) {
        return a->level.value_or(101) < b->level.value_or(101);
    });
    const Supply* lowest_supply = lowest == colorants.end() || !(*lowest)->level ? nullptr : *lowest;
    bool says_empty = facts && any_reason(*facts, { "toner-empty", "marker-supply-empty", "marker-ink-empty" });
    bool says_low = facts && any_reason(*facts, { "toner-low", "marker-supply-low", "marker-ink-almost-empty" });

    bool any_zero = std::any_of(colorants.begin(), colorants.end(), [](auto* s) { return s->level && *s->level == 0; });
    bool any_low = std::any_of(colorants.begin(), colorants.end(), [](auto* s) { return s->level && *s->level <= low_ink_percent; });
    std::vector<std::string> empty, low;
    bool empty_unnamed = false;
    bool any_level = false;
    for (auto* supply : colorants) {
        InkGauge gauge;
        gauge.label = ink_label(*supply);
        gauge.level = supply->level;
        gauge.color = supply->color.value_or(Color::hex(0x808080));
        if (supply->level)
            any_level = true;
        bool is_empty = (supply->level && *supply->level == 0) || (says_empty && !any_zero && supply == lowest_supply);
        bool is_low = !is_empty
            && ((supply->level && *supply->level <= low_ink_percent) || (says_low && !any_low && supply == lowest_supply));
        auto* name = ink_name(supply->colorant);
        if (is_empty) {
            gauge.word = InkWord::Empty;
            gauge.level_text = tr("Empty");
            gauge.spoken = format(tr("{ink}: empty."), { { "ink", gauge.label } });
            if (name)
                empty.push_back(supply->colorant);
            else
                empty_unnamed = true;
        } else if (is_low) {
            gauge.word = InkWord::Low;
            gauge.level_text = supply->level ? format(tr("Low: {level}"), { { "level", percent_text(*supply->level) } }) : tr("Low");
            gauge.spoken = supply->level
                ? format(tr("{ink}: low, {level}."), { { "ink", gauge.label }, { "level", percent_spoken(*supply->level) } })
                : format(tr("{ink}: low."), { { "ink", gauge.label } });
            if (name)
                low.push_back(supply->colorant);
        } else if (supply->level) {
            gauge.word = InkWord::Fine;
            gauge.level_text = percent_text(*supply->level);
            gauge.spoken = format(tr("{ink}: {level}."), { { "ink", gauge.label }, { "level", percent_spoken(*supply->level) } });
        } else {
            gauge.word = InkWord::Unknown;
            gauge.level_text = supply->some_left ? tr("Some left") : tr("Level unknown");
            gauge.spoken = format(tr("{ink}: {level}."), { { "ink", gauge.label }, { "level", gauge.level_text } });
        }
        report.inks.push_back(std::move(gauge));
    }

    if (!empty.empty()) {
        auto colours = ink_colours_in_words(empty);
        assessment.add(PrinterVerdict::Blocked, format(tr("The printer has no more {colours} ink."), { { "colours", colours } }),
            format(trn("A new {colours} cartridge is needed.", "New {colours} cartridges are needed.", long(empty.size())),
                { { "colours", colours } }));
    } else if (empty_unnamed || (says_empty && !lowest_supply)) {
        assessment.add(PrinterVerdict::Blocked, tr("The printer has run out of ink."), tr("A new cartridge is needed."));
    }
    if (!low.empty()) {
        auto colours = ink_colours_in_words(low);
        assessment.add(PrinterVerdict::Warning, format(tr("The {colours} ink is running low."), { { "colours", colours } }),
            tr("You can still print. Plan to buy a new cartridge."));
    } else if (says_low && !lowest_supply && empty.empty()) {
        assessment.add(PrinterVerdict::Warning, tr("The ink is running low."), tr("You can still print. Plan to buy a new cartridge."));
    }
    if (!any_level)
        report.ink_note = tr("I can't tell how much ink is left.");
}

void assess_printer(const PrinterFacts& facts, Assessment& assessment)
{
    if (any_reason(facts, { "media-jam", "jam" }))
        assessment.add(PrinterVerdict::Blocked, tr("Paper is stuck in the printer."),
            tr("Open the printer gently and pull out the stuck paper, or call for help."));
    if (any_reason(facts, { "door-open", "cover-open", "interlock-open", "input-tray-missing" }))
        assessment.add(PrinterVerdict::Blocked, tr("A door or a tray of the printer is open."), tr("Close it, then try again."));
    if (any_reason(facts, { "media-empty", "media-needed" }))
        assessment.add(PrinterVerdict::Blocked, tr("The printer has no paper."), tr("Put paper in the tray."));
    if (facts.has_reason("marker-waste-full"))
        assessment.add(PrinterVerdict::Blocked, tr("The printer's box for used ink is full."), tr("It must be emptied or replaced. Call for help."));
    if (facts.has_reason("media-low"))
        assessment.add(PrinterVerdict::Warning, tr("The printer is running out of paper."), tr("Add paper soon."));
}

void assess_waste(const std::vector<Supply>& supplies, const PrinterFacts* facts, Assessment& assessment)
{
    if (facts && facts->has_reason("marker-waste-full"))
        return;
    for (auto& supply : supplies) {
        if (supply.kind == SupplyKind::Waste && supply.level && *supply.level >= 100) {
            assessment.add(PrinterVerdict::Blocked, tr("The printer's box for used ink is full."), tr("It must be emptied or replaced. Call for help."));
            return;
        }
    }
}

}

std::string ink_colours_in_words(const std::vector<std::string>& colorants)
{
    std::vector<std::string> words;
    for (auto& colorant : colorants) {
        auto* name = ink_name(colorant);
        auto word = name ? trc("ink", name->adjective) : colorant;
        if (std::find(words.begin(), words.end(), word) == words.end())
            words.push_back(word);
    }
    return joined(words);
}

std::string ink_label(const Supply& supply)
{
    if (auto* name = ink_name(supply.colorant))
        return tr(name->label);
    if (!supply.description.empty())
        return supply.description;
    return tr("Ink");
}

std::string PrinterReport::spoken() const
{
    std::string text = headline;
    if (!advice.empty())
        text += " " + advice;
    for (auto& line : also)
        text += " " + line;
    return text;
}

PrinterReport describe_printer(const PrinterSituation& situation)
{
    PrinterReport report;
    switch (situation.kind) {
    case PrinterSituation::Kind::Checking:
        report.verdict = PrinterVerdict::Checking;
        report.headline = tr("Looking at the printer…");
        return report;
    case PrinterSituation::Kind::NoService:
        report.verdict = PrinterVerdict::Blocked;
        // What is wrong, in words: restarting the computer is not advice the family or the senior can judge.
        report.headline = tr("The printing service of this computer does not answer.");
        report.advice = tr("Foyer asks it again by itself every few seconds. If it still does not answer, call for help.");
        return report;
    case PrinterSituation::Kind::NoPrinter:
        report.verdict = PrinterVerdict::Blocked;
        report.no_printer = true;
        report.headline = tr("No printer is set up on this computer.");
        report.advice = tr("Your family can add one, or call for help.");
        return report;
    case PrinterSituation::Kind::Known:
        break;
    }

    report.printer_name = situation.queue.info;
    Assessment assessment;
    const PrinterFacts* facts = situation.device ? &*situation.device : nullptr;
    if (situation.unreachable || (facts && facts->has_reason("offline"))) {
        assessment.add(PrinterVerdict::Blocked, tr("The printer is switched off, or I can't reach it."),
            tr("Check that it is switched on, then wait a moment."));
    }
    if (facts)
        assess_printer(*facts, assessment);
    // Ink: from the printer when it answered, else from what CUPS last heard (after the last job).
    auto& supplies = facts && !facts->supplies.empty() ? facts->supplies : situation.queue.supplies;
    if (!situation.unreachable) {
        assess_inks(supplies, facts, report, assessment);
        assess_waste(supplies, facts, assessment);
    } else {
        report.ink_note = tr("I can't tell how much ink is left.");
    }
    if (facts && facts->state == DeviceState::Stopped && assessment.empty())
        assessment.add(PrinterVerdict::Blocked, tr("The printer has stopped."),
            tr("Switch it off and on again. If that does not help, call for help."));
    if (facts && !facts->error_reasons.empty() && assessment.empty())
        assessment.add(PrinterVerdict::Blocked, tr("The printer reports a problem."),
            tr("Switch it off and on again. If that does not help, call for help."));

    if (!assessment.empty()) {
        assessment.fill(report);
        return report;
    }
    bool printing = (facts && facts->state == DeviceState::Processing) || (!facts && situation.queue.state == DeviceState::Processing);
    report.verdict = printing ? PrinterVerdict::Printing : PrinterVerdict::Ready;
    report.headline = printing ? tr("The printer is printing.") : tr("The printer is ready.");
    return report;
}

}
