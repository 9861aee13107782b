// The e-mail account's page of the setup, and the page of its servers when the provider is not listed.
#include "email_setup_screen.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/settings/mail_providers.hpp"
#include "../../shell/core/system/paths.hpp"

namespace Foyer {

namespace {

// What a test depends on: when any of it changes, the last answer no longer holds.
std::string tested_fields(const EmailDraft& draft)
{
    return draft.address + '\n' + draft.provider + '\n' + draft.imap_server + '\n' + draft.imap_port + '\n' + draft.smtp_server + '\n'
        + draft.smtp_port + '\n' + draft.password;
}

SwatchRole swatch_for(AccountVerdict verdict)
{
    return verdict == AccountVerdict::Works ? SwatchRole::StatusGood : SwatchRole::StatusBad;
}

bool is_server_field(const std::string& field)
{
    return field.rfind("setup.email.imap", 0) == 0 || field.rfind("setup.email.smtp", 0) == 0;
}

}

EmailSetupScreen::EmailSetupScreen(Services& services, std::shared_ptr<SetupFlow> flow)
    : SetupStep(services, std::move(flow), "setup.email", N_("The e-mail account"))
{
}

std::string EmailSetupScreen::intro() const
{
    if (!draft().email.wanted)
        return format(tr("No e-mail for {name}. To set it up, choose the provider and have the address and its password at hand."),
            { { "name", senior_or_default(draft()) } });
    return format(tr("The provider and the address of {name}."), { { "name", senior_or_default(draft()) } });
}

std::string EmailSetupScreen::first_field() const
{
    return draft().email.wanted ? "setup.email.address" : std::string {};
}

std::vector<FormRow> EmailSetupScreen::rows()
{
    auto& email = draft().email;
    // "No e-mail" is one of the choices: a family without an account (or not ready) moves on from here.
    std::vector<FormChoice> providers;
    for (auto& provider : mail_providers())
        providers.push_back({ "setup.email.provider." + std::string(provider.id), std::string(provider.name),
            email.wanted && email.provider == provider.id });
    providers.push_back({ "setup.email.provider.other", tr("Other"), email.wanted && email.provider == other_mail_provider });
    providers.push_back({ "setup.email.no", tr("No e-mail"), !email.wanted });
    std::vector<FormRow> rows { { .kind = FormRowKind::Choices, .label = tr("E-mail provider"), .choices = providers } };
    if (!email.wanted)
        return rows;
    rows.push_back({ .kind = FormRowKind::Field, .id = "setup.email.address", .label = tr("E-mail address"), .value = &email.address });
    if (email.provider == other_mail_provider) {
        std::string servers = email.imap_server.empty()
            ? tr("Servers: not written yet")
            : format(tr("Receiving: {imap}, port {imap_port}. Sending: {smtp}, port {smtp_port}."),
                { { "imap", email.imap_server }, { "imap_port", email.imap_port }, { "smtp", email.smtp_server },
                    { "smtp_port", email.smtp_port } });
        rows.push_back({ .kind = FormRowKind::Actions, .label = servers, .choices = { { "setup.email.servers", tr("Write the servers"), false, Icon::Document } } });
    }
    return rows;
}

void EmailSetupScreen::open_servers(std::optional<DraftProblem> problem)
{
    auto page = std::make_unique<EmailServersScreen>(m_services, flow().shared_from_this());
    if (problem)
        page->show_problem(std::move(*problem));
    m_services.navigator().open(std::move(page));
}

void EmailSetupScreen::on_press(const std::string& id)
{
    auto& email = draft().email;
    if (id == "setup.email.no") {
        email.wanted = false;
        clear_problem();
        m_services.say(tr("No e-mail. You can set it up later in the family menu."));
    } else if (id == "setup.email.servers") {
        open_servers();
    } else if (id.rfind("setup.email.provider.", 0) == 0) {
        auto provider = id.substr(std::string_view("setup.email.provider.").size());
        email.wanted = true;
        email.provider = provider;
        if (auto* preset = mail_provider(provider))
            m_services.say(std::string(preset->name));
        else if (email.imap_server.empty())
            open_servers();
        else
            m_services.say(tr("Other"));
    }
}

std::optional<DraftProblem> EmailSetupScreen::check()
{
    auto problem = check_email_provider(draft());
    if (problem && is_server_field(problem->field)) {
        // The servers have their own page: the mistake is shown there, in its field.
        open_servers(problem);
        return DraftProblem { "setup.email.servers", problem->error };
    }
    return problem;
}

EmailPasswordScreen::EmailPasswordScreen(Services& services, std::shared_ptr<SetupFlow> flow)
    : SetupStep(services, std::move(flow), "setup.email_password", N_("The e-mail password"))
{
}

std::string EmailPasswordScreen::intro() const
{
    // Named from what was chosen on the previous page (the settings get it only once this page is checked).
    auto* preset = mail_provider(draft().email.provider);
    std::string provider = preset ? std::string(preset->name) : draft().email.imap_server;
    std::string intro = format(tr("The password of {address}. Press Test: Foyer logs in to {provider} to check it."),
        { { "address", draft().email.address }, { "provider", provider.empty() ? tr("the provider") : provider } });
    if (draft().email.provider == "gmail")
        intro += " " + tr("For Gmail, use an “app password” made in the Google account.");
    return intro;
}

std::vector<FormRow> EmailPasswordScreen::rows()
{
    auto& email = draft().email;
    if (tested_fields(email) != m_tested && !m_testing)
        forget_test();
    std::vector<FormRow> rows {
        { .kind = FormRowKind::Field, .id = "setup.email.password", .label = email.password_saved ? tr("Password (empty: keep the saved one)") : tr("Password"), .value = &email.password, .field_kind = TextFieldKind::Secret },
        { .kind = FormRowKind::Actions,
            .choices = { { "setup.email.test", m_testing ? tr("Testing…") : tr("Test"), false, m_testing ? Icon::Waiting : Icon::Internet } } },
    };
    // A mistake shown below replaces the last answer (there is room for one sentence of each kind).
    if (m_testing)
        rows.push_back({ .kind = FormRowKind::Note, .text = tr("Testing the e-mail account…"), .swatch = SwatchRole::Notice });
    else if (m_verdict && problem_text().empty())
        rows.push_back({ .kind = FormRowKind::Note, .text = m_test_text, .swatch = swatch_for(*m_verdict) });
    return rows;
}

void EmailPasswordScreen::on_press(const std::string& id)
{
    if (id == "setup.email.test")
        start_test();
}

void EmailPasswordScreen::forget_test()
{
    m_verdict.reset();
    m_test_text.clear();
}

void EmailPasswordScreen::start_test()
{
    if (m_testing)
        return;
    auto problem = check();
    if (problem) {
        show_problem(std::move(*problem));
        return;
    }
    clear_problem();
    m_testing = true;
    m_tested = tested_fields(draft().email);
    forget_test();
    m_services.say(tr("Testing the e-mail account…"));
    m_services.activity().record("setup", "testing the e-mail account " + draft().settings.email.address);
    if (!m_worker)
        m_worker = std::make_unique<TaskRunner>(1);
    Settings settings = draft().settings;
    std::string typed = draft().email.password;
    auto provider = provider_name(settings.email);
    auto& queue = m_services.run_queue();
    auto done = m_lifetime.guard([this, provider](AccountTestResult result) {
        m_testing = false;
        m_verdict = result.verdict;
        m_test_text = account_test_text(result, provider);
        m_services.activity().record("setup", "e-mail test: " + result.detail);
        m_services.say(m_test_text);
    });
    m_worker->post([settings = std::move(settings), typed, &queue, done](std::stop_token stop) mutable {
        AccountTestResult result;
        auto account = load_account(settings, config_dir(), stop);
        if (account.is_error() && typed.empty()) {
            result.verdict = AccountVerdict::WrongPassword;
            result.detail = account.error().detail();
        } else {
            MailAccount ready;
            if (!account.is_error()) {
                ready = account.release_value();
            } else {
                // Only the password is missing until it is saved: the account is the settings' own.
                ready.self.address = settings.email.address;
                ready.imap = settings.email.imap;
                ready.smtp = settings.email.smtp;
                ready.user = settings.email.user.empty() ? settings.email.address : settings.email.user;
                ready.ca_file = expand_path(settings.email.ca_file, config_dir());
            }
            if (!typed.empty())
                ready.password = typed;
            result = test_mail_account(ready, stop);
        }
        queue.post([done, result = std::move(result)]() mutable { done(std::move(result)); });
    });
}

EmailServersScreen::EmailServersScreen(Services& services, std::shared_ptr<SetupFlow> flow)
    : SetupStep(services, std::move(flow), "setup.email_servers", N_("The e-mail servers"))
    , m_before(draft().email)
{
}

std::string EmailServersScreen::intro() const
{
    // The page is all fields: what to copy is said in their labels.
    return {};
}

std::vector<FormRow> EmailServersScreen::rows()
{
    auto& email = draft().email;
    return {
        { .kind = FormRowKind::Field, .id = "setup.email.imap_server", .label = tr("Receiving server (IMAP)"), .value = &email.imap_server },
        { .kind = FormRowKind::Field, .id = "setup.email.imap_port", .label = tr("Port (often 993)"), .value = &email.imap_port },
        { .kind = FormRowKind::Field, .id = "setup.email.smtp_server", .label = tr("Sending server (SMTP)"), .value = &email.smtp_server },
        { .kind = FormRowKind::Field, .id = "setup.email.smtp_port", .label = tr("Port (often 465)"), .value = &email.smtp_port },
    };
}

FormButton EmailServersScreen::next_button() const
{
    return { "setup.next", tr("OK"), Icon::Checked };
}

FormButton EmailServersScreen::back_button() const
{
    return { "setup.servers.cancel", tr("Cancel"), Icon::Back };
}

std::optional<DraftProblem> EmailServersScreen::check()
{
    EmailSettings servers = draft().email.kept;
    return check_mail_servers(draft().email, servers);
}

bool EmailServersScreen::on_next()
{
    draft().email.provider = other_mail_provider;
    m_services.navigator().back();
    return true;
}

void EmailServersScreen::on_press(const std::string& id)
{
    if (id != "setup.servers.cancel")
        return;
    auto& email = draft().email;
    email.imap_server = m_before.imap_server;
    email.imap_port = m_before.imap_port;
    email.smtp_server = m_before.smtp_server;
    email.smtp_port = m_before.smtp_port;
    m_services.navigator().back();
}

std::vector<SetupStepEntry> email_setup_steps()
{
    SetupStepEntry entry { "setup.email", "email", {},
        [](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> {
            return std::make_unique<EmailSetupScreen>(services, std::move(flow));
        } };
    SetupStepEntry password { "setup.email_password", "email", [](const SetupDraft& draft) { return draft.email.wanted; },
        [](Services& services, std::shared_ptr<SetupFlow> flow) -> std::unique_ptr<Screen> {
            return std::make_unique<EmailPasswordScreen>(services, std::move(flow));
        } };
    entry.summary = [](const SetupDraft& draft) {
        if (!draft.email.wanted)
            return tr("E-mail: none");
        // From what was typed: the settings get it only once the pages are checked.
        auto* preset = mail_provider(draft.email.provider);
        return format(tr("E-mail: {address} ({provider})"),
            { { "address", draft.email.address }, { "provider", preset ? std::string(preset->name) : draft.email.imap_server } });
    };
    return { entry, password };
}

SetupChapter email_chapter()
{
    return { "email", N_("The e-mail account"), Icon::Mail };
}

}
