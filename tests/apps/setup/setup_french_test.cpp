// The setup's French: it never knows whether the senior (or the family member) is a man or a woman, so no
// sentence may guess; and the helpline page promises only what the chosen line offers.
#include "apps/setup/setup_flow.hpp"
#include "apps/setup/setup_step.hpp"
#include "apps/setup/setup_steps.hpp"
#include "shell/core/i18n/translate.hpp"
#include "tests/apps/setup/fake_services.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <regex>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

// Every msgid the setup's screens show: the literals given to tr(), trc() and N_() in their sources.
std::vector<std::string> setup_msgids()
{
    std::vector<std::string> files { "apps/print/printer_setup_screen.cpp", "apps/email/contacts_setup_screen.cpp",
        "apps/email/email_setup_screen.cpp" };
    for (auto* name : { "setup_steps", "helpline_steps", "closing_steps", "family_screens", "setup_step", "setup_draft",
             "people_draft", "hours_text", "setup_app", "backup", "draft_file" })
        files.push_back(std::string("apps/setup/") + name + ".cpp");
    std::regex call(R"re((?:\btr|\bN_|\btrc\s*\(\s*"[^"]*"\s*,)\s*\(?\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\))re");
    std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
    std::vector<std::string> ids;
    for (auto& file : files) {
        auto text = read_text(std::string(FOYER_SOURCE_DIR) + "/" + file);
        EXPECT_FALSE(text.empty()) << file;
        for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
            std::string id;
            auto parts = (*it)[1].str();
            for (std::sregex_iterator lit(parts.begin(), parts.end(), literal); lit != end; ++lit)
                id += (*lit)[1].str();
            ids.push_back(id);
        }
    }
    return ids;
}

}

TEST(SetupFrench, NoSentenceOfTheSetupGuessesAGender)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    i18n::set_language(Language::French);
    auto ids = setup_msgids();
    ASSERT_GT(ids.size(), 100u) << "the sources' strings were not found";
    // What was found in the setup: "Qui {name} appelle-t-il ?", "Si vous n’êtes pas sûr", and the shapes
    // that come with them ("connecté(e)", "il"/"elle" standing for the person named).
    std::vector<std::pair<std::regex, std::string>> guesses {
        { std::regex(R"(-t-(il|elle)\b)"), "-t-il / -t-elle" },
        { std::regex(R"(\((e|e)s?\))"), "(e)" },
        { std::regex(R"(\{name\}[^.?!:]*\s(il|elle|lui-même|elle-même)\b)"), "il/elle after the name" },
        { std::regex(R"(\b(il|elle) (est|sera|soit) (prête?|connectée?|seule?|sûre?|perdue?)\b)"), "il/elle est prêt(e)…" },
        { std::regex(R"((^|\s)êtes (pas )?(sûre?|prête?|seule?|perdue?|connectée?)\b)"), "vous êtes sûr(e)…" },
    };
    for (auto& id : ids) {
        auto french = tr(id.c_str());
        bool same_in_both = id == "e-mail" || id == "Normal" || id == "normal" || id == "Solidarité numérique";
        EXPECT_TRUE(french != id || same_in_both) << "not translated: " << id;
        for (auto& [pattern, name] : guesses)
            EXPECT_FALSE(std::regex_search(french, pattern)) << name << " in: " << french;
    }
    EXPECT_EQ(format(tr("Which helpline for {name}? Foyer shows its number and says whether the line is open now."), { { "name", "Jocelyne" } }),
        "Quelle ligne d’aide pour Jocelyne\u00a0? Foyer affiche son numéro et dit si la ligne est ouverte maintenant.");
}

TEST(SetupFrench, TheNationalLinesPagePromisesNoPictureOfTheScreen)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    for (auto language : { Language::French, Language::English }) {
        i18n::set_language(language);
        FakeServices services;
        auto draft = draft_from(default_settings(), language);
        draft.senior_name = "Jocelyne";
        ASSERT_EQ(draft.helpline, HelplineChoice::National);
        auto flow = std::make_shared<SetupFlow>(services, helpline_steps(), draft, SetupMode::Whole, true, [](const SetupDraft&, TaskRunner&, auto) {});
        auto screen = flow->first_screen();
        auto* step = dynamic_cast<SetupStep*>(screen.get());
        ASSERT_TRUE(step);
        ASSERT_EQ(step->id(), "setup.helpline");
        auto page = [&] {
            auto text = step->intro_text();
            for (auto& row : step->rows())
                text += " " + row.text + " " + row.label;
            return text;
        };
        auto screen_word = std::regex(language == Language::French ? "écran" : "screen");
        EXPECT_FALSE(std::regex_search(page(), screen_word)) << page();
        // Another association may have a helpdesk: its page says so, as a possibility.
        flow->draft().helpline = HelplineChoice::Other;
        EXPECT_TRUE(std::regex_search(page(), screen_word)) << page();
    }
}
