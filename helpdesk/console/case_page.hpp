// The case page's sections, each drawn by its own file: the findings (case_findings.cpp), live help
// (case_live.cpp) and the screen (case_screen.cpp); case_page.cpp lays them out and answers the page's URLs.
#pragma once

#include "pages.hpp"

#include "helpdesk/server/http.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer::Helpdesk::detail {

// case_page.cpp: the number in a route's capture group `index`, or nothing when it does not fit.
std::optional<int64_t> path_number(const httplib::Request&, size_t index);
// The CSRF token every form of the page posts back.
void hidden_csrf(Html&, const Visitor&);

// case_findings.cpp: the traffic-light list beside the screen, and the raw details below it.
void render_findings(Html&, Language, const std::optional<Protocol::Report>&);
void render_raw_details(Html&, Language, const CaseDetail&, const std::optional<Protocol::Report>&);

// case_live.cpp: live help with the messages sent to the screen, and what the page's poll says about them.
void render_live(Html&, Language, const CaseDetail&, const std::optional<LiveSession>&,
    const std::vector<Store::SentMessage>&, const Visitor&);
nlohmann::json sent_messages_json(Language, const std::vector<Store::SentMessage>&);
bool mark_watched(ServerContext&, const std::optional<LiveSession>&, int64_t mediator_id);

// case_screen.cpp: the latest screenshot large, the earlier ones folded, and the URL that serves them.
void render_screen(Html&, Language, const CaseDetail&);
void render_earlier_screenshots(Html&, Language, const CaseDetail&);
void send_screenshot(ServerContext&, const httplib::Request&, httplib::Response&);

}
