// "Choose a photo" / "Choose a document" to add to an e-mail: the same big thumbnails, newest first, as the
// print app's; one press adds the file and goes back to the e-mail.
#pragma once

#include "../common/file_picker.hpp"
#include "email_step.hpp"

#include <functional>

namespace Foyer {

class AttachScreen final : public EmailStep {
public:
    using Chosen = std::function<void(PrintableFile)>;
    AttachScreen(Services&, EmailContext, FileChoice, Chosen);

    std::string_view id() const override { return m_choice == FileChoice::Photos ? "email.photos" : "email.documents"; }
    std::string title() const override { return m_picker.title(); }
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return m_picker.waiting(); }

private:
    FileChoice m_choice;
    FilePicker m_picker;
    Chosen m_chosen;
};

}
