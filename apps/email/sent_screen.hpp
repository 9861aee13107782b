// After "Send": "Sending…", then "Sent." — or, with no internet, that the e-mail is kept and will leave by
// itself (the senior is told again when it does), or why it could not go and what to do.
#pragma once

#include "../common/button_row.hpp"
#include "email_step.hpp"
#include "email_widgets.hpp"

namespace Foyer {

// What the screen says for the first attempt's report (none yet: "Sending…").
struct SentWords {
    std::string text;
    SwatchRole role { SwatchRole::Notice };
    Icon icon { Icon::Waiting };
    bool offer_help { false };
    // The e-mail is a draft again, to change.
    bool returned { false };
};
SentWords sent_words(const QueuedMail&, const SendReport*);

struct SentLayout {
    Rect panel;
    // The sentence's size: Heading's font, stepped down to fit (Metrics::sizes_to_try).
    float px { 0 };
    ButtonRowLayout buttons;
    bool fits { false };
};
// The sentence as large as it fits (headline size, stepped down to large and body type, never smaller than at
// the next smaller text size unless nothing else fits), the buttons at the bottom right.
SentLayout layout_sent(const Ui&, const std::string& text, const std::vector<ButtonSpec>&, const Rect& area);

class SentScreen final : public EmailStep {
public:
    SentScreen(Services&, EmailContext, QueuedMail);
    ~SentScreen() override;

    std::string_view id() const override { return "email.sent"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return !app().last_report(m_mail.id); }

private:
    QueuedMail m_mail;
    std::string m_said;
};

}
