// What Foyer asks the IMAP server: bring the cached inbox up to date (new headers only, flags of the
// others, messages deleted elsewhere dropped) and fetch one message to read.
#pragma once

#include "imap_session.hpp"
#include "mail_cache.hpp"

#include <functional>

namespace Foyer {

// The headers asked for each new message: what an inbox row and a reply need, nothing more.
constexpr const char* envelope_fields = "FROM DATE SUBJECT MESSAGE-ID REFERENCES CONTENT-TYPE";

struct SyncCounts {
    size_t new_messages { 0 };
    size_t removed { 0 };
    size_t flags_changed { 0 };
};

// Brings `cache` up to date with the INBOX. On failure `cache` keeps what it had.
ErrorOr<SyncCounts> sync_inbox(ImapSession&, MailboxCache& cache);

// The whole message by UID; fetching it marks it read on the server (as any mail program does).
ErrorOr<std::string> fetch_message(ImapSession&, uint32_t uid);

}
