// The contacts' pages of the setup: the list, and one contact with its photo chosen from the senior's
// pictures (the shared file picker, fed by the e-mail app's workers; photos drawn upright).
#include "email_setup_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/files.hpp"
#include "attach_screen.hpp"
#include "email_samples.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>

namespace Foyer {

namespace {

// "e-mail and video call", "video call", "no e-mail, no video call".
std::string contact_means(const ContactDraft& contact)
{
    bool video = !contact.video.empty() || contact.kept.kind == VideoKind::Command;
    if (!contact.email.empty() && video)
        return tr("e-mail and video call");
    if (!contact.email.empty())
        return tr("e-mail");
    if (video)
        return tr("video call");
    return tr("no e-mail, no video call");
}

}

ContactsSetupScreen::ContactsSetupScreen(Services& services, std::shared_ptr<SetupFlow> flow, EmailContext context)
    : SetupStep(services, std::move(flow), "setup.contacts", N_("The family’s contacts"))
    , m_context(std::move(context))
    , m_pictures(services, *m_context.app)
{
    // Each contact's face beside their name, loaded by the e-mail app's workers (started here when e-mail has
    // no service yet), asked for at once so it is there for the first frames.
    m_context.app->attach(services.run_queue(), false);
    auto size = services.screen_size();
    if (auto x = size.find('x'); x != std::string::npos)
        for (auto& contact : draft().contacts)
            m_pictures.prefetch(contact.photo, std::atoi(size.c_str() + x + 1));
}

bool ContactsSetupScreen::waiting_for_answers() const
{
    auto& contacts = draft().contacts;
    return std::any_of(contacts.begin(), contacts.end(), [&](auto& contact) { return m_pictures.loading(contact.photo); });
}

void ContactsSetupScreen::draw_picture(Ui& ui, size_t row, const Rect& square)
{
    // The first rows are the contacts, in order.
    if (row < draft().contacts.size()) {
        Contact shown = contact_from(draft().contacts[row]);
        m_pictures.draw(ui, square, &shown, SwatchRole::Page);
    }
}

std::string ContactsSetupScreen::intro() const
{
    if (draft().contacts.empty())
        return format(tr("Add the people {name} writes to or calls on video: a name, a photo, an e-mail, a video link. You can "
                         "add them later too."),
            { { "name", senior_or_default(draft()) } });
    return format(tr("The people {name} writes to or calls on video."),
        { { "name", senior_or_default(draft()) } });
}

std::vector<FormRow> ContactsSetupScreen::rows()
{
    std::vector<FormRow> rows;
    auto& contacts = draft().contacts;
    for (size_t i = 0; i < contacts.size(); ++i) {
        auto index = std::to_string(i);
        rows.push_back({ .kind = FormRowKind::Actions,
            .label = format(tr("{name}: {means}"), { { "name", contacts[i].name }, { "means", contact_means(contacts[i]) } }),
            .choices = { { "setup.contact.change." + index, tr("Change"), false, Icon::Document },
                { "setup.contact.remove." + index, tr("Remove"), false, Icon::Remove } },
            .picture = true });
    }
    if (contacts.size() < max_setup_contacts)
        rows.push_back({ .kind = FormRowKind::Actions, .choices = { { "setup.contact.add", tr("Add a contact"), false, Icon::Add } } });
    else
        rows.push_back({ .kind = FormRowKind::Note,
            .text = format(tr("{count} contacts: a whole screen of photos. Remove one to add another."),
                { { "count", std::to_string(max_setup_contacts) } }) });
    if (!draft().more_contacts.empty())
        rows.push_back({ .kind = FormRowKind::Note,
            .text = format(trn("{count} more contact, written in the settings file, is kept as it is.",
                               "{count} more contacts, written in the settings file, are kept as they are.", long(draft().more_contacts.size())),
                { { "count", std::to_string(draft().more_contacts.size()) } }) });
    return rows;
}

void ContactsSetupScreen::edit(std::optional<size_t> index)
{
    m_services.navigator().open(std::make_unique<ContactEditScreen>(m_services, flow().shared_from_this(), m_context, index));
}

void ContactsSetupScreen::on_press(const std::string& id)
{
    auto& contacts = draft().contacts;
    auto number_after = [&](std::string_view prefix) -> std::optional<size_t> {
        if (id.rfind(prefix, 0) != 0)
            return std::nullopt;
        size_t index = std::stoul(id.substr(prefix.size()));
        return index < contacts.size() ? std::optional<size_t>(index) : std::nullopt;
    };
    if (id == "setup.contact.add" && contacts.size() < max_setup_contacts) {
        edit(std::nullopt);
    } else if (auto index = number_after("setup.contact.change.")) {
        edit(index);
    } else if (auto index = number_after("setup.contact.remove.")) {
        auto name = contacts[*index].name;
        contacts.erase(contacts.begin() + long(*index));
        m_services.say(format(tr("{name} is removed from the contacts."), { { "name", name } }));
    }
}

bool ContactsSetupScreen::on_next()
{
    size_t which = 0;
    auto problem = check_contacts(draft(), &which);
    if (!problem)
        return false;
    // The mistake is in one contact (one written by hand in foyer.toml): its page opens with the mistake
    // shown and said in its field, and this list stays as it is.
    auto page = std::make_unique<ContactEditScreen>(m_services, flow().shared_from_this(), m_context, which);
    page->show_problem(*problem);
    m_services.navigator().open(std::move(page));
    return true;
}

ContactEditScreen::ContactEditScreen(Services& services, std::shared_ptr<SetupFlow> flow, EmailContext context, std::optional<size_t> index)
    : SetupStep(services, std::move(flow), "setup.contact", N_("A contact"))
    , m_context(std::move(context))
    , m_index(index)
    , m_pictures(services, *m_context.app)
{
    // The photo picker and the pictures use the e-mail app's workers, started here when e-mail has no
    // service yet (safe mode, tests).
    m_context.app->attach(services.run_queue(), false);
    if (index && *index < draft().contacts.size())
        m_contact = draft().contacts[*index];
    // The photo is asked for at once, so it is there for the first frames (and for a picture of the page).
    auto size = services.screen_size();
    if (auto x = size.find('x'); x != std::string::npos)
        m_pictures.prefetch(m_contact.photo, std::atoi(size.c_str() + x + 1));
}

std::string ContactEditScreen::intro() const
{
    return tr("Name, photo, e-mail, video link.");
}

std::vector<FormRow> ContactEditScreen::rows()
{
    return {
        { .kind = FormRowKind::Field, .id = "setup.contact.name", .label = tr("Name"), .value = &m_contact.name },
        { .kind = FormRowKind::Field, .id = "setup.contact.email", .label = tr("E-mail (if any)"), .value = &m_contact.email },
        { .kind = FormRowKind::Field, .id = "setup.contact.video", .label = tr("Video link (if any)"), .value = &m_contact.video },
    };
}

FormButton ContactEditScreen::next_button() const
{
    return { "setup.next", tr("OK"), Icon::Checked };
}

FormButton ContactEditScreen::back_button() const
{
    return { "setup.contact.cancel", tr("Cancel"), Icon::Back };
}

void ContactEditScreen::set_photo(std::string path)
{
    m_contact.photo = std::move(path);
    m_services.say(tr("The photo is chosen."));
}

std::optional<DraftProblem> ContactEditScreen::check()
{
    return check_contact(m_contact);
}

bool ContactEditScreen::on_next()
{
    auto& contacts = draft().contacts;
    if (m_index && *m_index < contacts.size())
        contacts[*m_index] = m_contact;
    else if (contacts.size() < max_setup_contacts)
        contacts.push_back(m_contact);
    m_services.say(format(tr("{name} is in the contacts."), { { "name", m_contact.name } }));
    m_services.navigator().back();
    return true;
}

void ContactEditScreen::on_press(const std::string& id)
{
    if (id == "setup.contact.cancel") {
        m_services.navigator().back();
    } else if (id == "setup.contact.photo") {
        std::weak_ptr<int> alive = m_alive;
        m_services.navigator().open(std::make_unique<AttachScreen>(m_services, m_context, FileChoice::Photos, [this, alive](PrintableFile file) {
            if (alive.lock())
                set_photo(file.path);
        }));
    }
}

std::string ContactEditScreen::photo_label() const
{
    return m_contact.photo.empty() ? tr("Choose a photo") : tr("Another photo");
}

float ContactEditScreen::side_width(const Ui& ui) const
{
    // A face large enough to recognise, with its button below; the form keeps at least two thirds.
    float button = ui.button_width(Icon::Photo, photo_label(), FontRole::Body);
    return std::min(std::max(photo_side(ui), button), ui.content().width / 3);
}

float ContactEditScreen::photo_side(const Ui& ui)
{
    // From the screen's size, not the content's, which the title bar of a larger text makes lower: a
    // larger text never makes the face smaller.
    auto& m = ui.metrics();
    return std::min(m.screen_width / 4, m.screen_height * 0.34f);
}

void ContactEditScreen::draw_side(Ui& ui, const Rect& area)
{
    auto& m = ui.metrics();
    float button_h = std::round(m.font(FontRole::Body) * 1.9f);
    float side = std::min({ photo_side(ui), area.width, area.height - button_h - m.gap });
    Rect square { area.x + (area.width - side) / 2, area.y, side, side };
    Contact shown = contact_from(m_contact);
    m_pictures.draw(ui, square, &shown, SwatchRole::Page);
    Rect button { area.x, square.bottom() + m.gap, area.width, button_h };
    if (ui.button("setup.contact.photo", button, Icon::Photo, photo_label(), SwatchRole::Button, FontRole::Body))
        on_press("setup.contact.photo");
}

SetupStepEntry contacts_setup_step(EmailContext context)
{
    SetupStepEntry entry { "setup.contacts", "contacts", {},
        [context](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> {
            return std::make_unique<ContactsSetupScreen>(services, std::move(flow), context);
        } };
    entry.summary = [](const SetupDraft& draft) {
        if (draft.contacts.empty())
            return tr("Contacts: none yet");
        std::string names;
        for (auto& contact : draft.contacts)
            names += (names.empty() ? "" : ", ") + contact.name;
        return format(tr("Contacts: {names}"), { { "names", names } });
    };
    return entry;
}

SetupChapter contacts_chapter()
{
    return { "contacts", N_("The family’s contacts"), Icon::Person };
}

}

namespace Foyer {

std::vector<SetupStepEntry> email_setup_pages(EmailContext context)
{
    auto never = [](const SetupDraft&) { return false; };
    return {
        { "setup.email_servers", "email", never,
            [](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> {
                auto& email = flow->draft().email;
                email.provider = other_mail_provider;
                email.imap_server = "mail.example.fr";
                email.imap_port = "993";
                email.smtp_server = "mail.example.fr";
                email.smtp_port = "465";
                return std::make_unique<EmailServersScreen>(services, std::move(flow));
            } },
        { "setup.contact", "contacts", never,
            [context](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> {
                // A photo chosen, as the family sees it after the picker (a sample picture in a temporary file).
                auto photo = (std::filesystem::temp_directory_path() / "foyer-sample-contact.png").string();
                if (!flow->draft().contacts.empty() && !write_file_atomically(photo, sample_photo(600, 600, 1), 0600).is_error())
                    flow->draft().contacts[0].photo = photo;
                return std::make_unique<ContactEditScreen>(services, std::move(flow), context, 0);
            } },
    };
}

}
