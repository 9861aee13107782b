// Assembling the HTTP server: TLS, the thread pool, limits, logging, timing, catch-alls, retention.
#include "server.hpp"

#include "http.hpp"

#include <chrono>
#include <cstdio>

namespace Foyer::Helpdesk {

namespace {

thread_local std::chrono::steady_clock::time_point request_started;

// The whole body of any POST is read by read_body (http.cpp) or not at all: httplib's own reading inflates
// gzip without a bound, so no request may reach it.
constexpr size_t max_payload_bytes = max_request_bytes;

}

HelpdeskServer::HelpdeskServer(ServerConfig config, Store& store)
    : m_context(std::move(config), store)
{
}

HelpdeskServer::~HelpdeskServer()
{
    stop();
    if (m_retention.joinable())
        m_retention.join();
}

ErrorOr<std::unique_ptr<HelpdeskServer>> HelpdeskServer::create(ServerConfig config, Store& store)
{
    bool tls = !config.tls_certificate.empty() || !config.tls_key.empty();
    if (tls) {
        if (config.tls_certificate.empty() || config.tls_key.empty())
            return Error::invalid("TLS needs both --tls-cert and --tls-key.");
        TRY(check_secret_file(config.tls_key, "TLS key file"));
        config.secure_cookies = true;
    }
    std::unique_ptr<HelpdeskServer> server(new HelpdeskServer(std::move(config), store));
    auto& settings = server->m_context.config;
    if (tls) {
        auto https = std::make_unique<httplib::SSLServer>(
            settings.tls_certificate.c_str(), settings.tls_key.c_str());
        if (!https->is_valid())
            return Error::invalid("The TLS certificate " + settings.tls_certificate + " or its key "
                + settings.tls_key + " cannot be used (check that both are PEM files and belong together).");
        server->m_http = std::move(https);
    } else {
        server->m_http = std::make_unique<httplib::Server>();
    }
    server->install_plumbing();
    register_device_api(*server->m_http, server->m_context);
    register_live_api(*server->m_http, server->m_context);
    register_console(*server->m_http, server->m_context);

    // Registered last, so they only see what no route took: a POST body is never read by httplib.
    auto not_found = [](const httplib::Request& request, httplib::Response& response,
                         const httplib::ContentReader& reader) {
        discard_body(request, response, reader);
        send_json_error(response, 404, "not_found", "There is nothing at this address.");
    };
    server->m_http->Post(R"(.*)", not_found);
    server->m_http->Put(R"(.*)", not_found);
    server->m_http->Patch(R"(.*)", not_found);
    server->m_http->Delete(R"(.*)", not_found);
    server->m_http->Delete(R"(.*)", [](const httplib::Request&, httplib::Response& response) {
        send_json_error(response, 404, "not_found", "There is nothing at this address.");
    });
    return server;
}

void HelpdeskServer::install_plumbing()
{
    auto& http = *m_http;
    auto threads = m_context.config.threads;
    // Each keep-alive connection and each long poll holds a thread, so the pool is much larger than the
    // number of cores; the threads mostly wait.
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.set_payload_max_length(max_payload_bytes);
    http.set_keep_alive_max_count(1000);
    // httplib lets an idle keep-alive connection finish its wait before a stop completes, so this is also
    // the longest a shutdown waits for idle clients.
    http.set_keep_alive_timeout(3);
    http.set_read_timeout(30);
    http.set_write_timeout(30);
    http.set_tcp_nodelay(true);

    http.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
        request_started = std::chrono::steady_clock::now();
        // RFC 9112: a request with neither Content-Length nor Transfer-Encoding has no body. httplib 0.11
        // would instead read until the client closes, so a bodiless POST would hang until the timeout.
        if (!request.has_header("Content-Length") && !request.has_header("Transfer-Encoding"))
            const_cast<httplib::Request&>(request).headers.emplace("Content-Length", "0");
        bool has_body = request.has_header("Transfer-Encoding")
            || (request.has_header("Content-Length") && request.get_header_value("Content-Length") != "0");
        bool takes_body = request.method == "POST" || request.method == "PUT" || request.method == "PATCH"
            || request.method == "DELETE";
        if (has_body && !takes_body) {
            response.set_header("Connection", "close");
            send_json_error(response, 400, "invalid", "This request must not have a body.");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http.set_post_routing_handler([](const httplib::Request&, httplib::Response& response) {
        // How long the server itself spent, for `make bench` and browser developer tools.
        auto spent
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_started)
                  .count();
        char value[48];
        std::snprintf(value, sizeof value, "app;dur=%.2f", spent);
        response.set_header("Server-Timing", value);
    });
    http.set_expect_100_continue_handler([](const httplib::Request& request, httplib::Response& response) {
        if (request.get_header_value<uint64_t>("Content-Length") > max_payload_bytes) {
            send_json_error(response, 413, "too_large", "The request is too large.");
            return 413;
        }
        return 100;
    });
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request& request, httplib::Response& response) {
        if (!response.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        std::string message = response.status == 404 ? "There is nothing at this address."
            : response.status == 413                 ? "The request is too large."
            : response.status == 400                 ? "The request is malformed."
                                                     : "The request could not be handled.";
        if (request.path.starts_with("/console")) {
            // Only fixed words go into this page: nothing from the request.
            response.set_content("<!doctype html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>"
                    + std::to_string(response.status) + "</title><p>" + message
                    + "</p><p><a href=\"/console\">Foyer helpdesk</a></p></html>\n",
                "text/html; charset=utf-8");
        } else {
            send_json_error(
                response, response.status, response.status == 413 ? "too_large" : "error", message);
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler(
        [](const httplib::Request& request, httplib::Response& response, std::exception_ptr exception) {
        std::string what = "unknown exception";
        try {
            if (exception)
                std::rethrow_exception(exception);
        } catch (const std::exception& error) {
            what = error.what();
        } catch (...) {
        }
        std::fprintf(stderr, "foyer-helpdesk: error while handling %s %s: %s\n", request.method.c_str(),
            path_for_log(request.path).c_str(), what.c_str());
        send_json_error(response, 500, "internal", "The helpdesk failed to handle this request.");
    });
    if (m_context.config.access_log) {
        http.set_logger([](const httplib::Request& request, const httplib::Response& response) {
            auto spent = std::chrono::duration<double, std::milli>(
                std::chrono::steady_clock::now() - request_started)
                             .count();
            std::fprintf(stderr, "%s %s %s %d %.1fms\n", iso8601_utc(now()).c_str(), request.method.c_str(),
                path_for_log(request.path).c_str(), response.status, spent);
        });
    }
}

ErrorOr<int> HelpdeskServer::bind()
{
    auto& address = m_context.config.listen;
    int port = address.port;
    if (port == 0)
        port = m_http->bind_to_any_port(address.host);
    else if (!m_http->bind_to_port(address.host, port))
        port = -1;
    if (port <= 0)
        return Error::invalid("Cannot listen on " + address.host + ":" + std::to_string(address.port)
            + " (the address is not this machine's, or the port is taken).");
    return port;
}

void HelpdeskServer::run()
{
    m_retention = std::thread([this] { retention_loop(); });
    m_http->listen_after_bind();
}

void HelpdeskServer::stop()
{
    {
        std::lock_guard lock(m_stop_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_stop_changed.notify_all();
    m_context.hub.stop();
    if (m_http)
        m_http->stop();
}

void HelpdeskServer::retention_loop()
{
    auto interval = std::chrono::seconds(std::max<Timestamp>(m_context.config.purge_interval, 1));
    std::unique_lock lock(m_stop_mutex);
    while (!m_stopping) {
        lock.unlock();
        auto purged = m_context.store.purge(m_context.config.retention, now());
        if (purged.is_error())
            std::fprintf(stderr, "foyer-helpdesk: retention could not run: %s (%s)\n",
                purged.error().message().c_str(), purged.error().detail().c_str());
        else if (purged.value().cases_deleted > 0)
            std::fprintf(stderr, "foyer-helpdesk: retention deleted %lld case(s)\n",
                (long long)purged.value().cases_deleted);
        lock.lock();
        m_stop_changed.wait_for(lock, interval, [&] { return m_stopping; });
    }
}

}
