// Words for the ear: a hand-written scanner that cuts the text into words, digits, spaces and symbols, then
// rewrites what a voice would misread (numbers, dates, times, telephone numbers, codes, amounts, units,
// abbreviations, addresses, symbols) into the words people say, in French or in English.
#include "speakable.hpp"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace Foyer {

namespace {

// --- Numbers in words ----------------------------------------------------------------------------

constexpr std::array<std::string_view, 20> french_units { "zéro", "un", "deux", "trois", "quatre", "cinq", "six",
    "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
    "dix-neuf" };
constexpr std::array<std::string_view, 10> french_tens { "", "dix", "vingt", "trente", "quarante", "cinquante",
    "soixante", "soixante", "quatre-vingt", "quatre-vingt" };
constexpr std::array<std::string_view, 20> english_units { "zero", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen" };
constexpr std::array<std::string_view, 10> english_tens { "", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety" };

std::string operator+(std::string_view a, std::string_view b)
{
    std::string joined(a);
    joined += b;
    return joined;
}

// `plural` says whether "quatre-vingts" and "deux cents" keep their s: at the end of the number and before
// "millions", not before "mille".
std::string french_below_hundred(int n, bool plural)
{
    if (n < 20)
        return std::string(french_units[n]);
    int tens = n / 10;
    int unit = n % 10;
    if (tens == 7 || tens == 9) {
        int rest = n - (tens == 7 ? 60 : 80);
        if (rest == 11 && tens == 7)
            return "soixante et onze";
        return french_tens[tens] + "-" + std::string(french_units[rest]);
    }
    if (unit == 0)
        return tens == 8 && plural ? "quatre-vingts" : std::string(french_tens[tens]);
    if (unit == 1 && tens != 8)
        return french_tens[tens] + " et un";
    return french_tens[tens] + "-" + std::string(french_units[unit]);
}

std::string french_below_thousand(int n, bool plural)
{
    int hundreds = n / 100;
    int rest = n % 100;
    std::string words;
    if (hundreds == 1)
        words = "cent";
    else if (hundreds > 1)
        words = french_units[hundreds] + (rest == 0 && plural ? " cents" : " cent");
    if (rest > 0)
        words += (words.empty() ? "" : " ") + french_below_hundred(rest, plural);
    return words;
}

std::string english_below_hundred(int n)
{
    if (n < 20)
        return std::string(english_units[n]);
    return std::string(english_tens[n / 10]) + (n % 10 ? "-" + std::string(english_units[n % 10]) : "");
}

std::string english_below_thousand(int n)
{
    if (n < 100)
        return english_below_hundred(n);
    return english_units[n / 100] + " hundred" + (n % 100 ? " and " + english_below_hundred(n % 100) : "");
}

void append_word(std::string& words, const std::string& part)
{
    if (part.empty())
        return;
    if (!words.empty())
        words += ' ';
    words += part;
}

std::string french_number(unsigned long long n)
{
    if (n == 0)
        return "zéro";
    std::string words;
    unsigned long long billions = n / 1'000'000'000;
    int millions = int(n / 1'000'000 % 1000);
    int thousands = int(n / 1000 % 1000);
    int rest = int(n % 1000);
    if (billions)
        append_word(words, french_number(billions) + (billions > 1 ? " milliards" : " milliard"));
    if (millions)
        append_word(words, french_below_thousand(millions, true) + (millions > 1 ? " millions" : " million"));
    if (thousands)
        append_word(words, thousands == 1 ? "mille" : french_below_thousand(thousands, false) + " mille");
    if (rest)
        append_word(words, french_below_thousand(rest, true));
    return words;
}

std::string english_number(unsigned long long n)
{
    if (n == 0)
        return "zero";
    std::string words;
    unsigned long long billions = n / 1'000'000'000;
    int millions = int(n / 1'000'000 % 1000);
    int thousands = int(n / 1000 % 1000);
    int rest = int(n % 1000);
    if (billions)
        append_word(words, english_number(billions) + " billion");
    if (millions)
        append_word(words, english_below_thousand(millions) + " million");
    if (thousands)
        append_word(words, english_below_thousand(thousands) + " thousand");
    if (rest)
        append_word(words, rest < 100 && !words.empty() ? "and " + english_below_hundred(rest) : english_below_thousand(rest));
    return words;
}

// "un" becomes "une" before a feminine noun: "une heure", "vingt et une personnes", never "onze".
std::string feminine(std::string words)
{
    if (words.ends_with("un") && (words.size() == 2 || words[words.size() - 3] == ' ' || words[words.size() - 3] == '-'))
        words += 'e';
    return words;
}

std::string digit_word(char digit, Language language)
{
    return std::string(language == Language::French ? french_units[digit - '0'] : english_units[digit - '0']);
}

// Digit by digit, for what is not a quantity: "0 0 7" is "zéro zéro sept".
std::string digit_words(std::string_view digits, Language language, std::string_view separator = " ")
{
    std::string words;
    for (char digit : digits) {
        if (!words.empty())
            words += separator;
        words += digit_word(digit, language);
    }
    return words;
}

long long value_of(std::string_view digits)
{
    long long value = 0;
    for (char digit : digits.substr(0, 18))
        value = value * 10 + (digit - '0');
    return value;
}

// A run of digits as a quantity; leading zeros and very long runs are said digit by digit.
std::string digits_in_words(std::string_view digits, Language language)
{
    if ((digits.size() > 1 && digits[0] == '0') || digits.size() > 15)
        return digit_words(digits, language);
    return number_in_words(value_of(digits), language);
}

std::string english_year(int year)
{
    if (year < 1000 || year > 9999 || year % 1000 < 10)
        return english_number(year);
    int high = year / 100;
    int low = year % 100;
    if (low == 0)
        return english_below_hundred(high) + " hundred";
    return english_below_hundred(high) + (low < 10 ? " oh " : " ") + english_below_hundred(low);
}

constexpr std::array<std::string_view, 12> french_months { "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre" };
constexpr std::array<std::string_view, 12> english_months { "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December" };

std::string day_in_words(int day, Language language)
{
    if (language == Language::English)
        return "the " + ordinal_in_words(day, language);
    return day == 1 ? "premier" : french_number(day);
}

std::string year_in_words(int year, Language language)
{
    return language == Language::English ? english_year(year) : french_number(year);
}

std::string date_in_words(int day, int month, int year, Language language)
{
    // Year 0: a day and a month only.
    if (language == Language::English)
        return day_in_words(day, language) + " of " + std::string(english_months[month - 1]) + (year ? " " + english_year(year) : "");
    return day_in_words(day, language) + " " + std::string(french_months[month - 1]) + (year ? " " + french_number(year) : "");
}

// --- The text cut into tokens --------------------------------------------------------------------

enum class Kind {
    Word,
    Digits,
    Space,
    Symbol,
    // Broken UTF-8, control characters, pictographs: never said.
    Drop,
};

struct Token {
    Kind kind;
    std::string_view text;
    char32_t symbol { 0 };
};

struct Decoded {
    char32_t code_point { 0 };
    size_t size { 1 };
    bool valid { false };
};

Decoded decode(std::string_view text, size_t at)
{
    auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80)
        return { lead, 1, true };
    size_t size = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
        : lead >= 0xF0 && lead <= 0xF4                                            ? 4
                                                                                  : 0;
    if (size == 0 || at + size > text.size())
        return {};
    char32_t code_point = lead & (size == 2 ? 0x1F : size == 3 ? 0x0F
                                                               : 0x07);
    for (size_t i = 1; i < size; ++i) {
        auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xC0) != 0x80)
            return {};
        code_point = (code_point << 6) | (next & 0x3F);
    }
    if ((size == 3 && code_point < 0x800) || (size == 4 && (code_point < 0x10000 || code_point > 0x10FFFF))
        || (code_point >= 0xD800 && code_point <= 0xDFFF))
        return {};
    return { code_point, size, true };
}

