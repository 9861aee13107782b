// Consent, sending, the case code and the offline code, as a senior sees and hears them.
#include "report_screens.hpp"

#include "../../helpdesk/protocol/case_code.hpp"
#include "../../helpdesk/protocol/offline_code.hpp"
#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/ui/ui.hpp"
#include "../../voice/speakable.hpp"
#include "helpline_text.hpp"
#include "phone_number.hpp"

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

// Draws the number with its telephone icon, centred in `rect`, its digits `px` high.
void draw_number(Ui& ui, const Rect& rect, const std::string& number, float px)
{
    auto& m = ui.metrics();
    float number_w = ui.text_width(number, FontRole::Giant, px);
    float icon_px = std::min(m.font(FontRole::Icon), px);
    float left = rect.center().x - (number_w + icon_px + m.gap) / 2;
    ui.icon({ left + icon_px / 2, rect.center().y }, Icon::Phone, FontRole::Icon, SwatchRole::Page, icon_px);
    ui.text({ left + icon_px + m.gap, rect.y, number_w + 1, rect.height }, number, FontRole::Giant, SwatchRole::Page, Align::Left, px);
}

}

CallBlockLayout layout_call_block(const Ui& ui, const Rect& area, std::string_view lead, std::string_view number,
    std::string_view code_label, std::string_view grouped_code)
{
    auto& m = ui.metrics();
    // The digits stay giant as long as the sentences can give way; the digits step down last. Each steps
    // down first to no smaller than it was at the next smaller text size (Metrics::stepped_down), so that a
    // larger text setting never makes the number or the code smaller.
    float giant = m.font(FontRole::Giant), large = m.font(FontRole::Large);
    float digits_down = m.stepped_down(FontRole::Giant, FontRole::Heading);
    float sentences_down = m.stepped_down(FontRole::Large, FontRole::Body);
    float heading = m.font(FontRole::Heading), body = m.font(FontRole::Body);
    const std::pair<float, float> styles[] = {
        { giant, large },
        { giant, sentences_down },
        { digits_down, sentences_down },
        { digits_down, body },
        { heading, sentences_down },
        { heading, body },
    };
    CallBlockLayout layout;
    for (auto [digits, sentences] : styles) {
        layout.digits_px = digits;
        layout.sentences_px = sentences;
        float lead_h = ui.text_height(lead, FontRole::Large, area.width, sentences);
        float label_h = ui.text_height(code_label, FontRole::Large, area.width, sentences);
        float digits_h = digits * 1.1f;
        float small_gap = m.gap / 2;
        layout.height = lead_h + small_gap + digits_h + m.gap + label_h + small_gap + digits_h;
        float icon_w = std::min(m.font(FontRole::Icon), digits) + m.gap;
        bool wide_enough = ui.text_width(number, FontRole::Giant, digits) + icon_w <= area.width
            && ui.text_width(grouped_code, FontRole::Giant, digits) <= area.width;
        float top = area.y + std::max(0.f, (area.height - layout.height) / 2);
        layout.lead = { area.x, top, area.width, lead_h };
        layout.number = { area.x, layout.lead.bottom() + small_gap, area.width, digits_h };
        layout.code_label = { area.x, layout.number.bottom() + m.gap, area.width, label_h };
        layout.code = { area.x, layout.code_label.bottom() + small_gap, area.width, digits_h };
        layout.fits = wide_enough && layout.height <= area.height;
        if (layout.fits)
            break;
    }
    return layout;
}

void draw_call_block(Ui& ui, const CallBlockLayout& block, std::string_view lead, const std::string& number,
    std::string_view code_label, std::string_view grouped_code)
{
    ui.text(block.lead, lead, FontRole::Large, SwatchRole::Page, Align::Center, block.sentences_px);
    draw_number(ui, block.number, number, block.digits_px);
    ui.text(block.code_label, code_label, FontRole::Large, SwatchRole::Page, Align::Center, block.sentences_px);
    ui.text(block.code, grouped_code, FontRole::Giant, SwatchRole::Page, Align::Center, block.digits_px);
}

