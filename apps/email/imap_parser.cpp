// An IMAP reader that never reads past the bytes it was given: anything odd is read as an atom and the
// first break in the answer's shape is remembered, to be reported where the shape matters.
#include "imap_parser.hpp"

#include "mail_errors.hpp"

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

// A word of the answer as it can be quoted in an error: short, and with no control characters.
std::string shown(std::string_view text)
{
    constexpr size_t longest = 24;
    std::string out;
    for (char c : text.substr(0, longest))
        out += (unsigned char)c < 0x20 || c == 0x7f ? '?' : c;
    return "\"" + out + (text.size() > longest ? "…\"" : "\"");
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
        // The word a list follows names it in an error ("the list after FLAGS").
        auto opened_after = m_last_word;
        while (m_at < m_bytes.size()) {
            char c = m_bytes[m_at];
            if (c == ' ' || c == '\r' || c == '\n' || c == '\t') {
                ++m_at;
            } else if (c == ')') {
                ++m_at;
                if (depth > 0)
                    return out;
                problem("a \")\"" + after() + " closes no list");
            } else if (c == '(') {
                ++m_at;
                ImapValue list;
                list.kind = ImapValue::Kind::List;
                // Deep nesting only comes from a broken or hostile server: flatten past a sane depth.
                if (depth < max_depth)
                    list.items = values(depth + 1);
                else
                    problem("lists" + after() + " are nested deeper than " + std::to_string(max_depth));
                out.push_back(std::move(list));
            } else if (c == '"') {
                out.push_back(quoted());
            } else if (c == '{' && literal_here()) {
                out.push_back(literal());
            } else {
                out.push_back(atom());
            }
        }
        if (depth > 0)
            problem("the list" + (opened_after.empty() ? std::string {} : " after " + shown(opened_after)) + " is not closed"
                + (m_last_word.empty() || m_last_word == opened_after ? std::string {} : " (it stops after " + shown(m_last_word) + ")"));
        return out;
    }

    // The first break in the answer's shape, if any.
    const std::optional<std::string>& first_problem() const { return m_problem; }

private:
    static constexpr int max_depth = 64;

    void problem(std::string what)
    {
        if (!m_problem)
            m_problem = std::move(what);
    }
    std::string after() const { return m_last_word.empty() ? std::string {} : " after " + shown(m_last_word); }

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
        else
            problem("the quoted string" + after() + " is not closed");
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
        if (n > m_bytes.size() - m_at) {
            problem("the literal" + after() + " announces " + std::to_string(n) + " bytes but " + std::to_string(m_bytes.size() - m_at)
                + " follow");
            n = m_bytes.size() - m_at;
        }
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
        m_last_word = value.text;
        return value;
    }

    std::string_view m_bytes;
    size_t m_at { 0 };
    std::string m_last_word;
    std::optional<std::string> m_problem;
};

bool is_status_word(const ImapValue& value)
{
    for (auto word : { "OK", "NO", "BAD", "BYE", "PREAUTH" })
        if (value.is_atom(word))
            return true;
    return false;
}

// RFC 3501's tag: ASTRING-CHARs but "+", so no space, control, ( ) { % * " \\ or +.
bool is_tag(std::string_view tag)
{
    return !tag.empty() && std::all_of(tag.begin(), tag.end(), [](unsigned char c) {
        return c > 0x20 && c < 0x7f && !std::strchr("(){%*\"\\+", c);
    });
}

Error malformed(const std::string& line, const std::string& what)
{
    return mail_error(MailFailure::Other, "IMAP answer " + shown(line) + ": " + what);
}

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

std::optional<ErrorOr<ImapResponse>> ImapStream::next()
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