bool is_space(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007
        || c == 0x2002 || c == 0x2003;
}

bool is_dropped(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xA9 || c == 0xAE || c == 0xAD
        || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x20E3 || c == 0x2122
        || (c >= 0x2300 && c <= 0x23FF) || (c >= 0x2460 && c <= 0x24FF) || (c >= 0x25A0 && c <= 0x27BF)
        || (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFE00 && c <= 0xFE0F)
        || (c >= 0x1F000 && c <= 0x1FBFF) || (c >= 0xE0000 && c <= 0xE007F);
}

bool is_letter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F)
        && !(c >= 0xFE10 && c <= 0xFE6F) && !(c >= 0xFF00 && c <= 0xFF20);
}

Kind kind_of(const Decoded& decoded)
{
    auto c = decoded.code_point;
    if (!decoded.valid || is_dropped(c))
        return Kind::Drop;
    if (c >= '0' && c <= '9')
        return Kind::Digits;
    if (is_space(c))
        return Kind::Space;
    if (is_letter(c))
        return Kind::Word;
    return Kind::Symbol;
}

std::vector<Token> tokenize(std::string_view text)
{
    std::vector<Token> tokens;
    size_t at = 0;
    while (at < text.size()) {
        size_t start = at;
        auto first = decode(text, at);
        auto kind = kind_of(first);
        at += first.size;
        if (kind == Kind::Word || kind == Kind::Digits || kind == Kind::Space) {
            while (at < text.size()) {
                auto next = decode(text, at);
                if (kind_of(next) != kind)
                    break;
                at += next.size;
            }
        }
        tokens.push_back({ kind, text.substr(start, at - start), kind == Kind::Symbol ? first.code_point : 0 });
    }
    return tokens;
}

std::string lower(std::string_view text)
{
    std::string lowered(text);
    for (auto& c : lowered)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return lowered;
}

bool in(std::string_view text, std::initializer_list<std::string_view> list)
{
    for (auto item : list)
        if (text == item)
            return true;
    return false;
}

int month_of(std::string_view word, Language language)
{
    if (language == Language::English) {
        for (size_t i = 0; i < english_months.size(); ++i)
            if (word == english_months[i])
                return int(i + 1);
        return 0;
    }
    auto lowered = lower(word);
    for (size_t i = 0; i < french_months.size(); ++i)
        if (lowered == french_months[i])
            return int(i + 1);
    if (lowered == "fevrier")
        return 2;
    if (lowered == "aout")
        return 8;
    if (lowered == "decembre")
        return 12;
    return 0;
}

struct Currency {
    std::string_view french_one, french_many, french_cent_one, french_cent_many;
    std::string_view english_one, english_many, english_cent_one, english_cent_many;
    bool french_feminine { false };
};
constexpr Currency euro { "euro", "euros", "centime", "centimes", "euro", "euros", "cent", "cents" };
constexpr Currency dollar { "dollar", "dollars", "cent", "cents", "dollar", "dollars", "cent", "cents" };
constexpr Currency pound { "livre", "livres", "penny", "pence", "pound", "pounds", "penny", "pence", true };

struct Unit {
    std::string_view symbol;
    std::string_view french_one, french_many, english_one, english_many;
    bool french_feminine { false };
};
constexpr std::array units {
    Unit { "km", "kilomètre", "kilomètres", "kilometre", "kilometres" },
    Unit { "m", "mètre", "mètres", "metre", "metres" },
    Unit { "cm", "centimètre", "centimètres", "centimetre", "centimetres" },
    Unit { "mm", "millimètre", "millimètres", "millimetre", "millimetres" },
    Unit { "kg", "kilo", "kilos", "kilo", "kilos" },
    Unit { "g", "gramme", "grammes", "gram", "grams" },
    Unit { "mg", "milligramme", "milligrammes", "milligram", "milligrams" },
    Unit { "l", "litre", "litres", "litre", "litres" },
    Unit { "L", "litre", "litres", "litre", "litres" },
    Unit { "cl", "centilitre", "centilitres", "centilitre", "centilitres" },
    Unit { "ml", "millilitre", "millilitres", "millilitre", "millilitres" },
    Unit { "min", "minute", "minutes", "minute", "minutes", true },
    Unit { "mn", "minute", "minutes", "minute", "minutes", true },
};
constexpr Unit degree { "°", "degré", "degrés", "degree", "degrees" };
constexpr Unit speed { "km/h", "kilomètre à l'heure", "kilomètres à l'heure", "kilometre per hour", "kilometres per hour" };

// A number as it is written: its integer digits (thousands groups joined) and its decimals.
struct Number {
    std::string integer;
    std::string_view fraction;
    size_t end { 0 };
};

struct Said {
    std::string words;
    size_t end { 0 };
};

// What was said last, for a dash or a slash that follows: "9h-12h", "10-12", "24h/24".
enum class Last {
    Other,
    Number,
    Time,
};

class Reader {
public:
    Reader(std::string_view text, Language language)
        : m_text(text)
        , m_tokens(tokenize(text))
        , m_language(language)
        , m_french(language == Language::French)
    {
    }

    std::string read()
    {
        while (m_k < m_tokens.size()) {
            auto kind = m_tokens[m_k].kind;
            if (kind == Kind::Space) {
                m_out += m_tokens[m_k++].text;
                continue;
            }
            m_previous = m_last;
            m_last = Last::Other;
            if (rewrite()) {
                m_changed = true;
                if (is(m_k, Kind::Word) || is(m_k, Kind::Digits))
                    m_out += ' ';
            } else {
                m_out += m_tokens[m_k++].text;
            }
        }
        if (!m_changed)
            return std::string(m_text);
        return tidy(m_out);
    }

private:
    // --- Looking at tokens ---

