// "Choose a photo" / "Choose a document": big thumbnails, newest first, a page at a time with big
// "Previous" and "Next" buttons (no scrolling, no dragging).
#pragma once

#include "../../shell/core/navigation/image_store.hpp"
#include "print_step.hpp"
#include "print_widgets.hpp"

#include <map>

namespace Foyer {

struct PickerLayout {
    std::vector<Rect> cells;
    Rect back;
    Rect previous;
    Rect next;
    Rect page_text;
    bool arrows_only { false };
    bool fits { false };
};
// The grid for `area`: three columns on a wide screen, rows as many as keep the thumbnails large.
PickerLayout layout_picker(const Ui&, const Rect& area);
// "Photos 7 to 12 of 40".
std::string picker_page_text(FileChoice, size_t first, size_t last, size_t total);
// What a cell says: the date of a photo, the name of a document.
std::string picker_caption(FileChoice, const PrintableFile&, Date today);

class PickerScreen final : public PrintStep {
public:
    PickerScreen(Services&, PrintContext, FileChoice);
    ~PickerScreen() override;

    std::string_view id() const override { return m_choice == FileChoice::Photos ? "print.photos" : "print.documents"; }
    std::string title() const override;
    std::string arrival_speech() const override;
    void draw(Ui&) override;
    bool waiting_for_answers() const override { return !m_files.has_value(); }

private:
    struct Thumbnail {
        ImageId image { no_image };
        int width { 0 };
        int height { 0 };
    };
    void show_page(size_t page);
    void request_thumbnails(const PickerLayout&);
    void choose(const PrintableFile&);
    std::string empty_text() const;

    FileChoice m_choice;
    std::optional<std::vector<PrintableFile>> m_files;
    size_t m_page { 0 };
    size_t m_per_page { 0 };
    // Thumbnails by index in m_files; owned here and removed from the image store with the screen.
    std::map<size_t, Thumbnail> m_thumbnails;
    // Alive while the current page wants its thumbnails; replaced when the page changes.
    std::shared_ptr<int> m_page_wanted;
    bool m_requested { false };
};

}
