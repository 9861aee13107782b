// "My e-mails": messages from the family first with their photo, then "Other messages" apart with a
// gentle warning about scams; each row says who, when in words, the subject, and "New" until read. A few
// large rows a page, with big Previous and Next: nothing to scroll. "Write to…" and an unfinished e-mail
// are at the top; what went wrong (no internet, a refused password) is shown and said.
#pragma once

#include "../common/button_row.hpp"
#include "email_step.hpp"
#include "email_widgets.hpp"
#include "email_words.hpp"

#include <optional>

namespace Foyer {

struct InboxLayout {
    // The actions (Write to…, an unfinished e-mail, Call for help) share the bottom bar with the paging
    // when there is room, else they have a bar of their own above it.
    ButtonRowLayout actions;
    // The actions in body type (see layout_inbox).
    bool small_buttons { false };
    Rect status;
    Rect list;
    PagingLayout paging;
    float row_height { 0 };
    float heading_height { 0 };
    bool fits { false };
};

// What the inbox says above the list (empty when all is well): a problem, or e-mails waiting to leave.
struct InboxStatus {
    std::string text;
    SwatchRole role { SwatchRole::Notice };
    Icon icon { Icon::Closed };
    bool offer_help { false };
};
InboxStatus inbox_status(InboxState, const std::optional<Error>&, size_t waiting_to_leave, bool has_messages);

// With a problem only the family can fix, Call for help alone; else Write to… and the unfinished e-mail
// ("Finish my e-mail to Mathilde", or without the name when `short_labels`).
std::vector<ButtonSpec> inbox_buttons(bool configured, const std::optional<Draft>& unfinished, bool offer_help, bool has_contacts,
    bool short_labels = false);
InboxLayout layout_inbox(const Ui&, const std::vector<ButtonSpec>& buttons, const InboxStatus&, const Rect& area);
// One page of the inbox: items [begin, end).
struct InboxPage {
    size_t begin { 0 };
    size_t end { 0 };
    // The page begins among the other messages, whose heading was on an earlier page: the heading and its
    // warning are drawn again above its first row, so no stranger's row is ever shown without them.
    bool repeats_heading { false };
};
// Rows and the "Other messages" heading packed into the list's height, a page at a time (one empty page
// for no items).
std::vector<InboxPage> paginate_inbox(const std::vector<InboxItem>&, float row_height, float heading_height, float list_height, float gap);
// Where "Other messages" and its warning are on `page`: the item it is drawn above (the first other
// message there), or nullopt when the page shows no other message.
std::optional<size_t> others_heading_above(const std::vector<InboxItem>&, const InboxPage&);
// "Other messages" and the warning, as the heading draws them.
float others_heading_height(const Ui&, float width);

enum class OthersPage {
    First,
    Next,
};

class InboxScreen final : public EmailStep {
public:
    InboxScreen(Services&, EmailContext);

    std::string_view id() const override { return "email"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return app().inbox_state() == InboxState::Loading; }
    // Opens on the page where "Other messages" starts, or on the one after it (for --screenshot).
    void show_others(OthersPage page = OthersPage::First) { m_show_others = page; }

private:
    void draw_row(Ui&, const Rect&, const InboxItem&, size_t slot);
    void draw_others_heading(Ui&, const Rect&);
    void on_changes();
    std::string summary() const;

    std::vector<InboxItem> m_items;
    uint64_t m_revision { ~uint64_t(0) };
    size_t m_page { 0 };
    std::vector<InboxPage> m_pages;
    std::optional<OthersPage> m_show_others;
    std::optional<Draft> m_unfinished;
    ContactPictures m_pictures;
    // The arrival speech said how many e-mails are new (else it is said once the cache is read).
    mutable bool m_summary_said { false };
    // E-mails up to this UID were counted in what was said; later ones are announced as they come.
    mutable uint32_t m_announced_up_to { 0 };
    mutable std::string m_said_status;
};

}