    bool is(size_t k, Kind kind) const { return k < m_tokens.size() && m_tokens[k].kind == kind; }
    std::string_view text(size_t k) const { return k < m_tokens.size() ? m_tokens[k].text : std::string_view(); }
    bool symbol(size_t k, char32_t c) const { return is(k, Kind::Symbol) && m_tokens[k].symbol == c; }
    bool digits(size_t k, size_t min_size = 1, size_t max_size = 64) const
    {
        return is(k, Kind::Digits) && text(k).size() >= min_size && text(k).size() <= max_size;
    }
    bool word(size_t k, std::initializer_list<std::string_view> words) const
    {
        return is(k, Kind::Word) && in(text(k), words);
    }
    // A space that stays on the line.
    bool inline_space(size_t k) const { return is(k, Kind::Space) && text(k).find('\n') == std::string_view::npos; }
    // One character of space, as between the groups of a number: " ", a no-break or a narrow no-break space.
    bool thin_space(size_t k) const { return inline_space(k) && (text(k) == " " || text(k) == "\u00a0" || text(k) == "\u202f" || text(k) == "\u2009"); }
    size_t after_space(size_t k) const { return inline_space(k) ? k + 1 : k; }
    bool capitalised(size_t k) const
    {
        if (!is(k, Kind::Word))
            return false;
        auto t = text(k);
        auto first = static_cast<unsigned char>(t[0]);
        if (first >= 'A' && first <= 'Z')
            return true;
        auto second = t.size() > 1 ? static_cast<unsigned char>(t[1]) : 0;
        return first == 0xC3 && second >= 0x80 && second <= 0x9E && second != 0x97;
    }
    // Whether a sentence ends at k: the end of the text, a new line or a capital after a space.
    bool sentence_ends_at(size_t k) const
    {
        if (k >= m_tokens.size())
            return true;
        if (!is(k, Kind::Space))
            return false;
        return !inline_space(k) || k + 1 >= m_tokens.size() || capitalised(k + 1);
    }

    // --- Saying ---

    void say(std::string_view words)
    {
        if (!m_out.empty()) {
            char last = m_out.back();
            bool joined = last == ' ' || last == '\n' || last == '\t' || last == '\'' || last == '-' || m_out.ends_with("\u00a0")
                || m_out.ends_with("\u202f") || m_out.ends_with("\u2019");
            if (!joined)
                m_out += ' ';
        }
        m_out += words;
    }

    // A pause where a symbol stood between two parts of a sentence.
    void pause()
    {
        if (!m_out.empty() && m_out.back() != '\n')
            m_out += ", ";
    }

    // A symbol that is not said, between two words: they stay apart.
    void drop()
    {
        if (!m_out.empty() && m_out.back() != ' ' && m_out.back() != '\n' && (is(m_k + 1, Kind::Word) || is(m_k + 1, Kind::Digits)))
            m_out += ' ';
        ++m_k;
    }

    bool done(std::string_view words, size_t end, Last last = Last::Other)
    {
        say(words);
        m_k = end;
        m_last = last;
        return true;
    }

    // --- What to rewrite ---

    bool rewrite()
    {
        switch (m_tokens[m_k].kind) {
        case Kind::Word:
            return address() || month_and_day() || number_sign() || abbreviation();
        case Kind::Digits:
            return address() || numeric_date() || phone() || code() || time() || day_and_month() || ordinal() || year()
                || number();
        case Kind::Symbol:
            return symbol_here();
        case Kind::Drop:
            drop();
            return true;
        case Kind::Space:
            break;
        }
        return false;
    }

    // "marie.dupont@orange.fr", "www.service-public.fr", "https://ameli.fr": every part and every sign said.
    bool address()
    {
        if (m_k < m_no_address_before)
            return false;
        size_t end = m_k;
        auto part_of_address = [&](size_t k) {
            if (is(k, Kind::Word) || is(k, Kind::Digits))
                return true;
            return symbol(k, '.') || symbol(k, '-') || symbol(k, '_') || symbol(k, '@') || symbol(k, '/') || symbol(k, ':');
        };
        while (end < m_tokens.size() && part_of_address(end))
            ++end;
        // What ends it belongs to the sentence: "écrivez à marie@orange.fr."
        while (end > m_k && is(end - 1, Kind::Symbol))
            --end;
        m_no_address_before = end;
        size_t start = m_k;
        bool web = false;
        if (word(start, { "http", "https" }) && symbol(start + 1, ':') && symbol(start + 2, '/') && symbol(start + 3, '/')) {
            start += 4;
            web = true;
        }
        if (start >= end)
            return false;
        web = web || (word(start, { "www", "WWW" }) && symbol(start + 1, '.'));
        bool mail = false;
        bool only_dots_and_dashes = true;
        for (size_t k = start; k < end; ++k) {
            if (symbol(k, '@') && k > start && !is(k - 1, Kind::Symbol)) {
                for (size_t after = k + 1; after + 1 < end; ++after)
                    if (symbol(after, '.') && !is(after - 1, Kind::Symbol) && !is(after + 1, Kind::Symbol))
                        mail = true;
            }
            if (is(k, Kind::Symbol) && !symbol(k, '.') && !symbol(k, '-'))
                only_dots_and_dashes = false;
        }
        bool domain = !mail && !web && only_dots_and_dashes && end - start >= 3 && is(start, Kind::Word) && symbol(end - 2, '.')
            && word(end - 1, { "fr", "com", "org", "net", "eu", "be", "ch", "ca", "uk", "info", "io", "lu" });
        if (!mail && !web && !domain)
            return false;
        std::string words;
        for (size_t k = start; k < end; ++k) {
            auto t = text(k);
            if (is(k, Kind::Word))
                append_word(words, lower(t) == "www" ? std::string("w w w") : std::string(t));
            else if (is(k, Kind::Digits))
                append_word(words, t.size() <= 4 ? digits_in_words(t, m_language) : digit_words(t, m_language));
            else if (symbol(k, '.'))
                append_word(words, m_french ? "point" : "dot");
            else if (symbol(k, '@'))
                append_word(words, m_french ? "arobase" : "at");
            else if (symbol(k, '-'))
                append_word(words, m_french ? "tiret" : "dash");
            else if (symbol(k, '_'))
                append_word(words, m_french ? "tiret bas" : "underscore");
            else if (symbol(k, '/'))
                append_word(words, m_french ? "barre oblique" : "slash");
        }
        return done(words, end);
    }

