// The late-send notice's decisions: once per report, and "earlier" when a newer outcome was shown since.
#include "late_notice.hpp"

#include <algorithm>

namespace Foyer {

void LateNotices::shown(const std::string& report_id, int64_t queued_at, bool sent)
{
    m_shown.push_back({ report_id, queued_at, sent });
    if (sent)
        m_announced.push_back(report_id);
}

std::optional<LateNotice> LateNotices::arrived(const std::string& report_id, int64_t queued_at, const std::string& code)
{
    if (std::find(m_announced.begin(), m_announced.end(), report_id) != m_announced.end())
        return std::nullopt;
    m_announced.push_back(report_id);
    // A newer report is one she asked for after this one, whatever became of it.
    bool newer = std::any_of(m_shown.begin(), m_shown.end(),
        [&](const Shown& other) { return other.report_id != report_id && other.queued_at >= queued_at; });
    m_current = LateNotice { report_id, code, newer };
    return m_current;
}

}
