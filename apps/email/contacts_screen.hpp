// "Write to…": the family's photos in a grid, large, with their names; one press opens the e-mail to that
// person (with what was already written to them, if anything).
#pragma once

#include "email_step.hpp"
#include "email_widgets.hpp"

namespace Foyer {

struct ContactsLayout {
    std::vector<Rect> cells;
    Rect back;
    PagingLayout paging;
    bool fits { false };
};
// Three columns on a wide screen, two rows: faces large enough to recognise.
ContactsLayout layout_contacts(const Ui&, const Rect& area);

class ContactsScreen final : public EmailStep {
public:
    // With `attach`, the file goes with the e-mail to the person chosen ("Send it by e-mail" from printing).
    ContactsScreen(Services&, EmailContext, std::optional<std::string> attach = {});

    std::string_view id() const override { return "email.contacts"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;

private:
    void write_to(const Contact&);

    std::optional<std::string> m_attach;
    bool m_busy { false };
    size_t m_page { 0 };
    ContactPictures m_pictures;
};

}
