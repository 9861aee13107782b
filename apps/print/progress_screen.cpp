// Sending the job, following it, saying the result, and cancelling a stuck job.
#include "progress_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"

namespace Foyer {

namespace {

Icon icon_for(const std::optional<JobStatus>& job, bool send_failed)
{
    if (send_failed || (job && (job->stuck || job->stage == JobStage::Failed)))
        return Icon::Closed;
    if (job && job->stage == JobStage::Done)
        return Icon::Open;
    if (job && job->stage == JobStage::Cancelled)
        return Icon::Cancel;
    if (job && job->stage == JobStage::Printing)
        return Icon::Print;
    return Icon::Waiting;
}

// Speaking every page would drown the senior; a new stage, or becoming stuck, is worth saying.
bool worth_saying(const std::optional<JobStatus>& said, const JobStatus& now)
{
    return !said || said->stage != now.stage || said->stuck != now.stuck;
}

}

std::vector<ButtonSpec> progress_buttons(const std::optional<JobStatus>& job, bool send_failed, const PrintHooks& hooks)
{
    std::vector<ButtonSpec> buttons;
    auto help = [&] {
        if (hooks.open_help)
            buttons.push_back({ "print.help", Icon::Helpline, tr("Call for help") });
    };
    if (send_failed) {
        buttons.push_back({ "print.back", Icon::Back, tr("Back") });
        help();
    } else if (job && job->stuck) {
        buttons.push_back({ "print.cancel", Icon::Cancel, tr("Cancel printing") });
        help();
    } else if (job && job->finished()) {
        buttons.push_back({ "print.again", Icon::Print, tr("Print something else") });
        if (job->stage == JobStage::Failed)
            help();
    }
    return buttons;
}

ProgressLayout layout_progress(const Ui& ui, const std::string& headline, const std::string& detail, const PrinterReport* status,
    const std::vector<ButtonSpec>& buttons, const Rect& area)
{
    auto& m = ui.metrics();
    ProgressLayout layout;
    float status_h = status ? status_panel_height(ui, *status, area.width) : 0;
    auto probe = layout_button_row(ui, buttons, area);
    float icon_h = 0, headline_h = 0, detail_h = 0, total = 0;
    // The big icon gives way first, then the type steps down from heading to large.
    for (int attempt = 0; attempt < 3; ++attempt) {
        layout.headline_role = attempt < 2 ? FontRole::Heading : FontRole::Large;
        layout.detail_role = attempt < 2 ? FontRole::Large : FontRole::Body;
        icon_h = attempt == 0 ? m.font(FontRole::Icon) : 0;
        headline_h = ui.text_height(headline, layout.headline_role, area.width);
        detail_h = detail.empty() ? 0 : ui.text_height(detail, layout.detail_role, area.width);
        total = (icon_h > 0 ? icon_h + m.gap : 0) + headline_h + (detail.empty() ? 0 : m.gap / 2 + detail_h)
            + (status ? m.gap + status_h : 0) + (buttons.empty() ? 0 : m.gap + probe.height);
        if (total <= area.height)
            break;
    }
    Rect rest = area;
    rest.take_top(std::max(0.f, (area.height - total) / 2));
    Rect icon = rest.take_top(icon_h);
    layout.icon = icon.center();
    if (icon_h > 0)
        rest.take_top(m.gap);
    layout.headline = rest.take_top(headline_h);
    if (!detail.empty()) {
        rest.take_top(m.gap / 2);
        layout.detail = rest.take_top(detail_h);
    }
    if (status) {
        rest.take_top(m.gap);
        layout.status = rest.take_top(status_h);
    }
    if (!buttons.empty())
        rest.take_top(m.gap);
    layout.buttons = layout_button_row(ui, buttons, rest);
    layout.fits = total <= area.height + 0.5f && layout.buttons.fits;
    return layout;
}

ProgressScreen::ProgressScreen(Services& services, PrintContext context, std::shared_ptr<const PreparedPrint> prepared, int copies)
    : PrintStep(services, std::move(context))
    , m_prepared(std::move(prepared))
    , m_copies(copies)
{
    app().print(m_prepared, m_copies, m_lifetime.guard([this](ErrorOr<int> sent) {
        if (sent.is_error()) {
            m_send_error = sent.error();
            m_services.say(m_send_error->message());
        }
    }));
    m_seen_revision = app().job_revision();
}

std::string ProgressScreen::title() const
{
    return tr("Printing");
}

JobText ProgressScreen::text() const
{
    if (m_send_error)
        return { m_send_error->message(), {}, m_send_error->message() };
    auto status = app().job().value_or(JobStatus {});
    auto text = job_text(status, m_prepared->thing, m_prepared->pages, m_copies);
    if (m_cancel_error && !status.finished())
        text.detail = m_cancel_error->message();
    return text;
}

std::string ProgressScreen::arrival_speech() const
{
    return title() + ". " + text().spoken;
}

void ProgressScreen::on_button(const std::string& id)
{
    auto& navigator = m_services.navigator();
    if (id == "print.cancel") {
        m_cancel_error.reset();
        app().cancel_job(m_lifetime.guard([this](ErrorOr<void> cancelled) {
            if (cancelled.is_error()) {
                m_cancel_error = cancelled.error();
                m_services.say(m_cancel_error->message());
            }
        }));
    } else if (id == "print.help") {
        call_for_help();
    } else if (id == "print.back") {
        navigator.back();
    } else if (id == "print.again") {
        // Back to the print screen: the pickers and the preview of this job are done with.
        navigator.go_home();
        navigator.open(open_print(m_services, context()));
    }
}

void ProgressScreen::draw(Ui& ui)
{
    auto& job = app().job();
    if (app().job_revision() != m_seen_revision) {
        m_seen_revision = app().job_revision();
        if (job && !m_send_error && job->stage != JobStage::Sending && worth_saying(m_said, *job)) {
            m_said = job;
            m_services.say(text().spoken);
        }
    }
    auto words = text();
    bool explain = m_send_error || (job && (job->stuck || job->stage == JobStage::Failed));
    auto report = describe_printer(app().situation());
    // The printer's state explains a problem only when it has one: a green "ready" beside "nothing has
    // come out" would contradict the screen.
    bool show_status = explain && (report.verdict == PrinterVerdict::Blocked || report.verdict == PrinterVerdict::Warning);
    auto buttons = progress_buttons(job, m_send_error.has_value(), hooks());
    auto layout = layout_progress(ui, words.headline, words.detail, show_status ? &report : nullptr, buttons, ui.content());

    if (layout.headline.y > layout.icon.y)
        ui.icon(layout.icon, icon_for(job, m_send_error.has_value()), FontRole::Icon, SwatchRole::Page);
    ui.text(layout.headline, words.headline, layout.headline_role, SwatchRole::Page, Align::Center);
    if (!words.detail.empty())
        ui.text(layout.detail, words.detail, layout.detail_role, SwatchRole::Page, Align::Center);
    if (show_status)
        draw_status_panel(ui, layout.status, report);
    if (auto pressed = draw_button_row(ui, layout.buttons, buttons); !pressed.empty())
        on_button(pressed);
}

}
