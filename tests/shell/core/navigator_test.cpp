// The screen stack, the announcement of each arrival, and the app registry's choice of tiles.
#include "shell/core/navigation/app_registry.hpp"
#include "shell/core/navigation/navigator.hpp"

#include <gtest/gtest.h>

using namespace Foyer;

namespace {

class FakeScreen final : public Screen {
public:
    FakeScreen(std::string id, int* alive = nullptr)
        : m_id(std::move(id))
        , m_alive(alive)
    {
        if (m_alive)
            ++*m_alive;
    }
    ~FakeScreen() override
    {
        if (m_alive)
            --*m_alive;
    }
    std::string_view id() const override { return m_id; }
    std::string title() const override { return "Title of " + m_id; }
    void draw(Ui&) override { }

private:
    std::string m_id;
    int* m_alive;
};

}

TEST(Navigator, OpensGoesBackAndHomeAnnouncingEachArrival)
{
    std::vector<std::string> announced;
    Navigator navigator(std::make_unique<FakeScreen>("home"));
    navigator.set_on_arrival([&](Screen& screen) { announced.push_back(std::string(screen.id())); });
    EXPECT_TRUE(navigator.at_home());

    navigator.open(std::make_unique<FakeScreen>("help"));
    EXPECT_EQ(navigator.current().id(), "home") << "navigation waits for the frame to end";
    EXPECT_TRUE(navigator.apply_pending());
    EXPECT_EQ(navigator.current().id(), "help");

    navigator.open(std::make_unique<FakeScreen>("step"));
    navigator.apply_pending();
    navigator.back();
    navigator.apply_pending();
    EXPECT_EQ(navigator.current().id(), "help");
    navigator.go_home();
    navigator.apply_pending();
    EXPECT_TRUE(navigator.at_home());
    EXPECT_EQ(announced, (std::vector<std::string> { "help", "step", "help", "home" }));
}

TEST(Navigator, BackAtHomeStaysHomeSilently)
{
    int announcements = 0;
    Navigator navigator(std::make_unique<FakeScreen>("home"));
    navigator.set_on_arrival([&](Screen&) { ++announcements; });
    navigator.back();
    navigator.go_home();
    EXPECT_FALSE(navigator.apply_pending());
    EXPECT_EQ(announcements, 0);
}

TEST(Navigator, ScreensLeftAreDestroyed)
{
    int alive = 0;
    Navigator navigator(std::make_unique<FakeScreen>("home", &alive));
    navigator.open(std::make_unique<FakeScreen>("a", &alive));
    navigator.open(std::make_unique<FakeScreen>("b", &alive));
    navigator.apply_pending();
    EXPECT_EQ(alive, 3);
    navigator.go_home();
    navigator.apply_pending();
    EXPECT_EQ(alive, 1);
}

namespace {

Settings with_tiles(std::vector<std::string> tiles)
{
    Settings settings;
    settings.tiles = std::move(tiles);
    return settings;
}

std::vector<std::string> tile_ids(const std::vector<const AppEntry*>& tiles)
{
    std::vector<std::string> out;
    for (auto* tile : tiles)
        out.push_back(tile->id);
    return out;
}

}

TEST(AppRegistry, ShowsOnlyAppsThatExistAndAlwaysHelp)
{
    AppRegistry registry {
        { "help", "Call for help", Icon::Helpline, nullptr },
        { "email", "My e-mails", Icon::Mail, nullptr },
    };
    EXPECT_EQ(tile_ids(home_tiles(registry, with_tiles({ "videocall", "email", "print", "help" }))),
        (std::vector<std::string> { "email", "help" }));
    EXPECT_EQ(tile_ids(home_tiles(registry, with_tiles({ "email" }))), (std::vector<std::string> { "email", "help" }));
    EXPECT_EQ(tile_ids(home_tiles(registry, with_tiles({}))), (std::vector<std::string> { "help" }));
    EXPECT_EQ(tile_ids(home_tiles(registry, with_tiles({ "help", "help", "email" }))), (std::vector<std::string> { "help", "email" }));
    EXPECT_EQ(find_app(registry, "print"), nullptr);
}

// "No e-mail" in the setup: the e-mail tile would open a screen that says it is not set up, a dead end.
TEST(AppRegistry, AnAppThatIsNotSetUpHasNoTileButHelpAlwaysHasOne)
{
    AppRegistry registry {
        { "help", "Call for help", Icon::Helpline, nullptr },
        { "email", "My e-mails", Icon::Mail, nullptr },
    };
    registry[1].set_up = [](const Settings& settings) { return settings.email.configured(); };
    registry[0].set_up = [](const Settings&) { return false; };
    auto settings = with_tiles({ "email", "help" });
    EXPECT_EQ(tile_ids(home_tiles(registry, settings)), (std::vector<std::string> { "help" }));
    settings.email.address = "jocelyne@example.fr";
    EXPECT_EQ(tile_ids(home_tiles(registry, settings)), (std::vector<std::string> { "email", "help" }));
}
