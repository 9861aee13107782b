// foyer-helpdesk: the mediators' server and its maintenance commands.
#include "commands.hpp"

#include <cstdio>
#include <cstring>

namespace {

constexpr const char* usage = R"(Usage:
  foyer-helpdesk serve --listen HOST:PORT --db DB [options]
      --tls-cert FILE --tls-key FILE   serve HTTPS (the key file must be chmod 600)
      --enrollment-codes FILE          devices must give one of the codes in FILE (chmod 600)
      --keep-closed-days N             delete closed cases N days after closing (default 30)
      --keep-unclaimed-days N          delete cases nobody opened after N days (default 7)
      --purge-every-minutes N          how often retention runs (default 60)
      --reports-per-hour N             per device, reports and live screenshots (default 30; 0: no limit)
      --enrollments-per-hour N         per client address (default 20; 0: no limit)
      --long-poll-seconds N            longest wait of a live-help poll, 1 to 25 (default 25)
      --live-recheck-seconds N         a waiting poll looks for other servers' events, 1 to 25 (default 1)
      --threads N                      request threads (default 128)
      --db-connections N               database connections (default 8)
      --secure-cookies                 behind a proxy that terminates TLS
      --trust-forwarded-for            take client addresses from X-Forwarded-For (behind a proxy)
      --quiet                          no line per request on standard error
  foyer-helpdesk add-mediator --db DB NAME     (the password is read from standard input)
  foyer-helpdesk cases --db DB                 one case per line: code, created, status, computer
  foyer-helpdesk purge --db DB [--keep-closed-days N] [--keep-unclaimed-days N]

DB is sqlite:PATH (created on first start) or postgresql://USER@HOST:PORT/NAME.
)";

}

int main(int argc, char** argv)
{
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "help")
        || !std::strcmp(argv[1], "-h")) {
        std::fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!std::strcmp(argv[1], "--version")) {
        std::printf("foyer-helpdesk %s\n", FOYER_HELPDESK_VERSION);
        return 0;
    }
    Foyer::Helpdesk::Arguments arguments(argc - 2, argv + 2);
    std::string command = argv[1];
    if (command == "serve")
        return Foyer::Helpdesk::serve_command(arguments);
    if (command == "add-mediator")
        return Foyer::Helpdesk::add_mediator_command(arguments);
    if (command == "cases")
        return Foyer::Helpdesk::cases_command(arguments);
    if (command == "purge")
        return Foyer::Helpdesk::purge_command(arguments);
    std::fprintf(stderr, "foyer-helpdesk: unknown command \"%s\".\n\n%s", command.c_str(), usage);
    return 2;
}
