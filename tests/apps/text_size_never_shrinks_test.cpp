// A larger text setting never makes anything smaller: every screen Foyer can draw (home, each app's first
// screen, every sample screen of --screenshot --screen), drawn at Normal, Large and Largest, at every screen
// size and in both languages; each text, icon and button is as large or larger at each step.
#include "apps/apps.hpp"
#include "shell/core/home/home_text.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/navigation/navigator.hpp"
#include "shell/core/navigation/services.hpp"
#include "shell/ui/home_screen.hpp"
#include "shell/ui/title_bar.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/layout_matrix.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <set>

using namespace Foyer;
using namespace Foyer::Testing;

namespace {

class NoImages final : public ImageStore {
public:
    ImageId add(const RgbaImage& image) override
    {
        m_sizes[++m_last] = { image.width, image.height };
        return m_last;
    }
    void remove(ImageId id) override { m_sizes.erase(id); }
    int width(ImageId id) const override { return m_sizes.contains(id) ? m_sizes.at(id).first : 0; }
    int height(ImageId id) const override { return m_sizes.contains(id) ? m_sizes.at(id).second : 0; }

private:
    std::map<ImageId, std::pair<int, int>> m_sizes;
    ImageId m_last { 0 };
};

class NoScreenYet final : public Screen {
public:
    std::string_view id() const override { return "none"; }
    std::string title() const override { return {}; }
    void draw(Ui&) override { }
};

// What the shell gives a screen drawn by --screenshot: the demo household at one text size, no voice, no
// background work.
class ScreenshotServices final : public Services {
public:
    ScreenshotServices()
        : m_navigator(std::make_unique<NoScreenYet>())
    {
        next_queue();
    }
    void set_text_size(TextSize size) { m_settings.text_size = size; }

