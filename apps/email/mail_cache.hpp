// The inbox kept on disk between runs: every envelope (one line each), and the messages already read, so
// the inbox opens at once and old messages can be read with no network.
#pragma once

#include "../../shell/core/error.hpp"
#include "message.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

struct MailboxCache {
    // The server's UIDVALIDITY: when it changes, the UIDs mean other messages and the cache starts over.
    uint64_t uidvalidity { 0 };
    // By UID, oldest first.
    std::vector<Envelope> envelopes;

    uint32_t max_uid() const { return envelopes.empty() ? 0 : envelopes.back().uid; }
    const Envelope* find(uint32_t uid) const;
    Envelope* find(uint32_t uid);
    bool operator==(const MailboxCache&) const = default;
};

std::string serialize_cache(const MailboxCache&);
// Nothing when the text is not a cache Foyer wrote (damaged, or another version): it is then rebuilt.
std::optional<MailboxCache> parse_cache(std::string_view);

// The cache folder: envelopes in inbox.cache, read messages under messages/.
class MailStore {
public:
    explicit MailStore(std::string directory);

    MailboxCache load() const;
    ErrorOr<void> save(const MailboxCache&) const;

    // The raw message, if it was kept.
    std::optional<std::string> message(uint64_t uidvalidity, uint32_t uid) const;
    // Keeps a read message; only the most recent `max_messages` are kept.
    void keep_message(uint64_t uidvalidity, uint32_t uid, std::string_view raw) const;
    static constexpr size_t max_messages = 300;

    const std::string& directory() const { return m_directory; }

private:
    std::string message_path(uint64_t uidvalidity, uint32_t uid) const;

    std::string m_directory;
};

}