ErrorOr<ImapResponse> parse_imap_response(std::string_view bytes)
{
    ImapResponse response;
    auto first_line_end = bytes.find('\n');
    response.line = std::string(bytes.substr(0, first_line_end == std::string_view::npos ? bytes.size() : first_line_end));
    while (!response.line.empty() && response.line.back() == '\r')
        response.line.pop_back();
    auto tag_end = std::min(response.line.find(' '), response.line.size());
    response.tag = response.line.substr(0, tag_end);
    if (response.tag == "+")
        return response;
    bool untagged = response.tag == "*";
    if (!untagged && !is_tag(response.tag))
        return malformed(response.line, "the tag " + shown(response.tag) + " is not an IMAP tag");
    Tokenizer tokenizer(bytes.substr(tag_end));
    response.values = tokenizer.values();
    if (untagged && (response.values.empty() || response.values[0].kind != ImapValue::Kind::Atom))
        return malformed(response.line, "the untagged answer has no name (such as OK, FETCH or 3 EXISTS)");
    auto tagged_status = [&](const ImapValue& first) { return first.is_atom("OK") || first.is_atom("NO") || first.is_atom("BAD"); };
    if (!untagged && (response.values.empty() || !tagged_status(response.values[0])))
        return malformed(response.line, "the answer to " + response.tag + " has no status (OK, NO or BAD)");
    // After a status word comes text for people, where any character may appear.
    if (!is_status_word(response.values[0]) && tokenizer.first_problem())
        return malformed(response.line, *tokenizer.first_problem());
    return response;
}

bool is_fetch(const ImapResponse& response)
{
    return response.tag == "*" && response.values.size() >= 2 && response.values[1].is_atom("FETCH");
}

ErrorOr<FetchedMessage> read_fetch(const ImapResponse& response)
{
    auto wrong = [&](const std::string& what) { return malformed(response.line, what); };
    if (!is_fetch(response))
        return wrong("it is not a FETCH answer");
    // A number in digits only that fits in 32 bits.
    auto number = [](const ImapValue& value) -> std::optional<uint32_t> {
        if (value.kind != ImapValue::Kind::Atom || value.text.empty() || value.text.size() > 10
            || !std::all_of(value.text.begin(), value.text.end(), [](unsigned char c) { return std::isdigit(c); }))
            return std::nullopt;
        auto n = std::strtoull(value.text.c_str(), nullptr, 10);
        if (n > UINT32_MAX)
            return std::nullopt;
        return uint32_t(n);
    };
    auto& v = response.values;
    FetchedMessage fetched;
    if (auto sequence = number(v[0]); sequence && *sequence > 0)
        fetched.sequence = *sequence;
    else
        return wrong("the message number " + shown(v[0].text) + " of FETCH is not a positive number");
    if (v.size() < 3 || v[2].kind != ImapValue::Kind::List)
        return wrong("FETCH has no list of items");
    auto& items = v[2].items;
    for (size_t i = 0; i < items.size(); i += 2) {
        auto& name = items[i];
        if (name.kind != ImapValue::Kind::Atom)
            return wrong("a FETCH item has no name (" + std::string(name.kind == ImapValue::Kind::List ? "a list" : "a string") + " instead)");
        if (i + 1 == items.size())
            return wrong("the FETCH item " + shown(name.text) + " has no value");
        auto& value = items[i + 1];
        if (name.is_atom("UID")) {
            fetched.uid = number(value);
            if (!fetched.uid || *fetched.uid == 0)
                return wrong("UID " + shown(value.text) + " is not a positive number");
        } else if (name.is_atom("RFC822.SIZE")) {
            fetched.size = number(value);
            if (!fetched.size)
                return wrong("RFC822.SIZE " + shown(value.text) + " is not a number");
        } else if (name.is_atom("FLAGS")) {
            if (value.kind != ImapValue::Kind::List)
                return wrong("FLAGS is not a list");
            std::vector<std::string> flags;
            for (auto& flag : value.items)
                flags.push_back(flag.text);
            fetched.flags = std::move(flags);
        } else if (name.is_atom("INTERNALDATE")) {
            if (value.kind == ImapValue::Kind::String)
                fetched.internal_date = parse_internal_date(value.text);
            if (!fetched.internal_date)
                return wrong("INTERNALDATE " + shown(value.text) + " is not a date");
        } else if ((name.text.rfind("BODY[", 0) == 0 || name.text.rfind("BODY.PEEK[", 0) == 0 || name.text.rfind("RFC822", 0) == 0)
            && name.text != "RFC822.SIZE") {
            if (value.kind != ImapValue::Kind::String && !value.is_nil())
                return wrong(shown(name.text) + " is neither a string nor NIL");
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
    struct tm parts { };
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
