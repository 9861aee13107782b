// The inbox in words: who wrote (a family contact's name before anything else), when ("Yesterday, 6 pm",
// "Tuesday 10 am"), the family first and "Other messages" apart; and the sentences the voice says.
#pragma once

#include "../../shell/core/settings/settings.hpp"
#include "../../shell/core/time/date.hpp"
#include "message.hpp"

#include <ctime>
#include <optional>
#include <string>
#include <vector>

namespace Foyer {

// When a message came, as a senior says it: "Today, 10:42 am", "Yesterday, 6 pm", "Tuesday 10 am" within
// the week, "Thursday 12 March" this year, with the year before. `now` is the local time now.
std::string when_in_words(std::time_t, const LocalDateTime& now);
// The same for the voice (the time written for the synthesiser).
std::string when_spoken(std::time_t, const LocalDateTime& now);
LocalDateTime local_time_of(std::time_t);

// The contact whose address this is (case does not matter), if any.
const Contact* contact_for(const std::vector<Contact>&, const std::string& address);
// The contacts the senior can write to (those with an address), in the family's order.
std::vector<const Contact*> contacts_with_email(const std::vector<Contact>&);

// The sender as a senior knows them: the contact's name, else the name they gave, else their address.
std::string sender_name(const MailAddress&, const Contact*);

// One line of the inbox: a message, or the heading that sets other messages apart.
struct InboxItem {
    enum class Kind {
        Message,
        OthersHeading,
    };
    Kind kind { Kind::Message };
    // Index into the cache's envelopes (for a message).
    size_t envelope { 0 };
    const Contact* contact { nullptr };
};

// Messages from contacts first, the last arrived first; then, when there are any, the "Other messages"
// heading and the others, the last arrived first.
std::vector<InboxItem> arrange_inbox(const std::vector<Envelope>&, const std::vector<Contact>&);

// "From Mathilde, yesterday at 6 pm: The photos. Not read yet." — what the voice says on a row.
std::string row_speech(const Envelope&, const Contact*, const LocalDateTime& now);
// "(no subject)" when there is none.
std::string subject_text(const std::string& subject);
// The words as one spoken sentence: a full stop added unless they already end one ("Bravo !" stays so,
// never "Bravo !.").
std::string as_sentence(const std::string& words);

// The warning under "Other messages".
std::string scam_warning();

// A subject for a new e-mail from its first words ("Les photos de dimanche…"), or "A photo from Marie".
std::string subject_from_text(const std::string& text, size_t photos, size_t documents, const std::string& senior_name);

}
