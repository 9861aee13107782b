// Writing and reading the setup's draft file: the fields as typed, the settings chosen so far, the step.
#include "draft_file.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/settings/parse.hpp"
#include "../../shell/core/settings/write.hpp"
#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/log.hpp"
#include "../../shell/core/system/task_runner.hpp"

#include <toml++/toml.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>

namespace Foyer {

namespace {

constexpr int draft_format = 1;

const char* helpline_value(HelplineChoice choice)
{
    return choice == HelplineChoice::Other ? "other" : "national";
}

std::string text_of(const toml::table& table, std::string_view key)
{
    return table[key].value_or(std::string {});
}

Error broken(std::string detail)
{
    return Error::plain(N_("The setup left half-way could not be read: it starts again from the beginning."), {}, std::move(detail));
}

}

std::string setup_draft_path(const std::string& settings_path)
{
    auto slash = settings_path.rfind('/');
    auto folder = slash == std::string::npos ? std::string(".") : settings_path.substr(0, slash);
    return folder + "/setup-draft.toml";
}

std::string setup_draft_text(const SetupDraft& draft, std::string_view step)
{
    std::ostringstream out;
    out << "# The family setup of Foyer, left half-way: it comes back at the next start with this. Deleted once the\n"
           "# setup is saved. No password and no family code are ever written here.\n"
        << "format = " << draft_format << "\n"
        << "step = " << toml_quoted(step) << "\n"
        << "senior_name = " << toml_quoted(draft.senior_name) << "\n"
        << "helpline = " << toml_quoted(helpline_value(draft.helpline)) << "\n"
        << "helpline_name = " << toml_quoted(draft.helpline_name) << "\n"
        << "helpline_number = " << toml_quoted(draft.helpline_number) << "\n"
        << "helpline_hours = " << toml_quoted(draft.helpline_hours) << "\n"
        << "helpdesk = " << toml_quoted(draft.helpdesk) << "\n"
        << "enrollment_code = " << toml_quoted(draft.enrollment_code) << "\n"
        // The settings' own name is only set once checked: an empty one must stay empty, not become the
        // built-in one when the settings below are read back.
        << "settings_senior_name = " << toml_quoted(draft.settings.senior_name) << "\n"
        // The settings chosen so far, as foyer.toml would hold them.
        << "settings = " << toml_quoted(settings_text(draft.settings)) << "\n"
        << "\n[email]\n"
        << "wanted = " << (draft.email.wanted ? "true" : "false") << "\n"
        << "address = " << toml_quoted(draft.email.address) << "\n"
        << "provider = " << toml_quoted(draft.email.provider) << "\n"
        << "imap_server = " << toml_quoted(draft.email.imap_server) << "\n"
        << "imap_port = " << toml_quoted(draft.email.imap_port) << "\n"
        << "smtp_server = " << toml_quoted(draft.email.smtp_server) << "\n"
        << "smtp_port = " << toml_quoted(draft.email.smtp_port) << "\n";
    for (auto& contact : draft.contacts)
        out << "\n[[contact]]\n"
            << "name = " << toml_quoted(contact.name) << "\n"
            << "photo = " << toml_quoted(contact.photo) << "\n"
            << "email = " << toml_quoted(contact.email) << "\n"
            << "video = " << toml_quoted(contact.video) << "\n";
    return out.str();
}

ErrorOr<SavedDraft> parse_setup_draft(std::string_view text)
{
    toml::table root;
    try {
        root = toml::parse(text);
    } catch (const toml::parse_error& error) {
        return broken("line " + std::to_string(error.source().begin.line) + ": " + std::string(error.description()));
    }
    if (root["format"].value_or(0) != draft_format)
        return broken("no format = " + std::to_string(draft_format) + " line");
    auto* settings_text = root["settings"].as_string();
    if (!settings_text)
        return broken("no settings");
    auto parsed = parse_settings(settings_text->get());
    for (auto& problem : parsed.problems)
        if (problem.severity == ProblemSeverity::Error)
            return broken("its settings: " + problem.message.detail() + " " + problem.text());

    SavedDraft saved;
    auto& draft = saved.draft;
    draft.settings = std::move(parsed.settings);
    draft.settings.senior_name = text_of(root, "settings_senior_name");
    saved.step = text_of(root, "step");
    draft.senior_name = text_of(root, "senior_name");
    draft.helpline = text_of(root, "helpline") == "other" ? HelplineChoice::Other : HelplineChoice::National;
    draft.helpline_name = text_of(root, "helpline_name");
    draft.helpline_number = text_of(root, "helpline_number");
    draft.helpline_hours = text_of(root, "helpline_hours");
    draft.helpdesk = text_of(root, "helpdesk");
    draft.enrollment_code = text_of(root, "enrollment_code");

    // What the setup does not ask comes from the settings, as when the setup starts from them.
    draft.email = email_draft_from(draft.settings.email);
    if (auto* email = root["email"].as_table()) {
        draft.email.wanted = (*email)["wanted"].value_or(false);
        draft.email.address = text_of(*email, "address");
        draft.email.provider = text_of(*email, "provider");
        draft.email.imap_server = text_of(*email, "imap_server");
        draft.email.imap_port = text_of(*email, "imap_port");
        draft.email.smtp_server = text_of(*email, "smtp_server");
        draft.email.smtp_port = text_of(*email, "smtp_port");
    }
    if (auto* contacts = root["contact"].as_array()) {
        for (auto& node : *contacts) {
            auto* table = node.as_table();
            if (!table || draft.contacts.size() >= max_setup_contacts)
                continue;
            ContactDraft contact { text_of(*table, "name"), text_of(*table, "photo"), text_of(*table, "email"), text_of(*table, "video"), {} };
            // A saved contact's room the setup does not edit (a program to start) stays with that contact.
            for (auto& known : draft.settings.contacts)
                if (known.name == contact.name)
                    contact.kept = known.video;
            draft.contacts.push_back(std::move(contact));
        }
    }
    for (size_t i = max_setup_contacts; i < draft.settings.contacts.size(); ++i)
        draft.more_contacts.push_back(draft.settings.contacts[i]);
    return saved;
}

DraftKeeper::DraftKeeper(std::string path)
    : m_path(std::move(path))
    , m_pending(std::make_shared<Pending>())
    , m_writer(std::make_unique<TaskRunner>(1))
{
}

DraftKeeper::~DraftKeeper() = default;

void DraftKeeper::keep(const SetupDraft& draft, std::string_view step)
{
    auto text = setup_draft_text(draft, step);
    if (text == m_last)
        return;
    m_last = text;
    {
        std::lock_guard lock(m_pending->mutex);
        m_pending->text = std::move(text);
        m_pending->forget = false;
    }
    post_write();
}

void DraftKeeper::forget()
{
    m_last.clear();
    {
        std::lock_guard lock(m_pending->mutex);
        m_pending->text.reset();
        m_pending->forget = true;
    }
    post_write();
}

void DraftKeeper::post_write()
{
    m_writer->post([pending = m_pending, path = m_path](std::stop_token) {
        std::optional<std::string> text;
        bool forget = false;
        {
            std::lock_guard lock(pending->mutex);
            text = std::exchange(pending->text, std::nullopt);
            forget = std::exchange(pending->forget, false);
        }
        if (forget) {
            if (std::remove(path.c_str()) != 0 && errno != ENOENT)
                log_warning("setup: could not delete the draft " + path + ": " + std::strerror(errno));
            return;
        }
        if (!text)
            return;
        // 0600: the draft names the senior, the family's contacts and their e-mail address.
        auto written = write_file_atomically(path, *text, 0600);
        if (written.is_error())
            log_warning("setup: could not keep the draft: " + written.error().detail());
    });
}

std::optional<SavedDraft> DraftKeeper::load()
{
    auto text = read_file(m_path);
    if (!text)
        return std::nullopt;
    auto saved = parse_setup_draft(*text);
    if (saved.is_error()) {
        log_warning("setup: the draft " + m_path + " is broken (" + saved.error().detail() + "); the setup starts afresh");
        return std::nullopt;
    }
    log_info("setup: going on with the setup left half-way, at " + saved.value().step);
    return saved.release_value();
}

}
