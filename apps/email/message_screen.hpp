// A message: who sent it and when, its words in large type a page at a time, each photo large on a page
// of its own, then the other files with "Print"; "Read aloud" says who, when and the words (and becomes
// "Stop reading" while it does); "Reply". A long letter also has Beginning, −10, +10 and End.
#pragma once

#include "../common/button_row.hpp"
#include "email_step.hpp"
#include "email_widgets.hpp"

#include <optional>

namespace Foyer {

// The pages of a message: its text cut to the lines that fit, then one page per photo, then the files.
struct MessagePage {
    enum class Kind {
        Text,
        Photo,
        Files,
    };
    Kind kind { Kind::Text };
    // For Text: the byte range of the text shown.
    size_t begin { 0 };
    size_t end { 0 };
    // For Photo: which one.
    size_t photo { 0 };
};
std::vector<MessagePage> paginate_message(const Ui&, const MessageContent&, const Rect& body);

struct MessageLayout {
    Rect picture;
    Rect name;
    // Under the name; or, `when_after_name` (where the words would have few lines), on its row after it.
    Rect when;
    bool when_after_name { false };
    Rect subject;
    Rect body;
    ButtonRowLayout actions;
    PagingLayout paging;
    Rect bar;
    bool fits { false };
};
std::vector<ButtonSpec> message_buttons(bool can_reply, bool reading = false);
// Below this many lines of words a page, the date goes after the sender's name to leave the words one more.
constexpr size_t roomy_message_lines = 5;
// `pages`: how many the message has, once known (a long one gets the jumps beside Previous and Next, one
// alone no paging bar); `subject_width`, how wide its subject is in headline type (0: not known).
MessageLayout layout_message(const Ui&, const std::vector<ButtonSpec>& actions, const Rect& area, size_t pages = 0, float subject_width = 0);
// For a stranger, the warning above the message (`notice`), its words as at the next smaller text where
// that leaves the words their lines; where even that leaves too few, in the place of the sender's picture,
// name and date instead (which are then empty rectangles).
MessageLayout layout_message_for(const Ui&, const std::vector<ButtonSpec>& actions, const Rect& area, Sender, StrangerNotice& notice, size_t pages = 0,
    float subject_width = 0);
// A photo page has no sender or subject above it (the title bar names the sender): the photo takes all
// that, above a line with its caption and Print. Its height comes from the screen, not the text size: what
// the largest text leaves, so that a larger text never makes the photo smaller.
Rect photo_area(const Ui&, const MessageLayout&, const std::vector<ButtonSpec>& actions);

// What "Read aloud" says: "From Mathilde, yesterday at 6 pm. The photos. Hello Granny…". Pressed on a later
// page of a long letter, it reads from the words of that page (`from`, a byte of the text) on.
std::string read_aloud_text(const MessageContent&, const std::string& sender, const LocalDateTime& now, size_t from = 0);
// The page of `pages` that shows byte `offset` of the text (the last text page when it is past them all).
size_t page_showing(const std::vector<MessagePage>& pages, size_t offset);

// What the message says of what comes with it, written under its words and spoken when it opens: "This
// e-mail comes with one photo. Press Next to see them.", "This photo could not be opened." Empty when
// nothing comes with it.
std::string message_notice(const OpenedMessage&);

class MessageScreen final : public EmailStep {
public:
    MessageScreen(Services&, EmailContext, uint32_t uid);
    ~MessageScreen() override;

    std::string_view id() const override { return "email.message"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return !m_message && !m_error; }
    // Opens on the first page of that kind (a photo, the files) rather than on the words.
    void show_first(MessagePage::Kind kind) { m_first_kind = kind; }
    // Opens on that page (counted from 0) when it has that many (the samples: a long letter seen midway).
    void show_page(size_t page) { m_first_page = page; }

private:
    void request(int photo_width, int photo_height);
    // Who sent it, when, and its subject.
    void draw_header(Ui&, const MessageLayout&);
    void draw_page(Ui&, const MessageLayout&, const std::vector<ButtonSpec>& actions, const MessagePage&);
    void reply();
    void read_aloud();
    // Cuts the words into pages again for `words` (the room they have), keeping the words in view.
    void paginate(Ui&, const Rect& words);
    void print(const Attachment&);
    const Contact* contact() const;
    Sender sender_kind() const;
    std::string sender() const;
    std::string subject() const;

    uint32_t m_uid;
    std::optional<Envelope> m_envelope;
    std::shared_ptr<const OpenedMessage> m_message;
    std::optional<Error> m_error;
    std::vector<ImageId> m_photos;
    std::vector<MessagePage> m_pages;
    Rect m_paged_for;
    size_t m_page { 0 };
    bool m_reading { false };
    // What the voice said when it could not read the message aloud; shown until Read aloud is pressed again.
    std::optional<Error> m_voice_error;
    std::optional<MessagePage::Kind> m_first_kind;
    std::optional<size_t> m_first_page;
    ContactPictures m_pictures;
};

}
