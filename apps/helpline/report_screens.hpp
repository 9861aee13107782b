// The screens of sending a help report: consent, sending, the case code, and not sent (offline code).
#pragma once

#include "../../shell/core/icons.hpp"
#include "../../shell/core/layout/metrics.hpp"
#include "../../shell/core/navigation/screen.hpp"
#include "../../shell/core/navigation/services.hpp"
#include "../../shell/core/theme/theme.hpp"
#include "help_service.hpp"

#include <memory>

namespace Foyer {

// How a consent button looks: the chosen picture option as Foyer draws every chosen option (the pressed
// tile's colours with a tick), the other as a tile at rest; Send the strong primary action.
struct ConsentButton {
    std::string id;
    std::string label;
    Icon icon { Icon::None };
    SwatchRole swatch { SwatchRole::Button };
    FontRole font { FontRole::Large };
};
struct ConsentButtons {
    ConsentButton send_picture;
    ConsentButton keep_picture;
    ConsentButton send;
    ConsentButton cancel;
};
ConsentButtons consent_buttons(bool with_picture);

// What will be sent, in plain words; the picture with its own yes/no; nothing leaves before "Send".
class ConsentScreen final : public Screen {
public:
    ConsentScreen(Services&, std::shared_ptr<const RgbaImage> picture);
    ~ConsentScreen() override;

    std::string_view id() const override { return "help.consent"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

private:
    std::string what_is_sent() const;

    Services& m_services;
    std::shared_ptr<const RgbaImage> m_picture;
    ImageId m_thumbnail { no_image };
    bool m_with_picture { true };
};

// "Checking your computer, then sending": a few seconds, then the code or the offline code.
class SendingScreen final : public Screen {
public:
    SendingScreen(Services&, RgbaImage picture);

    std::string_view id() const override { return "help.sending"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

private:
    Services& m_services;
};

// The number to call and the code to read, one below the other, both in giant digits when they fit: she
// needs both at once, on the phone. `lead` says what to do with the number, `code_label` with the code.
struct CallBlockLayout {
    Rect lead;
    Rect number;
    Rect code_label;
    Rect code;
    // The digits are drawn in the Giant font, the sentences in the Large one, at these sizes.
    float digits_px { 0 };
    float sentences_px { 0 };
    float height { 0 };
    bool fits { false };
};
CallBlockLayout layout_call_block(const Ui&, const Rect& area, std::string_view lead, std::string_view number,
    std::string_view code_label, std::string_view grouped_code);
void draw_call_block(Ui&, const CallBlockLayout&, std::string_view lead, const std::string& number, std::string_view code_label,
    std::string_view grouped_code);

class CodeScreen final : public Screen {
public:
    enum class Arrival {
        JustSent,
        // Sent by itself from the outbox, after the network came back.
        SentLater,
    };
    CodeScreen(Services&, std::string code, Arrival, bool picture_dropped = false);

    std::string_view id() const override { return "help.code"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

    // The case code for the voice, in the groups it is shown ("123 456 789"), in words (voice/speakable).
    static std::string spoken_code(std::string_view digits, Language);
    // What the screen says under the giant code (also spoken): whom to call, on which number.
    static std::string call_sentence(const Services&, bool spoken);

private:
    std::string helpline_sentence() const;

    Services& m_services;
    std::string m_code;
    Arrival m_arrival;
    bool m_picture_dropped;
};

// The report's screens with sample contents (a code, an offline code, the home screen as the picture), for
// --screenshot --screen help.consent | help.sending | help.code | help.not_sent.
std::vector<std::pair<std::string, std::function<std::unique_ptr<Screen>(Services&)>>> helpline_sample_screens();

class NotSentScreen final : public Screen {
public:
    NotSentScreen(Services&, ReportOutcome);

    std::string_view id() const override { return "help.not_sent"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

private:
    std::string reason() const;
    std::string spoken_offline_code() const;

    Services& m_services;
    ReportOutcome m_outcome;
};

}
