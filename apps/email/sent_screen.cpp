// Following one e-mail's first attempt, and the ways on from there.
#include "sent_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "compose_screen.hpp"
#include "inbox_screen.hpp"
#include "mail_errors.hpp"

namespace Foyer {

SentWords sent_words(const QueuedMail& mail, const SendReport* report)
{
    auto name = mail.to.name.empty() ? mail.to.address : mail.to.name;
    FormatArgs args { { "name", name } };
    SentWords words;
    if (!report) {
        words.text = format(tr("Sending your e-mail to {name}…"), args);
        return words;
    }
    if (!report->failure) {
        words.text = tr("Sent.") + " " + format(tr("Your e-mail to {name} has left."), args);
        words.role = SwatchRole::StatusGood;
        words.icon = Icon::Open;
        return words;
    }
    auto failure = mail_failure(*report->failure);
    if (report->returned_draft) {
        words.text = format(tr("Your e-mail to {name} could not be sent."), args) + " " + report->failure->message() + " "
            + tr("It is back among your unfinished e-mails, to change and send again.");
        words.role = SwatchRole::StatusBad;
        words.icon = Icon::Closed;
        words.returned = true;
        return words;
    }
    if (is_temporary(failure)) {
        words.text = report->failure->message() + " "
            + format(tr("Your e-mail to {name} is kept safe and will leave by itself as soon as it works again. I will tell you when it has gone."), args);
        words.icon = Icon::Schedule;
        return words;
    }
    words.text = report->failure->message() + " " + format(tr("Your e-mail to {name} is kept and will leave once this is fixed."), args);
    words.role = SwatchRole::StatusBad;
    words.icon = Icon::Closed;
    words.offer_help = true;
    return words;
}

SentLayout layout_sent(const Ui& ui, const std::string& text, const std::vector<ButtonSpec>& buttons, const Rect& area)
{
    auto& m = ui.metrics();
    SentLayout layout;
    Rect rest = area;
    auto probe = layout_button_row(ui, buttons, rest, Align::Right);
    layout.buttons = layout_button_row(ui, buttons, rest.take_bottom(probe.height), Align::Right);
    rest.take_bottom(m.gap);
    for (float px : m.sizes_to_try({ FontRole::Heading, FontRole::Large, FontRole::Body })) {
        layout.px = px;
        float h = panel_height(ui, text, rest.width, FontRole::Heading, px);
        layout.panel = { rest.x, rest.y + std::max(0.f, (rest.height - h) / 3), rest.width, h };
        layout.fits = h <= rest.height + 0.5f && layout.buttons.fits;
        if (layout.fits)
            break;
    }
    return layout;
}

SentScreen::SentScreen(Services& services, EmailContext context, QueuedMail mail)
    : EmailStep(services, std::move(context))
    , m_mail(std::move(mail))
{
    app().follow_mail(m_mail.id, true);
}

SentScreen::~SentScreen()
{
    app().follow_mail(m_mail.id, false);
}

std::string SentScreen::title() const
{
    auto name = m_mail.to.name.empty() ? m_mail.to.address : m_mail.to.name;
    return format(tr("E-mail to {name}"), { { "name", name } });
}

std::string SentScreen::arrival_speech() const
{
    return sent_words(m_mail, app().last_report(m_mail.id)).text;
}

void SentScreen::draw(Ui& ui)
{
    follow_settings();
    auto words = sent_words(m_mail, app().last_report(m_mail.id));
    if (words.text != m_said) {
        // The first words were the arrival speech; what follows is said when it is known.
        if (!m_said.empty())
            m_services.say(words.text);
        m_said = words.text;
    }
    std::vector<ButtonSpec> buttons;
    if (words.returned)
        buttons.push_back({ "email.change", Icon::Document, tr("Change my e-mail") });
    if (words.offer_help && hooks().open_help)
        buttons.push_back({ "email.help", Icon::Helpline, tr("Call for help") });
    buttons.push_back({ "email.inbox", Icon::Mail, tr("My e-mails") });
    auto layout = layout_sent(ui, words.text, buttons, ui.content());
    draw_panel(ui, layout.panel, words.text, words.role, words.icon, FontRole::Heading, layout.px);
    auto pressed = draw_button_row(ui, layout.buttons, buttons);
    if (pressed == "email.inbox") {
        m_services.navigator().go_home();
        m_services.navigator().open(std::make_unique<InboxScreen>(m_services, context()));
    } else if (pressed == "email.help") {
        call_for_help();
    } else if (pressed == "email.change") {
        auto* report = app().last_report(m_mail.id);
        if (report && report->returned_draft) {
            Draft draft;
            draft.key = *report->returned_draft;
            draft.to = m_mail.to;
            m_services.navigator().back();
            m_services.navigator().open(std::make_unique<ComposeScreen>(m_services, context(), std::move(draft)));
        }
    }
}

}
