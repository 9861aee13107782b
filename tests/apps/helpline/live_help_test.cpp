// Live help tells the truth: nobody sees her screen until the helpdesk says a mediator looks (recorded
// answers of the live events poll, read without a server), and the words for both.
#include "apps/helpline/helpline_text.hpp"
#include "apps/helpline/report/helpdesk_client.hpp"
#include "shell/core/i18n/translate.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

LocalDateTime at(int y, int m, int d, int hour, int minute)
{
    return { { y, m, d }, { hour * 60 + minute }, 0 };
}

}

TEST(LivePoll, AWatchingEventSaysAMediatorLooks)
{
    auto poll = parse_live_poll(nlohmann::json::parse(R"({
        "session": {"state": "open", "watched": true},
        "events": [{"id": 7, "type": "watching", "at": "2026-11-26T14:02:00Z"},
                   {"id": 8, "type": "message", "text": "Bonjour"}]})"));
    EXPECT_EQ(poll.outcome, SendOutcome::Sent);
    EXPECT_TRUE(poll.session_open);
    ASSERT_EQ(poll.events.size(), 2u);
    EXPECT_EQ(poll.events[0].type, LiveEvent::Type::Watching);
    EXPECT_EQ(poll.events[0].id, 7);
    ASSERT_TRUE(poll.watched);
    EXPECT_TRUE(*poll.watched);
}

TEST(LivePoll, NotWatchedOrSilentAboutItIsNotALookingMediator)
{
    auto closed_page = parse_live_poll(nlohmann::json::parse(R"({"session": {"state": "open", "watched": false}, "events": []})"));
    ASSERT_TRUE(closed_page.watched);
    EXPECT_FALSE(*closed_page.watched);
    // A helpdesk from before "watched": nothing is claimed.
    auto older = parse_live_poll(nlohmann::json::parse(R"({"session": {"state": "open"}, "events": [{"id": 1, "type": "hello"}]})"));
    EXPECT_FALSE(older.watched);
    EXPECT_TRUE(older.events.empty());
    // The start answer is the session itself.
    EXPECT_EQ(watched_in(nlohmann::json::parse(R"({"state": "open", "watched": true})")), true);
}

TEST(LiveHelpWords, UntilAMediatorLooksSheIsToldTheTruthAndWhenTheLineOpens)
{
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    auto hours = default_settings().helpline.hours;
    i18n::set_language(Language::English);
    EXPECT_EQ(live_help_text(hours, at(2026, 11, 26, 10, 42), false), "Your helper will see your screen when they open your case.");
    EXPECT_EQ(live_help_text(hours, at(2026, 11, 26, 7, 30), false),
        "Your helper will see your screen when the line opens. Closed now. Opens today at 9 am.");
    EXPECT_EQ(live_help_text(hours, at(2026, 11, 26, 7, 30), true), "Your helper can now see your screen.");
    i18n::set_language(Language::French);
    EXPECT_EQ(live_help_text(hours, at(2026, 11, 26, 10, 42), false), "Votre aidant verra votre écran dès l’ouverture de votre dossier.");
    EXPECT_EQ(live_help_text(hours, at(2026, 11, 26, 7, 30), false),
        "Votre aidant verra votre écran quand la ligne ouvrira. Fermé en ce moment. Ouvre aujourd’hui à 9 h.");
    i18n::set_language(Language::English);
}
