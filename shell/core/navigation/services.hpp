// What the shell offers every screen: settings, the voice, navigation, the clock and the main-thread queue.
#pragma once

#include "image_store.hpp"
#include "navigator.hpp"
#include "../settings/settings.hpp"
#include "../system/activity.hpp"
#include "../system/run_queue.hpp"
#include "../time/date.hpp"

#include <string>

namespace Foyer {

class Services {
public:
    virtual ~Services() = default;

    virtual const Settings& settings() const = 0;
    // Speaks `text` (interrupting what was being said) and records it; the same words must be on screen.
    virtual void say(std::string text) = 0;
    // Speaks `text` after what is being said.
    virtual void say_next(std::string text) = 0;
    virtual Navigator& navigator() = 0;
    virtual RunQueue& run_queue() = 0;
    virtual ActivityLog& activity() = 0;
    virtual LocalDateTime now() const = 0;
    // Pictures to draw; main thread only, once the window exists.
    virtual ImageStore& images() = 0;
};

}
