// Sample e-mails built with the same code as real ones (GMime), pictures drawn here.
#include "email_samples.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/system/png.hpp"
#include "compose_screen.hpp"
#include "contacts_screen.hpp"
#include "inbox_screen.hpp"
#include "mail_errors.hpp"
#include "message_screen.hpp"
#include "mime_reader.hpp"
#include "mime_writer.hpp"
#include "sent_screen.hpp"

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace Foyer {

// A seaside picture: sky, sea and sand in bands with a sun, so a photo page looks like one.
std::string sample_photo(int width, int height, int variant)
{
    RgbaImage image { width, height, std::vector<uint8_t>(size_t(width) * size_t(height) * 4, 255) };
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            auto* p = &image.pixels[(size_t(y) * size_t(width) + size_t(x)) * 4];
            float t = float(y) / float(height);
            float dx = float(x) - float(width) * (variant ? 0.3f : 0.72f), dy = float(y) - float(height) * 0.25f;
            bool sun = dx * dx + dy * dy < float(height * height) / 90.f;
            if (sun) {
                p[0] = 255, p[1] = 214, p[2] = 80;
            } else if (t < 0.55f) {
                p[0] = uint8_t(120 + 80 * t), p[1] = uint8_t(170 + 60 * t), p[2] = 235;
            } else if (t < 0.75f) {
                p[0] = 30, p[1] = uint8_t(90 + 40 * std::sin(float(x) / 17.f)), p[2] = 150;
            } else {
                p[0] = 226, p[1] = 200, p[2] = 150;
            }
        }
    }
    auto png = encode_png(image);
    return png.is_error() ? std::string {} : png.release_value();
}

namespace {

std::string sample_message(const MailAddress& from, const std::string& subject, const std::string& text, std::time_t date,
    std::vector<Attachment> attachments = {})
{
    OutgoingMessage message;
    message.from = from;
    message.to = { { "Marie-Martine", "marie-martine@example.fr" } };
    message.subject = subject;
    message.text = text;
    message.date = date;
    message.attachments = std::move(attachments);
    message.message_id = make_message_id(from.address);
    return build_message(message);
}

enum class Strangers {
    Few,
    // Enough other messages to go on past the page where "Other messages" begins.
    Many,
};

// Mail from outside the family, older than the sample inbox's: shops, a lottery, a false bank.
void add_strangers(MailboxCache& inbox, std::time_t now)
{
    constexpr std::time_t day = 24 * 3600;
    struct Stranger {
        const char* name;
        const char* address;
        const char* subject;
    };
    static constexpr Stranger strangers[] = {
        { "Service Client Ameli", "remboursement@ameli-dossier.example", "Un remboursement de 149,50 € vous attend" },
        { "Jardiland", "newsletter@jardiland.example", "Les bulbes de printemps sont arrivés" },
        { "Loterie Nationale", "gagnant@loterie-nationale.example", "Félicitations, vous avez gagné !" },
        { "La Redoute", "offres@laredoute.example", "-30 % sur les plaids" },
        { "Impots.gouv", "contact@impots-remboursement.example", "Votre avis de remboursement" },
    };
    uint32_t uid = inbox.max_uid();
    std::time_t age = 7 * day;
    for (auto& stranger : strangers) {
        Envelope envelope;
        envelope.uid = ++uid;
        envelope.from = { stranger.name, stranger.address };
        envelope.subject = stranger.subject;
        envelope.date = now - age;
        envelope.seen = true;
        inbox.envelopes.push_back(std::move(envelope));
        age += day;
    }
}

std::shared_ptr<EmailApp> sample_app(Services& services, Strangers strangers = Strangers::Few)
{
    auto directory = std::filesystem::temp_directory_path() / ("foyer-email-samples-" + std::to_string(::getpid()));
    auto options = EmailOptions::from_environment();
    options.state_dir = directory.string();
    options.home = directory.string();
    auto app = std::make_shared<EmailApp>(options);
    // The samples' ages count back from the clock the screens show, which a golden picture fixes.
    auto clock = services.now();
    std::tm local {};
    local.tm_year = clock.date.year - 1900;
    local.tm_mon = clock.date.month - 1;
    local.tm_mday = clock.date.day;
    local.tm_hour = clock.time.hour();
    local.tm_min = clock.time.minute();
    local.tm_sec = clock.second;
    local.tm_isdst = -1;
    auto now = std::mktime(&local);
    auto inbox = sample_inbox(now);
    if (strangers == Strangers::Many)
        add_strangers(inbox, now);
    app->use_samples(sample_settings(), std::move(inbox), sample_messages(now));
    app->attach(services.run_queue(), false);
    return app;
}

}

