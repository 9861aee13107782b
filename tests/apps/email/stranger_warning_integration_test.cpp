// A parcel scam as it really arrives (tests/apps/email/corpus/scam-unknown-sender.eml), delivered to a real
// Dovecot, fetched by Foyer's e-mail model and opened on the message screen: the gentle warning is written
// above it and said with its title; the family's e-mail beside it has none.
#include "apps/email/compose_screen.hpp"
#include "apps/email/email_app.hpp"
#include "apps/email/email_words.hpp"
#include "apps/email/inbox_screen.hpp"
#include "apps/email/message_screen.hpp"
#include "apps/email/mime_writer.hpp"
#include "shell/core/i18n/translate.hpp"
#include "shell/core/system/files.hpp"
#include "tests/apps/email/email_screen_bench.hpp"
#include "tests/apps/email/mail_lab.hpp"

#include <gtest/gtest.h>

using namespace Foyer;
using namespace Foyer::Testing;
using namespace std::chrono_literals;

namespace {

std::string corpus(const std::string& name)
{
    return read_file(std::string(FOYER_SOURCE_DIR) + "/tests/apps/email/corpus/" + name).value_or("");
}

bool drew_text_containing(const std::vector<DrawnElement>& elements, std::string_view words)
{
    return std::any_of(elements.begin(), elements.end(), [&](auto& element) { return element.kind == DrawnKind::Text && element.key.find(words) != std::string::npos; });
}

}

TEST(StrangerWarningOnALab, AParcelScamFromTheServerOpensUnderTheWarning)
{
    if (auto missing = MailLab::missing_tools())
        GTEST_SKIP() << *missing;
    ASSERT_FALSE(i18n::load_catalogs(std::string(FOYER_BUILD_DIR) + "/share/foyer/locale").is_error());
    i18n::set_language(Language::French);
    MailLab lab;
    ASSERT_TRUE(lab.problem().empty()) << lab.problem();
    auto scam = corpus("scam-unknown-sender.eml");
    ASSERT_FALSE(scam.empty());
    ASSERT_TRUE(lab.deliver(scam));
    OutgoingMessage family;
    family.from = { "Mathilde Bérard", "mathilde@example.fr" };
    family.to = { { "Marie-Martine", MailLab::user } };
    family.subject = "Dimanche";
    family.text = "On passe te voir dimanche.";
    ASSERT_TRUE(lab.deliver(build_message(family)));

    EmailScreenBench bench;
    auto config = temporary_directory("scam-config");
    auto settings = lab.settings(config);
    settings.contacts = { { "Mathilde", "", "mathilde@example.fr" } };
    bench.services.saved = settings;
    EmailOptions options;
    options.state_dir = temporary_directory("scam-state");
    options.config_dir = config;
    options.home = temporary_directory("scam-home");
    auto app = std::make_shared<EmailApp>(options);
    app->set_settings(settings);
    app->attach(bench.services.queue, false);
    auto context = bench.context(app);

    InboxScreen inbox(bench.services, context);
    ASSERT_TRUE(eventually([&] {
        bench.services.queue.run_pending();
        return app->inbox().envelopes.size() == 2 && app->inbox_state() == InboxState::UpToDate;
    },
        20s))
        << "the two e-mails never came from the server";
    auto in_inbox = bench.draw(inbox);
    EXPECT_TRUE(drew_text(in_inbox, tr("Other messages")));
    EXPECT_TRUE(drew_text(in_inbox, scam_warning()));

    const Envelope* scam_envelope = nullptr;
    const Envelope* family_envelope = nullptr;
    for (auto& envelope : app->inbox().envelopes)
        (envelope.from.address == "mathilde@example.fr" ? family_envelope : scam_envelope) = &envelope;
    ASSERT_TRUE(scam_envelope && family_envelope);
    EXPECT_EQ(scam_envelope->subject, "Votre colis est en attente : payez 1,99 €");

    MessageScreen message(bench.services, context, scam_envelope->uid);
    auto opened = bench.draw_until(message, [](auto& drawn) { return drew_text_containing(drawn, "6A19283746501"); });
    ASSERT_TRUE(drew_text_containing(opened, "n’a pas pu être livré") || drew_text_containing(opened, "n'a pas pu être livré")) << "the scam's words were not shown";
    EXPECT_TRUE(drew_text(opened, scam_warning())) << "the scam opened without the warning";
    EXPECT_TRUE(drew_text_containing(opened, "La Poste – Colissimo"));
    auto said = message.arrival_speech();
    EXPECT_EQ(said.find("E-mail de La Poste – Colissimo. " + scam_warning()), 0u) << said;

    MessageScreen from_family(bench.services, context, family_envelope->uid);
    auto family_drawn = bench.draw_until(from_family, [](auto& drawn) { return drew_text_containing(drawn, "dimanche."); });
    ASSERT_TRUE(drew_text_containing(family_drawn, "On passe te voir dimanche."));
    EXPECT_FALSE(drew_text(family_drawn, scam_warning()));
    EXPECT_EQ(from_family.arrival_speech().find(scam_warning()), std::string::npos);
    i18n::set_language(Language::English);
}
