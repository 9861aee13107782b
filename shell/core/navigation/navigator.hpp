// Owns the stack of screens: home at the bottom, apps and their steps above; announces each arrival.
#pragma once

#include "screen.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Foyer {

// Navigation asked for while a screen is drawing takes effect between frames (apply_pending), so a
// screen is never destroyed while its own draw() is running.
class Navigator {
public:
    using ArrivalListener = std::function<void(Screen&)>;

    explicit Navigator(std::unique_ptr<Screen> home);

    void set_on_arrival(ArrivalListener listener) { m_on_arrival = std::move(listener); }

    void open(std::unique_ptr<Screen>);
    void back();
    void go_home();
    // Replaces the whole stack above home (used by --screenshot to show one screen directly).
    void show_only(std::unique_ptr<Screen>);

    // Returns true when the current screen changed.
    bool apply_pending();

    Screen& current() { return *m_stack.back(); }
    const Screen& current() const { return *m_stack.back(); }
    bool at_home() const { return m_stack.size() == 1; }
    size_t depth() const { return m_stack.size(); }
    // Announces the current screen again (at start, or after the language changed).
    void announce()
    {
        if (m_on_arrival)
            m_on_arrival(current());
    }

private:
    enum class Kind { Open,
        Back,
        Home };
    struct Request {
        Kind kind;
        std::unique_ptr<Screen> screen;
    };

    std::vector<std::unique_ptr<Screen>> m_stack;
    std::vector<Request> m_pending;
    ArrivalListener m_on_arrival;
};

}
