// After an e-mail has left by SMTP: a copy in the provider's Sent folder (so the family, or the senior on
// a phone, sees what was sent) and the \Answered flag on the message it answers. Both are safe to repeat:
// the copy is looked for by its Message-ID before it is added, and a flag set twice is set once.
#pragma once

#include "imap_session.hpp"
#include "mail_outbox.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

// One "* LIST (attributes) delimiter name" answer.
struct ListedFolder {
    std::vector<std::string> attributes;
    // As the server names it (modified UTF-7, RFC 3501 5.1.3).
    std::string name;
};
std::optional<ListedFolder> read_list(const ImapResponse&);

// The folder marked \Sent (RFC 6154), else the first of the usual names ("Sent", "Sent Messages",
// "Envoyés", "Éléments envoyés", "INBOX.Sent"…), else nothing.
std::optional<std::string> choose_sent_folder(const std::vector<ListedFolder>&);

// The UIDs in the selected folder whose Message-ID header is `message_id`.
ErrorOr<std::vector<uint32_t>> search_message_id(ImapSession&, std::string_view message_id);

// Puts `message` in the Sent folder (read), unless a message with its Message-ID is already there (the
// provider may file what SMTP took by itself, or a crash came between APPEND and writing it down). With
// no Sent folder at all, one named "Sent" is made.
ErrorOr<void> append_to_sent(ImapSession&, std::string_view message, std::string_view message_id);

// Flags the INBOX message `filing` answers: by its UID while the INBOX's UIDVALIDITY is the one it was
// known under, else found by its Message-ID. A message no longer there is not an error (it was deleted).
ErrorOr<void> mark_answered(ImapSession&, const MailFiling&);

}
