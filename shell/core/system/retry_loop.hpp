// A worker for what waits on the network (the help report's outbox, e-mails): it runs a round, then sleeps
// in poll() until it is poked, the network changes (the kernel's route messages) or the time the round asked
// for comes. No busy loop, and nothing to do costs nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <thread>

namespace Foyer {

// Seconds since the epoch: the clock rounds speak in.
int64_t epoch_seconds();

class RetryLoop {
public:
    // Tries what is due (everything: also what waits for a later retry) and returns when the next round is
    // due (epoch seconds), or nothing to wait for a poke or the network.
    using Round = std::function<std::optional<int64_t>(std::stop_token, bool everything)>;

    struct Options {
        // Names the loop in the log ("outbox", "mail").
        std::string name;
        // The first round also tries what is waiting for a later retry (Foyer has just started).
        bool first_round_everything { false };
        // A poke means "try everything now" (the settings changed), not only what is due.
        bool poke_means_everything { false };
    };

    RetryLoop(Options, Round);
    // Stops the thread (a round in progress sees its stop token) and waits for it.
    ~RetryLoop();
    RetryLoop(const RetryLoop&) = delete;
    RetryLoop& operator=(const RetryLoop&) = delete;

    void poke();

private:
    void run(std::stop_token);

    Options m_options;
    Round m_round;
    int m_wake_fd { -1 };
    int m_netlink_fd { -1 };
    std::jthread m_thread;
};

}