Settings sample_settings()
{
    auto settings = demo_settings();
    settings.email.address = "marie-martine@example.fr";
    settings.email.provider = "orange";
    settings.email.imap = { "imap.orange.fr", 993, MailSecurity::Tls };
    settings.email.smtp = { "smtp.orange.fr", 465, MailSecurity::Tls };
    settings.contacts = { { "Mathilde", "", "mathilde@example.fr" }, { "Julien", "", "julien@example.fr" }, { "Docteur Martin", "", "cabinet.martin@example.fr" },
        { "Élise", "", "elise@example.fr" } };
    return settings;
}

MailboxCache sample_inbox(std::time_t now)
{
    MailboxCache inbox;
    inbox.uidvalidity = 1;
    auto add = [&](uint32_t uid, std::string name, std::string address, std::string subject, std::time_t age, bool seen, bool files) {
        Envelope envelope;
        envelope.uid = uid;
        envelope.from = { std::move(name), std::move(address) };
        envelope.subject = std::move(subject);
        envelope.date = now - age;
        envelope.seen = seen;
        envelope.has_attachments = files;
        inbox.envelopes.push_back(std::move(envelope));
    };
    constexpr std::time_t hour = 3600, day = 24 * hour;
    add(1, "Cabinet médical", "cabinet.martin@example.fr", "Votre rendez-vous du 3 décembre", 6 * day, true, false);
    add(2, "Banque Postale", "info@banque.example", "Votre relevé de compte est disponible", 5 * day, true, true);
    add(3, "Élise", "elise@example.fr", "Merci pour le gâteau !", 3 * day, true, false);
    add(4, "Colissimo", "suivi@colis-express.example", "Votre colis est en attente : payez 1,99 €", 2 * day, false, false);
    add(5, "Julien", "julien@example.fr", "Les horaires du train", day + 5 * hour, false, true);
    add(6, "Mathilde Bérard", "mathilde@example.fr", "Les photos de la plage", 2 * hour, false, true);
    return inbox;
}

std::map<uint32_t, std::string> sample_messages(std::time_t now)
{
    std::map<uint32_t, std::string> messages;
    auto inbox = sample_inbox(now);
    auto date = [&](uint32_t uid) { return inbox.find(uid)->date; };
    messages[6] = sample_message({ "Mathilde Bérard", "mathilde@example.fr" }, "Les photos de la plage",
        "Bonjour Mamie,\n\nNous sommes bien arrivés à Saint-Malo. Il fait beau et les enfants se baignent tous les jours, même si l'eau est "
        "fraîche !\n\nJe t'envoie deux photos de la plage. Léo a construit un château de sable immense.\n\nOn t'embrasse très fort,\nMathilde",
        date(6), { { "plage.png", "image/png", sample_photo(1200, 800, 0) }, { "chateau.png", "image/png", sample_photo(1200, 800, 1) } });
    messages[5] = sample_message({ "Julien", "julien@example.fr" }, "Les horaires du train",
        "Bonjour Maman,\nVoici les horaires du train pour dimanche. Je viendrai te chercher à la gare.\nBises, Julien", date(5),
        { { "Horaires TER dimanche.pdf", "application/pdf", "%PDF-1.4\n" } });
    messages[4] = sample_message({ "Colissimo", "suivi@colis-express.example" }, "Votre colis est en attente : payez 1,99 €",
        "Votre colis n'a pas pu être livré. Cliquez ici pour payer les frais de 1,99 € sous 24 heures.", date(4));
    messages[3] = sample_message({ "Élise", "elise@example.fr" }, "Merci pour le gâteau !", "Il était délicieux. À jeudi !", date(3));
    messages[2] = sample_message({ "Banque Postale", "info@banque.example" }, "Votre relevé de compte est disponible", "Votre relevé de novembre est disponible.",
        date(2), { { "Relevé novembre.pdf", "application/pdf", "%PDF-1.4\n" } });
    // Not in the inbox: a photo that is not a picture, for the message screen's "could not be opened".
    messages[7] = sample_message({ "Élise", "elise@example.fr" }, "La photo du gâteau", "Voici le gâteau de dimanche. Je t'embrasse.", date(3),
        { { "gateau.jpg", "image/jpeg", "<html><body>502 Bad Gateway</body></html>" } });
    // Not in the inbox: a letter of many pages, for the jumps (Beginning, −10, +10, End).
    std::string chronicle = "Ma chère Mamie,\n\n";
    for (int i = 1; i <= 120; ++i)
        chronicle += "Souvenir numéro " + std::to_string(i) + ". Ce matin, nous sommes allés au marché de Quimper avec les enfants. Il faisait beau, "
                                                              "mais le vent venait de la mer. Léa a appris à faire du vélo sans les petites roues, elle est très fière.\n\n";
    chronicle += "Je t'embrasse très fort,\nMathilde";
    messages[8] = sample_message({ "Mathilde Bérard", "mathilde@example.fr" }, "Toute la famille en Bretagne", chronicle, date(6));
    messages[1] = sample_message({ "Cabinet médical", "cabinet.martin@example.fr" }, "Votre rendez-vous du 3 décembre",
        "Nous vous rappelons votre rendez-vous du jeudi 3 décembre à 10 h 30.", date(1));
    return messages;
}

