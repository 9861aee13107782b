// Writing an e-mail: the recipient's photo and name, a big box to write in, "Add a photo" and "Add a
// document", the files added with their size, and one big "Send". Every key typed is saved at once.
#pragma once

#include "../common/button_row.hpp"
#include "email_step.hpp"
#include "email_widgets.hpp"

namespace Foyer {

struct ComposeLayout {
    Rect picture;
    Rect to;
    Rect subject;
    Rect text;
    Rect files;
    Rect send;
    Rect notice;
    ButtonRowLayout buttons;
    // Back on a place of its own, the others' line above it; as an arrow alone when its word leaves no room.
    Rect back;
    bool back_arrow { false };
    // The size of the buttons' words beside Send, stepped down to fit (see layout_compose); 0 for Large.
    float buttons_px { 0 };
    bool fits { false };
};
// Back, Add a photo, Add a document (Back becomes an arrow alone when nothing else leaves room: see the layout).
std::vector<ButtonSpec> compose_buttons();
// `files` lines are listed on the right of the box when there are any; `notice` is the sentence under
// the box (too big, adding a photo…), empty for none. The box keeps `box_lines` lines of large type.
ComposeLayout layout_compose(const Ui&, const std::vector<ButtonSpec>&, size_t files, const std::string& notice, const Rect& area, float box_lines = 3);
// For a reply to a stranger, the warning above it all (`warning`), taking its room from the box (down to
// two lines); where even that leaves too little, in the place of the recipient's picture and name instead
// (which are then empty rectangles).
ComposeLayout layout_compose_for(const Ui&, const std::vector<ButtonSpec>&, size_t files, const std::string& notice, const Rect& area, Sender,
    StrangerNotice& warning);
// "3.4 MB of 20 MB".
std::string total_size_text(size_t bytes, size_t limit);

class ComposeScreen final : public EmailStep {
public:
    ComposeScreen(Services&, EmailContext, Draft);

    std::string_view id() const override { return "email.write"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return !m_ready; }

private:
    void changed();
    void add(FileChoice);
    void added(ErrorOr<Draft>, FileChoice);
    void send();
    size_t total_bytes() const;
    size_t limit() const;
    void set_notice(std::string text, SwatchRole);
    // A reply to someone who is not a contact carries the warning under "Other messages".
    Sender recipient_kind() const;

    Draft m_draft;
    TextEdit m_edit;
    bool m_ready { false };
    bool m_busy { false };
    std::string m_notice;
    SwatchRole m_notice_role { SwatchRole::Notice };
    ContactPictures m_pictures;
};

}
