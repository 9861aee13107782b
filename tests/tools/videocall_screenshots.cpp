// Not a test: the video call's screens for docs/screenshots (make screenshots runs it). The family's photos
// are drawn portraits (no one's real photo is shipped); the call itself is the real foyer calling a room
// served on loopback in the real Chromium, with its hang-up bar, grabbed from the X screen.
// Usage: videocall-screenshots OUT_DIR [WxH ...]
#include "shell/core/cli.hpp"
#include "shell/core/system/png.hpp"
#include "tests/apps/videocall/video_lab.hpp"
#include "tests/support/running_foyer.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

struct Look {
    uint32_t background;
    uint32_t skin;
    uint32_t hair;
    uint32_t shirt;
    bool long_hair;
};

// A head-and-shoulders portrait in flat colours, drawn at twice the size and averaged down (smooth edges).
RgbaImage portrait(const Look& look, int width, int height)
{
    auto rgb = [](uint32_t c, int shift) { return float((c >> shift) & 0xFF); };
    RgbaImage image { width, height, std::vector<uint8_t>(size_t(width) * size_t(height) * 4) };
    float w = float(width), h = float(height);
    auto inside_ellipse = [](float x, float y, float cx, float cy, float rx, float ry) {
        float dx = (x - cx) / rx, dy = (y - cy) / ry;
        return dx * dx + dy * dy <= 1;
    };
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            float sum[3] {};
            for (int sy = 0; sy < 2; ++sy) {
                for (int sx = 0; sx < 2; ++sx) {
                    float px = float(x) + 0.25f + 0.5f * float(sx), py = float(y) + 0.25f + 0.5f * float(sy);
                    // A soft light from the top.
                    float light = 1.08f - 0.25f * py / h;
                    uint32_t color = look.background;
                    if (look.long_hair && inside_ellipse(px, py, w * 0.5f, h * 0.47f, w * 0.25f, h * 0.3f))
                        color = look.hair;
                    if (inside_ellipse(px, py, w * 0.5f, h * 1.02f, w * 0.42f, h * 0.3f))
                        color = look.shirt;
                    else if (px > w * 0.44f && px < w * 0.56f && py > h * 0.5f && py < h * 0.76f)
                        color = look.skin;
                    if (inside_ellipse(px, py, w * 0.5f, h * 0.36f, w * 0.2f, h * 0.17f))
                        color = look.hair;
                    if (inside_ellipse(px, py, w * 0.5f, h * 0.42f, w * 0.17f, h * 0.19f) && py > h * 0.3f)
                        color = look.skin;
                    sum[0] += std::min(255.f, rgb(color, 16) * light);
                    sum[1] += std::min(255.f, rgb(color, 8) * light);
                    sum[2] += std::min(255.f, rgb(color, 0) * light);
                }
            }
            auto* out = &image.pixels[(size_t(y) * size_t(width) + size_t(x)) * 4];
            out[0] = uint8_t(sum[0] / 4);
            out[1] = uint8_t(sum[1] / 4);
            out[2] = uint8_t(sum[2] / 4);
            out[3] = 255;
        }
    }
    return image;
}

const std::vector<std::pair<std::string, Look>> family {
    { "Sophie", { 0x9CC3D5, 0xF1C7A5, 0x6B3E1E, 0xC0392B, true } },
    { "Lucas", { 0xC9DDB0, 0xE8B98F, 0x2B1B0E, 0x2E5E8C, false } },
    { "Marie-Christine", { 0xE6CFA3, 0xF3D2B8, 0xB8B8B8, 0x7D3C98, true } },
    { "Paul", { 0xB7C4E0, 0x8D5A3B, 0x1A1A1A, 0xE67E22, false } },
    { "Jeanne", { 0xF0C6C6, 0xF5D0B5, 0xD9A441, 0x16A085, true } },
};

std::string settings(const std::string& room)
{
    std::string text = "[senior]\nname = \"Marie-Martine\"\n";
    for (auto& [name, look] : family)
        text += "[[contacts]]\nname = \"" + name + "\"\nphoto = \"photos/" + name + ".png\"\nvideo = \"" + room + "\"\n";
    return text;
}

}

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fputs("usage: videocall-screenshots OUT_DIR [WxH ...]\n", stderr);
        return 2;
    }
    std::string out = argv[1];
    std::vector<std::string> sizes(argv + 2, argv + argc);
    if (sizes.empty())
        sizes = { "1366x768", "1920x1080" };
    RoomServer room;
    PulseLab pulse;
    for (auto& [key, value] : pulse.environment())
        setenv(key.c_str(), value.c_str(), 1);
    setenv("FOYER_SYS_DIR", fake_sys_with_cameras(1).c_str(), 1);
    setenv("FOYER_BROWSER_FLAGS", "--use-fake-device-for-media-stream --disable-gpu", 1);
    int failures = 0;
    for (auto& size : sizes) {
        auto parsed = PixelSize::parse(size);
        if (!parsed)
            return 2;
        for (std::string language : { "fr", "en" }) {
            RunningFoyer foyer(parsed->width, parsed->height, { "--lang", language }, settings(room.room_url("famille-martin")));
            if (!foyer.problem().empty()) {
                std::fprintf(stderr, "videocall-screenshots: %s\n", foyer.problem().c_str());
                return 1;
            }
            for (auto& [name, look] : family)
                if (write_png(foyer.home() + "/.config/foyer/photos/" + name + ".png", portrait(look, 480, 600)).is_error())
                    ++failures;
            auto name = [&](const std::string& screen) { return out + "/" + screen + "-" + size + "-" + language + ".png"; };
            // The photos, as --screenshot draws them with these settings.
            foyer.press("tile.videocall");
            foyer.wait_for_trace("screen videocall");
            std::this_thread::sleep_for(1500ms);
            foyer.x().xdotool({ "mousemove", "0", "0" });
            std::this_thread::sleep_for(300ms);
            if (write_png(name("videocall-family"), foyer.grab()).is_error())
                ++failures;
            // The call: the room in Chromium and the red bar under it.
            foyer.press("videocall.contact.0");
            if (!foyer.wait_for_trace("targets hangup", 1, 30s) || !room.wait_for_report(60s)) {
                std::fprintf(stderr, "videocall-screenshots: the call did not open\n%s", foyer.trace().c_str());
                return 1;
            }
            std::this_thread::sleep_for(2s);
            if (write_png(name("videocall-incall"), foyer.grab()).is_error())
                ++failures;
            foyer.key("Escape");
            foyer.wait_for_trace("call ended", 1, 10s);
        }
    }
    return failures == 0 ? 0 : 1;
}
