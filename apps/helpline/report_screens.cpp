// Consent, sending, the case code and the offline code, as a senior sees and hears them.
#include "report_screens.hpp"

#include "../../helpdesk/protocol/case_code.hpp"
#include "../../helpdesk/protocol/offline_code.hpp"
#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "helpline_text.hpp"

namespace Foyer {

namespace {

HelpService* help_service(Services& services)
{
    return static_cast<HelpService*>(services.service("help"));
}

// A row of buttons, centred at the bottom of `area`; returns the rectangles, left to right.
std::vector<Rect> button_row(Ui& ui, Rect& area, const std::vector<std::pair<Icon, std::string>>& buttons)
{
    auto& m = ui.metrics();
    Rect row = area.take_bottom(m.button_height * 1.3f);
    area.take_bottom(m.gap);
    float total = m.gap * float(buttons.size() - 1);
    std::vector<float> widths;
    for (auto& [icon, label] : buttons) {
        widths.push_back(std::max(ui.button_width(icon, label), row.height * 3));
        total += widths.back();
    }
    float x = row.center().x - std::min(total, row.width) / 2;
    std::vector<Rect> rects;
    for (auto width : widths) {
        rects.push_back({ x, row.y, width, row.height });
        x += width + m.gap;
    }
    return rects;
}

}

// --- Consent -------------------------------------------------------------------------------------

ConsentScreen::ConsentScreen(Services& services, std::shared_ptr<const RgbaImage> picture)
    : m_services(services)
    , m_picture(std::move(picture))
{
}

ConsentScreen::~ConsentScreen()
{
    if (m_thumbnail != no_image)
        m_services.images().remove(m_thumbnail);
}

std::string ConsentScreen::title() const
{
    return tr("Show my screen to the helper");
}

std::string ConsentScreen::what_is_sent() const
{
    auto args = FormatArgs { { "helpline", m_services.settings().helpline.name } };
    if (m_with_picture && m_picture && !m_picture->empty())
        return format(tr("Foyer will send to {helpline} a picture of your screen, and the state of your internet, "
                         "printer, sound and camera."),
            args);
    return format(tr("Foyer will send to {helpline} the state of your internet, printer, sound and camera, without a "
                     "picture of your screen."),
        args);
}

std::string ConsentScreen::arrival_speech() const
{
    return title() + ". " + what_is_sent() + " "
        + tr("Foyer only ever sends to the helpline your family chose. Nothing leaves the computer before you press Send.");
}

void ConsentScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    auto buttons = button_row(ui, area, { { Icon::Send, tr("Send") }, { Icon::Cancel, tr("Do not send") } });
    auto promise = tr("Foyer only ever sends to the helpline your family chose. Nothing leaves the computer before you press Send.");
    float promise_h = ui.text_height(promise, FontRole::Body, area.width);
    ui.text(area.take_bottom(promise_h), promise, FontRole::Body, SwatchRole::Page);
    area.take_bottom(m.gap);

    auto sentence = what_is_sent();
    ui.text(area.take_top(ui.text_height(sentence, FontRole::Large, area.width)), sentence, FontRole::Large, SwatchRole::Page);
    area.take_top(m.gap);

    // The picture beside its own choice.
    bool has_picture = m_picture && !m_picture->empty();
    if (has_picture) {
        if (m_thumbnail == no_image)
            m_thumbnail = m_services.images().add(scale_to_fit(*m_picture, int(m.screen_width / 2), int(m.screen_height / 2)));
        Rect choices = area.take_right(area.width * 0.45f);
        area.take_right(m.gap);
        if (m_with_picture)
            ui.image(area, m_thumbnail, m_picture->width, m_picture->height);
        else
            ui.text({ area.x, area.center().y - m.font(FontRole::Large), area.width, m.font(FontRole::Large) * 2.5f },
                tr("The picture stays on this computer."), FontRole::Large, SwatchRole::Page, Align::Center);
        float h = m.button_height * 1.3f;
        Rect yes { choices.x, choices.center().y - h - m.gap / 2, choices.width, h };
        Rect no { choices.x, choices.center().y + m.gap / 2, choices.width, h };
        if (ui.button("help.picture.yes", yes, m_with_picture ? Icon::Checked : Icon::Unchecked, tr("Send the picture"),
                m_with_picture ? SwatchRole::StatusGood : SwatchRole::Button)) {
            m_with_picture = true;
            m_services.say(tr("The picture will be sent."));
        }
        if (ui.button("help.picture.no", no, m_with_picture ? Icon::Unchecked : Icon::Checked, tr("Keep the picture"),
                m_with_picture ? SwatchRole::Button : SwatchRole::StatusGood)) {
            m_with_picture = false;
            m_services.say(tr("The picture will not be sent."));
        }
    }

