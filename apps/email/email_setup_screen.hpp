// The e-mail app's steps of the family setup: the senior's account (address, provider or servers, password)
// with a Test button, and the family's contacts (name, photo, e-mail, video link). Contributed to the
// setup through apps/apps.cpp (SetupHooks), like the printer's.
#pragma once

#include "../../shell/core/system/task_runner.hpp"
#include "../setup/setup_step.hpp"
#include "account_test.hpp"
#include "email_step.hpp"
#include "email_widgets.hpp"

#include <memory>
#include <optional>

namespace Foyer {

// The account's first page: e-mail or not, the address, the provider (or the servers).
class EmailSetupScreen final : public SetupStep {
public:
    EmailSetupScreen(Services&, std::shared_ptr<SetupFlow>);

    std::vector<FormRow> rows() override;

private:
    std::string intro() const override;
    std::string first_field() const override;
    void on_press(const std::string&) override;
    std::optional<DraftProblem> check() override;
    void open_servers(std::optional<DraftProblem> problem = std::nullopt);
};

// The account's second page: the password, and Test.
class EmailPasswordScreen final : public SetupStep {
public:
    EmailPasswordScreen(Services&, std::shared_ptr<SetupFlow>);

    std::vector<FormRow> rows() override;
    bool waiting_for_answers() const override { return m_testing; }

    // Test: the account as typed (checked first), logged in to on a worker; the answer is shown and said.
    void start_test();
    bool testing() const { return m_testing; }
    // The last answer, in words (empty before the first test).
    const std::string& test_text() const { return m_test_text; }
    std::optional<AccountVerdict> test_verdict() const { return m_verdict; }

private:
    std::string intro() const override;
    std::string first_field() const override { return "setup.email.password"; }
    void on_press(const std::string&) override;
    std::optional<DraftProblem> check() override { return check_email_account(draft()); }
    // Something the test depends on changed: its answer no longer holds.
    void forget_test();

    bool m_testing { false };
    std::string m_test_text;
    std::optional<AccountVerdict> m_verdict;
    // What was tested, to forget the answer when the family changes it.
    std::string m_tested;
    Lifetime m_lifetime;
    // Last: joined first (a test in progress gives up at once when the page goes).
    std::unique_ptr<TaskRunner> m_worker;
};

// The servers of a provider that is not in the list, on a page of their own.
class EmailServersScreen final : public SetupStep {
public:
    EmailServersScreen(Services&, std::shared_ptr<SetupFlow>);

    std::vector<FormRow> rows() override;
    FormButton next_button() const override;
    FormButton back_button() const override;

private:
    std::string intro() const override;
    std::string first_field() const override { return "setup.email.imap_server"; }
    std::optional<DraftProblem> check() override;
    bool on_next() override;
    void on_press(const std::string&) override;

    EmailDraft m_before;
};

// The contacts' list: each with Change and Remove, and Add a contact.
class ContactsSetupScreen final : public SetupStep {
public:
    ContactsSetupScreen(Services&, std::shared_ptr<SetupFlow>, EmailContext);

    std::vector<FormRow> rows() override;
    bool waiting_for_answers() const override;

private:
    std::string intro() const override;
    void on_press(const std::string&) override;
    bool on_next() override;
    void draw_picture(Ui&, size_t row, const Rect&) override;
    void edit(std::optional<size_t> index);

    EmailContext m_context;
    ContactPictures m_pictures;
};

// One contact: the photo at the left, then the name, "Choose a photo", the e-mail and the video link.
class ContactEditScreen final : public SetupStep {
public:
    // `index`: the contact changed; none: a new one, added on OK.
    ContactEditScreen(Services&, std::shared_ptr<SetupFlow>, EmailContext, std::optional<size_t> index);

    std::vector<FormRow> rows() override;
    FormButton next_button() const override;
    FormButton back_button() const override;
    bool waiting_for_answers() const override { return m_pictures.loading(m_contact.photo); }
    void set_photo(std::string path);
    ContactDraft& contact() { return m_contact; }

private:
    std::string intro() const override;
    std::string first_field() const override { return "setup.contact.name"; }
    std::optional<DraftProblem> check() override;
    bool on_next() override;
    void on_press(const std::string&) override;
    float side_width(const Ui&) const override;
    static float photo_side(const Ui&);
    std::string photo_label() const;
    void draw_side(Ui&, const Rect&) override;

    EmailContext m_context;
    std::optional<size_t> m_index;
    ContactDraft m_contact;
    ContactPictures m_pictures;
    std::shared_ptr<int> m_alive { std::make_shared<int>(0) };
};

// The account's two pages (the password's only when e-mail is wanted).
std::vector<SetupStepEntry> email_setup_steps();
SetupStepEntry contacts_setup_step(EmailContext);
SetupChapter email_chapter();
SetupChapter contacts_chapter();
// The pages the steps open (the servers, one contact), for the sample screens.
std::vector<SetupStepEntry> email_setup_pages(EmailContext);

}
