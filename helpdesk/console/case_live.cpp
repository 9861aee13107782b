// The case page's live help: whether it is on and until when, the message box and the screenshot request,
// the messages sent with whether they were shown; and telling the device that the mediator is watching.
#include "case_page.hpp"

namespace Foyer::Helpdesk::detail {

namespace {

Text ended_reason(std::string_view ended_by)
{
    if (ended_by == "device")
        return Text::EndedByDevice;
    if (ended_by == "mediator")
        return Text::EndedByMediator;
    if (ended_by == "case_closed")
        return Text::EndedByClose;
    return Text::EndedByTimeout;
}

// "14:31": a message list is read during one call.
std::string short_time(Timestamp moment)
{
    return local_date_time(moment).substr(11);
}

std::string message_time(const Store::SentMessage& message)
{
    return short_time(message.sent_at);
}

std::string message_state(Language language, const Store::SentMessage& message)
{
    return message.shown_at ? fill(tr(language, Text::MessageShownAt), { { "time", short_time(*message.shown_at) } })
                            : std::string(tr(language, Text::MessageNotShownYet));
}

}

void render_live(Html& main, Language language, const CaseDetail& detail,
    const std::optional<LiveSession>& live, const std::vector<Store::SentMessage>& messages, const Visitor& visitor)
{
    auto id = std::to_string(detail.summary.id);
    bool open = live && live->is_open(now());
    main.raw("<section id=\"live\" class=\"live\" aria-labelledby=\"live-title\">\n<h2 id=\"live-title\">")
        .text(language, Text::LiveHelp)
        .raw("</h2>\n");
    if (open)
        main.raw("<p class=\"live-on\">")
            .text(fill(tr(language, Text::LiveOnUntil), { { "time", local_date_time(live->ends_at) } }))
            .raw("</p>\n");
    else if (live && live->ended_at)
        main.raw("<p>")
            .text(
                fill(tr(language, Text::LiveEnded), { { "reason", tr(language, ended_reason(live->ended_by)) } }))
            .raw("</p>\n");
    if (!open)
        main.raw("<p>").text(language, Text::LiveOff).raw("</p>\n");
    if (detail.summary.state != CaseState::Closed) {
        // Shown even when live help is off, disabled, so the mediator knows where they will be.
        auto disabled = open ? "" : " disabled";
        main.raw("<form method=\"post\" action=\"/console/cases/").raw(id).raw("/message\" id=\"message-form\">\n");
        hidden_csrf(main, visitor);
        main.raw("<label for=\"message\" class=\"visually-hidden\">")
            .text(language, Text::MessageLabel)
            .raw("</label>\n")
            .raw("<textarea id=\"message\" name=\"message\" rows=\"2\" maxlength=\"500\" placeholder=\"")
            .text(language, Text::MessageHint)
            .raw("\" title=\"")
            .text(language, Text::MessageLabel)
            .raw("\"")
            .raw(disabled)
            .raw("></textarea>\n</form>\n");
        main.raw("<div class=\"actions\">\n<button type=\"submit\" form=\"message-form\" id=\"send-message\"")
            .raw(disabled)
            .raw(">")
            .text(language, Text::SendMessage)
            .raw("</button>\n<form method=\"post\" action=\"/console/cases/")
            .raw(id)
            .raw("/screenshot-request\">\n");
        hidden_csrf(main, visitor);
        main.raw("<button type=\"submit\" id=\"ask-screenshot\" class=\"secondary\"")
            .raw(disabled)
            .raw(">")
            .text(language, Text::AskScreenshot)
            .raw("</button>\n</form>\n");
        if (open) {
            main.raw("<form method=\"post\" action=\"/console/cases/").raw(id).raw("/end-live\">\n");
            hidden_csrf(main, visitor);
            main.raw("<button type=\"submit\" id=\"end-live\" class=\"secondary\">")
                .text(language, Text::EndLive)
                .raw("</button>\n</form>\n");
        }
        main.raw("</div>\n");
    }
    // Always there (hidden while empty) so that the script can add a message sent without a reload.
    main.raw("<p id=\"message-news\" class=\"notice\" role=\"status\" aria-live=\"polite\"></p>\n")
        .raw("<div id=\"messages-box\"")
        .raw(messages.empty() ? " hidden" : "")
        .raw(">\n<h3>")
        .text(language, Text::MessagesSent)
        .raw("</h3>\n<ol id=\"messages-sent\" class=\"messages\">\n");
    for (auto& message : messages) {
        main.raw("<li id=\"message-")
            .raw(std::to_string(message.id))
            .raw("\"><span class=\"when\">")
            .text(message_time(message))
            .raw("</span> ")
            .text(message.text)
            .raw(" <span class=\"shown")
            .raw(message.shown_at ? " yes" : "")
            .raw("\" id=\"message-state-")
            .raw(std::to_string(message.id))
            .raw("\">")
            .text(message_state(language, message))
            .raw("</span></li>\n");
    }
    main.raw("</ol>\n</div>\n");
    main.raw("</section>\n");
}

nlohmann::json sent_messages_json(Language language, const std::vector<Store::SentMessage>& messages)
{
    nlohmann::json shown = nlohmann::json::array();
    for (auto& message : messages)
        shown.push_back({ { "id", message.id }, { "time", message_time(message) }, { "text", message.text },
            { "shown", bool(message.shown_at) }, { "state", message_state(language, message) } });
    return shown;
}

// A mediator with the case page open during live help "sees the screen": the device is told once (a
// "watching" event wakes its poll) and stops saying "your helper will see your screen when…".
bool mark_watched(ServerContext& context, const std::optional<LiveSession>& live, int64_t mediator_id)
{
    if (!live || live->watched || !live->is_open(now()))
        return true;
    auto event = context.store.mark_live_watched(live->id, mediator_id, now());
    if (event.is_error())
        return false;
    if (event.value())
        context.hub.notify(live->case_id);
    return true;
}

}