    // Groups of digits written with one kind of separator: "01 70 77 23 72", "01.70.77.23.72", "1124-1820".
    struct Groups {
        std::vector<std::string_view> groups;
        size_t digits { 0 };
        size_t end { 0 };
    };
    Groups groups_at(size_t k, bool dots_and_spaces = true) const
    {
        Groups found;
        found.groups.push_back(text(k));
        found.digits = text(k).size();
        found.end = k + 1;
        int separator = -1;
        while (found.groups.size() < 12) {
            size_t at = found.end;
            int here = thin_space(at) ? 0 : symbol(at, '-') ? 1
                : dots_and_spaces && symbol(at, '.')        ? 2
                                                            : -1;
            if (here < 0 || (separator >= 0 && here != separator) || !digits(at + 1))
                break;
            separator = here;
            found.groups.push_back(text(at + 1));
            found.digits += text(at + 1).size();
            found.end = at + 2;
        }
        return found;
    }

    // One group of a telephone number as people say it: pairs in French ("zéro un", "soixante-dix"), an odd
    // group as one number ("sept cent soixante-douze"); digit by digit in English, 0 as "oh".
    std::string phone_group(std::string_view group) const
    {
        if (!m_french) {
            std::string words;
            for (char digit : group)
                append_word(words, digit == '0' ? std::string("oh") : digit_word(digit, m_language));
            return words;
        }
        if (group.size() == 1)
            return digit_word(group[0], m_language);
        if (group.size() % 2 == 0) {
            std::string words;
            for (size_t i = 0; i < group.size(); i += 2)
                append_word(words, group[i] == '0' ? "zéro " + digit_word(group[i + 1], m_language) : french_number(value_of(group.substr(i, 2))));
            return words;
        }
        if (group[0] == '0')
            return "zéro " + phone_group(group.substr(1));
        return french_number(value_of(group));
    }

    std::string phone_in_words(const std::vector<std::string_view>& groups) const
    {
        std::string words;
        for (auto group : groups)
            words += (words.empty() ? "" : ", ") + phone_group(group);
        return words;
    }

    bool phone()
    {
        auto found = groups_at(m_k);
        if (text(m_k)[0] != '0')
            return false;
        // "0170772372", written in one run, is still said in pairs in French.
        bool one_run = m_french && found.groups.size() == 1;
        for (auto group : found.groups)
            if (!one_run && group.size() > (m_french ? 4u : 5u))
                return false;
        bool french = m_french && found.digits == 10;
        bool english = !m_french && (found.digits == 10 || found.digits == 11);
        if (!french && !english)
            return false;
        if (one_run && french) {
            std::vector<std::string_view> pairs;
            for (size_t i = 0; i < found.groups[0].size(); i += 2)
                pairs.push_back(found.groups[0].substr(i, 2));
            return done(phone_in_words(pairs), found.end);
        }
        return done(phone_in_words(found.groups), found.end);
    }

    // "+33 1 70 77 23 72": "plus trente-trois, un, soixante-dix, …".
    bool international_phone()
    {
        if (!digits(m_k + 1, 1, 13) || is(m_k - 1, Kind::Digits) || is(m_k - 1, Kind::Word))
            return false;
        auto found = groups_at(m_k + 1);
        std::vector<std::string_view> groups = found.groups;
        std::string_view country;
        if (groups.size() == 1) {
            auto run = groups[0];
            if (run.size() < 10 || run.size() > 13)
                return false;
            country = run.substr(0, 2);
            auto rest = run.substr(2);
            groups.clear();
            if (m_french && rest.size() == 9) {
                groups.push_back(rest.substr(0, 1));
                for (size_t i = 1; i < rest.size(); i += 2)
                    groups.push_back(rest.substr(i, 2));
            } else {
                groups.push_back(rest);
            }
        } else {
            country = groups[0];
            if (country.size() > 3 || found.digits - country.size() < 6 || found.digits - country.size() > 12)
                return false;
            groups.erase(groups.begin());
        }
        auto words = "plus " + (m_french ? french_number(value_of(country)) : digit_words(country, m_language)) + ", "
            + phone_in_words(groups);
        return done(words, found.end);
    }

    // After "code", "dossier", "case", "référence": a code in the groups it is shown.
    bool code()
    {
        size_t k = m_k;
        bool keyword = false;
        for (int steps = 0; steps < 8 && k > 0 && !keyword; ++steps) {
            --k;
            if (is(k, Kind::Space) || symbol(k, ':') || symbol(k, '#') || symbol(k, 0xAB) || symbol(k, '"') || symbol(k, '\''))
                continue;
            if (!is(k, Kind::Word))
                return false;
            auto lowered = lower(text(k));
            if (in(lowered, { "code", "codes", "dossier", "case", "référence", "reference", "ref", "réf", "pin" }))
                keyword = true;
            else if (!in(lowered, { "de", "du", "d", "votre", "ton", "le", "la", "l", "est", "your", "is", "the", "my", "mon", "number", "numéro", "no", "n", "this", "ce", "voici", "here", "suivant", "hors", "ligne", "offline", "secours" }))
                return false;
        }
        if (!keyword)
            return false;
        auto found = groups_at(m_k, false);
        if (found.groups.size() < 2 && found.digits < 4)
            return false;
        std::string grouped;
        for (auto group : found.groups)
            grouped += (grouped.empty() ? "" : " ") + std::string(group);
        auto words = code_for_ear(grouped, m_language);
        if (words.ends_with('.'))
            words.pop_back();
        return done(words, found.end);
    }

    // "26/11/2026", "26.11.2026", "26-11-26", "2026-11-26".
    bool numeric_date()
    {
        int day = 0, month = 0, year = 0;
        size_t end = 0;
        char32_t separator = 0;
        if (digits(m_k, 4, 4) && symbol(m_k + 1, '-') && digits(m_k + 2, 1, 2) && symbol(m_k + 3, '-') && digits(m_k + 4, 1, 2)) {
            year = int(value_of(text(m_k)));
            month = int(value_of(text(m_k + 2)));
            day = int(value_of(text(m_k + 4)));
            separator = '-';
        } else if (digits(m_k, 1, 2) && is(m_k + 1, Kind::Symbol) && digits(m_k + 2, 1, 2) && is(m_k + 3, Kind::Symbol)
            && m_tokens[m_k + 1].symbol == m_tokens[m_k + 3].symbol && (digits(m_k + 4, 2, 2) || digits(m_k + 4, 4, 4))) {
            separator = m_tokens[m_k + 1].symbol;
            if (separator != '/' && separator != '.' && separator != '-')
                return false;
            day = int(value_of(text(m_k)));
            month = int(value_of(text(m_k + 2)));
            year = int(value_of(text(m_k + 4)));
        } else if (digits(m_k, 2, 2) && symbol(m_k + 1, '/') && digits(m_k + 2, 2, 2) && !symbol(m_k + 3, '/')) {
            // "26/11", "01/12": a day and a month, written with two digits each ("2/5" stays "deux sur cinq").
            day = int(value_of(text(m_k)));
            month = int(value_of(text(m_k + 2)));
            if (day < 1 || day > 31 || month < 1 || month > 12)
                return false;
            return done(date_in_words(day, month, 0, m_language), m_k + 3);
        } else {
            return false;
        }
        end = m_k + 5;
        if (day < 1 || day > 31 || month < 1 || month > 12 || (symbol(end, separator) && digits(end + 1)))
            return false;
        return done(date_in_words(day, month, year, m_language), end);
    }

