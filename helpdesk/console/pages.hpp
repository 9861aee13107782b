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

// The traffic-light badge of a status: a symbol and a word, never colour alone.
void status_badge(Html&, Language, Protocol::Status);
std::string_view state_text(Language, CaseState);

}
