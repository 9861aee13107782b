// The print app's photo and document pickers: the shared picker, leading to the preview.
#include "picker_screen.hpp"

#include "preview_screen.hpp"

namespace Foyer {

namespace {

FileSource print_files(PrintApp& app)
{
    return {
        [&app](FileChoice choice, std::function<void(std::vector<PrintableFile>)> done) { app.find_files(choice, std::move(done)); },
        [&app](std::vector<PrintableFile> files, int max_width, int max_height, std::weak_ptr<void> wanted,
            std::function<void(size_t, ErrorOr<RgbaImage>)> each) {
        app.load_thumbnails(std::move(files), max_width, max_height, std::move(wanted), std::move(each));
        },
        };
}

}

PickerScreen::PickerScreen(Services& services, PrintContext context, FileChoice choice)
    : PrintStep(services, std::move(context))
    , m_choice(choice)
    , m_picker(services, print_files(app()), choice, "print")
{
}

void PickerScreen::draw(Ui& ui)
{
    auto result = m_picker.draw(ui);
    if (result.pressed == FilePicker::Pressed::Back)
        m_services.navigator().back();
    else if (result.pressed == FilePicker::Pressed::File)
        m_services.navigator().open(std::make_unique<PreviewScreen>(m_services, context(), result.file));
}

}
