// Incremental sync: UID FETCH of the flags up to the last known UID, then of the headers of anything newer.
#include "imap_mailbox.hpp"

#include "mail_errors.hpp"
#include "mime_reader.hpp"

#include "../../shell/core/system/log.hpp"

#include <algorithm>
#include <unordered_map>

namespace Foyer {

namespace {

// A FETCH answer among the others. One message the server describes wrongly is left out (and said in the
// log), so that it does not keep the rest of the inbox from showing.
std::optional<FetchedMessage> fetched_message(const ImapResponse& response)
{
    if (!is_fetch(response))
        return std::nullopt;
    auto message = read_fetch(response);
    if (message.is_error()) {
        log_warning("email: " + message.error().detail());
        return std::nullopt;
    }
    return message.release_value();
}

}

ErrorOr<SyncCounts> sync_inbox(ImapSession& session, MailboxCache& cache)
{
    auto status = session.select("INBOX");
    if (status.is_error())
        return status.error();
    MailboxCache updated = cache;
    SyncCounts counts;
    if (updated.uidvalidity != status.value().uidvalidity) {
        counts.removed = updated.envelopes.size();
        updated = MailboxCache { status.value().uidvalidity, {} };
    }
    if (status.value().exists == 0) {
        counts.removed += updated.envelopes.size();
        updated.envelopes.clear();
        cache = std::move(updated);
        return counts;
    }
    auto known = updated.max_uid();
    if (known > 0) {
        // Flags of what is known; what the server no longer lists was deleted (or moved) elsewhere.
        std::unordered_map<uint32_t, std::vector<std::string>> flags;
        flags.reserve(updated.envelopes.size());
        auto fetched = session.run("UID FETCH 1:" + std::to_string(known) + " (UID FLAGS)", [&](const ImapResponse& r) {
            if (auto message = fetched_message(r); message && message->uid && message->flags)
                flags[*message->uid] = std::move(*message->flags);
        });
        if (fetched.is_error())
            return fetched.error();
        std::vector<Envelope> kept;
        kept.reserve(updated.envelopes.size());
        for (auto& envelope : updated.envelopes) {
            auto found = flags.find(envelope.uid);
            if (found == flags.end()) {
                ++counts.removed;
                continue;
            }
            bool seen = has_flag(found->second, "\\Seen");
            bool answered = has_flag(found->second, "\\Answered");
            counts.flags_changed += seen != envelope.seen || answered != envelope.answered;
            envelope.seen = seen;
            envelope.answered = answered;
            kept.push_back(std::move(envelope));
        }
        updated.envelopes = std::move(kept);
    }
    if (status.value().uidnext == 0 || status.value().uidnext > known + 1) {
        std::vector<Envelope> fresh;
        auto fetched = session.run("UID FETCH " + std::to_string(known + 1) + ":* (UID FLAGS RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER.FIELDS ("
                + envelope_fields + ")])",
            [&](const ImapResponse& r) {
            auto message = fetched_message(r);
            // "n:*" also names the last message when there is nothing newer: skip what is known.
            if (!message || !message->uid || *message->uid <= known)
                return;
            Envelope envelope = read_envelope(message->body.value_or(std::string {}));
            envelope.uid = *message->uid;
            if (message->flags) {
                envelope.seen = has_flag(*message->flags, "\\Seen");
                envelope.answered = has_flag(*message->flags, "\\Answered");
            }
            envelope.size = message->size.value_or(0);
            if (envelope.date == 0 && message->internal_date)
                envelope.date = std::time_t(*message->internal_date);
            fresh.push_back(std::move(envelope));
        });
        if (fetched.is_error())
            return fetched.error();
        std::sort(fresh.begin(), fresh.end(), [](auto& a, auto& b) { return a.uid < b.uid; });
        counts.new_messages = fresh.size();
        for (auto& envelope : fresh)
            updated.envelopes.push_back(std::move(envelope));
    }
    cache = std::move(updated);
    return counts;
}

ErrorOr<std::string> fetch_message(ImapSession& session, uint32_t uid)
{
    auto status = session.select("INBOX");
    if (status.is_error())
        return status.error();
    std::optional<std::string> body;
    auto fetched = session.run("UID FETCH " + std::to_string(uid) + " (UID BODY[])", [&](const ImapResponse& r) {
        if (auto message = fetched_message(r); message && message->uid == uid && message->body)
            body = std::move(message->body);
    });
    if (fetched.is_error())
        return fetched.error();
    if (!body)
        return mail_error(MailFailure::Other, "UID " + std::to_string(uid) + " is gone from the server");
    return std::move(*body);
}

}
