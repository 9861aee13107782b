// The helpdesk server: one cpp-httplib server (HTTP, or HTTPS when given a certificate) carrying the
// device API, live help and the console, plus the retention worker that deletes old cases by itself.
#pragma once

#include "config.hpp"
#include "live_hub.hpp"
#include "rate_limiter.hpp"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Server;
}

namespace Foyer::Helpdesk {

// What the request handlers share.
struct ServerContext {
    ServerContext(ServerConfig config_, Store& store_)
        : config(std::move(config_))
        , store(store_)
        , report_limiter(config.reports)
        , enrollment_limiter(config.enrollments)
    {
    }

    ServerConfig config;
    Store& store;
    LiveHub hub;
    RateLimiter report_limiter;
    RateLimiter enrollment_limiter;
};

void register_device_api(httplib::Server&, ServerContext&);
void register_live_api(httplib::Server&, ServerContext&);
void register_console(httplib::Server&, ServerContext&);

class HelpdeskServer {
public:
    static ErrorOr<std::unique_ptr<HelpdeskServer>> create(ServerConfig, Store&);
    ~HelpdeskServer();

    // Binds the listening socket and returns its port (the chosen one when asked for port 0).
    ErrorOr<int> bind();
    // Serves until stop() is called.
    void run();
    // May be called from any thread; long polls in progress are released at once.
    void stop();

private:
    HelpdeskServer(ServerConfig, Store&);
    void install_plumbing();
    void retention_loop();

    ServerContext m_context;
    std::unique_ptr<httplib::Server> m_http;
    std::thread m_retention;
    std::mutex m_stop_mutex;
    std::condition_variable m_stop_changed;
    bool m_stopping { false };
};

}
