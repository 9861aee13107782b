// The shared picker, fed by the e-mail app's workers.
#include "attach_screen.hpp"

namespace Foyer {

namespace {

FileSource email_files(EmailApp& app)
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

AttachScreen::AttachScreen(Services& services, EmailContext context, FileChoice choice, Chosen chosen)
    : EmailStep(services, std::move(context))
    , m_choice(choice)
    , m_picker(services, email_files(*m_context.app), choice, "email")
    , m_chosen(std::move(chosen))
{
}

void AttachScreen::draw(Ui& ui)
{
    auto result = m_picker.draw(ui);
    if (result.pressed == FilePicker::Pressed::Back) {
        m_services.navigator().back();
    } else if (result.pressed == FilePicker::Pressed::File) {
        m_services.navigator().back();
        if (m_chosen)
            m_chosen(result.file);
    }
}

}
