// Any bytes as an e-mail, along the path to the screen: the message read (MIME, charsets, HTML), its
// photos decoded and scaled, its headers as an inbox row and the words said about it. Never a crash, and
// never bytes on the screen that are not UTF-8.
#include "apps/email/email_app.hpp"
#include "apps/email/email_words.hpp"
#include "apps/email/mime_reader.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void must_be_utf8(const std::string& text)
{
    if (Foyer::to_valid_utf8(text) != text)
        std::abort();
}

}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool ready = (Foyer::initialize_gmime(), true);
    (void)ready;
    std::string_view raw(reinterpret_cast<const char*>(data), size);
    auto opened = Foyer::open_raw_message(1, raw, 640, 480);
    auto& content = opened.content;
    if (opened.photos.size() != content.photos.size())
        std::abort();
    for (auto& photo : opened.photos)
        if (photo.width > 640 || photo.height > 480 || photo.pixels.size() != size_t(photo.width) * size_t(photo.height) * 4)
            std::abort();
    must_be_utf8(content.text);
    must_be_utf8(content.subject);
    must_be_utf8(content.from.name);
    for (auto& file : content.attachments)
        must_be_utf8(file.filename);

    // The inbox row, from the header block alone as IMAP gives it.
    auto end = raw.find("\r\n\r\n");
    auto envelope = Foyer::read_envelope(raw.substr(0, end == std::string_view::npos ? raw.size() : end + 2));
    Foyer::LocalDateTime now { { 2026, 11, 26 }, { 10 * 60 + 30 } };
    must_be_utf8(Foyer::row_speech(envelope, nullptr, now));
    must_be_utf8(Foyer::subject_text(content.subject));
    must_be_utf8(Foyer::when_in_words(content.date, now));
    return 0;
}