// --- Consent -------------------------------------------------------------------------------------

ConsentButtons consent_buttons(bool with_picture)
{
    auto option = [](std::string id, std::string label, bool chosen) {
        return ConsentButton { std::move(id), std::move(label), chosen ? Icon::Checked : Icon::Unchecked,
            chosen ? SwatchRole::TilePressed : SwatchRole::Tile, FontRole::Large };
    };
    return {
        option("help.picture.yes", tr("Send the picture"), with_picture),
        option("help.picture.no", tr("Don't send the picture"), !with_picture),
        { "help.send", tr("Send"), Icon::Send, SwatchRole::Button, FontRole::Heading },
        { "help.cancel", tr("Do not send"), Icon::Cancel, SwatchRole::Tile, FontRole::Large },
    };
}

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
    auto look = consent_buttons(m_with_picture);
    // Send, the strong primary action, first and larger; "Do not send" beside it as a plain tile.
    Rect row = area.take_bottom(m.font(look.send.font) * 2.2f);
    area.take_bottom(m.gap);
    float send_w = std::max(ui.button_width(look.send.icon, look.send.label, look.send.font), row.height * 3);
    float cancel_w = std::max(ui.button_width(look.cancel.icon, look.cancel.label, look.cancel.font), row.height * 2);
    float left = row.center().x - (send_w + m.gap + cancel_w) / 2;
    Rect send_rect { left, row.y, send_w, row.height };
    Rect cancel_rect { left + send_w + m.gap, row.y + row.height * 0.1f, cancel_w, row.height * 0.8f };
    auto promise = tr("Foyer only ever sends to the helpline your family chose. Nothing leaves the computer before you press Send.");
    float promise_h = ui.text_height(promise, FontRole::Large, area.width);
    ui.text(area.take_bottom(promise_h), promise, FontRole::Large, SwatchRole::Page);
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
        auto& a = look.send_picture;
        if (ui.button(a.id, yes, a.icon, a.label, a.swatch, a.font)) {
            m_with_picture = true;
            m_services.say(tr("The picture will be sent."));
        }
        auto& b = look.keep_picture;
        if (ui.button(b.id, no, b.icon, b.label, b.swatch, b.font)) {
            m_with_picture = false;
            m_services.say(tr("The picture will not be sent."));
        }
    }

    if (ui.button(look.send.id, send_rect, look.send.icon, look.send.label, look.send.swatch, look.send.font)) {
        RgbaImage picture = m_with_picture && has_picture ? *m_picture : RgbaImage {};
        m_services.activity().record("report", m_with_picture && has_picture ? "consent with picture" : "consent without picture");
        m_services.navigator().back();
        m_services.navigator().open(std::make_unique<SendingScreen>(m_services, std::move(picture)));
    }
    if (ui.button(look.cancel.id, cancel_rect, look.cancel.icon, look.cancel.label, look.cancel.swatch, look.cancel.font)) {
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

std::string CodeScreen::spoken_code(std::string_view digits, Language language)
{
    return code_for_ear(Protocol::format_code(digits), language);
}

std::string CodeScreen::call_sentence(const Services& services, bool spoken)
{
    auto& helpline = services.settings().helpline;
    auto number = phone_number_text(helpline.number, i18n::current_language());
    if (!spoken)
        return format(tr("Call {name} on this number:"), { { "name", helpline.name } });
    return format(tr("Call {name} on {number} and read them this code."), { { "name", helpline.name }, { "number", number.spoken } });
}

std::string CodeScreen::helpline_sentence() const
{
    auto& helpline = m_services.settings().helpline;
    auto text = call_sentence(m_services, true);
    auto status = opening_status(helpline.hours, m_services.now());
    if (!status.open_now)
        text += " " + opening_status_text(helpline.hours, m_services.now(), true);
    return text;
}

std::string CodeScreen::arrival_speech() const
{
    auto intro = m_arrival == Arrival::SentLater ? tr("Your report to the helper has now been sent.") : tr("Sent.");
    std::string dropped = m_picture_dropped ? " " + tr("The picture was too big and was left out.") : "";
    return intro + dropped + " " + format(tr("Your code is: {code}"), { { "code", spoken_code(m_code, i18n::current_language()) } }) + " "
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
    std::string below;
    if (!status.open_now)
        below = opening_status_text(helpline.hours, m_services.now());
    if (m_picture_dropped)
        below += (below.empty() ? "" : "\n") + tr("The picture was too big and was left out.");
    if (!below.empty()) {
        ui.text(area.take_bottom(ui.text_height(below, FontRole::Body, area.width)), below, FontRole::Body, SwatchRole::Page, Align::Center);
        area.take_bottom(m.gap);
    }

    // The number first (she dials it), then the code she reads once someone answers.
    auto number = phone_number_text(helpline.number, i18n::current_language()).grouped;
    auto lead = call_sentence(m_services, false);
    auto label = tr("Then read them this code:");
    auto grouped = Protocol::format_code(m_code);
    draw_call_block(ui, layout_call_block(ui, area, lead, number, label, grouped), lead, number, label, grouped);

    if (ui.button("help.say_again", buttons[0], Icon::Speak, tr("Say it again")))
        m_services.say(format(tr("Your code is: {code}"), { { "code", spoken_code(m_code, i18n::current_language()) } }));
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

std::string NotSentScreen::spoken_offline_code() const
{
    return code_for_ear(Protocol::format_code(m_outcome.offline_code), i18n::current_language());
}

std::string NotSentScreen::arrival_speech() const
{
    return title() + ". " + reason() + " " + CodeScreen::call_sentence(m_services, true) + " "
        + format(tr("Read this code to the helper instead: {code}"), { { "code", spoken_offline_code() } }) + " "
        + tr("Foyer keeps your report and sends it by itself as soon as it can.");
}

void NotSentScreen::draw(Ui& ui)
{
    auto& m = ui.metrics();
    Rect area = ui.content();
    auto buttons = button_row(ui, area, { { Icon::Speak, tr("Say it again") } });
    auto top = reason();
    ui.text(area.take_top(ui.text_height(top, FontRole::Body, area.width)), top, FontRole::Body, SwatchRole::Page, Align::Center);
    area.take_top(m.gap);

    auto number = phone_number_text(m_services.settings().helpline.number, i18n::current_language()).grouped;
    auto lead = CodeScreen::call_sentence(m_services, false);
    auto label = tr("Read this code to the helper instead:");
    auto grouped = Protocol::format_code(m_outcome.offline_code);
    // That Foyer keeps the report is said on arrival, and shown below while it leaves the number and the
    // code as large as they would be without it.
    auto bottom = tr("Foyer keeps your report and sends it by itself as soon as it can.");
    Rect with_bottom = area;
    Rect bottom_rect = with_bottom.take_bottom(ui.text_height(bottom, FontRole::Body, area.width));
    with_bottom.take_bottom(m.gap);
    auto block = layout_call_block(ui, with_bottom, lead, number, label, grouped);
    auto without = layout_call_block(ui, area, lead, number, label, grouped);
    if (without.digits_px > block.digits_px || without.sentences_px > block.sentences_px)
        block = without;
    else
        ui.text(bottom_rect, bottom, FontRole::Body, SwatchRole::Page, Align::Center);
    draw_call_block(ui, block, lead, number, label, grouped);
    if (ui.button("help.say_again", buttons[0], Icon::Speak, tr("Say it again")))
        m_services.say(format(tr("Read this code to the helper instead: {code}"), { { "code", spoken_offline_code() } }));
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
