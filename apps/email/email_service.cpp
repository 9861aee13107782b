// The banner: one piece of news at a time, with OK to put it away; each is said once when it appears.
#include "email_service.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "email_widgets.hpp"
#include "mail_errors.hpp"

namespace Foyer {

std::optional<EmailNews> news_for(const SendReport& report)
{
    auto name = report.mail.to.name.empty() ? report.mail.to.address : report.mail.to.name;
    FormatArgs args { { "name", name } };
    if (!report.failure)
        return EmailNews { format(tr("Your e-mail to {name} has left."), args), SwatchRole::StatusGood };
    if (report.returned_draft)
        return EmailNews { format(tr("Your e-mail to {name} could not be sent."), args) + " " + report.failure->message() + " "
                + tr("It is back among your unfinished e-mails, to change and send again."),
            SwatchRole::StatusBad };
    return std::nullopt;
}

EmailService::EmailService(Services& services, std::shared_ptr<EmailApp> app)
    : m_services(services)
    , m_app(std::move(app))
{
    m_app->set_settings(services.settings());
    // Drawing a screenshot sends nothing: the outbox is only sent in the senior's session.
    m_app->attach(services.run_queue(), services.live_session());
}

EmailService::~EmailService()
{
    m_app->detach();
}

float EmailService::draw_banner(Ui& ui, const Rect& screen)
{
    m_app->set_settings(m_services.settings());
    for (auto& report : m_app->take_reports()) {
        // The "Sending…" screen tells about its own e-mail.
        if (m_app->followed(report.mail.id))
            continue;
        if (auto news = news_for(report)) {
            m_services.say_next(news->text);
            m_news.push_back(std::move(*news));
        }
    }
    if (m_news.empty())
        return 0;
    auto& m = ui.metrics();
    auto& news = m_news.front();
    auto ok = tr("OK");
    float ok_w = std::max(ui.button_width(Icon::None, ok), m.button_height * 2);
    float text_w = screen.width - 2 * m.margin - ok_w - m.gap;
    float h = std::max(panel_height(ui, news.text, text_w, FontRole::Body), m.button_height + m.gap) + m.margin;
    Rect band { screen.x, screen.y, screen.width, h };
    ui.fill(band, news.role);
    Rect inner = band.inset(m.margin / 2);
    draw_panel(ui, { inner.x, inner.y, inner.width - ok_w - m.gap, inner.height }, news.text, news.role, news.role == SwatchRole::StatusGood ? Icon::Open : Icon::Closed,
        FontRole::Body);
    if (ui.button("email.news.ok", { inner.right() - ok_w, inner.center().y - m.button_height / 2, ok_w, m.button_height }, Icon::None, ok))
        m_news.pop_front();
    return h;
}

}
