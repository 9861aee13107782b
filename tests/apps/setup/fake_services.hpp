// Services for setup tests without a window: settings in memory, what is said and saved recorded.
#pragma once

#include "shell/core/navigation/navigator.hpp"
#include "shell/core/navigation/services.hpp"
#include "shell/core/settings/write.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Foyer::Testing {

class NoScreen final : public Screen {
public:
    std::string_view id() const override { return "home"; }
    std::string title() const override { return "home"; }
    void draw(Ui&) override { }
};

// The pictures a screen gave the shell, by their size (no textures: nothing is drawn on a GPU).
class KeptImages final : public ImageStore {
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

class FakeServices final : public Services {
public:
    explicit FakeServices(std::string settings_path = "/nonexistent/foyer.toml")
        : m_navigator(std::make_unique<NoScreen>())
        , m_path(std::move(settings_path))
    {
        m_navigator.set_on_arrival([this](Screen& screen) { screens.push_back(std::string(screen.id())); });
    }

    const Settings& settings() const override { return tried ? *tried : saved; }
    void say(std::string text) override { said.push_back(std::move(text)); }
    void say_next(std::string text) override { said.push_back(std::move(text)); }
    // Kept until the test ends it with finish_reading().
    void read_aloud(std::string text, std::function<void(const SpeechEnd&)> ended) override
    {
        finish_reading({ SpeechEnd::Kind::Stopped, {} });
        said.push_back(std::move(text));
        m_reading = std::move(ended);
    }
    void stop_speaking() override
    {
        ++stops;
        finish_reading({ SpeechEnd::Kind::Stopped, {} });
    }
    // The reading in progress ends so (its listener runs at once, as the shell's would from the queue).
    void finish_reading(const SpeechEnd& end)
    {
        if (auto ended = std::exchange(m_reading, {}))
            ended(end);
    }
    bool reading() const { return bool(m_reading); }
    Navigator& navigator() override { return m_navigator; }
    RunQueue& run_queue() override { return queue; }
    ActivityLog& activity() override { return m_activity; }
    LocalDateTime now() const override { return { { 2026, 11, 26 }, TimeOfDay { 10 * 60 + 42 } }; }
    ImageStore& images() override { return m_images; }
    void capture_screen(std::function<void(RgbaImage)>) override { }
    AppService* service(std::string_view) override { return nullptr; }
    void open_app(std::string_view) override { }
    std::string screen_size() const override { return "1366x768"; }
    bool live_session() const override { return false; }
    const std::string& settings_path() const override { return m_path; }
    void try_settings(std::optional<Settings> settings) override
    {
        tried = std::move(settings);
        ++tries;
    }
    ErrorOr<void> save_settings(const Settings& settings) override
    {
        saved = settings;
        tried.reset();
        ++saves;
        if (m_path.rfind("/nonexistent", 0) != 0)
            return save_settings_file(m_path, settings);
        return {};
    }
    bool safe_mode() const override { return false; }
    void end_session(int code) override { ended = code; }

    // Runs what workers posted until `done` holds (or a few seconds pass).
    template<typename Predicate>
    bool run_until(Predicate done)
    {
        for (int i = 0; i < 500 && !done(); ++i) {
            queue.run_pending();
            m_navigator.apply_pending();
            struct timespec pause {
                0, 10'000'000
            };
            nanosleep(&pause, nullptr);
        }
        return done();
    }

    Settings saved { default_settings() };
    std::optional<Settings> tried;
    int tries { 0 };
    int saves { 0 };
    std::optional<int> ended;
    std::vector<std::string> said;
    int stops { 0 };
    std::vector<std::string> screens;
    RunQueue queue;

private:
    Navigator m_navigator;
    ActivityLog m_activity;
    std::function<void(const SpeechEnd&)> m_reading;
    KeptImages m_images;
    std::string m_path;
};

}
