// Reading e-mails with GMime 3: multipart, base64, quoted-printable, RFC 2047 words, RFC 2231 file names,
// ISO-8859-1/15, Windows-1252 and UTF-8, into a MessageContent. A malformed message gives what could be
// read and never crashes.
#pragma once

#include "message.hpp"

#include <string>
#include <string_view>

namespace Foyer {

// The whole message as the server sent it (RFC 5322 bytes).
MessageContent read_message(std::string_view raw);

// Only the headers (what an inbox row needs), from a header block fetched without the body.
Envelope read_envelope(std::string_view headers);

// `bytes` as valid UTF-8: kept when it already is, else read as Windows-1252 (a superset of ISO-8859-1
// that old French mail programs wrote without saying so).
std::string to_valid_utf8(std::string_view bytes);

// Sets GMime up once for the whole program (thread-safe).
void initialize_gmime();

}
