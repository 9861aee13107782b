// The help report's service: submitting, the outbox in the background, live help.
#include "help_service.hpp"

#include "../../helpdesk/protocol/case_code.hpp"
#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/navigation/known_apps.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/paths.hpp"
#include "../../shell/ui/ui.hpp"
#include "diagnosis/command.hpp"
#include "helpline_text.hpp"
#include "report/report_builder.hpp"
#include "report_screens.hpp"

#ifndef FOYER_VERSION
#define FOYER_VERSION "unknown"
#endif

namespace Foyer {

namespace {

using namespace std::chrono_literals;

constexpr auto live_session_limit = 30min;

std::string words_for(const std::string& entry, Language language)
{
    auto space = entry.find(' ');
    auto kind = entry.substr(0, space);
    auto detail = space == std::string::npos ? std::string {} : entry.substr(space + 1);
    auto label_of = [&](std::string_view id) -> std::string {
        if (id == "home")
            return tr_in(language, N_("the home screen"));
        if (auto* app = known_app(id))
            return tr_in(language, app->label);
        return {};
    };
    if (kind == "screen") {
        auto base = detail.substr(0, detail.find('.'));
        auto label = label_of(base);
        return label.empty() ? std::string {} : format(tr_in(language, N_("opened {screen}")), { { "screen", label } });
    }
    if (kind == "activate") {
        std::string label;
        if (detail.rfind("tile.", 0) == 0)
            label = label_of(detail.substr(5));
        else if (detail == "home" || detail == "key.home")
            label = tr_in(language, N_("Home"));
        else if (detail == "help")
            label = tr_in(language, N_("Help"));
        else if (detail == "help.show")
            label = tr_in(language, N_("Show my screen to the helper"));
        return label.empty() ? std::string {} : format(tr_in(language, N_("pressed {button}")), { { "button", label } });
    }
    if (kind == "error")
        return format(tr_in(language, N_("error: {message}")), { { "message", tr_in(language, detail.c_str()) } });
    return {};
}

}

std::string HelpService::activity_words(const std::vector<std::string>& entries, Language language)
{
    std::vector<std::string> words;
    for (auto& entry : entries)
        if (auto said = words_for(entry, language); !said.empty())
            words.push_back(said);
    if (words.size() > 6)
        words.erase(words.begin(), words.end() - 6);
    std::string joined;
    for (auto& word : words)
        joined += (joined.empty() ? "" : " → ") + word;
    if (joined.empty())
        return {};
    return format(tr_in(language, N_("Last actions: {actions}.")), { { "actions", joined } });
}

HelpService::HelpService(Services& services)
    : m_services(services)
    , m_outbox_dir(state_dir() + "/outbox")
    , m_outbox(m_outbox_dir)
    , m_alive(std::make_shared<std::atomic<bool>>(true))
{
    // Reports kept from an earlier session (no network then, or Foyer stopped) leave as soon as possible,
    // whether or not the family still has a helpdesk set: they were consented to when they were made.
    // A --screenshot sends nothing.
    if (!services.live_session())
        return;
    m_sender_config->set(client_config());
    m_sender_helpdesk = services.settings().helpline.helpdesk;
    m_sender = std::make_unique<OutboxSender>(
        m_outbox,
        [shared = m_sender_config](const QueuedReport& report, std::stop_token stop) {
        auto config = shared->get();
        if (config.url.empty())
            return SendResult { SendOutcome::Unreachable, {}, {}, std::chrono::hours(1), false, "no helpdesk set" };
        HelpdeskClient client(config);
        return client.send_report(report.report_json, report.png, stop);
        },
        [this, alive = m_alive](const QueuedReport& report, const SendResult& result) {
        m_services.run_queue().post([this, alive, report, result] {
            if (*alive)
                on_sent_later(report, result);
        });
    });
}

HelpService::~HelpService()
{
    *m_alive = false;
    if (m_live_code)
        m_live_thread.request_stop();
    m_live_thread = {};
    m_sender.reset();
}

HelpdeskConfig HelpService::client_config() const
{
    auto& helpline = m_services.settings().helpline;
    return { helpline.helpdesk, helpline.enrollment_code, expand_path(helpline.ca_file, config_dir()), state_dir() + "/helpdesk-device.json",
        m_services.settings().senior_name };
}

bool HelpService::can_send() const
{
    return !m_services.settings().helpline.helpdesk.empty();
}

void HelpService::submit(RgbaImage picture, std::function<void(ReportOutcome)> done)
{
    // The family may have changed the helpdesk since Foyer started: the background sender follows.
    follow_settings();
    auto context = diagnosis_context(m_services.settings(), FOYER_VERSION);
    context.screen_size = m_services.screen_size();
    auto entries = m_services.activity().recent();
    context.activity_fr = activity_words(entries, Language::French);
    context.activity_en = activity_words(entries, Language::English);
    auto config = client_config();
    auto language = i18n::current_language();
    m_workers.post([this, alive = m_alive, context, config, language, picture = std::move(picture),
                       done = std::move(done)](std::stop_token stop) {
        auto picture_png = picture_within_budget(picture);
        auto diagnosis = run_diagnosis(context, standard_collectors());
        auto report = build_report(diagnosis, FOYER_VERSION, language);
        ReportOutcome outcome;
        outcome.offline_code = offline_code_for(diagnosis);
        auto json = Protocol::serialize_report(report);
        // Kept before anything is tried: from here on, no crash or power cut loses it. The first retry is
        // a little later, so the sender does not race this first attempt.
        auto now = int64_t(std::time(nullptr));
        QueuedReport queued { report.report_id, json, picture_png, now, 1, now + retry_delay(1).count() };
        // created_at stays when she asked, however late the report leaves.
        if (auto kept = m_outbox.add(queued); kept.is_error())
            log_warning("help: the report could not be kept: " + kept.error().detail());
        // The senior is waiting: a stalled connection gives way to the offline code within seconds, and the
        // outbox carries on in the background.
        auto waiting = config;
        waiting.timeout = 5s;
        HelpdeskClient client(waiting);
        auto result = client.send_report(json, picture_png, stop);
        outcome.sent = result.outcome == SendOutcome::Sent;
        outcome.code = result.code;
        outcome.why = result.outcome;
        outcome.picture_dropped = result.picture_dropped;
        if (outcome.sent || result.outcome == SendOutcome::Rejected) {
            m_outbox.remove(report.report_id);
            // The helpdesk answers: what waits in the outbox goes now rather than after its back-off.
            if (outcome.sent && m_sender)
                m_sender->send_everything();
        } else {
            log_warning("help: the report was not sent (" + result.detail + "); it waits in the outbox");
            // She is shown the offline code: the report that arrives later carries it, so that the helper
            // who noted it finds the case.
            report.offline_code = outcome.offline_code;
            queued.report_json = Protocol::serialize_report(report);
            if (auto kept = m_outbox.update(queued); kept.is_error())
                log_warning("help: the offline code could not be added to the report: " + kept.error().detail());
            // The sender may be asleep with nothing to do: it now has a report due in a few seconds.
            if (m_sender)
                m_sender->poke();
        }
        m_services.run_queue().post([this, alive, outcome, id = report.report_id, now, done] {
            if (!*alive)
                return;
            m_late.shown(id, now, outcome.sent);
            done(outcome);
        });
    });
}

void HelpService::follow_settings()
{
    auto config = client_config();
    m_sender_config->set(config);
    if (config.url == m_sender_helpdesk)
        return;
    // The family has just set or corrected the helpdesk: the reports waiting for it go now.
    m_sender_helpdesk = config.url;
    if (m_sender) {
        log_info("help: the helpdesk setting changed, sending what waits in the outbox");
        m_sender->send_everything();
    }
}

void HelpService::on_sent_later(const QueuedReport& report, const SendResult& result)
{
    if (result.outcome != SendOutcome::Sent)
        return;
    auto notice = m_late.arrived(report.report_id, report.queued_at, result.code);
    if (!notice)
        return;
    // Never a new screen: she may be reading another code on the phone. A band says it, and the voice once.
    m_services.activity().record("report", "sent later " + result.code);
    m_services.activity().record("report", notice->earlier ? "late notice earlier " + result.code : "late notice " + result.code);
    m_services.say(late_notice_text(*notice));
}

std::string HelpService::late_notice_text(const LateNotice& notice)
{
    auto args = FormatArgs { { "code", Protocol::format_code(notice.code) } };
    if (notice.earlier)
        return format(tr("An earlier report also arrived at the helpline, with the code {code}. Nothing to do: the "
                         "code you were given is still the right one."),
            args);
    return format(tr("Your report has now reached the helpline. The helper can find it with the code you read, or "
                     "with this one: {code}."),
        args);
}

float HelpService::draw_late_notice(Ui& ui, const Rect& screen)
{
    auto& notice = m_late.current();
    if (!notice)
        return 0;
    auto& m = ui.metrics();
    auto ok_label = tr("OK");
    float ok_w = std::max(ui.button_width(Icon::None, ok_label), m.button_height * 2);
    auto text = late_notice_text(*notice);
    float text_w = screen.width - 3 * m.gap - ok_w;
    float height = std::max(m.button_height, ui.text_height(text, FontRole::Large, text_w)) + 2 * m.gap;
    Rect band { screen.x, screen.y, screen.width, height };
    ui.fill(band, SwatchRole::Notice);
    Rect inner = band.inset(m.gap);
    Rect ok = inner.take_right(ok_w);
    ok = { ok.x, ok.center().y - m.button_height / 2, ok.width, m.button_height };
    if (ui.button("help.late.ok", ok, Icon::None, ok_label))
        m_late.dismiss();
    inner.take_right(m.gap);
    ui.text(inner, text, FontRole::Large, SwatchRole::Notice);
    return height;
}

void HelpService::start_live(const std::string& code)
{
    if (m_live_code)
        return;
    m_live_code = code;
    m_watched = false;
    ++m_live_generation;
    m_services.activity().record("live", "start");
    auto& hours = m_services.settings().helpline.hours;
    m_services.say(live_help_text(hours, m_services.now(), false, true) + " " + tr("Press Stop at the top of the screen to end it."));
    // The previous session's thread may still be ending its poll and telling the helpdesk it stopped. The
    // new thread waits for it, so that this start always reaches the helpdesk after that stop; the main
    // thread never does (assigning over a running jthread would join it here).
    auto previous = std::move(m_live_thread);
    // The settings belong to the main thread: the live thread gets its own copy of what it needs.
    m_live_thread = std::jthread([this, code, config = client_config(), generation = m_live_generation,
                                     previous = std::move(previous)](std::stop_token stop) mutable {
        if (previous.joinable())
            previous.join();
        live_loop(code, config, generation, stop);
    });
}

void HelpService::live_loop(std::string code, HelpdeskConfig config, unsigned generation, std::stop_token stop)
{
    HelpdeskClient client(config);
    auto started = client.start_live(code, stop);
    // What this session's thread posts is dropped once live help was stopped or started again: an event of
    // an earlier session never reaches the current one.
    auto post = [this, alive = m_alive, generation](std::function<void()> work) {
        m_services.run_queue().post([this, alive, generation, work = std::move(work)] {
            if (*alive && generation == m_live_generation)
                work();
        });
    };
    if (started.outcome != SendOutcome::Sent) {
        post([this] { end_live(N_("Live help could not start: the helpline's service does not answer. Your code is still valid.")); });
        return;
    }
    if (started.watched)
        post([this, watched = *started.watched] { on_watched(watched); });
    auto deadline = std::chrono::steady_clock::now() + live_session_limit;
    long after = 0;
    int failures = 0;
    while (!stop.stop_requested()) {
        if (std::chrono::steady_clock::now() >= deadline) {
            post([this] { end_live(N_("Live help has ended after thirty minutes.")); });
            break;
        }
        auto poll = client.poll_live(code, after, 25s, stop);
        if (stop.stop_requested())
            break;
        if (poll.outcome != SendOutcome::Sent) {
            // A dropped connection is retried a few times before live help is declared over.
            if (poll.outcome == SendOutcome::Rejected || ++failures > 6) {
                post([this] { end_live(N_("Live help has ended: the connection to the helpline was lost.")); });
                break;
            }
            std::this_thread::sleep_for(std::chrono::seconds(2 * failures));
            continue;
        }
        failures = 0;
        if (poll.watched)
            post([this, watched = *poll.watched] { on_watched(watched); });
        for (auto& event : poll.events) {
            after = std::max(after, event.id);
            post([this, event] { on_live_event(event); });
        }
        if (!poll.session_open) {
            post([this] { end_live(N_("Your helper has ended live help.")); });
            break;
        }
    }
    if (stop.stop_requested()) {
        // Tell the helpdesk, briefly: Foyer may be closing and must not wait on a slow network.
        auto brief = config;
        brief.timeout = std::chrono::seconds(3);
        HelpdeskClient(brief).stop_live(code, started.session_id, {});
    }
}

void HelpService::on_live_event(const LiveEvent& event)
{
    switch (event.type) {
    case LiveEvent::Type::Watching:
        on_watched(true);
        break;
    case LiveEvent::Type::Message:
        m_message = event.text;
        m_message_needs_focus = true;
        m_services.activity().record("live", "message");
        m_services.say(format(tr("Message from your helper: {message}"), { { "message", event.text } }));
        break;
    case LiveEvent::Type::ScreenshotRequest: {
        m_services.activity().record("live", "screenshot request");
        auto code = m_live_code.value_or("");
        auto config = client_config();
        m_services.capture_screen([this, code, config](RgbaImage picture) {
            m_workers.post([picture = std::move(picture), code, config](std::stop_token stop) {
                auto png = picture_within_budget(picture);
                if (png.empty())
                    return;
                HelpdeskClient client(config);
                auto sent = client.send_live_screenshot(code, png, stop);
                if (sent.outcome != SendOutcome::Sent)
                    log_warning("help: a picture for the helper was not sent (" + sent.detail + ")");
            });
        });
        break;
    }
    case LiveEvent::Type::End:
        end_live(N_("Your helper has ended live help."));
        break;
    }
}

void HelpService::on_watched(bool watched)
{
    // Once seen, she stays seen for this session: a mediator closing the page does not unsay it.
    if (!m_live_code || !watched || m_watched)
        return;
    m_watched = true;
    m_services.activity().record("live", "watched");
    m_services.say(tr("Your helper can now see your screen."));
}

void HelpService::end_live(const char* why_msgid)
{
    if (!m_live_code)
        return;
    m_live_code.reset();
    m_message.reset();
    ++m_live_generation;
    m_live_thread.request_stop();
    // The thread may be inside its last long poll; it ends on its own, and the next session's thread joins it.
    m_services.activity().record("live", "end");
    m_services.say(tr(why_msgid));
}

void HelpService::stop_live()
{
    if (!m_live_code)
        return;
    m_services.activity().record("live", "stopped by the senior");
    m_live_code.reset();
    m_message.reset();
    ++m_live_generation;
    m_live_thread.request_stop();
    m_services.say(tr("Live help is stopped. Your helper no longer sees your screen."));
}

float HelpService::draw_banner(Ui& ui, const Rect& screen)
{
    // The settings may have been saved since the last frame (the family's screens, a reload).
    if (m_sender)
        follow_settings();
    float late = draw_late_notice(ui, screen);
    if (!m_live_code)
        return late;
    Rect below = screen;
    below.take_top(late);
    return late + draw_live_banner(ui, below);
}

float HelpService::draw_live_banner(Ui& ui, const Rect& screen)
{
    auto& m = ui.metrics();
    auto stop_label = tr("Stop");
    float stop_w = ui.button_width(Icon::Close, stop_label);
    auto words = m_watched ? tr("Your helper can see your screen.")
                           : live_help_text(m_services.settings().helpline.hours, m_services.now(), false);
    float text_w = screen.width - 3 * m.gap - stop_w;
    float text_h = ui.text_height(words, FontRole::Large, text_w);
    float height = std::max(m.button_height, text_h) + 2 * m.gap;
    Rect band { screen.x, screen.y, screen.width, height };
    ui.fill(band, SwatchRole::Notice);
    Rect inner = band.inset(m.gap);
    // Stop is at the left, in the red of a hang-up: far from Home (top right), and unlike any other button.
    Rect stop = inner.take_left(stop_w);
    stop = { stop.x, stop.center().y - m.button_height / 2, stop.width, m.button_height };
    if (ui.button("live.stop", stop, Icon::Close, stop_label, SwatchRole::HangUp))
        stop_live();
    inner.take_left(m.gap);
    ui.text({ inner.x, inner.center().y - text_h / 2, inner.width, text_h }, words, FontRole::Large, SwatchRole::Notice);
    return height;
}

void HelpService::draw_overlay(Ui& ui, const Rect& screen)
{
    if (!m_message)
        return;
    auto& m = ui.metrics();
    Rect panel = screen.inset(std::min(screen.width, screen.height) / 8);
    ui.fill(panel, SwatchRole::Notice, true);
    Rect inner = panel.inset(m.gap * 2);
    ui.text(inner.take_top(m.font(FontRole::Heading) * 1.4f), tr("Message from your helper"), FontRole::Heading, SwatchRole::Notice);
    auto ok_label = tr("OK");
    Rect ok = inner.take_bottom(m.button_height);
    ok = { ok.center().x - std::max(ui.button_width(Icon::None, ok_label), m.button_height * 3) / 2, ok.y,
        std::max(ui.button_width(Icon::None, ok_label), m.button_height * 3), ok.height };
    ui.text(inner, *m_message, FontRole::Heading, SwatchRole::Notice);
    if (ui.button("live.message.ok", ok, Icon::None, ok_label))
        m_message.reset();
    // The focus goes to OK, not to whatever was focused below (Stop).
    if (m_message && m_message_needs_focus) {
        ui.focus_on("live.message.ok");
        m_message_needs_focus = false;
    }
}

}
