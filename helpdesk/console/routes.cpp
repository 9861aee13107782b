// The console's routes, and the small pieces of markup several pages share.
#include "pages.hpp"

namespace Foyer::Helpdesk {

void status_badge(Html& html, Language language, Protocol::Status status)
{
    // A symbol and a word as well as a colour: the traffic light must read in grey too.
    struct Look {
        const char* symbol;
        Text word;
    };
    static constexpr Look looks[] = {
        { "✔", Text::StatusOk }, { "▲", Text::StatusWarn }, { "✖", Text::StatusFail }, { "?", Text::StatusUnknown }
    };
    auto& look = looks[size_t(status)];
    html.raw("<span class=\"badge badge-")
        .raw(Protocol::status_name(status))
        .raw("\"><span aria-hidden=\"true\">")
        .raw(look.symbol)
        .raw("</span> ")
        .text(language, look.word)
        .raw("</span>");
}

std::string_view state_text(Language language, CaseState state)
{
    switch (state) {
    case CaseState::New:
        return tr(language, Text::StateNew);
    case CaseState::Claimed:
        return tr(language, Text::StateClaimed);
    case CaseState::Closed:
        return tr(language, Text::StateClosed);
    }
    return tr(language, Text::StateNew);
}

void register_console(httplib::Server& http, ServerContext& context)
{
    register_assets(http);
    register_login_pages(http, context);
    register_home_pages(http, context);
    register_case_page(http, context);
    register_case_actions(http, context);
    register_offline_page(http, context);
    register_export(http, context);
}

}
