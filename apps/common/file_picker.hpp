// A page of big thumbnails to choose a photo or a document from, with "Previous" and "Next" (no scrolling,
// no dragging): the grid's layout and its words, shared by the apps that let a senior choose a file.
#pragma once

#include "../../shell/core/layout/geometry.hpp"
#include "../../shell/core/navigation/services.hpp"
#include "../../shell/core/system/lifetime.hpp"
#include "../../shell/core/time/date.hpp"
#include "../../shell/ui/ui.hpp"
#include "user_files.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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

// Where the files and their thumbnails come from: the app's own workers.
struct FileSource {
    std::function<void(FileChoice, std::function<void(std::vector<PrintableFile>)>)> find;
    std::function<void(std::vector<PrintableFile>, int max_width, int max_height, std::weak_ptr<void> wanted,
        std::function<void(size_t index, ErrorOr<RgbaImage>)> each)>
        load_thumbnails;
};

// The picker itself, drawn inside an app's screen: it asks for the files when made, says how many there
// are, loads the thumbnails of the page shown, and pages with the buttons. Main thread only.
class FilePicker {
public:
    // `id_prefix` names its widgets ("print" gives print.file.0, print.next…).
    FilePicker(Services&, FileSource, FileChoice, std::string id_prefix);
    ~FilePicker();
    FilePicker(const FilePicker&) = delete;
    FilePicker& operator=(const FilePicker&) = delete;

    // "Choose a photo" / "Choose a document".
    std::string title() const;
    bool waiting() const { return !m_files.has_value(); }
    enum class Pressed {
        Nothing,
        Back,
        File,
    };
    struct Result {
        Pressed pressed { Pressed::Nothing };
        PrintableFile file;
    };
    Result draw(Ui&);

private:
    struct Thumbnail {
        ImageId image { no_image };
        int width { 0 };
        int height { 0 };
    };
    void show_page(size_t page);
    void request_thumbnails(const PickerLayout&);
    std::string empty_text() const;

    Services& m_services;
    FileSource m_source;
    FileChoice m_choice;
    std::string m_prefix;
    std::optional<std::vector<PrintableFile>> m_files;
    size_t m_page { 0 };
    size_t m_per_page { 0 };
    // Thumbnails by index in m_files; owned here and removed from the image store with the picker.
    std::map<size_t, Thumbnail> m_thumbnails;
    // Alive while the current page wants its thumbnails; replaced when the page changes.
    std::shared_ptr<int> m_page_wanted;
    bool m_requested { false };
    Lifetime m_lifetime;
};

}
