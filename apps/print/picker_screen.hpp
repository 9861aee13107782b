// "Choose a photo" / "Choose a document": big thumbnails, newest first, a page at a time with big
// "Previous" and "Next" buttons (no scrolling, no dragging).
#pragma once

#include "../common/file_picker.hpp"
#include "print_step.hpp"

namespace Foyer {

class PickerScreen final : public PrintStep {
public:
    PickerScreen(Services&, PrintContext, FileChoice);

    std::string_view id() const override { return m_choice == FileChoice::Photos ? "print.photos" : "print.documents"; }
    std::string title() const override { return m_picker.title(); }
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return m_picker.waiting(); }

private:
    FileChoice m_choice;
    FilePicker m_picker;
};

}