    // "am", "PM", "a.m.": the letters, as both languages say them.
    std::optional<Said> am_pm(size_t k) const
    {
        if (word(k, { "am", "AM", "pm", "PM" }))
            return Said { lower(text(k)) == "am" ? "a m" : "p m", k + 1 };
        if (word(k, { "a", "p", "A", "P" }) && symbol(k + 1, '.') && word(k + 2, { "m", "M" })) {
            Said said { lower(text(k)) == "a" ? "a m" : "p m", k + 3 };
            if (symbol(said.end, '.')) {
                ++said.end;
                if (sentence_ends_at(said.end))
                    said.words += '.';
            }
            return said;
        }
        return std::nullopt;
    }

    std::string time_in_words(int hours, int minutes, std::string_view am_pm = {}) const
    {
        if (m_french) {
            auto words = hours == 0 ? std::string("zéro heure") : hours == 1 ? std::string("une heure")
                                                                             : feminine(french_number(hours)) + " heures";
            if (minutes > 0)
                words += " " + feminine(french_number(minutes));
            return words;
        }
        auto words = english_number(hours);
        if (minutes == 0 && am_pm.empty())
            words += " o'clock";
        else if (minutes > 0)
            words += (minutes < 10 ? " oh " : " ") + english_number(minutes);
        if (!am_pm.empty())
            words += " " + std::string(am_pm);
        return words;
    }

    // "10 h 42", "10h42", "14h", "10 heures 05", "10:42"; "9:05 am", "9 pm".
    std::optional<Said> time_at(size_t k) const
    {
        if (!digits(k, 1, 2))
            return std::nullopt;
        int hours = int(value_of(text(k)));
        auto minutes_at = [&](size_t at) { return digits(at, 2, 2) && value_of(text(at)) <= 59 ? int(value_of(text(at))) : -1; };
        if (hours > 24)
            return std::nullopt;
        if (symbol(k + 1, ':') && minutes_at(k + 2) >= 0 && !(symbol(k + 3, ':') && digits(k + 4, 2, 2))) {
            int minutes = minutes_at(k + 2);
            if (!m_french) {
                if (auto suffix = am_pm(after_space(k + 3)))
                    return Said { time_in_words(hours, minutes, suffix->words), suffix->end };
            }
            return Said { time_in_words(hours, minutes), k + 3 };
        }
        if (m_french) {
            size_t unit = after_space(k + 1);
            if (word(unit, { "h", "H" })) {
                size_t minutes = after_space(unit + 1);
                if (minutes_at(minutes) >= 0 && !(symbol(minutes + 1, ',') && digits(minutes + 2)))
                    return Said { time_in_words(hours, minutes_at(minutes)), minutes + 1 };
                return Said { time_in_words(hours, 0), unit + 1 };
            }
            if (word(unit, { "heures", "heure" }) && inline_space(unit + 1) && minutes_at(unit + 2) >= 0)
                return Said { time_in_words(hours, minutes_at(unit + 2)), unit + 3 };
            return std::nullopt;
        }
        if (hours <= 12) {
            if (auto suffix = am_pm(after_space(k + 1)))
                return Said { time_in_words(hours, 0, suffix->words), suffix->end };
        }
        return std::nullopt;
    }

    bool time()
    {
        auto said = time_at(m_k);
        if (!said)
            return false;
        return done(said->words, said->end, Last::Time);
    }

    std::optional<Said> year_after(size_t k) const
    {
        size_t at = after_space(k);
        if (at == k || !digits(at, 4, 4) || symbol(at + 1, ':') || word(at + 1, { "h", "H" }))
            return std::nullopt;
        return Said { year_in_words(int(value_of(text(at))), m_language), at + 1 };
    }

    // "26 novembre", "1er décembre 2026"; "26 November", "26th November 2026".
    bool day_and_month()
    {
        if (!digits(m_k, 1, 2))
            return false;
        int day = int(value_of(text(m_k)));
        size_t at = m_k + 1;
        if (m_french ? word(at, { "er", "e", "ème" }) : word(at, { "st", "nd", "rd", "th" }))
            ++at;
        if (day < 1 || day > 31 || !inline_space(at) || !is(at + 1, Kind::Word))
            return false;
        int month = month_of(text(at + 1), m_language);
        if (month == 0)
            return false;
        auto words = day_in_words(day, m_language) + (m_french ? " " : " of ") + std::string(text(at + 1));
        size_t end = at + 2;
        if (auto year = year_after(end)) {
            words += " " + year->words;
            end = year->end;
        }
        return done(words, end);
    }

    // English "November 26", "November 26th, 2026", "November 2026".
    bool month_and_day()
    {
        if (m_french || month_of(text(m_k), m_language) == 0 || !inline_space(m_k + 1))
            return false;
        std::string words(text(m_k));
        size_t at = m_k + 2;
        if (digits(at, 1, 2) && value_of(text(at)) >= 1 && value_of(text(at)) <= 31 && !symbol(at + 1, ':')
            && !symbol(at + 1, '.') && !(symbol(at + 1, ',') && digits(at + 2))) {
            words += " " + day_in_words(int(value_of(text(at))), m_language);
            size_t end = at + 1;
            if (word(end, { "st", "nd", "rd", "th" }))
                ++end;
            if (symbol(end, ',')) {
                if (auto year = year_after(end + 1)) {
                    words += ", " + year->words;
                    end = year->end;
                }
            } else if (auto year = year_after(end)) {
                words += " " + year->words;
                end = year->end;
            }
            return done(words, end);
        }
        if (auto year = year_after(m_k + 1))
            return done(words + " " + year->words, year->end);
        return false;
    }

