// The installer's pieces that need no root: foyer-autologin on a copy of /etc (LightDM and GDM, on and
// off), the desktop files, and "start Foyer inside my usual desktop" (foyer-session --autostart).
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <filesystem>

using namespace Foyer::Testing;

namespace {

const std::string autologin = std::string(FOYER_SOURCE_DIR) + "/installer/autologin.sh";

RunResult run_autologin(std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), autologin);
    return run(arguments, { { "LANG", "C" } });
}

}

TEST(Autologin, LightDmLogsTheSeniorIntoTheFoyerSessionAndOffUndoesIt)
{
    auto root = temporary_directory("lightdm");
    std::filesystem::create_directories(root + "/etc/lightdm");
    auto on = run_autologin({ "--root", root, "jocelyne" });
    ASSERT_EQ(on.exit_code, 0) << on.output;
    auto conf = read_text(root + "/etc/lightdm/lightdm.conf.d/50-foyer-autologin.conf");
    EXPECT_NE(conf.find("[Seat:*]\nautologin-user=jocelyne\n"), std::string::npos) << conf;
    EXPECT_NE(conf.find("autologin-session=foyer\n"), std::string::npos) << conf;
    EXPECT_NE(on.output.find("jocelyne will be logged in into Foyer"), std::string::npos) << on.output;
    auto off = run_autologin({ "--root", root, "--off" });
    ASSERT_EQ(off.exit_code, 0) << off.output;
    EXPECT_FALSE(std::filesystem::exists(root + "/etc/lightdm/lightdm.conf.d/50-foyer-autologin.conf"));
}

TEST(Autologin, GdmKeepsItsOtherSettingsAndChoosesTheSessionForTheUser)
{
    auto root = temporary_directory("gdm");
    std::string original = "# GDM configuration storage\n\n[daemon]\nWaylandEnable=false\n\n[security]\n\n[debug]\nEnable=false\n";
    write_text(root + "/etc/gdm3/daemon.conf", original);
    write_text(root + "/var/lib/AccountsService/users/jocelyne", "[User]\nLanguage=fr_FR.UTF-8\nXSession=gnome\nSystemAccount=false\n");
    ASSERT_EQ(run_autologin({ "--root", root, "jocelyne" }).exit_code, 0);
    // Twice: the second run replaces what the first wrote instead of adding it again.
    ASSERT_EQ(run_autologin({ "--root", root, "jocelyne" }).exit_code, 0);
    auto conf = read_text(root + "/etc/gdm3/daemon.conf");
    EXPECT_NE(conf.find("[daemon]\n# foyer-autologin\nAutomaticLoginEnable=true\nAutomaticLogin=jocelyne\nWaylandEnable=false\n"), std::string::npos)
        << conf;
    EXPECT_EQ(conf.find("AutomaticLogin=jocelyne"), conf.rfind("AutomaticLogin=jocelyne"));
    auto account = read_text(root + "/var/lib/AccountsService/users/jocelyne");
    EXPECT_NE(account.find("Session=foyer\nXSession=foyer\n"), std::string::npos) << account;
    EXPECT_NE(account.find("Language=fr_FR.UTF-8"), std::string::npos);
    EXPECT_EQ(account.find("gnome"), std::string::npos);
    ASSERT_EQ(run_autologin({ "--root", root, "--off" }).exit_code, 0);
    EXPECT_EQ(read_text(root + "/etc/gdm3/daemon.conf"), original);
}

TEST(Autologin, SaysPlainlyWhenItCannotHelp)
{
    auto root = temporary_directory("none");
    auto none = run_autologin({ "--root", root, "jocelyne" });
    EXPECT_EQ(none.exit_code, 1);
    EXPECT_NE(none.output.find("neither LightDM nor GDM is installed here"), std::string::npos) << none.output;
    auto bad = run_autologin({ "--root", root, "jo;celyne" });
    EXPECT_EQ(bad.exit_code, 2);
    EXPECT_NE(bad.output.find("is not a user name"), std::string::npos) << bad.output;
    auto french = run({ autologin, "--root", root, "jocelyne" }, { { "LANG", "fr_FR.UTF-8" } });
    EXPECT_NE(french.output.find("ni LightDM ni GDM n’est installé ici"), std::string::npos) << french.output;
}

TEST(DesktopFiles, TheSessionAndTheMenuEntryAreValid)
{
    if (!have_program("desktop-file-validate"))
        GTEST_SKIP() << "desktop-file-validate is missing (desktop-file-utils)";
    for (auto file : { "foyer.desktop", "foyer-session.desktop" }) {
        auto checked = run({ "desktop-file-validate", std::string(FOYER_SOURCE_DIR) + "/installer/session/" + file });
        EXPECT_EQ(checked.exit_code, 0) << file << ": " << checked.output;
    }
    auto session = read_text(std::string(FOYER_SOURCE_DIR) + "/installer/session/foyer-session.desktop");
    EXPECT_NE(session.find("Exec=/usr/bin/foyer-session --kiosk\n"), std::string::npos);
}

TEST(Autostart, FoyerCanStartWithTheUsualDesktopAndStopDoingSo)
{
    auto home = temporary_directory("autostart");
    std::map<std::string, std::string> environment { { "HOME", home }, { "XDG_CONFIG_HOME", home + "/.config" }, { "LANG", "C" } };
    auto on = run({ FOYER_SESSION_BINARY, "--autostart", "on" }, environment);
    ASSERT_EQ(on.exit_code, 0) << on.output;
    auto entry = read_text(home + "/.config/autostart/foyer.desktop");
    EXPECT_NE(entry.find("Exec=foyer-session\n"), std::string::npos) << entry;
    if (have_program("desktop-file-validate"))
        EXPECT_EQ(run({ "desktop-file-validate", home + "/.config/autostart/foyer.desktop" }).exit_code, 0);
    auto off = run({ FOYER_SESSION_BINARY, "--autostart", "off" }, environment);
    ASSERT_EQ(off.exit_code, 0) << off.output;
    EXPECT_FALSE(std::filesystem::exists(home + "/.config/autostart/foyer.desktop"));
    EXPECT_EQ(run({ FOYER_SESSION_BINARY, "--autostart", "maybe" }, environment).exit_code, 2);
}
