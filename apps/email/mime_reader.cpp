// Walking GMime's tree of parts: text parts become the text (the plain version of an alternative when it
// says something, else the HTML one turned into text), JPEG and PNG pictures become photos (an HTML
// message's tiny pictures are its decoration, by their size in pixels), the rest are attachments. Every string that leaves here is valid UTF-8.
#include "mime_reader.hpp"

#include "../../shell/core/system/image.hpp"
#include "../../shell/core/text/text.hpp"
#include "html_text.hpp"

#include <gmime/gmime.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace Foyer {

namespace {

// An inline picture whose shorter side is under this many pixels, or whose longer side is under the second
// number, is an HTML message's decoration (a tracking pixel, a spacer, a logo, a button), not a photo.
constexpr int decoration_short_side = 100;
constexpr int decoration_long_side = 200;

// Whether an inline picture is decoration, by the size it really is (its header) and the size the HTML
// shows it at: a 1x1 pixel is tiny in both; a 640x480 photo shown at 320x240 is a photo, whatever its bytes.
// A picture whose size cannot be known is a photo: the senior is then told it could not be opened.
bool is_decoration(std::optional<PictureSize> real, const InlineImage* shown)
{
    auto small = [](int width, int height) {
        return std::min(width, height) < decoration_short_side || std::max(width, height) < decoration_long_side;
    };
    if (real && small(real->width, real->height))
        return true;
    if (!shown || (!shown->width && !shown->height))
        return false;
    int width = shown->width.value_or(0), height = shown->height.value_or(0);
    // One side given: the other in the picture's own proportions.
    if (real && !shown->height)
        height = int(int64_t(width) * real->height / real->width);
    if (real && !shown->width)
        width = int(int64_t(height) * real->width / real->height);
    if (!real && (!shown->width || !shown->height))
        return (shown->width ? width : height) < decoration_short_side;
    return small(width, height);
}

template<typename T>
struct GObjectDeleter {
    void operator()(T* object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T>
using GObjectPtr = std::unique_ptr<T, GObjectDeleter<T>>;

struct CharDeleter {
    void operator()(char* text) const { g_free(text); }
};
using GString = std::unique_ptr<char, CharDeleter>;

std::string safe(const char* text)
{
    return text ? to_valid_utf8(text) : std::string {};
}

std::string trimmed(std::string text)
{
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

GMimeParserOptions* parser_options()
{
    // Made once and never changed: GMime only reads it.
    static GMimeParserOptions* options = [] {
        initialize_gmime();
        auto* made = g_mime_parser_options_new();
        static const char* fallback[] = { "utf-8", "windows-1252", nullptr };
        g_mime_parser_options_set_fallback_charsets(made, fallback);
        g_mime_parser_options_set_rfc2047_compliance_mode(made, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(made, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(made, GMIME_RFC_COMPLIANCE_LOOSE);
        return made;
    }();
    return options;
}

GObjectPtr<GMimeMessage> parse(std::string_view raw)
{
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.data(), raw.size()));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    return GObjectPtr<GMimeMessage>(g_mime_parser_construct_message(parser.get(), parser_options()));
}

void add_addresses(InternetAddressList* list, std::vector<MailAddress>& out, int depth = 0)
{
    if (!list || depth > 4)
        return;
    int count = internet_address_list_length(list);
    for (int i = 0; i < count && out.size() < 200; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            add_addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out, depth + 1);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            MailAddress mail;
            mail.name = trimmed(safe(internet_address_get_name(address)));
            mail.address = ascii_lowercase(trimmed(safe(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))));
            // Some programs write the address again as the name: it says nothing more.
            if (ascii_lowercase(mail.name) == mail.address)
                mail.name.clear();
            out.push_back(std::move(mail));
        }
    }
}

std::time_t date_of(GMimeMessage* message)
{
    GDateTime* date = g_mime_message_get_date(message);
    return date ? std::time_t(g_date_time_to_unix(date)) : 0;
}

std::string decoded_bytes(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, out.get());
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return bytes ? std::string(reinterpret_cast<const char*>(bytes->data), bytes->len) : std::string {};
}

std::string text_of(GMimePart* part)
{
    if (GMIME_IS_TEXT_PART(part)) {
        GString text(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
        if (text)
            return to_valid_utf8(text.get());
    }
    // An unknown charset: the bytes themselves, read as UTF-8 or Windows-1252.
    return to_valid_utf8(decoded_bytes(part));
}

// The pictures the HTML parts show from the message, by Content-ID, wherever the HTML is in the tree.
void find_inline_images(GMimeObject* object, std::map<std::string, InlineImage>& found, int depth = 0)
{
    if (!object || depth > 40)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        auto* multipart = GMIME_MULTIPART(object);
        int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            find_inline_images(g_mime_multipart_get_part(multipart, i), found, depth + 1);
    } else if (GMIME_IS_PART(object)) {
        GMimeContentType* type = g_mime_object_get_content_type(object);
        if (type && g_mime_content_type_is_type(type, "text", "html"))
            for (auto& image : inline_images(text_of(GMIME_PART(object))))
                found.emplace(image.content_id, image);
    }
}

