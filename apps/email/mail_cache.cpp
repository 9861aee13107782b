// A line per envelope, fields separated by tabs with \t, \n and \\ escaped: 10,000 envelopes load in a few
// milliseconds, and a damaged line only costs that message (it is fetched again).
#include "mail_cache.hpp"

#include "../../shell/core/system/files.hpp"
#include "../../shell/core/system/log.hpp"

#include <algorithm>
#include <charconv>
#include <dirent.h>
#include <unistd.h>

namespace Foyer {

namespace {

constexpr std::string_view magic = "foyer-inbox 1";

void escape_into(std::string& out, std::string_view text)
{
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
}

std::string unescape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            char next = text[++i];
            out += next == 't' ? '\t' : next == 'n' ? '\n'
                : next == 'r'                       ? '\r'
                                                    : next;
        } else {
            out += text[i];
        }
    }
    return out;
}

template<typename T>
bool number(std::string_view text, T& out)
{
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc {} && end == text.data() + text.size();
}

}

const Envelope* MailboxCache::find(uint32_t uid) const
{
    auto it = std::lower_bound(envelopes.begin(), envelopes.end(), uid, [](const Envelope& e, uint32_t u) { return e.uid < u; });
    return it != envelopes.end() && it->uid == uid ? &*it : nullptr;
}

Envelope* MailboxCache::find(uint32_t uid)
{
    return const_cast<Envelope*>(std::as_const(*this).find(uid));
}

std::string serialize_cache(const MailboxCache& cache)
{
    std::string out;
    out.reserve(64 + cache.envelopes.size() * 160);
    out += magic;
    out += '\t';
    out += std::to_string(cache.uidvalidity);
    out += '\n';
    for (auto& e : cache.envelopes) {
        out += std::to_string(e.uid);
        out += '\t';
        out += char('0' + (e.seen ? 1 : 0) + (e.answered ? 2 : 0) + (e.has_attachments ? 4 : 0));
        out += '\t';
        out += std::to_string(int64_t(e.date));
        out += '\t';
        out += std::to_string(e.size);
        for (auto field : { &e.from.name, &e.from.address, &e.subject, &e.message_id, &e.references }) {
            out += '\t';
            escape_into(out, *field);
        }
        out += '\n';
    }
    return out;
}

std::optional<MailboxCache> parse_cache(std::string_view text)
{
    auto first_end = text.find('\n');
    if (first_end == std::string_view::npos)
        return std::nullopt;
    auto first = text.substr(0, first_end);
    if (first.substr(0, magic.size()) != magic || first.size() <= magic.size() + 1)
        return std::nullopt;
    MailboxCache cache;
    if (!number(first.substr(magic.size() + 1), cache.uidvalidity))
        return std::nullopt;
    size_t at = first_end + 1;
    std::vector<std::string_view> fields;
    while (at < text.size()) {
        auto end = text.find('\n', at);
        if (end == std::string_view::npos)
            break; // a last line cut short: that message is fetched again
        auto line = text.substr(at, end - at);
        at = end + 1;
        fields.clear();
        size_t start = 0;
        while (true) {
            auto tab = line.find('\t', start);
            fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
            if (tab == std::string_view::npos)
                break;
            start = tab + 1;
        }
        if (fields.size() != 9 || fields[1].size() != 1)
            continue;
        Envelope e;
        int64_t date = 0;
        if (!number(fields[0], e.uid) || !number(fields[2], date) || !number(fields[3], e.size))
            continue;
        int bits = fields[1][0] - '0';
        e.seen = bits & 1;
        e.answered = bits & 2;
        e.has_attachments = bits & 4;
        e.date = std::time_t(date);
        e.from.name = unescape(fields[4]);
        e.from.address = unescape(fields[5]);
        e.subject = unescape(fields[6]);
        e.message_id = unescape(fields[7]);
        e.references = unescape(fields[8]);
        if (!cache.envelopes.empty() && cache.envelopes.back().uid >= e.uid)
            continue;
        cache.envelopes.push_back(std::move(e));
    }
    return cache;
}

MailStore::MailStore(std::string directory)
    : m_directory(std::move(directory))
{
}

MailboxCache MailStore::load() const
{
    auto text = read_file(m_directory + "/inbox.cache");
    if (!text)
        return {};
    if (auto cache = parse_cache(*text))
        return std::move(*cache);
    log_warning("email: the inbox cache could not be read; it will be fetched again");
    return {};
}

ErrorOr<void> MailStore::save(const MailboxCache& cache) const
{
    if (auto made = make_directories(m_directory); made.is_error())
        return made;
    return write_file_atomically(m_directory + "/inbox.cache", serialize_cache(cache), 0600);
}

std::string MailStore::message_path(uint64_t uidvalidity, uint32_t uid) const
{
    return m_directory + "/messages/" + std::to_string(uidvalidity) + "-" + std::to_string(uid) + ".eml";
}

std::optional<std::string> MailStore::message(uint64_t uidvalidity, uint32_t uid) const
{
    return read_file(message_path(uidvalidity, uid));
}

void MailStore::keep_message(uint64_t uidvalidity, uint32_t uid, std::string_view raw) const
{
    if (make_directories(m_directory + "/messages").is_error())
        return;
    if (auto written = write_file_atomically(message_path(uidvalidity, uid), raw, 0600); written.is_error()) {
        log_warning("email: cannot keep a message: " + written.error().detail());
        return;
    }
    // The oldest go first (names sort by UIDVALIDITY then UID, which grow over time).
    std::vector<std::pair<std::pair<uint64_t, uint32_t>, std::string>> kept;
    if (DIR* dir = opendir((m_directory + "/messages").c_str())) {
        while (auto* entry = readdir(dir)) {
            std::string name = entry->d_name;
            uint64_t validity = 0;
            uint32_t number_uid = 0;
            auto dash = name.find('-');
            if (dash == std::string::npos || !name.ends_with(".eml"))
                continue;
            if (!number(std::string_view(name).substr(0, dash), validity) || !number(std::string_view(name).substr(dash + 1, name.size() - dash - 5), number_uid))
                continue;
            kept.push_back({ { validity, number_uid }, name });
        }
        closedir(dir);
    }
    if (kept.size() <= max_messages)
        return;
    std::sort(kept.begin(), kept.end());
    for (size_t i = 0; i + max_messages < kept.size(); ++i)
        ::unlink((m_directory + "/messages/" + kept[i].second).c_str());
}

}
