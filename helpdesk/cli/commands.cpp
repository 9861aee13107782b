// serve, add-mediator, cases and purge: argument checking, then the store and the server do the work.
#include "commands.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/core/text.hpp"
#include "helpdesk/protocol/case_code.hpp"
#include "helpdesk/server/server.hpp"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <pthread.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

namespace Foyer::Helpdesk {

namespace {

constexpr size_t minimum_password_length = 10;

int fail(const Error& error)
{
    std::fprintf(stderr, "foyer-helpdesk: %s\n", error.message().c_str());
    if (!error.detail().empty())
        std::fprintf(stderr, "  (%s)\n", error.detail().c_str());
    return error.kind() == ErrorKind::Invalid ? 2 : 1;
}

ErrorOr<std::string> database_option(Arguments& arguments)
{
    auto database = arguments.option("--db");
    if (!database)
        return Error::invalid("--db is required: sqlite:PATH or postgresql://USER@HOST/NAME.");
    return *database;
}

ErrorOr<RetentionPolicy> retention_options(Arguments& arguments)
{
    RetentionPolicy policy;
    if (auto days = TRY(arguments.number("--keep-closed-days", 0, 3650)))
        policy.keep_closed = *days * seconds_per_day;
    if (auto days = TRY(arguments.number("--keep-unclaimed-days", 0, 3650)))
        policy.keep_unclaimed = *days * seconds_per_day;
    return policy;
}

ErrorOr<ServerConfig> serve_options(Arguments& arguments)
{
    ServerConfig config;
    auto listen = arguments.option("--listen");
    if (!listen)
        return Error::invalid("--listen HOST:PORT is required, for example --listen 127.0.0.1:8080.");
    config.listen = TRY(parse_listen_address(*listen));
    config.database_url = TRY(database_option(arguments));
    config.tls_certificate = arguments.option("--tls-cert").value_or("");
    config.tls_key = arguments.option("--tls-key").value_or("");
    if (auto file = arguments.option("--enrollment-codes"))
        config.enrollment_code_hashes = TRY(read_enrollment_codes(*file));
    config.retention = TRY(retention_options(arguments));
    if (auto minutes = TRY(arguments.number("--purge-every-minutes", 1, 7 * 24 * 60)))
        config.purge_interval = *minutes * seconds_per_minute;
    if (auto threads = TRY(arguments.number("--threads", 4, 4096)))
        config.threads = size_t(*threads);
    if (auto connections = TRY(arguments.number("--db-connections", 1, 256)))
        config.database_connections = size_t(*connections);
    if (auto limit = TRY(arguments.number("--reports-per-hour", 0, 1'000'000)))
        config.reports.per_hour = double(*limit);
    if (auto limit = TRY(arguments.number("--enrollments-per-hour", 0, 1'000'000)))
        config.enrollments.per_hour = double(*limit);
    if (auto seconds = TRY(arguments.number("--long-poll-seconds", 1, 25)))
        config.long_poll_seconds = int(*seconds);
    if (auto seconds = TRY(arguments.number("--live-recheck-seconds", 1, 25)))
        config.live_recheck_seconds = int(*seconds);
    config.secure_cookies = arguments.flag("--secure-cookies");
    config.trust_forwarded_for = arguments.flag("--trust-forwarded-for");
    config.access_log = !arguments.flag("--quiet");
    TRY(arguments.check_all_used());
    return config;
}

// Reads the password from standard input: typed twice without echo at a terminal, one line otherwise.
ErrorOr<std::string> read_password(const std::string& name)
{
    bool terminal = isatty(STDIN_FILENO);
    auto read_line = [&](const char* prompt) -> std::optional<std::string> {
        struct termios saved { };
        if (terminal) {
            std::fprintf(stderr, "%s", prompt);
            tcgetattr(STDIN_FILENO, &saved);
            auto quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        std::string line;
        bool got = bool(std::getline(std::cin, line));
        if (terminal) {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved);
            std::fprintf(stderr, "\n");
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!got && line.empty())
            return std::nullopt;
        return line;
    };
    auto password = read_line(("Password for " + name + ": ").c_str());
    if (!password)
        return Error::invalid("No password was given on standard input.");
    if (utf8_length(*password) < minimum_password_length || !is_valid_utf8(*password))
        return Error::invalid(
            "The password must have at least " + std::to_string(minimum_password_length) + " characters.");
    if (terminal) {
        auto again = read_line("The same password again: ");
        if (!again || *again != *password)
            return Error::invalid("The two passwords differ; nothing was changed.");
    }
    return *password;
}

}

int serve_command(Arguments& arguments)
{
    auto config = serve_options(arguments);
    if (config.is_error())
        return fail(config.error());
    // A client that disconnects mid-answer must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);
    // Termination signals are taken by one thread with sigwait, blocked everywhere else.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    if (auto ready = initialise_crypto(); ready.is_error())
        return fail(ready.error());
    auto store = Store::open(config.value().database_url, config.value().database_connections);
    if (store.is_error())
        return fail(store.error());
    bool tls = !config.value().tls_certificate.empty();
    auto host = config.value().listen.host;
    auto server = HelpdeskServer::create(config.release_value(), *store.value());
    if (server.is_error())
        return fail(server.error());
    auto port = server.value()->bind();
    if (port.is_error())
        return fail(port.error());

    std::thread signal_watcher([&] {
        int received = 0;
        sigwait(&stop_signals, &received);
        std::fprintf(stderr, "foyer-helpdesk: stopping (signal %d)\n", received);
        server.value()->stop();
    });
    std::fprintf(stderr, "foyer-helpdesk %s: listening on %s://%s:%d, data in %s\n", FOYER_HELPDESK_VERSION,
        tls ? "https" : "http", host.c_str(), port.value(), store.value()->description().c_str());
    server.value()->run();
    // run() returns once stop() was called; wake the watcher if it was not a signal that stopped us.
    pthread_kill(signal_watcher.native_handle(), SIGTERM);
    signal_watcher.join();
    server.value().reset();
    std::fprintf(stderr, "foyer-helpdesk: stopped\n");
    return 0;
}

int add_mediator_command(Arguments& arguments)
{
    auto database = database_option(arguments);
    if (database.is_error())
        return fail(database.error());
    auto names = arguments.positional();
    if (auto used = arguments.check_all_used(); used.is_error())
        return fail(used.error());
    if (names.size() != 1)
        return fail(Error::invalid("Give exactly one name: foyer-helpdesk add-mediator --db DB NAME (the "
                                   "password is read from standard input)."));
    auto name = trimmed(names[0]);
    if (name.empty() || utf8_length(name) > 80 || !is_valid_utf8(name) || !is_single_line(name))
        return fail(Error::invalid("A mediator's name has 1 to 80 characters, without control characters."));
    if (auto ready = initialise_crypto(); ready.is_error())
        return fail(ready.error());
    auto password = read_password(name);
    if (password.is_error())
        return fail(password.error());
    auto store = Store::open(database.value(), 1);
    if (store.is_error())
        return fail(store.error());
    auto hash = hash_password(password.value());
    if (hash.is_error())
        return fail(hash.error());
    auto added = store.value()->add_mediator(name, hash.value(), now());
    if (added.is_error())
        return fail(added.error());
    std::printf("Mediator \"%s\" added.\n", name.c_str());
    return 0;
}

int cases_command(Arguments& arguments)
{
    auto database = database_option(arguments);
    if (database.is_error())
        return fail(database.error());
    if (auto used = arguments.check_all_used(); used.is_error())
        return fail(used.error());
    auto store = Store::open(database.value(), 1);
    if (store.is_error())
        return fail(store.error());
    auto cases = store.value()->all_cases();
    if (cases.is_error())
        return fail(cases.error());
    // One case per line, tab-separated: code, created, status, device nickname (last: it may hold spaces).
    for (auto& summary : cases.value())
        std::printf("%s\t%s\t%s\t%s\n", Protocol::format_code(summary.code).c_str(),
            iso8601_utc(summary.created_at).c_str(), std::string(case_state_name(summary.state)).c_str(),
            summary.device_nickname.c_str());
    return 0;
}

int purge_command(Arguments& arguments)
{
    auto database = database_option(arguments);
    if (database.is_error())
        return fail(database.error());
    auto policy = retention_options(arguments);
    if (policy.is_error())
        return fail(policy.error());
    if (auto used = arguments.check_all_used(); used.is_error())
        return fail(used.error());
    auto store = Store::open(database.value(), 1);
    if (store.is_error())
        return fail(store.error());
    auto purged = store.value()->purge(policy.value(), now());
    if (purged.is_error())
        return fail(purged.error());
    std::printf("Deleted %lld case(s) and %lld expired console session(s).\n",
        (long long)purged.value().cases_deleted, (long long)purged.value().console_sessions_deleted);
    return 0;
}

}