struct Walker {
    MessageContent& content;
    std::map<std::string, InlineImage> inline_images {};
    int attachment_number { 0 };
    int depth { 0 };
    // Walking an HTML version that was not chosen: only its photos are taken, its words are the other's.
    bool pictures_only { false };

    void add_text(const std::string& text)
    {
        if (pictures_only)
            return;
        auto clean = tidy_text(text);
        if (clean.empty())
            return;
        if (!content.text.empty())
            content.text += "\n\n";
        content.text += clean;
    }

    // The plain version of an alternative, unless it is empty or just says "view this in HTML".
    GMimeObject* best_alternative(GMimeMultipart* multipart)
    {
        GMimeObject* plain = nullptr;
        GMimeObject* other = nullptr;
        int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            GMimeObject* part = g_mime_multipart_get_part(multipart, i);
            GMimeContentType* type = g_mime_object_get_content_type(part);
            if (type && g_mime_content_type_is_type(type, "text", "plain") && !plain)
                plain = part;
            else if (!other || (type && g_mime_content_type_is_type(type, "text", "html")))
                other = part;
        }
        if (plain && GMIME_IS_PART(plain) && tidy_text(text_of(GMIME_PART(plain))).size() >= 40)
            return plain;
        return other ? other : plain;
    }

    void walk(GMimeObject* object, bool in_related)
    {
        if (!object || ++depth > 40) {
            content.damaged = content.damaged || object;
            --depth;
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            auto* multipart = GMIME_MULTIPART(object);
            GMimeContentType* type = g_mime_object_get_content_type(object);
            const char* subtype = type ? g_mime_content_type_get_media_subtype(type) : nullptr;
            std::string sub = subtype ? ascii_lowercase(subtype) : "mixed";
            if (sub == "alternative") {
                GMimeObject* chosen = best_alternative(multipart);
                walk(chosen, in_related);
                // The photos of the HTML version when the plain one is read (Apple Mail puts them only there).
                bool was = pictures_only;
                pictures_only = true;
                int count = g_mime_multipart_get_count(multipart);
                for (int i = 0; i < count; ++i)
                    if (auto* other = g_mime_multipart_get_part(multipart, i); other != chosen && GMIME_IS_MULTIPART(other))
                        walk(other, in_related);
                pictures_only = was;
            } else {
                int count = g_mime_multipart_get_count(multipart);
                for (int i = 0; i < count; ++i)
                    walk(g_mime_multipart_get_part(multipart, i), in_related || sub == "related");
            }
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            // A forwarded message: its words follow, introduced by who sent it first.
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (inner) {
                std::vector<MailAddress> from;
                add_addresses(g_mime_message_get_from(inner), from);
                auto subject = trimmed(safe(g_mime_message_get_subject(inner)));
                std::string intro = "———";
                if (!from.empty())
                    intro += " " + (from[0].name.empty() ? from[0].address : from[0].name);
                if (!subject.empty())
                    intro += " : " + subject;
                add_text(intro);
                walk(g_mime_message_get_mime_part(inner), false);
            }
        } else if (GMIME_IS_PART(object)) {
            add_part(GMIME_PART(object), in_related);
        }
        --depth;
    }

    void add_part(GMimePart* part, bool in_related)
    {
        auto* object = GMIME_OBJECT(part);
        GMimeContentType* type = g_mime_object_get_content_type(object);
        std::string media = type && g_mime_content_type_get_media_type(type) ? ascii_lowercase(g_mime_content_type_get_media_type(type)) : "text";
        std::string sub = type && g_mime_content_type_get_media_subtype(type) ? ascii_lowercase(g_mime_content_type_get_media_subtype(type)) : "plain";
        const char* disposition = g_mime_object_get_disposition(object);
        bool attached = disposition && ascii_lowercase(disposition) == "attachment";
        auto filename = trimmed(safe(g_mime_part_get_filename(part)));

        if (pictures_only && media != "image")
            return;
        if (media == "text" && (sub == "plain" || sub == "html") && !attached && filename.empty()) {
            auto text = text_of(part);
            add_text(sub == "html" ? html_to_text(text) : text);
            return;
        }
        Attachment attachment;
        attachment.content_type = media + "/" + sub;
        attachment.data = decoded_bytes(part);
        if (attachment.data.empty() && g_mime_part_get_content(part) == nullptr)
            content.damaged = true;
        bool photo = media == "image" && (sub == "jpeg" || sub == "jpg" || sub == "pjpeg" || sub == "png");
        if (media == "image" && in_related && !attached) {
            auto id = trimmed(safe(g_mime_object_get_content_id(object)));
            auto shown = inline_images.find(id);
            if (is_decoration(picture_size(attachment.data), shown == inline_images.end() ? nullptr : &shown->second))
                return;
        }
        ++attachment_number;
        attachment.filename = filename.empty() ? default_name(attachment_number, media, sub) : filename;
        (photo ? content.photos : content.attachments).push_back(std::move(attachment));
    }

    static std::string default_name(int number, const std::string& media, const std::string& sub)
    {
        std::string extension = sub == "jpeg" ? "jpg" : sub == "plain" ? "txt"
            : media == "application" && sub.size() < 6                 ? sub
                                                                       : "";
        return "piece-jointe-" + std::to_string(number) + (extension.empty() ? "" : "." + extension);
    }
};