    // "2e", "3ème", "1er", "1re"; "1st", "26th".
    bool ordinal()
    {
        if (!digits(m_k, 1, 9) || !is(m_k + 1, Kind::Word))
            return false;
        int n = int(value_of(text(m_k)));
        auto suffix = text(m_k + 1);
        std::string words;
        if (m_french) {
            if (n == 1 && in(suffix, { "er", "ers" }))
                words = suffix == "er" ? "premier" : "premiers";
            else if (n == 1 && in(suffix, { "re", "ère", "res", "ères" }))
                words = suffix.ends_with('s') ? "premières" : "première";
            else if (n == 2 && in(suffix, { "nd", "nde" }))
                words = suffix == "nd" ? "second" : "seconde";
            else if (in(suffix, { "e", "è", "ème", "eme", "ième", "ieme", "ᵉ" }))
                words = ordinal_in_words(n, m_language);
            else if (in(suffix, { "es", "èmes", "emes", "ièmes" }))
                words = ordinal_in_words(n, m_language) + "s";
            else
                return false;
        } else {
            if (!in(lower(suffix), { "st", "nd", "rd", "th" }))
                return false;
            words = ordinal_in_words(n, m_language);
        }
        return done(words, m_k + 2, Last::Number);
    }

    // English years after the words that announce one: "in 2026", "since 1999", "the year 2005".
    bool year()
    {
        if (m_french || !digits(m_k, 4, 4) || m_k < 2 || !inline_space(m_k - 1)
            || !word(m_k - 2, { "in", "In", "since", "Since", "of", "year", "Year", "from", "From", "until", "Until" }))
            return false;
        int year = int(value_of(text(m_k)));
        if (year < 1000 || year > 2999 || (symbol(m_k + 1, ',') && digits(m_k + 2, 3, 3)) || (symbol(m_k + 1, '.') && digits(m_k + 2)))
            return false;
        return done(english_year(year), m_k + 1, Last::Number);
    }

    Number number_at(size_t k) const
    {
        Number number;
        number.integer = text(k);
        size_t end = k + 1;
        if (number.integer.size() <= 3) {
            // Thousands: "1 234" (a space, a no-break or a narrow no-break space) in French, "1,234" in English.
            while (m_french ? thin_space(end) && digits(end + 1, 3, 3) : symbol(end, ',') && digits(end + 1, 3, 3)) {
                number.integer += text(end + 1);
                end += 2;
            }
        }
        if ((symbol(end, m_french ? ',' : '.') || symbol(end, '.')) && digits(end + 1)) {
            number.fraction = text(end + 1);
            end += 2;
        }
        number.end = end;
        return number;
    }

    std::string integer_in_words(const Number& number) const { return digits_in_words(number.integer, m_language); }

    std::string number_in_words_here(const Number& number, size_t k) const
    {
        auto words = integer_in_words(number);
        if (number.fraction.empty())
            return words;
        // "3,5": "trois virgule cinq", "3,05": "trois virgule zéro cinq"; "3.14": "three point one four".
        bool comma = symbol(number.end - 2, ',');
        if (!m_french || !comma)
            return words + " point " + digit_words(number.fraction, m_language);
        auto fraction = number.fraction;
        std::string said;
        while (fraction.size() > 1 && fraction[0] == '0') {
            append_word(said, "zéro");
            fraction.remove_prefix(1);
        }
        append_word(said, fraction.size() > 6 ? digit_words(fraction, m_language) : french_number(value_of(fraction)));
        (void)k;
        return words + " virgule " + said;
    }

    // Whether the integer part is one or more: "un euro", "deux euros"; French says the plural from two.
    bool many(const Number& number) const
    {
        auto value = number.integer.size() > 15 ? 2 : value_of(number.integer);
        return m_french ? value >= 2 : (value != 1 || !number.fraction.empty());
    }

    std::string amount_in_words(const Number& number, const Currency& currency) const
    {
        auto one = m_french ? currency.french_one : currency.english_one;
        auto plural = m_french ? currency.french_many : currency.english_many;
        if (number.fraction.size() > 2 || number.integer.size() > 15)
            return number_in_words_here(number, 0) + " " + std::string(plural);
        long long units = value_of(number.integer);
        long long cents = number.fraction.empty() ? 0 : value_of(number.fraction) * (number.fraction.size() == 1 ? 10 : 1);
        if (units == 0 && cents > 0) {
            auto cent_name = cents == 1 ? (m_french ? currency.french_cent_one : currency.english_cent_one)
                                        : (m_french ? currency.french_cent_many : currency.english_cent_many);
            return number_in_words(cents, m_language) + " " + std::string(cent_name);
        }
        auto words = number_in_words(units, m_language);
        if (m_french && currency.french_feminine)
            words = feminine(words);
        auto name = std::string(many(number) ? plural : one);
        if (m_french && (words.ends_with("million") || words.ends_with("millions") || words.ends_with("milliard") || words.ends_with("milliards")))
            words += name[0] == 'e' ? " d'" + name : " de " + name;
        else
            words += " " + name;
        if (cents > 0)
            words += " " + number_in_words(cents, m_language);
        return words;
    }

    std::string unit_in_words(const Number& number, const Unit& unit) const
    {
        auto words = number_in_words_here(number, 0);
        if (m_french && unit.french_feminine)
            words = feminine(words);
        bool plural = many(number);
        return words + " " + std::string(m_french ? (plural ? unit.french_many : unit.french_one) : (plural ? unit.english_many : unit.english_one));
    }

    const Currency* currency_at(size_t k) const
    {
        if (symbol(k, U'€') || word(k, { "euros", "euro", "EUR" }))
            return &euro;
        if (symbol(k, '$'))
            return &dollar;
        if (symbol(k, U'£'))
            return &pound;
        return nullptr;
    }

    // A number and what follows it: a currency, "%", a unit, a feminine noun; or a number alone.
    bool number()
    {
        auto number = number_at(m_k);
        size_t next = after_space(number.end);
        if (auto currency = currency_at(next))
            return done(amount_in_words(number, *currency), next + 1, Last::Number);
        if (symbol(next, '%'))
            return done(number_in_words_here(number, 0) + (m_french ? " pour cent" : " percent"), next + 1, Last::Number);
        if (symbol(next, U'°') || symbol(next, U'℃')) {
            auto words = unit_in_words(number, degree);
            size_t end = next + 1;
            if (symbol(next, U'°') && word(end, { "C" }))
                ++end;
            else if (symbol(next, U'°') && word(end, { "F" })) {
                words += " Fahrenheit";
                ++end;
            }
            return done(words, end, Last::Number);
        }
        if (word(next, { "km" }) && symbol(next + 1, '/') && word(next + 2, { "h" }))
            return done(unit_in_words(number, speed), next + 3, Last::Number);
        if (is(next, Kind::Word) && !symbol(next + 1, '\'') && !symbol(next + 1, U'’')) {
            for (auto& unit : units)
                if (text(next) == unit.symbol)
                    return done(unit_in_words(number, unit), next + 1, Last::Number);
        }
        auto words = number_in_words_here(number, 0);
        if (m_french && inline_space(number.end) && number.fraction.empty()
            && word(number.end + 1, { "lettre", "lettres", "photo", "photos", "heure", "heures", "minute", "minutes", "seconde", "secondes", "semaine", "semaines", "page", "pages", "personne", "personnes", "fois" }))
            words = feminine(words);
        return done(words, number.end, Last::Number);
    }

