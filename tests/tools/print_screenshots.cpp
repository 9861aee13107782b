// Screenshots of the print app's screens for docs/ and for looking at them: the real foyer on a private
// Xvfb, a private cupsd and a real ippeveprinter with low black ink, a home with a few pictures, and real
// clicks where a senior would press. Usage: print-screenshots OUT_DIR [WxH ...]
#include "apps/print/add_printer_screen.hpp"
#include "apps/print/cups_client.hpp"
#include "apps/print/picker_screen.hpp"
#include "apps/print/preview_screen.hpp"
#include "apps/print/print_screen.hpp"
#include "apps/print/progress_screen.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/system/files.hpp"
#include "shell/core/system/png.hpp"
#include "tests/apps/print/print_lab.hpp"
#include "tests/support/headless_ui.hpp"
#include "tests/support/running_foyer.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sys/stat.h>
#include <thread>
#include <utime.h>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

// A landscape picture that reads as a photo at thumbnail size: sky, sun, hills, meadow.
RgbaImage landscape(int width, int height, float hue)
{
    RgbaImage image { width, height, std::vector<uint8_t>(size_t(width) * size_t(height) * 4) };
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            float fx = float(x) / float(width), fy = float(y) / float(height);
            float hill = 0.6f + 0.08f * std::sin(fx * 6.f + hue * 3.f) + 0.05f * std::sin(fx * 13.f);
            float sun = std::hypot(fx - 0.75f + hue * 0.3f, fy - 0.25f);
            uint8_t r, g, b;
            if (fy > hill) {
                r = uint8_t(40 + 60 * hue);
                g = uint8_t(120 + 60 * (1 - fy));
                b = uint8_t(40);
            } else if (sun < 0.08f) {
                r = 255, g = 220, b = 90;
            } else {
                r = uint8_t(90 + 100 * fy), g = uint8_t(150 + 60 * fy), b = uint8_t(230 - 20 * hue);
            }
            auto* p = &image.pixels[(size_t(y) * size_t(width) + size_t(x)) * 4];
            p[0] = r, p[1] = g, p[2] = b, p[3] = 255;
        }
    }
    return image;
}

void put_picture(const std::string& path, const RgbaImage& image, long age_days)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    if (write_png(path, image).is_error())
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
    struct utimbuf times {
        time(nullptr) - age_days * 86400, time(nullptr) - age_days * 86400
    };
    utime(path.c_str(), &times);
}

struct Shooter {
    std::string out;
    int width;
    int height;
    std::string lang;

    std::string name(const std::string& screen) const
    {
        return out + "/" + screen + "-" + std::to_string(width) + "x" + std::to_string(height) + "-" + lang + ".png";
    }
    void shoot(RunningFoyer& foyer, const std::string& screen) const
    {
        // The last frame is drawn; nothing is pressed any more.
        std::this_thread::sleep_for(700ms);
        if (write_png(name(screen), foyer.grab()).is_error())
            std::fprintf(stderr, "cannot write %s\n", name(screen).c_str());
        else
            std::printf("%s\n", name(screen).c_str());
    }
};

bool click(RunningFoyer& foyer, const Rect& rect)
{
    auto ok = foyer.click(rect.center().x, rect.center().y);
    // Away from the buttons, as a resting hand; and past the guard against double presses.
    foyer.x().xdotool({ "mousemove", "0", "0" });
    std::this_thread::sleep_for(900ms);
    return ok;
}

void click_print_tile(RunningFoyer& foyer)
{
    // Where the program's trace says the tile is.
    foyer.press("tile.print");
    foyer.x().xdotool({ "mousemove", "0", "0" });
}

// The content area of a screen with a title bar, as the shell lays it out.
Rect content_of(const Metrics& m)
{
    Rect screen { 0, 0, m.screen_width, m.screen_height };
    screen.take_top(m.title_bar);
    return screen.inset(m.margin);
}