    if (ui.button("help.send", buttons[0], Icon::Send, tr("Send"), SwatchRole::StatusGood)) {
        RgbaImage picture = m_with_picture && has_picture ? *m_picture : RgbaImage {};
        m_services.activity().record("report", m_with_picture && has_picture ? "consent with picture" : "consent without picture");
        m_services.navigator().back();
        m_services.navigator().open(std::make_unique<SendingScreen>(m_services, std::move(picture)));
    }
    if (ui.button("help.cancel", buttons[1], Icon::Cancel, tr("Do not send"))) {
        m_services.activity().record("report", "declined");
        m_services.navigator().back();
    }
}

// --- Sending -------------------------------------------------------------------------------------

SendingScreen::SendingScreen(Services& services, RgbaImage picture)
    : m_services(services)
{
    auto* service = help_service(services);
    service->submit(std::move(picture), [&services](ReportOutcome outcome) {
        // The senior may have gone home meanwhile: the result is shown all the same, it matters.
        services.activity().record("report", outcome.sent ? "sent " + outcome.code : "not sent, offline code " + outcome.offline_code);
        if (services.navigator().current().id() == "help.sending")
            services.navigator().back();
        if (outcome.sent)
            services.navigator().open(std::make_unique<CodeScreen>(services, outcome.code, CodeScreen::Arrival::JustSent, outcome.picture_dropped));
        else
            services.navigator().open(std::make_unique<NotSentScreen>(services, outcome));
    });
}

std::string SendingScreen::title() const
{
    return tr("Sending to the helper");
}

std::string SendingScreen::arrival_speech() const
{
    return tr("Foyer is checking your computer and sending. Please wait a few seconds.");
}

void SendingScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    auto text = tr("Foyer is checking your computer and sending. Please wait a few seconds.");
    float h = ui.text_height(text, FontRole::Heading, area.width);
    ui.icon({ area.center().x, area.center().y - h / 2 - m.font(FontRole::Icon) / 2 - m.gap }, Icon::Send, FontRole::Icon, SwatchRole::Page);
    ui.text({ area.x, area.center().y - h / 2, area.width, h }, text, FontRole::Heading, SwatchRole::Page, Align::Center);
}

// --- The case code -------------------------------------------------------------------------------

CodeScreen::CodeScreen(Services& services, std::string code, Arrival arrival, bool picture_dropped)
    : m_services(services)
    , m_code(std::move(code))
    , m_arrival(arrival)
    , m_picture_dropped(picture_dropped)
{
}

std::string CodeScreen::title() const
{
    return tr("Your code for the helper");
}

std::string CodeScreen::spoken_code(std::string_view digits)
{
    std::string spoken;
    for (size_t i = 0; i < digits.size(); ++i) {
        spoken += digits[i];
        spoken += (i + 1) % 3 == 0 && i + 1 < digits.size() ? ". " : i + 1 < digits.size() ? ", "
                                                                                           : ".";
    }
    return spoken;
}

std::string CodeScreen::helpline_sentence() const
{
    auto& helpline = m_services.settings().helpline;
    auto text = format(tr("Call {name} and read them this code."), { { "name", helpline.name } });
    auto status = opening_status(helpline.hours, m_services.now());
    if (!status.open_now)
        text += " " + opening_status_text(helpline.hours, m_services.now(), true);
    return text;
}

std::string CodeScreen::arrival_speech() const
{
    auto intro = m_arrival == Arrival::SentLater ? tr("Your report to the helper has now been sent.") : tr("Sent.");
    std::string dropped = m_picture_dropped ? " " + tr("The picture was too big and was left out.") : "";
    return intro + dropped + " " + format(tr("Your code is: {code}"), { { "code", spoken_code(m_code) } }) + " "
        + helpline_sentence();
}

void CodeScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    auto* service = help_service(m_services);
    std::vector<std::pair<Icon, std::string>> labels { { Icon::Speak, tr("Say it again") } };
    bool can_go_live = service && service->can_send() && !service->live();
    if (can_go_live)
        labels.push_back({ Icon::ShareScreen, tr("Let the helper see my screen") });
    auto buttons = button_row(ui, area, labels);

    auto& helpline = m_services.settings().helpline;
    auto status = opening_status(helpline.hours, m_services.now());
    std::string below = format(tr("Call {name} and read them this code."), { { "name", helpline.name } });
    if (!status.open_now)
        below += "\n" + opening_status_text(helpline.hours, m_services.now());
    if (m_picture_dropped)
        below += "\n" + tr("The picture was too big and was left out.");

    auto grouped = Protocol::format_code(m_code);
    float code_h = m.font(FontRole::Giant) * 1.2f;
    float below_h = ui.text_height(below, FontRole::Large, area.width);
    float total = code_h + m.gap + below_h;
    Rect block { area.x, area.y + std::max(0.f, (area.height - total) / 2), area.width, total };
    Rect code_rect = block.take_top(code_h);
    ui.text(code_rect, grouped, FontRole::Giant, SwatchRole::Page, Align::Center);
    block.take_top(m.gap);
    ui.text(block, below, FontRole::Large, SwatchRole::Page, Align::Center);

    if (ui.button("help.say_again", buttons[0], Icon::Speak, tr("Say it again")))
        m_services.say(format(tr("Your code is: {code}"), { { "code", spoken_code(m_code) } }));
    if (can_go_live && ui.button("help.live", buttons[1], Icon::ShareScreen, tr("Let the helper see my screen")))
        service->start_live(m_code);
}

// --- Not sent: the offline code ------------------------------------------------------------------

NotSentScreen::NotSentScreen(Services& services, ReportOutcome outcome)
    : m_services(services)
    , m_outcome(std::move(outcome))
{
}

std::string NotSentScreen::title() const
{
    return tr("Not sent yet");
}

std::string NotSentScreen::reason() const
{
    switch (m_outcome.why) {
    case SendOutcome::RetryLater:
        return tr("The helpline's service is busy.");
    case SendOutcome::EnrollmentRefused:
        return tr("The helpline's service did not accept this computer: your family must check the code of the "
                  "association in the settings.");
    case SendOutcome::Certificate:
        return tr("The helpline's service could not prove who it is, so nothing was sent: your family must check its address.");
    default:
        return tr("Foyer could not reach the helpline's service: the internet may not be working.");
    }
}

std::string NotSentScreen::arrival_speech() const
{
    return title() + ". " + reason() + " "
        + format(tr("Read this code to the helper instead: {code}"), { { "code", CodeScreen::spoken_code(m_outcome.offline_code) } })
        + " " + tr("Foyer keeps your report and sends it by itself as soon as it can.");
}

void NotSentScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    auto buttons = button_row(ui, area, { { Icon::Speak, tr("Say it again") } });
    auto top = reason() + "\n" + tr("Read this code to the helper instead:");
    ui.text(area.take_top(ui.text_height(top, FontRole::Large, area.width)), top, FontRole::Large, SwatchRole::Page, Align::Center);
    area.take_top(m.gap);
    auto bottom = tr("Foyer keeps your report and sends it by itself as soon as it can.");
    ui.text(area.take_bottom(ui.text_height(bottom, FontRole::Large, area.width)), bottom, FontRole::Large, SwatchRole::Page, Align::Center);
    float code_h = m.font(FontRole::Giant) * 1.2f;
    ui.text({ area.x, area.center().y - code_h / 2, area.width, code_h }, Protocol::format_code(m_outcome.offline_code),
        FontRole::Giant, SwatchRole::Page, Align::Center);
    if (ui.button("help.say_again", buttons[0], Icon::Speak, tr("Say it again")))
        m_services.say(format(tr("Read this code to the helper instead: {code}"),
            { { "code", CodeScreen::spoken_code(m_outcome.offline_code) } }));
}

}

namespace Foyer {

std::vector<std::pair<std::string, std::function<std::unique_ptr<Screen>(Services&)>>> helpline_sample_screens()
{
    return {
        { "help.consent",
            [](Services& services) {
        // The picture is the home screen, as when the senior pressed the help tile.
        auto picture = std::make_shared<RgbaImage>();
        services.capture_screen([picture](RgbaImage taken) { *picture = std::move(taken); });
        return std::make_unique<ConsentScreen>(services, picture);
         } },
        { "help.code",
            [](Services& services) {
        return std::make_unique<CodeScreen>(services, Protocol::case_code_from_digits("07269215"), CodeScreen::Arrival::JustSent);
         } },
        { "help.not_sent",
            [](Services& services) {
        ReportOutcome outcome;
        std::vector<Protocol::Finding> findings(2);
        findings[0].id = "network.dns";
        findings[0].status = Protocol::Status::Fail;
        findings[1].id = "printer.ink";
        findings[1].status = Protocol::Status::Warn;
        outcome.offline_code = Protocol::encode_offline_code(findings);
        return std::make_unique<NotSentScreen>(services, outcome);
         } },
        };
}

}