    // "n° 12", "N°12", "nº 12"; English "No. 12".
    bool number_sign()
    {
        if (word(m_k, { "n", "N" }) && (symbol(m_k + 1, U'°') || symbol(m_k + 1, U'º')))
            return done(m_french ? "numéro" : "number", m_k + 2);
        if (word(m_k, { "No", "no", "Nº" }) && symbol(m_k + 1, '.') && digits(after_space(m_k + 2)))
            return done(m_french ? "numéro" : "number", m_k + 2);
        return false;
    }

    bool abbreviation()
    {
        auto t = text(m_k);
        size_t after_dot = symbol(m_k + 1, '.') ? m_k + 2 : m_k + 1;
        bool before_name = inline_space(after_dot) && capitalised(after_dot + 1);
        // "E-mail", "e-mails": said as a word, not spelt.
        if (word(m_k, { "e", "E" }) && symbol(m_k + 1, '-') && word(m_k + 2, { "mail", "mails" })) {
            bool plural = text(m_k + 2) == "mails";
            if (m_french)
                return done(std::string(t == "E" ? "I" : "i") + (plural ? "-mèles" : "-mèle"), m_k + 3);
            return done(plural ? "emails" : "email", m_k + 3);
        }
        if (m_french && word(m_k, { "email", "emails", "Email", "Emails" }))
            return done(std::string(capitalised(m_k) ? "I" : "i") + (t.ends_with('s') ? "-mèles" : "-mèle"), m_k + 1);
        // "un mail" is said "un mèle" in French (a French voice reads "mail" as "maille").
        if (m_french && word(m_k, { "mail", "mails", "Mail", "Mails" }))
            return done(std::string(capitalised(m_k) ? "M" : "m") + (t.ends_with('s') ? "èles" : "èle"), m_k + 1);
        if (word(m_k, { "SMS" }))
            return done("S M S", m_k + 1);
        if (word(m_k, { "etc", "Etc" })) {
            bool dot = symbol(m_k + 1, '.');
            bool sentence_end = dot && sentence_ends_at(m_k + 2);
            return done(sentence_end ? "et cetera." : "et cetera", dot ? m_k + 2 : m_k + 1);
        }
        if (m_french) {
            bool previous_is_name = m_k >= 2 && inline_space(m_k - 1) && capitalised(m_k - 2);
            if (word(m_k, { "M", "MM" }) && symbol(m_k + 1, '.') && inline_space(m_k + 2) && (capitalised(m_k + 3) || word(m_k + 3, { "et" })) && !previous_is_name)
                return done(t == "M" ? "monsieur" : "messieurs", m_k + 2);
            if (word(m_k, { "Mme", "Mmes", "Mlle", "Mlles" })) {
                auto words = t == "Mme" ? "madame" : t == "Mmes" ? "mesdames"
                    : t == "Mlle"                                ? "mademoiselle"
                                                                 : "mesdemoiselles";
                return done(words, m_k + 1);
            }
            if (word(m_k, { "Dr", "Pr" }) && before_name)
                return done(t == "Dr" ? "docteur" : "professeur", after_dot);
            if (word(m_k, { "St", "Ste" }) && (before_name || (symbol(after_dot, '-') && capitalised(after_dot + 1))))
                return done(t == "St" ? "saint" : "sainte", after_dot);
            if (word(m_k, { "tél", "Tél", "TÉL" }))
                return done("téléphone", after_dot);
            if (word(m_k, { "tel", "Tel", "TEL" }) && symbol(m_k + 1, '.'))
                return done("téléphone", m_k + 2);
            if (word(m_k, { "cf", "Cf" }) && symbol(m_k + 1, '.'))
                return done("voir", m_k + 2);
            if (word(m_k, { "env" }) && symbol(m_k + 1, '.') && digits(after_space(m_k + 2)))
                return done("environ", m_k + 2);
            return false;
        }
        if (word(m_k, { "Mr", "Mrs", "Ms" }))
            return done(t == "Mr" ? "mister" : t == "Mrs" ? "missus"
                                                          : "miz",
                after_dot);
        if (word(m_k, { "Dr" }) && before_name)
            return done("doctor", after_dot);
        if (word(m_k, { "St" }) && before_name)
            return done("Saint", after_dot);
        if (word(m_k, { "approx", "Approx" })) {
            bool sentence_end = after_dot != m_k + 1 && sentence_ends_at(after_dot);
            return done(sentence_end ? "about." : "about", after_dot);
        }
        if ((word(m_k, { "Tel", "tel", "TEL" }) && (symbol(m_k + 1, '.') || symbol(m_k + 1, ':'))) || word(m_k, { "Tel.", "Tél" }))
            return done("telephone", after_dot);
        if (word(m_k, { "cf", "Cf" }) && symbol(m_k + 1, '.'))
            return done("compare", m_k + 2);
        return false;
    }

    bool symbol_here()
    {
        char32_t c = m_tokens[m_k].symbol;
        switch (c) {
        case '+':
            if (international_phone())
                return true;
            return done(m_french ? "plus" : "plus", m_k + 1);
        case U'€':
        case '$':
        case U'£': {
            size_t at = after_space(m_k + 1);
            if (!digits(at))
                return false;
            auto number = number_at(at);
            return done(amount_in_words(number, *currency_at(m_k)), number.end, Last::Number);
        }
        case '-':
        case U'–':
        case U'—':
            return dash(c);
        case '&':
            return done(m_french ? "et" : "and", m_k + 1);
        case '=':
            return done(m_french ? "égale" : "equals", m_k + 1);
        case U'×':
            return done(m_french ? "fois" : "times", m_k + 1);
        case U'÷':
            return done(m_french ? "divisé par" : "divided by", m_k + 1);
        case '/':
            if (m_previous != Last::Other && digits(m_k + 1) && m_french)
                return done("sur", m_k + 1);
            drop();
            return true;
        case '*':
        case '#':
        case '_':
        case '~':
        case '^':
        case '`':
        case '\\':
        case '"':
        case U'«':
        case U'»':
        case U'“':
        case U'”':
        case U'„':
        case U'‹':
        case U'›':
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case '<':
        case '>':
            drop();
            return true;
        case '\'':
        case U'’':
        case U'‘':
            if (is(m_k - 1, Kind::Word) && m_k > 0)
                return false;
            drop();
            return true;
        case '|':
        case U'•':
        case U'·':
        case U'→':
        case U'←':
        case U'⇒':
        case U'‣':
        case U'◦':
            pause();
            ++m_k;
            return true;
        case '.':
        case '!':
        case '?':
        case U'…':
            return sentence_end();
        case ',':
            if (!symbol(m_k + 1, ','))
                return false;
            while (symbol(m_k, ','))
                ++m_k;
            m_out += ',';
            return true;
        default:
            return false;
        }
    }

