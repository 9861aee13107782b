// A tolerant IMAP reader: it never reads past the bytes it was given and treats anything odd as an atom.
#include "imap_parser.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <ctime>

namespace Foyer {

namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::toupper((unsigned char)x) == std::toupper((unsigned char)y); });
}

// "{123}" or "{123+}" at the end of a line (before CRLF): the number of bytes that follow the line.
std::optional<size_t> literal_at_end(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    if (line.empty() || line.back() != '}')
        return std::nullopt;
    auto open = line.rfind('{');
    if (open == std::string_view::npos)
        return std::nullopt;
    auto digits = line.substr(open + 1, line.size() - open - 2);
    if (!digits.empty() && digits.back() == '+')
        digits.remove_suffix(1);
    if (digits.empty() || digits.size() > 10)
        return std::nullopt;
    size_t n = 0;
    for (char c : digits) {
        if (!std::isdigit((unsigned char)c))
            return std::nullopt;
        n = n * 10 + size_t(c - '0');
    }
    return n;
}

class Tokenizer {
public:
    explicit Tokenizer(std::string_view bytes)
        : m_bytes(bytes)
    {
    }

    std::vector<ImapValue> values(int depth = 0)
    {
        std::vector<ImapValue> out;
        while (m_at < m_bytes.size()) {
            char c = m_bytes[m_at];
            if (c == ' ' || c == '\r' || c == '\n' || c == '\t') {
                ++m_at;
            } else if (c == ')') {
                ++m_at;
                if (depth > 0)
                    return out;
            } else if (c == '(') {
                ++m_at;
                ImapValue list;
                list.kind = ImapValue::Kind::List;
                // Deep nesting only comes from a broken or hostile server: flatten past a sane depth.
                list.items = depth < 64 ? values(depth + 1) : std::vector<ImapValue> {};
                out.push_back(std::move(list));
            } else if (c == '"') {
                out.push_back(quoted());
            } else if (c == '{' && literal_here()) {
                out.push_back(literal());
            } else {
                out.push_back(atom());
            }
        }
        return out;
    }

private:
    bool literal_here() const
    {
        auto close = m_bytes.find('}', m_at);
        if (close == std::string_view::npos || close - m_at > 12)
            return false;
        auto after = close + 1;
        return after < m_bytes.size() && (m_bytes[after] == '\r' || m_bytes[after] == '\n');
    }

    ImapValue quoted()
    {
        ImapValue value;
        value.kind = ImapValue::Kind::String;
        ++m_at;
        while (m_at < m_bytes.size() && m_bytes[m_at] != '"') {
            if (m_bytes[m_at] == '\\' && m_at + 1 < m_bytes.size())
                ++m_at;
            if (m_bytes[m_at] == '\r' || m_bytes[m_at] == '\n')
                break;
            value.text += m_bytes[m_at++];
        }
        if (m_at < m_bytes.size() && m_bytes[m_at] == '"')
            ++m_at;
        return value;
    }

    ImapValue literal()
    {
        ImapValue value;
        value.kind = ImapValue::Kind::String;
        auto close = m_bytes.find('}', m_at);
        size_t n = 0;
        for (size_t i = m_at + 1; i < close; ++i)
            if (std::isdigit((unsigned char)m_bytes[i]))
                n = n * 10 + size_t(m_bytes[i] - '0');
        m_at = close + 1;
        if (m_at < m_bytes.size() && m_bytes[m_at] == '\r')
            ++m_at;
        if (m_at < m_bytes.size() && m_bytes[m_at] == '\n')
            ++m_at;
        n = std::min(n, m_bytes.size() - m_at);
        value.text = std::string(m_bytes.substr(m_at, n));
        m_at += n;
        return value;
    }

    ImapValue atom()
    {
        ImapValue value;
        size_t start = m_at;
        int brackets = 0;
        while (m_at < m_bytes.size()) {
            char c = m_bytes[m_at];
            if (c == '[') {
                ++brackets;
            } else if (c == ']') {
                brackets = std::max(0, brackets - 1);
            } else if (brackets == 0 && (c == ' ' || c == '(' || c == ')' || c == '\r' || c == '\n' || c == '"')) {
                break;
            } else if (c == '\r' || c == '\n') {
                break;
            }
            ++m_at;
        }
        if (m_at == start)
            ++m_at; // a lone odd character: taken so that the reader always moves on
        value.text = std::string(m_bytes.substr(start, m_at - start));
        return value;
    }

    std::string_view m_bytes;
    size_t m_at { 0 };
};

}

bool ImapValue::is_atom(std::string_view word) const
{
    return kind == Kind::Atom && equals_ignoring_case(text, word);
}

std::string ImapResponse::status() const
{
    if (values.empty() || values[0].kind != ImapValue::Kind::Atom)
        return {};
    for (auto word : { "OK", "NO", "BAD", "BYE", "PREAUTH" })
        if (values[0].is_atom(word))
            return word;
    return {};
}

std::optional<uint64_t> ImapResponse::code_number(std::string_view code) const
{
    for (auto& value : values) {
        if (value.kind != ImapValue::Kind::Atom || value.text.size() < code.size() + 3 || value.text[0] != '[')
            continue;
        if (!equals_ignoring_case(std::string_view(value.text).substr(1, code.size()), code) || value.text[code.size() + 1] != ' ')
            continue;
        uint64_t number = 0;
        bool any = false;
        for (size_t i = code.size() + 2; i < value.text.size() && std::isdigit((unsigned char)value.text[i]); ++i) {
            number = number * 10 + uint64_t(value.text[i] - '0');
            any = true;
        }
        if (any)
            return number;
    }
    return std::nullopt;
}

