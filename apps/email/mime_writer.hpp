// Building the e-mails Foyer sends with GMime 3: UTF-8 text in quoted-printable, files in base64 with their
// names in RFC 2231, a reply threaded with In-Reply-To and References.
#pragma once

#include "message.hpp"

#include <ctime>
#include <string>
#include <vector>

namespace Foyer {

struct OutgoingMessage {
    MailAddress from;
    std::vector<MailAddress> to;
    std::string subject;
    std::string text;
    // Without angle brackets; empty: one is made.
    std::string message_id;
    // For a reply: the message answered and its thread.
    std::string in_reply_to;
    std::string references;
    std::time_t date { 0 };
    std::vector<Attachment> attachments;
};

// The RFC 5322 bytes, lines ending in CRLF as SMTP wants them.
std::string build_message(const OutgoingMessage&);

// A Message-Id for a message from `address` ("1a2b…@foyer.example.fr" style, without brackets).
std::string make_message_id(const std::string& address);

// "Re: Les photos de Noël", without piling up "Re: Re:".
std::string reply_subject(const std::string& subject);

// The References a reply carries: the original's, then the original itself (kept to a sane length).
std::string reply_references(const std::string& references, const std::string& message_id);

}