int shoot_size(const std::string& out, int width, int height, const std::string& lang)
{
    Shooter shooter { out, width, height, lang };
    i18n::set_language(lang == "fr" ? Language::French : Language::English);
    HeadlessUi headless(float(width), float(height), TextSize::Normal);
    auto& ui = headless.ui();
    auto content = content_of(headless.metrics());

    PrintLab lab;
    if (!lab.problem().empty()) {
        std::fprintf(stderr, "print lab: %s\n", lab.problem().c_str());
        return 1;
    }
    ::setenv("CUPS_SERVER", lab.cups_server().c_str(), 1);
    auto& printer = lab.start_printer("ColorJet");
    lab.add_queue(printer, "ColorJet");
    lab.set_supplies(printer, { 25, 5, 50, 33, 67 });
    RunningFoyer foyer(width, height, { "--lang", lang });
    if (!foyer.problem().empty()) {
        std::fprintf(stderr, "foyer: %s\n", foyer.problem().c_str());
        return 1;
    }
    for (int i = 0; i < 5; ++i)
        put_picture(foyer.home() + "/Images/photo-" + std::to_string(i) + ".png", landscape(i % 2 ? 600 : 800, i % 2 ? 800 : 500, float(i) / 5.f), i * 9 + 1);

    CupsClient client({ "127.0.0.1", std::stoi(lab.cups_server().substr(lab.cups_server().find(':') + 1)) });
    auto report = describe_printer(client.read_situation({}));
    PrintHooks hooks;
    hooks.open_help = [](Services&) { return std::unique_ptr<Screen> {}; };

    // Print, with the state of the printer.
    click_print_tile(foyer);
    foyer.wait_for_trace("say " + report.headline);
    shooter.shoot(foyer, "print");

    // The printer and its ink.
    auto home_layout = layout_print_home(ui, report, print_home_tiles(report, hooks), print_home_buttons(report, hooks), content);
    click(foyer, home_layout.buttons.buttons.front());
    foyer.wait_for_trace("screen print.printer");
    shooter.shoot(foyer, "print-printer");

    // Choose a photo: big thumbnails, newest first.
    foyer.key("Escape");
    std::this_thread::sleep_for(900ms);
    click_print_tile(foyer);
    foyer.wait_for_trace("say " + report.headline, 2);
    click(foyer, home_layout.tiles.front());
    foyer.wait_for_trace("screen print.photos");
    std::this_thread::sleep_for(1500ms);
    shooter.shoot(foyer, "print-photos");

    // The preview of the newest photo (a landscape one), then printing it.
    auto picker = layout_picker(ui, content);
    click(foyer, picker.cells.front());
    foyer.wait_for_trace("screen print.preview");
    foyer.wait_for_trace(lang == "fr" ? "Voici comment sortira votre photo" : "This is how your photo will come out");
    shooter.shoot(foyer, "print-preview");
    auto preview = layout_preview(ui, place_picture(PaperSize {}, 800, 500), "photo-0", report, preview_buttons(report, hooks, true), content);
    click(foyer, preview.print.width > 0 ? preview.print : preview.buttons.buttons.back());
    foyer.wait_for_trace(lang == "fr" ? "say Votre photo est imprimée." : "say Your photo is printed.", 1, 20s);
    shooter.shoot(foyer, "print-progress");
    return 0;
}

// No black ink: the print screen, the preview with its ways out, and a job that never comes out.
int shoot_problems(const std::string& out, int width, int height, const std::string& lang)
{
    Shooter shooter { out, width, height, lang };
    i18n::set_language(lang == "fr" ? Language::French : Language::English);
    HeadlessUi headless(float(width), float(height), TextSize::Normal);
    auto& ui = headless.ui();
    auto content = content_of(headless.metrics());
    PrintLab lab;
    if (!lab.problem().empty())
        return 1;
    ::setenv("CUPS_SERVER", lab.cups_server().c_str(), 1);
    ::setenv("FOYER_PRINT_STUCK_SECONDS", "2", 1);
    auto sleeper = lab.directory() + "/never-finishes.sh";
    write_text(sleeper, "#!/bin/sh\nexec sleep 30\n");
    ::chmod(sleeper.c_str(), 0755);
    auto& printer = lab.start_printer("ColorJet", { sleeper });
    lab.add_queue(printer, "ColorJet");
    lab.set_supplies(printer, { 25, 0, 50, 33, 67 });
    RunningFoyer foyer(width, height, { "--lang", lang });
    ::unsetenv("FOYER_PRINT_STUCK_SECONDS");
    if (!foyer.problem().empty())
        return 1;
    put_picture(foyer.home() + "/Images/garden.png", landscape(600, 800, 0.4f), 1);
    CupsClient client({ "127.0.0.1", std::stoi(lab.cups_server().substr(lab.cups_server().find(':') + 1)) });
    auto report = describe_printer(client.read_situation({}));
    PrintHooks hooks;
    hooks.open_help = [](Services&) { return std::unique_ptr<Screen> {}; };

    click_print_tile(foyer);
    foyer.wait_for_trace("say " + report.headline);
    shooter.shoot(foyer, "print-empty");
    auto home_layout = layout_print_home(ui, report, print_home_tiles(report, hooks), print_home_buttons(report, hooks), content);
    click(foyer, home_layout.tiles.front());
    foyer.wait_for_trace("screen print.photos");
    std::this_thread::sleep_for(1000ms);
    click(foyer, layout_picker(ui, content).cells.front());
    foyer.wait_for_trace(lang == "fr" ? "Voici comment sortira votre photo" : "This is how your photo will come out");
    shooter.shoot(foyer, "print-preview-empty");

    // Ink again, and a printer that takes the job and never prints it.
    lab.set_supplies(printer, { 25, 80, 50, 33, 67 });
    foyer.wait_for_trace(lang == "fr" ? "say L’imprimante est prête." : "say The printer is ready.", 1, 10s);
    std::this_thread::sleep_for(500ms);
    auto ready = describe_printer(client.read_situation({}));
    auto preview = layout_preview(ui, place_picture(PaperSize {}, 600, 800), "garden", ready, preview_buttons(ready, hooks, true), content);
    click(foyer, preview.print.width > 0 ? preview.print : preview.buttons.buttons.back());
    foyer.wait_for_trace(lang == "fr" ? "say Rien n’est sorti de l’imprimante" : "say Nothing has come out of the printer", 1, 15s);
    shooter.shoot(foyer, "print-stuck");
    return 0;
}

