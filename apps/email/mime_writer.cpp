// GMime objects built, written with CRLF and RFC 2231 parameters, then dropped.
#include "mime_writer.hpp"

#include "mime_reader.hpp"

#include <gmime/gmime.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <mutex>
#include <random>

namespace Foyer {

namespace {

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

GMimeDataWrapper* wrap(const std::string& bytes)
{
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    return g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT);
}

std::string bracketed(const std::string& id)
{
    if (id.empty() || id.front() == '<')
        return id;
    return "<" + id + ">";
}

bool is_ascii(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c < 0x80; });
}

// CRLF for every line of the text, as the text is written with "\n".
std::string with_crlf(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 40);
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r')
            continue;
        if (text[i] == '\n')
            out += '\r';
        out += text[i];
    }
    return out;
}

}

std::string make_message_id(const std::string& address)
{
    static std::mutex mutex;
    static std::mt19937_64 random { std::random_device {}() };
    uint64_t a, b;
    {
        std::lock_guard lock(mutex);
        a = random();
        b = random();
    }
    auto at = address.find('@');
    std::string domain = at == std::string::npos ? "foyer.invalid" : address.substr(at + 1);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%016llx.%016llx", (unsigned long long)a, (unsigned long long)b);
    return std::string(buffer) + ".foyer@" + domain;
}

std::string reply_subject(const std::string& subject)
{
    std::string rest = subject;
    // "Re:", "RE :", "Réf :", "TR:" (French programs) are all the same thread: one "Re: " is enough.
    while (true) {
        auto start = rest.find_first_not_of(' ');
        if (start == std::string::npos)
            return "Re: ";
        rest = rest.substr(start);
        std::string lower = rest.substr(0, 5);
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        size_t prefix = 0;
        if (lower.rfind("re:", 0) == 0)
            prefix = 3;
        else if (lower.rfind("re :", 0) == 0)
            prefix = 4;
        if (prefix == 0)
            break;
        rest = rest.substr(prefix);
    }
    return "Re: " + rest;
}

std::string reply_references(const std::string& references, const std::string& message_id)
{
    std::string out = references;
    if (!message_id.empty()) {
        if (!out.empty())
            out += " ";
        out += bracketed(message_id);
    }
    // A very long thread keeps its first and last references (RFC 5322 3.6.4 allows trimming the middle).
    while (out.size() > 900) {
        auto first_end = out.find('>');
        auto second = out.find('<', first_end);
        auto second_end = second == std::string::npos ? std::string::npos : out.find('>', second);
        if (second_end == std::string::npos || out.find('<', second_end) == std::string::npos)
            break;
        out.erase(first_end + 1, second_end - first_end);
    }
    return out;
}

std::string build_message(const OutgoingMessage& outgoing)
{
    initialize_gmime();
    GObjectPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, outgoing.from.name.c_str(), outgoing.from.address.c_str());
    for (auto& to : outgoing.to)
        g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, to.name.c_str(), to.address.c_str());
    g_mime_message_set_subject(message.get(), outgoing.subject.c_str(), "utf-8");
    GDateTime* date = g_date_time_new_from_unix_local(outgoing.date ? outgoing.date : std::time(nullptr));
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    auto id = outgoing.message_id.empty() ? make_message_id(outgoing.from.address) : outgoing.message_id;
    g_mime_message_set_message_id(message.get(), id.c_str());
    if (!outgoing.in_reply_to.empty())
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "In-Reply-To", bracketed(outgoing.in_reply_to).c_str(), nullptr);
    if (!outgoing.references.empty())
        g_mime_object_set_header(GMIME_OBJECT(message.get()), "References", outgoing.references.c_str(), nullptr);
    g_mime_object_set_header(GMIME_OBJECT(message.get()), "User-Agent", "Foyer", nullptr);

    GObjectPtr<GMimePart> text(g_mime_part_new_with_type("text", "plain"));
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(text.get()), "charset", "utf-8");
    GObjectPtr<GMimeDataWrapper> text_content(wrap(with_crlf(outgoing.text)));
    g_mime_part_set_content(text.get(), text_content.get());
    // Quoted-printable keeps plain French text readable in any mail program, and line lengths legal.
    g_mime_part_set_content_encoding(text.get(), is_ascii(outgoing.text) ? GMIME_CONTENT_ENCODING_7BIT : GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);

    if (outgoing.attachments.empty()) {
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(text.get()));
    } else {
        GObjectPtr<GMimeMultipart> mixed(g_mime_multipart_new_with_subtype("mixed"));
        g_mime_multipart_add(mixed.get(), GMIME_OBJECT(text.get()));
        for (auto& attachment : outgoing.attachments) {
            auto slash = attachment.content_type.find('/');
            auto media = slash == std::string::npos ? std::string("application") : attachment.content_type.substr(0, slash);
            auto sub = slash == std::string::npos ? std::string("octet-stream") : attachment.content_type.substr(slash + 1);
            GObjectPtr<GMimePart> part(g_mime_part_new_with_type(media.c_str(), sub.c_str()));
            GObjectPtr<GMimeDataWrapper> content(wrap(attachment.data));
            g_mime_part_set_content(part.get(), content.get());
            g_mime_part_set_content_encoding(part.get(), GMIME_CONTENT_ENCODING_BASE64);
            g_mime_object_set_disposition(GMIME_OBJECT(part.get()), GMIME_DISPOSITION_ATTACHMENT);
            g_mime_part_set_filename(part.get(), attachment.filename.c_str());
            g_mime_multipart_add(mixed.get(), GMIME_OBJECT(part.get()));
        }
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(mixed.get()));
    }

    GMimeFormatOptions* format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    g_mime_format_options_set_param_encoding_method(format, GMIME_PARAM_ENCODING_METHOD_RFC2231);
    GObjectPtr<GMimeStream> out(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(message.get()), format, out.get());
    g_mime_format_options_free(format);
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return bytes ? std::string(reinterpret_cast<const char*>(bytes->data), bytes->len) : std::string {};
}

}