    const Settings& settings() const override { return m_settings; }
    void say(std::string) override { }
    void say_next(std::string) override { }
    void read_aloud(std::string, std::function<void(const SpeechEnd&)>) override { }
    void stop_speaking() override { }
    Navigator& navigator() override { return m_navigator; }
    RunQueue& run_queue() override { return *m_queues.back(); }
    // Each sample screen has its own e-mail model, whose workers may have posted to the queue when the screen
    // goes: the next screen gets a new queue, and the old ones are never run (they go with the services,
    // after every model).
    void next_queue() { m_queues.push_back(std::make_unique<RunQueue>()); }
    ActivityLog& activity() override { return m_activity; }
    static LocalDateTime fixed_now() { return { { 2025, 6, 12 }, TimeOfDay { 10 * 60 + 30 } }; }
    LocalDateTime now() const override { return fixed_now(); }
    ImageStore& images() override { return m_images; }
    void capture_screen(std::function<void(RgbaImage)>) override { }
    AppService* service(std::string_view) override { return nullptr; }
    void open_app(std::string_view) override { }
    std::string screen_size() const override { return "1366x768"; }
    bool live_session() const override { return false; }
    const std::string& settings_path() const override { return m_path; }
    void try_settings(std::optional<Settings>) override { }
    ErrorOr<void> save_settings(const Settings&) override { return {}; }
    bool safe_mode() const override { return false; }
    void end_session(int) override { }

private:
    Settings m_settings { demo_settings() };
    Navigator m_navigator;
    std::vector<std::unique_ptr<RunQueue>> m_queues;
    ActivityLog m_activity;
    NoImages m_images;
    std::string m_path { "/nonexistent/foyer.toml" };
};

// An element as the comparison knows it: its kind, its words and its order among equal words.
using ElementKey = std::tuple<DrawnKind, std::string, int>;
using DrawnScreen = std::map<ElementKey, float>;

std::string describe(const ElementKey& key)
{
    static constexpr const char* kinds[] = { "text", "icon", "button", "picture" };
    auto& [kind, words, order] = key;
    return std::string(kinds[int(kind)]) + " “" + words + "”" + (order > 0 ? " (#" + std::to_string(order + 1) + ")" : "");
}

DrawnScreen keyed(const std::vector<DrawnElement>& elements)
{
    DrawnScreen screen;
    std::map<std::pair<DrawnKind, std::string>, int> seen;
    for (auto& element : elements) {
        int order = seen[{ element.kind, element.key }]++;
        screen[{ element.kind, element.key, order }] = element.size;
    }
    return screen;
}

// Every screen --screenshot --screen can draw, as it draws it (its title bar, the content inset by the
// margin below it), recorded at one text size.
// The apps live as long as the test, as in Foyer: their workers post to the main thread's queue.
std::map<std::string, DrawnScreen> draw_every_screen(ScreenshotServices& services, const AppRegistry& apps, ScreenSize screen, TextSize size)
{
    std::map<std::string, DrawnScreen> drawn;
    HeadlessUi headless(screen.width, screen.height, size);
    auto& ui = headless.ui();
    auto& metrics = headless.metrics();
    services.set_text_size(size);
    FamilyNotice notice;
    std::vector<std::pair<std::string, std::function<std::unique_ptr<Screen>(Services&)>>> makers;
    makers.emplace_back("home", [&](Services& s) { return std::make_unique<HomeScreen>(s, apps, notice); });
    for (auto& app : apps) {
        makers.emplace_back(app.id, app.open);
        for (auto& sample : app.sample_screens)
            makers.push_back(sample);
    }
    for (auto& [id, make] : makers) {
        services.navigator().show_only(std::make_unique<NoScreenYet>());
        services.navigator().apply_pending();
        services.next_queue();
        services.navigator().show_only(make(services));
        services.navigator().apply_pending();
        auto& current = services.navigator().current();
        // A screen that asks a worker first (the printer's state, a contact's photo) is drawn with its answer,
        // as --screenshot does, however busy the machine (an answer missing would read as something gone);
        // the inbox, whose e-mail server does not exist here, is not waited for long.
        int most = id == "email" ? 10 : 250;
        for (int waits = 0; waits < most && current.waiting_for_answers(); ++waits) {
            struct timespec pause {
                0, 20'000'000
            };
            nanosleep(&pause, nullptr);
            services.run_queue().run_pending();
        }
        Rect content { 0, 0, screen.width, screen.height };
        if (current.has_title_bar())
            content.take_top(metrics.title_bar);
        ui.set_content(content.inset(metrics.margin));
        // Two passes, as --screenshot: the first settles what depends on the previous frame.
        current.draw(ui);
        DrawRecorder recorder;
        ui.set_recorder(&recorder);
        if (current.has_title_bar())
            (void)draw_title_bar(ui, { 0, 0, screen.width, metrics.title_bar }, current.title(), !id.starts_with("help"));
        ui.set_content(content.inset(metrics.margin));
        current.draw(ui);
        ui.set_recorder(nullptr);
        (void)ui.take_targets();
        drawn[id] = keyed(recorder.elements);
    }
    services.navigator().show_only(std::make_unique<NoScreenYet>());
    services.navigator().apply_pending();
    return drawn;
}

// What may go at a larger text size, each named with why. Lists that page: a page holds fewer items, so
// items of the sample's page move to another page, with the "Page 1 of 2" words and the Previous and Next
// buttons. The items that are drawn must still not shrink.
bool may_go(std::string_view screen, const ElementKey& key, ScreenSize size, const DrawnScreen& before)
{
    static const std::set<std::string_view> paged_lists { "email.inbox", "email.offline", "email.others", "email.others.next", "email.sent",
        "email.message", "email.photo", "email.files", "email.contacts", "email.long-letter" };
    if (paged_lists.contains(screen))
        return true;
    auto& words = std::get<1>(key);
    // A reply to a stranger on a squarer screen (1280x1024) in the largest text: with the box down to two
    // lines and the warning's words as at the next smaller text, the recipient's picture, name and the
    // subject answered are still a few pixels too many; they give way to the warning (the title bar says who the
    // reply is for). Words of a button never go (Back keeps its word).
    if (screen == "email.reply.stranger" && size.width / size.height < 1.5f && std::get<0>(key) == DrawnKind::Text
        && !before.contains({ DrawnKind::Button, words, std::get<2>(key) }))
        return true;
    // The home header is one line when it fits, else the greeting above the day and time, in the same size.
    if (screen == "home" && words == home_text(demo_settings().senior_name, ScreenshotServices::fixed_now()).one_line)
        return true;
    // The offline-code screen leaves out that Foyer keeps the report (said on arrival) when that lets the
    // number and the code be larger.
    if (screen == "help.not_sent" && words == tr("Foyer keeps your report and sends it by itself as soon as it can."))
        return true;
    // The setup's summary names the text size itself ("Text: large"): its words change with the setting.
    return screen == "setup.finish" && std::get<0>(key) == DrawnKind::Text && words.find(demo_settings().senior_name) != std::string::npos;
}

// A setup page too full for its whole intro in stepped-down type shows its first sentences instead, as
// large (setup_form.cpp): the words drawn are the beginning of those that went, in a size no smaller.
bool cut_to_first_sentences(std::string_view screen, const ElementKey& key, float px, const DrawnScreen& larger)
{
    if (!screen.starts_with("setup.") || std::get<0>(key) != DrawnKind::Text)
        return false;
    auto& words = std::get<1>(key);
    for (auto& [other, other_px] : larger) {
        auto& kept = std::get<1>(other);
        if (std::get<0>(other) == DrawnKind::Text && kept.size() < words.size() && words.starts_with(kept) && words[kept.size()] == ' '
            && other_px >= px - 0.01f)
            return true;
    }
    return false;
}

struct Shrinkage {
    std::string screen;
    std::string what;
};

// What gets smaller (or goes) from one text size to the next, for every screen.
std::vector<Shrinkage> shrinkage(ScreenSize screen)
{
    static constexpr const char* names[] = { "Normal", "Large", "Largest" };
    std::vector<Shrinkage> found;
    std::map<std::string, DrawnScreen> before;
    ScreenshotServices services;
    auto apps = installed_apps();
    for (auto size : { TextSize::Normal, TextSize::Large, TextSize::Largest }) {
        auto after = draw_every_screen(services, apps, screen, size);
        if (size != TextSize::Normal) {
            std::string step = std::string(names[int(size) - 1]) + " → " + names[int(size)];
            for (auto& [id, elements] : before) {
                auto& larger = after[id];
                for (auto& [key, px] : elements) {
                    auto it = larger.find(key);
                    bool gone = it == larger.end();
                    if (gone && (may_go(id, key, screen, elements) || cut_to_first_sentences(id, key, px, larger)))
                        continue;
                    if (!gone && it->second >= px - 0.01f)
                        continue;
                    found.push_back({ id,
                        describe(key) + (gone ? " is gone" : " shrinks from " + std::to_string(int(px)) + " to " + std::to_string(int(it->second)) + " px") + " (" + step + ")" });
                }
            }
        }
        before = std::move(after);
    }
    return found;
}

// The apps' models write nowhere that matters and find no printer: a private home, no printing service.
class TextSizeNeverShrinks : public ::testing::TestWithParam<std::tuple<ScreenSize, Language>> {
protected:
    void SetUp() override
    {
        auto home = temporary_directory("text-size-home");
        ::setenv("HOME", home.c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home + "/.config").c_str(), 1);
        ::setenv("XDG_STATE_HOME", (home + "/.local/state").c_str(), 1);
        ::setenv("XDG_DATA_HOME", (home + "/.local/share").c_str(), 1);
        ::setenv("CUPS_SERVER", "127.0.0.1:9", 1);
        ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
        i18n::set_language(std::get<1>(GetParam()));
    }
    void TearDown() override { i18n::set_language(Language::English); }
};

}

TEST_P(TextSizeNeverShrinks, OnEveryScreen)
{
    for (auto& shrunk : shrinkage(std::get<0>(GetParam())))
        ADD_FAILURE() << shrunk.screen << ": " << shrunk.what;
}

std::string case_name(const ::testing::TestParamInfo<std::tuple<ScreenSize, Language>>& info)
{
    auto screen = std::get<0>(info.param);
    return std::to_string(int(screen.width)) + "x" + std::to_string(int(screen.height)) + "_" + std::string(language_code(std::get<1>(info.param)));
}

INSTANTIATE_TEST_SUITE_P(AllSizes, TextSizeNeverShrinks,
    ::testing::Combine(::testing::Values(ScreenSize { 1366, 768 }, ScreenSize { 1920, 1080 }, ScreenSize { 3840, 2160 }, ScreenSize { 1280, 1024 }),
        ::testing::Values(Language::French, Language::English)),
    case_name);