int shoot_add_printer(const std::string& out, int width, int height, const std::string& lang)
{
    Shooter shooter { out, width, height, lang };
    i18n::set_language(lang == "fr" ? Language::French : Language::English);
    HeadlessUi headless(float(width), float(height), TextSize::Normal);
    auto& ui = headless.ui();
    auto content = content_of(headless.metrics());
    PrintLab lab;
    if (!lab.problem().empty())
        return 1;
    ::setenv("CUPS_SERVER", lab.cups_server().c_str(), 1);
    auto& printer = lab.start_printer("OfficeJet");
    lab.make_discoverable(printer);
    RunningFoyer foyer(width, height, { "--lang", lang });
    if (!foyer.problem().empty())
        return 1;
    PrinterSituation none;
    none.kind = PrinterSituation::Kind::NoPrinter;
    auto report = describe_printer(none);
    PrintHooks hooks;
    hooks.open_help = [](Services&) { return std::unique_ptr<Screen> {}; };
    click_print_tile(foyer);
    foyer.wait_for_trace("say " + report.headline);
    shooter.shoot(foyer, "print-noprinter");
    auto layout = layout_print_home(ui, report, print_home_tiles(report, hooks), print_home_buttons(report, hooks), content);
    click(foyer, layout.buttons.buttons.back());
    // No family code in this private home: the family lock only asks "I am family, go on".
    foyer.wait_for_trace("screen family.lock");
    std::this_thread::sleep_for(1000ms);
    foyer.press("family.go_on");
    foyer.wait_for_trace("screen print.add");
    std::this_thread::sleep_for(1000ms);
    shooter.shoot(foyer, "print-add");
    return 0;
}

}

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: print-screenshots OUT_DIR [WxH ...]\n");
        return 2;
    }
    if (auto missing = PrintLab::missing_tools()) {
        std::fprintf(stderr, "print-screenshots: %s\n", missing->c_str());
        return 1;
    }
    if (auto missing = Xvfb::missing_tools()) {
        std::fprintf(stderr, "print-screenshots: %s\n", missing->c_str());
        return 1;
    }
    if (i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error())
        return 1;
    std::string out = argv[1];
    std::filesystem::create_directories(out);
    std::vector<std::pair<int, int>> sizes;
    for (int i = 2; i < argc; ++i) {
        int w = 0, h = 0;
        if (std::sscanf(argv[i], "%dx%d", &w, &h) == 2)
            sizes.push_back({ w, h });
    }
    if (sizes.empty())
        sizes = { { 1366, 768 }, { 1920, 1080 } };
    int failures = 0;
    for (auto [width, height] : sizes) {
        for (auto lang : { "fr", "en" }) {
            failures += shoot_size(out, width, height, lang);
            failures += shoot_problems(out, width, height, lang);
            failures += shoot_add_printer(out, width, height, lang);
        }
    }
    return failures == 0 ? 0 : 1;
}
