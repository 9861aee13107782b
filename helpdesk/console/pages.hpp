// The console's pages, each file registering its own routes (console/routes.cpp calls them all).
#pragma once

#include "web.hpp"

namespace Foyer::Helpdesk {

void register_login_pages(httplib::Server&, ServerContext&);
void register_home_pages(httplib::Server&, ServerContext&);
void register_case_page(httplib::Server&, ServerContext&);
void register_case_actions(httplib::Server&, ServerContext&);
void register_offline_page(httplib::Server&, ServerContext&);
void register_export(httplib::Server&, ServerContext&);
void register_assets(httplib::Server&);

// A late case (case_page.cpp): "Asked for help at … (arrived at …)", or nothing when the report left at once;
// and "Answers offline code 1124 1820" for a case whose report carries one.
std::optional<std::string> asked_for_help(Language, const CaseSummary&);
std::string answers_offline_code(Language, const CaseSummary&);

// The traffic-light badge of a status: a symbol and a word, never colour alone.
void status_badge(Html&, Language, Protocol::Status);
std::string_view state_text(Language, CaseState);

}
