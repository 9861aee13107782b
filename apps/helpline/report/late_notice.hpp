// What the senior is told when a report kept in the outbox reaches the helpdesk later: never a new screen
// in place of what she reads (she may be reading a code on the phone), only a gentle band, once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace Foyer {

// A report that left late, as the band tells it.
struct LateNotice {
    std::string report_id;
    // The nine digits of the case it opened.
    std::string code;
    // She has since been given the outcome of a newer report (a code or an offline code): this one is
    // "an earlier report", which also arrived.
    bool earlier { false };
};

// Remembers which outcomes the senior was shown, and decides what a late send says. It draws nothing and
// sends nothing: HelpService feeds it and draws its notice.
class LateNotices {
public:
    // The senior was shown the outcome of `report_id` (queued at `queued_at`, epoch seconds): a case code
    // when `sent`, else its offline code.
    void shown(const std::string& report_id, int64_t queued_at, bool sent);

    // A report from the outbox has just opened the case `code`. Returns the notice to show, or nothing
    // when she already has that report's code (the sender may finish one a second time).
    std::optional<LateNotice> arrived(const std::string& report_id, int64_t queued_at, const std::string& code);

    // The notice on screen now (the newest), until she presses OK.
    const std::optional<LateNotice>& current() const { return m_current; }
    void dismiss() { m_current.reset(); }

private:
    struct Shown {
        std::string report_id;
        int64_t queued_at;
        bool sent;
    };
    std::vector<Shown> m_shown;
    std::vector<std::string> m_announced;
    std::optional<LateNotice> m_current;
};

}