std::vector<std::pair<std::string, std::function<std::unique_ptr<Screen>(Services&)>>> email_sample_screens(std::shared_ptr<const EmailHooks> hooks)
{
    using Make = std::function<std::unique_ptr<Screen>(Services&)>;
    std::vector<std::pair<std::string, Make>> screens;
    auto context = [hooks](Services& services) { return EmailContext { sample_app(services), hooks }; };
    screens.push_back({ "email.inbox", [=](Services& services) { return std::make_unique<InboxScreen>(services, context(services)); } });
    screens.push_back({ "email.others", [=](Services& services) {
                           auto screen = std::make_unique<InboxScreen>(services, context(services));
                           screen->show_others();
                           return screen;
                       } });
    // The page after the one where "Other messages" begins: the heading and its warning again.
    screens.push_back({ "email.others.next", [=](Services& services) {
                           auto screen = std::make_unique<InboxScreen>(services, EmailContext { sample_app(services, Strangers::Many), hooks });
                           screen->show_others(OthersPage::Next);
                           return screen;
                       } });
    screens.push_back({ "email.message", [=](Services& services) { return std::make_unique<MessageScreen>(services, context(services), 6); } });
    screens.push_back({ "email.photo", [=](Services& services) {
                           auto screen = std::make_unique<MessageScreen>(services, context(services), 6);
                           screen->show_first(MessagePage::Kind::Photo);
                           return screen;
                       } });
    screens.push_back({ "email.files", [=](Services& services) {
                           auto screen = std::make_unique<MessageScreen>(services, context(services), 5);
                           screen->show_first(MessagePage::Kind::Files);
                           return screen;
                       } });
    // The parcel scam, opened and answered: the warning above it.
    screens.push_back({ "email.message.stranger", [=](Services& services) { return std::make_unique<MessageScreen>(services, context(services), 4); } });
    screens.push_back({ "email.reply.stranger", [=](Services& services) {
                           Draft draft;
                           draft.key = draft_key("suivi@colis-express.example", "colis");
                           draft.to = { "Colissimo", "suivi@colis-express.example" };
                           draft.reply_subject = "Votre colis est en attente : payez 1,99 €";
                           draft.in_reply_to = "colis@colis-express.example";
                           return std::make_unique<ComposeScreen>(services, context(services), draft);
                       } });
    screens.push_back({ "email.broken-photo", [=](Services& services) { return std::make_unique<MessageScreen>(services, context(services), 7); } });
    screens.push_back({ "email.long-letter", [=](Services& services) {
                           auto screen = std::make_unique<MessageScreen>(services, context(services), 8);
                           screen->show_page(11);
                           return screen;
                       } });
    screens.push_back({ "email.offline", [=](Services& services) {
                           auto email = context(services);
                           email.app->sample_inbox_state(InboxState::Failed, mail_error(MailFailure::NoNetwork, "sample"));
                           return std::make_unique<InboxScreen>(services, email);
                       } });
    screens.push_back({ "email.contacts", [=](Services& services) { return std::make_unique<ContactsScreen>(services, context(services)); } });
    screens.push_back({ "email.write", [=](Services& services) {
                           auto email = context(services);
                           Draft draft;
                           draft.key = draft_key("mathilde@example.fr", "");
                           draft.to = { "Mathilde", "mathilde@example.fr" };
                           draft.text = "Bonjour ma chérie,\nMerci pour les belles photos ! Je vous embrasse tous les quatre.\nMamie";
                           (void)email.app->drafts().save(draft);
                           (void)email.app->drafts().add_file(draft, { "Jardin en fleurs.jpg", "image/jpeg", std::string(1'200'000, 'x') });
                           return std::make_unique<ComposeScreen>(services, email, draft);
                       } });
    auto sent = [=](Services& services, std::optional<Error> failure) {
        auto email = context(services);
        QueuedMail mail;
        mail.id = "sample";
        mail.to = { "Mathilde", "mathilde@example.fr" };
        mail.recipients = { mail.to.address };
        email.app->sample_report({ mail, failure, std::nullopt });
        return std::make_unique<SentScreen>(services, email, mail);
    };
    screens.push_back({ "email.sent", [=](Services& services) { return sent(services, std::nullopt); } });
    screens.push_back({ "email.waiting", [=](Services& services) { return sent(services, mail_error(MailFailure::NoNetwork, "sample")); } });
    return screens;
}

}