void ImapStream::feed(std::string_view bytes)
{
    if (m_start > 0 && (m_start > (1 << 20) || m_start * 2 > m_buffer.size())) {
        m_buffer.erase(0, m_start);
        m_scan -= m_start;
        m_start = 0;
    }
    m_buffer.append(bytes);
    if (m_buffer.size() - m_start > max_response_bytes)
        m_overflowed = true;
}

std::optional<ImapResponse> ImapStream::next()
{
    while (true) {
        auto newline = m_buffer.find('\n', m_scan);
        if (newline == std::string::npos)
            return std::nullopt;
        std::string_view line(m_buffer.data() + m_scan, newline + 1 - m_scan);
        if (auto literal = literal_at_end(line)) {
            if (m_buffer.size() < newline + 1 + *literal)
                return std::nullopt;
            m_scan = newline + 1 + *literal;
            continue;
        }
        std::string_view bytes(m_buffer.data() + m_start, newline + 1 - m_start);
        m_start = m_scan = newline + 1;
        return parse_imap_response(bytes);
    }
}

ImapResponse parse_imap_response(std::string_view bytes)
{
    ImapResponse response;
    auto first_line_end = bytes.find('\n');
    response.line = std::string(bytes.substr(0, first_line_end == std::string_view::npos ? bytes.size() : first_line_end));
    while (!response.line.empty() && response.line.back() == '\r')
        response.line.pop_back();
    auto space = bytes.find(' ');
    auto tag_end = std::min({ space, first_line_end, bytes.size() });
    response.tag = std::string(bytes.substr(0, tag_end));
    if (response.tag == "+")
        return response;
    if (tag_end < bytes.size())
        response.values = Tokenizer(bytes.substr(tag_end)).values();
    return response;
}

std::optional<FetchedMessage> read_fetch(const ImapResponse& response)
{
    auto& v = response.values;
    if (response.tag != "*" || v.size() < 3 || !v[1].is_atom("FETCH") || v[2].kind != ImapValue::Kind::List)
        return std::nullopt;
    FetchedMessage fetched;
    fetched.sequence = uint32_t(std::strtoul(v[0].text.c_str(), nullptr, 10));
    auto& items = v[2].items;
    auto number = [](const ImapValue& value) -> std::optional<uint32_t> {
        if (value.kind != ImapValue::Kind::Atom || value.text.empty() || !std::isdigit((unsigned char)value.text[0]))
            return std::nullopt;
        return uint32_t(std::strtoul(value.text.c_str(), nullptr, 10));
    };
    for (size_t i = 0; i + 1 < items.size(); i += 2) {
        auto& name = items[i];
        auto& value = items[i + 1];
        if (name.kind != ImapValue::Kind::Atom)
            continue;
        if (name.is_atom("UID")) {
            fetched.uid = number(value);
        } else if (name.is_atom("RFC822.SIZE")) {
            fetched.size = number(value);
        } else if (name.is_atom("FLAGS") && value.kind == ImapValue::Kind::List) {
            std::vector<std::string> flags;
            for (auto& flag : value.items)
                flags.push_back(flag.text);
            fetched.flags = std::move(flags);
        } else if (name.is_atom("INTERNALDATE") && value.kind == ImapValue::Kind::String) {
            fetched.internal_date = parse_internal_date(value.text);
        } else if ((name.text.rfind("BODY[", 0) == 0 || name.text.rfind("BODY.PEEK[", 0) == 0 || name.text.rfind("RFC822", 0) == 0)
            && name.text != "RFC822.SIZE") {
            fetched.body = value.is_nil() ? std::string {} : value.text;
        }
    }
    return fetched;
}

bool has_flag(const std::vector<std::string>& flags, std::string_view flag)
{
    return std::any_of(flags.begin(), flags.end(), [&](auto& f) { return equals_ignoring_case(f, flag); });
}

std::optional<int64_t> parse_internal_date(std::string_view text)
{
    // "26-Nov-2026 10:42:00 +0100" (the day may be written " 6").
    int day = 0, year = 0, hour = 0, minute = 0, second = 0, zone = 0;
    char month_name[4] = {};
    char sign = '+';
    std::string copy(text);
    if (std::sscanf(copy.c_str(), " %d-%3c-%d %d:%d:%d %c%4d", &day, month_name, &year, &hour, &minute, &second, &sign, &zone) != 8)
        return std::nullopt;
    static constexpr const char* months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    int month = -1;
    for (int i = 0; i < 12; ++i)
        if (equals_ignoring_case(months[i], month_name))
            month = i;
    if (month < 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    struct tm parts {};
    parts.tm_year = year - 1900;
    parts.tm_mon = month;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    parts.tm_sec = second;
    int64_t offset = (zone / 100) * 3600 + (zone % 100) * 60;
    return int64_t(timegm(&parts)) - (sign == '-' ? -offset : offset);
}

std::string imap_quote(std::string_view text)
{
    bool literal = std::any_of(text.begin(), text.end(), [](unsigned char c) { return c == '\r' || c == '\n' || c >= 0x80 || c == 0; });
    if (literal)
        return "{" + std::to_string(text.size()) + "}\r\n" + std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

}
