// Pieces the e-mail screens draw: a contact's picture (their photo, or their initial), a message's row,
// a panel with a sentence, and the pictures of contacts loaded once per screen.
#pragma once

#include "../../shell/core/navigation/services.hpp"
#include "../../shell/core/settings/settings.hpp"
#include "../../shell/core/system/lifetime.hpp"
#include "../../shell/ui/ui.hpp"
#include "email_app.hpp"
#include "message.hpp"

#include <map>
#include <optional>
#include <string>

namespace Foyer {

// The photos of the contacts a screen shows, loaded on a worker the first time each is asked for and
// removed from the image store with the screen.
class ContactPictures {
public:
    ContactPictures(Services&, EmailApp&);
    ~ContactPictures();
    ContactPictures(const ContactPictures&) = delete;
    ContactPictures& operator=(const ContactPictures&) = delete;

    // Draws `contact`'s photo in `rect` (square), or their initial on a coloured square while there is none.
    void draw(Ui&, const Rect&, const Contact*, SwatchRole on);
    // Asks for the photo at `path` now, before it is first drawn, at the size draw() asks for on a screen
    // `screen_height` pixels high (so a picture of the screen can wait for it).
    void prefetch(const std::string& path, int screen_height);
    // The photo at `path` was asked for and has not arrived (nor failed) yet.
    bool loading(const std::string& path) const;

private:
    struct Picture {
        ImageId image { no_image };
        int width { 0 };
        int height { 0 };
        bool asked { false };
        bool answered { false };
    };
    Services& m_services;
    EmailApp& m_app;
    std::map<std::string, Picture> m_pictures;
    Lifetime m_lifetime;
};

// The first letter of a name, upper case ("É" for "élise"), for a contact without a photo.
std::string initial_of(const std::string& name);

// A sentence on a coloured panel (a notice, a problem, good news), large type, with an icon.
// `px`, when given, is the size to draw the font at (Metrics::sizes_to_try).
float panel_height(const Ui&, const std::string& text, float width, FontRole = FontRole::Large, float px = 0);
void draw_panel(Ui&, const Rect&, const std::string& text, SwatchRole, Icon, FontRole = FontRole::Large, float px = 0);

// The gentle warning at the top of a message, or of a reply, from someone who is not among the family's
// contacts: the words under "Other messages", on the notice colour across the whole width. The screen
// also says scam_warning() when it opens.
enum class Sender {
    Contact,
    Stranger,
};
struct StrangerNotice {
    Rect band;
    // The size its words are drawn at (0: body type).
    float px { 0 };
};
// Takes the warning's place from the top of `area` (nothing for a contact), so that the screen lays
// itself out in what is left.
StrangerNotice take_stranger_notice(const Ui&, Rect& area, Sender);
// The warning in `place` (a screen's header: who it is from or for, which the title bar says too), its
// words stepped down to fit (never below the next smaller text size's); for where the warning above the
// screen would leave its words too little room.
StrangerNotice stranger_notice_in(const Ui&, const Rect& place);
void draw_stranger_notice(Ui&, const StrangerNotice&);

// `text` on one line no wider than `width`, ended with "…" when it had to be cut.
std::string one_line(const Ui&, const std::string& text, FontRole, float width);

// "Page 2 of 5", for the voice and between the paging buttons.
std::string page_text(size_t page, size_t pages);

// Previous and Next, with where the senior is between them; in words when they fit, else big arrows. A
// long text (long_paging_pages or more, where a jump of ten means something) also gets Beginning and "-10" before them, "+10" and End after.
struct PagingLayout {
    Rect first;
    Rect back_ten;
    Rect previous;
    Rect next;
    Rect forward_ten;
    Rect last;
    Rect text;
    // Previous and Next as arrows; the jumps too, unless they keep their words.
    bool arrows_only { false };
    bool words_on_jumps { false };
};
constexpr size_t long_paging_pages = 10;
PagingLayout layout_paging(const Ui&, const Rect& bar, size_t pages = 0);
// The least width the paging of `pages` pages takes (its arrows and where the senior is).
float paging_min_width(const Ui&, size_t pages = 0);
enum class PageMove {
    None,
    Previous,
    Next,
};
PageMove draw_paging(Ui&, const PagingLayout&, const std::string& id_prefix, size_t page, size_t pages);
// The jumps of a long text, when laid out: the page pressed for (the first, ten back, ten on, the last).
std::optional<size_t> draw_page_jumps(Ui&, const PagingLayout&, const std::string& id_prefix, size_t page, size_t pages);

}
