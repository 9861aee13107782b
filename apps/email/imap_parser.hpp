// Reading what an IMAP server says (RFC 3501): responses cut into atoms, strings (quoted or literal) and
// lists, fed byte by byte as they arrive; and the FETCH answers an inbox needs, read from them. A malformed
// answer is an error (mail_error Other) whose detail names the part of the answer that is wrong.
#pragma once

#include "../../shell/core/error.hpp"
#include "message.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Foyer {

struct ImapValue {
    enum class Kind {
        Atom,   // OK, FETCH, 12, \Seen, NIL, BODY[HEADER.FIELDS (FROM)], [UIDVALIDITY 3]
        String, // "quoted" or {literal}
        List,   // ( … )
    };
    Kind kind { Kind::Atom };
    std::string text;
    std::vector<ImapValue> items;

    bool is_atom(std::string_view word) const;
    bool is_nil() const { return is_atom("NIL"); }
};

struct ImapResponse {
    // "*" (untagged), "+" (continuation), or the tag of the command it ends.
    std::string tag;
    std::vector<ImapValue> values;
    // The response's first line as sent, for the log.
    std::string line;

    // For a tagged or untagged status: OK, NO, BAD, BYE, PREAUTH (upper case), else empty.
    std::string status() const;
    // "[UIDVALIDITY 3]" → 3 for code "UIDVALIDITY".
    std::optional<uint64_t> code_number(std::string_view code) const;
};

// Cuts the stream into responses; a response is complete once its last line and every literal it
// announces have arrived.
class ImapStream {
public:
    void feed(std::string_view bytes);
    // The next complete response (or why it cannot be read), or nothing until more bytes arrive.
    std::optional<ErrorOr<ImapResponse>> next();
    // A response larger than this is refused (a hostile server cannot make Foyer use all memory).
    static constexpr size_t max_response_bytes = 200 * 1024 * 1024;
    bool overflowed() const { return m_overflowed; }

private:
    std::string m_buffer;
    size_t m_start { 0 };
    // Where scanning for the end of the current response resumes.
    size_t m_scan { 0 };
    bool m_overflowed { false };
};

// Parses one complete response's bytes (as ImapStream found it). Where RFC 3501 gives an answer a shape
// (its tag, the name of an untagged answer, the data of FETCH, LIST, FLAGS…) a break in it is an error
// naming the part; the words after OK, NO, BAD, BYE and PREAUTH are free text, read as they come.
ErrorOr<ImapResponse> parse_imap_response(std::string_view bytes);

// One message of a "* n FETCH (…)" answer.
struct FetchedMessage {
    uint32_t sequence { 0 };
    std::optional<uint32_t> uid;
    std::optional<std::vector<std::string>> flags;
    std::optional<uint32_t> size;
    // BODY[…] or BODY.PEEK[…] data (a header block, or the whole message).
    std::optional<std::string> body;
    // INTERNALDATE as seconds since the epoch.
    std::optional<int64_t> internal_date;
};
// "* n FETCH …": the answers read_fetch() reads.
bool is_fetch(const ImapResponse&);
// An error names the item that is wrong (UID, FLAGS, RFC822.SIZE, INTERNALDATE, BODY[…]).
ErrorOr<FetchedMessage> read_fetch(const ImapResponse&);

bool has_flag(const std::vector<std::string>& flags, std::string_view flag);
// "26-Nov-2026 10:42:00 +0100" → seconds since the epoch.
std::optional<int64_t> parse_internal_date(std::string_view);
// A string as an IMAP quoted string (or a literal when it must be).
std::string imap_quote(std::string_view);

}
