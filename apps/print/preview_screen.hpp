// "Print this photo?": the sheet exactly as it will come out, copies 1 to 5 with big - and +, the
// printer's state, one Print button, and a way out when printing cannot work.
#pragma once

#include "../../shell/core/navigation/image_store.hpp"
#include "print_step.hpp"
#include "print_widgets.hpp"

namespace Foyer {

constexpr int min_copies = 1;
constexpr int max_copies = 5;

struct PreviewLayout {
    Rect sheet;
    Rect picture;
    Rect name;
    Rect copies_label;
    Rect fewer;
    Rect count;
    Rect more;
    Rect status;
    // Back and Print (or, when printing cannot work, the ways out), at the bottom. When the column has
    // room, Print stands apart above them, as wide as the column: the one thing to press.
    ButtonRowLayout buttons;
    Rect print;
    bool copies_shown { true };
    bool fits { false };
};

// `placement` may be empty (still preparing): the sheet is then A4 portrait. Copies are left out when
// printing cannot work.
PreviewLayout layout_preview(const Ui&, const PagePlacement&, const std::string& name, const PrinterReport&,
    const std::vector<ButtonSpec>& buttons, const Rect& area);
// Back and Print; when printing cannot work, the ways out (e-mail, call for help) instead.
std::vector<ButtonSpec> preview_buttons(const PrinterReport&, const PrintHooks&, bool prepared, EmailReady = EmailReady::Yes);
// "Lettre à la mairie, 3 pages".
std::string preview_name(const PrintableFile&, int pages);
std::string copies_text(int copies);

class PreviewScreen final : public PrintStep {
public:
    PreviewScreen(Services&, PrintContext, PrintableFile);
    ~PreviewScreen() override;

    std::string_view id() const override { return "print.preview"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return !m_prepared && !m_error; }

private:
    void prepare(const PreviewLayout&);
    void change_copies(int by);
    void print();

    PrintableFile m_file;
    std::shared_ptr<const PreparedPrint> m_prepared;
    std::optional<Error> m_error;
    ImageId m_image { no_image };
    bool m_requested { false };
    int m_copies { 1 };
    StateVoice m_voice;
};

}