    // "9h-12h", "10-12", "9 – 12": a range; "-5 °C": below zero; " – " alone: a pause.
    bool dash(char32_t c)
    {
        size_t next = after_space(m_k + 1);
        if (m_previous != Last::Other && digits(next)) {
            bool spaced = inline_space(m_k - 1) || inline_space(m_k + 1);
            if (m_previous == Last::Time || c != '-' || !spaced)
                return done(m_french ? "à" : "to", next);
            return done(m_french ? "moins" : "minus", next);
        }
        bool starts = m_k == 0 || is(m_k - 1, Kind::Space) || symbol(m_k - 1, '(');
        if (c == '-' && starts && digits(m_k + 1))
            return done(m_french ? "moins" : "minus", m_k + 1);
        if (c == '-')
            return false;
        if (starts || inline_space(m_k + 1))
            pause();
        else
            m_out += ' ';
        ++m_k;
        return true;
    }

    // "!!!", "?!", "...", "!.", "…": one end of sentence, the strongest.
    bool sentence_end()
    {
        size_t end = m_k;
        bool question = false, exclamation = false;
        while (symbol(end, '.') || symbol(end, '!') || symbol(end, '?') || symbol(end, U'…')) {
            question = question || symbol(end, '?');
            exclamation = exclamation || symbol(end, '!');
            ++end;
        }
        if (end == m_k + 1 && !symbol(m_k, U'…'))
            return false;
        m_out += question ? '?' : exclamation ? '!'
                                              : '.';
        m_k = end;
        return true;
    }

    // Spaces and pauses put right after rewriting: one space, none before a comma or a full stop, no pause
    // at the start of a line or next to a full stop.
    static std::string tidy(std::string_view said)
    {
        std::string out;
        out.reserve(said.size());
        auto ends_sentence = [&] { return !out.empty() && (out.back() == '.' || out.back() == '!' || out.back() == '?'); };
        for (char c : said) {
            if (c == ' ') {
                if (!out.empty() && out.back() != ' ' && out.back() != '\n')
                    out += ' ';
            } else if (c == ',' || c == '.' || c == '\n') {
                while (!out.empty() && out.back() == ' ')
                    out.pop_back();
                if (c == ',' && (out.empty() || out.back() == '\n' || out.back() == ',' || out.back() == ':' || out.back() == ';' || ends_sentence()))
                    continue;
                if (c == '.' && !out.empty() && out.back() == ',')
                    out.pop_back();
                if (c == '.' && ends_sentence())
                    continue;
                out += c;
            } else {
                out += c;
            }
        }
        while (!out.empty() && (out.back() == ' ' || out.back() == ','))
            out.pop_back();
        return out;
    }

    std::string_view m_text;
    std::vector<Token> m_tokens;
    Language m_language;
    bool m_french;
    size_t m_k { 0 };
    std::string m_out;
    bool m_changed { false };
    Last m_last { Last::Other };
    Last m_previous { Last::Other };
    size_t m_no_address_before { 0 };
};

}

std::string speakable(std::string_view text, Language language)
{
    return Reader(text, language).read();
}

std::string number_in_words(long long n, Language language)
{
    unsigned long long magnitude = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    auto words = language == Language::French ? french_number(magnitude) : english_number(magnitude);
    if (n < 0)
        return (language == Language::French ? "moins " : "minus ") + words;
    return words;
}

std::string ordinal_in_words(int n, Language language)
{
    if (n <= 0)
        return number_in_words(n, language);
    auto words = number_in_words(n, language);
    auto last_start = words.find_last_of(" -");
    last_start = last_start == std::string::npos ? 0 : last_start + 1;
    auto last = words.substr(last_start);
    words.erase(last_start);
    if (language == Language::French) {
        if (n == 1)
            return "premier";
        if (last == "cinq")
            last = "cinquième";
        else if (last == "neuf")
            last = "neuvième";
        else if (last == "vingts" || last == "cents")
            last = last.substr(0, last.size() - 1) + "ième";
        else if (last.ends_with('e'))
            last = last.substr(0, last.size() - 1) + "ième";
        else
            last += "ième";
        return words + last;
    }
    if (last == "one")
        last = "first";
    else if (last == "two")
        last = "second";
    else if (last == "three")
        last = "third";
    else if (last == "five")
        last = "fifth";
    else if (last == "eight")
        last = "eighth";
    else if (last == "nine")
        last = "ninth";
    else if (last == "twelve")
        last = "twelfth";
    else if (last.ends_with('y'))
        last = last.substr(0, last.size() - 1) + "ieth";
    else
        last += "th";
    return words + last;
}

std::string code_for_ear(std::string_view grouped, Language language)
{
    std::vector<std::string_view> groups;
    size_t start = std::string_view::npos;
    for (size_t i = 0; i <= grouped.size(); ++i) {
        bool digit = i < grouped.size() && grouped[i] >= '0' && grouped[i] <= '9';
        if (digit && start == std::string_view::npos)
            start = i;
        if (!digit && start != std::string_view::npos) {
            groups.push_back(grouped.substr(start, i - start));
            start = std::string_view::npos;
        }
    }
    std::string spoken;
    for (auto group : groups) {
        std::string said;
        bool in_pairs = language == Language::French && group.size() % 2 == 0;
        if (in_pairs) {
            // Pairs as numbers, as the French read telephone numbers: "11 24" is "onze vingt-quatre".
            for (size_t i = 0; i < group.size(); i += 2) {
                auto pair = group.substr(i, 2);
                append_word(said, pair[0] == '0' ? "zéro " + digit_word(pair[1], language) : french_number(value_of(pair)));
            }
        } else {
            said = digit_words(group, language, ", ");
        }
        // A full stop between groups read digit by digit, so that the listener hears where each group ends.
        if (!spoken.empty())
            spoken += in_pairs ? ", " : ". ";
        spoken += said;
    }
    return spoken.empty() ? spoken : spoken + ".";
}

}
