// What Foyer knows about an e-mail: its envelope (the inbox row) and its content (what the message screen
// shows), in plain values the screens draw and the tests check.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

namespace Foyer {

struct MailAddress {
    // As the sender wrote it ("Mathilde Dupont"); may be empty.
    std::string name;
    // "mathilde@example.fr", lower case.
    std::string address;

    bool operator==(const MailAddress&) const = default;
};

// One inbox row: what the server told about a message without downloading it.
struct Envelope {
    uint32_t uid { 0 };
    bool seen { false };
    bool answered { false };
    // Seconds since the epoch: the Date header, or the server's arrival time when there is none.
    std::time_t date { 0 };
    uint32_t size { 0 };
    MailAddress from;
    std::string subject;
    std::string message_id;
    // The References header, for a reply to thread with it.
    std::string references;
    bool has_attachments { false };

    bool operator==(const Envelope&) const = default;
};

struct Attachment {
    // As sent, decoded (RFC 2231, RFC 2047); "Pièce jointe 2" when the message gave none.
    std::string filename;
    // "application/pdf", lower case.
    std::string content_type;
    // The decoded bytes.
    std::string data;

    bool operator==(const Attachment&) const = default;
};

// A message as it is read: text ready for large type and for the voice, photos apart from other files.
struct MessageContent {
    MailAddress from;
    std::vector<MailAddress> to;
    std::vector<MailAddress> cc;
    std::time_t date { 0 };
    std::string subject;
    std::string message_id;
    std::string references;
    // Clean UTF-8 text: HTML turned into paragraphs, whitespace tidied.
    std::string text;
    // JPEG and PNG pictures sent with the message, in order, shown large.
    std::vector<Attachment> photos;
    // Everything else attached (PDF, Word…), listed with their names.
    std::vector<Attachment> attachments;
    // Parts of the message could not be read (broken encoding, cut short): what could be read is shown.
    bool damaged { false };
};

}