void fill_headers(GMimeMessage* message, std::string& subject, std::string& message_id, std::string& references)
{
    subject = trimmed(safe(g_mime_message_get_subject(message)));
    // Folded subjects keep a line break GMime leaves in: one line for large type.
    std::replace(subject.begin(), subject.end(), '\n', ' ');
    std::replace(subject.begin(), subject.end(), '\t', ' ');
    message_id = trimmed(safe(g_mime_message_get_message_id(message)));
    references = trimmed(safe(g_mime_object_get_header(GMIME_OBJECT(message), "References")));
}

}

void initialize_gmime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

std::string to_valid_utf8(std::string_view bytes)
{
    if (g_utf8_validate(bytes.data(), gssize(bytes.size()), nullptr) && bytes.find('\0') == std::string_view::npos)
        return std::string(bytes);
    static constexpr uint16_t cp1252[32] = { 0x20AC, 0xFFFD, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160,
        0x2039, 0x152, 0xFFFD, 0x17D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161,
        0x203A, 0x153, 0xFFFD, 0x17E, 0x178 };
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    size_t i = 0;
    while (i < bytes.size()) {
        // Valid UTF-8 sequences are kept (a message mixing both), the other bytes are Windows-1252.
        const char* end = nullptr;
        if (g_utf8_validate(bytes.data() + i, gssize(bytes.size() - i), &end)) {
            end = bytes.data() + bytes.size();
        }
        size_t good = size_t(end - (bytes.data() + i));
        for (size_t k = 0; k < good; ++k)
            if (bytes[i + k] != '\0')
                out += bytes[i + k];
        i += good;
        if (i >= bytes.size())
            break;
        unsigned char c = (unsigned char)bytes[i++];
        if (c == 0)
            continue;
        uint32_t code = c >= 0x80 && c < 0xA0 ? cp1252[c - 0x80] : c;
        char buffer[6];
        int length = g_unichar_to_utf8(gunichar(code), buffer);
        out.append(buffer, size_t(length));
    }
    return out;
}

MessageContent read_message(std::string_view raw)
{
    MessageContent content;
    auto message = parse(raw);
    if (!message) {
        // Not even headers: whatever text there is, so the senior sees something rather than nothing.
        content.damaged = true;
        content.text = tidy_text(to_valid_utf8(raw.substr(0, 1 << 20)));
        return content;
    }
    std::vector<MailAddress> from;
    add_addresses(g_mime_message_get_from(message.get()), from);
    if (!from.empty())
        content.from = from.front();
    add_addresses(g_mime_message_get_to(message.get()), content.to);
    add_addresses(g_mime_message_get_cc(message.get()), content.cc);
    content.date = date_of(message.get());
    fill_headers(message.get(), content.subject, content.message_id, content.references);
    Walker walker { content };
    find_inline_images(g_mime_message_get_mime_part(message.get()), walker.inline_images);
    walker.walk(g_mime_message_get_mime_part(message.get()), false);
    return content;
}

Envelope read_envelope(std::string_view headers)
{
    Envelope envelope;
    std::string block(headers);
    // The header block alone, then an empty body: GMime then reads it as a whole message.
    while (!block.empty() && (block.back() == '\n' || block.back() == '\r'))
        block.pop_back();
    block += "\r\n\r\n";
    auto message = parse(block);
    if (!message)
        return envelope;
    std::vector<MailAddress> from;
    add_addresses(g_mime_message_get_from(message.get()), from);
    if (!from.empty())
        envelope.from = from.front();
    envelope.date = date_of(message.get());
    fill_headers(message.get(), envelope.subject, envelope.message_id, envelope.references);
    // A multipart/mixed message almost always carries files; the type of its top part says so.
    GMimeObject* top = g_mime_message_get_mime_part(message.get());
    GMimeContentType* type = top ? g_mime_object_get_content_type(top) : nullptr;
    envelope.has_attachments = type && g_mime_content_type_is_type(type, "multipart", "mixed");
    return envelope;
}

}
