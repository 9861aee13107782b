// Words for the inbox rows and the voice.
#include "email_words.hpp"

#include "../../shell/core/i18n/translate.hpp"
#include "../../shell/core/text/text.hpp"
#include "../../shell/core/time/words.hpp"

#include <algorithm>

namespace Foyer {

namespace {

template<typename Clock>
std::string when(std::time_t time, const LocalDateTime& now, Clock clock)
{
    auto local = local_time_of(time);
    long days_ago = now.date.days_since_epoch() - local.date.days_since_epoch();
    FormatArgs args { { "time", clock(local.time) } };
    if (days_ago <= 0)
        return format(tr("Today, {time}"), args);
    if (days_ago == 1)
        return format(tr("Yesterday, {time}"), args);
    if (days_ago < 7)
        return format(tr("{weekday} {time}"), { { "weekday", weekday_name(local.date.weekday()) }, { "time", clock(local.time) } });
    auto date = date_in_words(local.date);
    if (local.date.year == now.date.year)
        return date;
    return format(tr("{date} {year}"), { { "date", date }, { "year", std::to_string(local.date.year) } });
}

}

LocalDateTime local_time_of(std::time_t time)
{
    struct tm local { };
    localtime_r(&time, &local);
    return { { local.tm_year + 1900, local.tm_mon + 1, local.tm_mday }, { local.tm_hour * 60 + local.tm_min }, local.tm_sec };
}

std::string when_in_words(std::time_t time, const LocalDateTime& now)
{
    // Shown alone on its line, it starts with a capital as "Today" and "Yesterday" do ("Mardi 10 h").
    // The time itself ("14 h 05", "2:05 pm") with no-break spaces: it never wraps in the middle.
    auto text = when(time, now, [](TimeOfDay clock) {
        std::string kept;
        for (char c : clock_text(clock))
            kept += c == ' ' ? std::string("\u00A0") : std::string(1, c);
        return kept;
    });
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = char(text[0] - 'a' + 'A');
    return text;
}

std::string when_spoken(std::time_t time, const LocalDateTime& now)
{
    return when(time, now, spoken_clock_text);
}

const Contact* contact_for(const std::vector<Contact>& contacts, const std::string& address)
{
    if (address.empty())
        return nullptr;
    auto wanted = ascii_lowercase(address);
    for (auto& contact : contacts)
        if (!contact.email.empty() && ascii_lowercase(contact.email) == wanted)
            return &contact;
    return nullptr;
}

std::vector<const Contact*> contacts_with_email(const std::vector<Contact>& contacts)
{
    std::vector<const Contact*> out;
    for (auto& contact : contacts)
        if (!contact.email.empty())
            out.push_back(&contact);
    return out;
}

std::string sender_name(const MailAddress& from, const Contact* contact)
{
    if (contact)
        return contact->name;
    if (!from.name.empty())
        return from.name;
    if (!from.address.empty())
        return from.address;
    return tr("Unknown sender");
}

std::vector<InboxItem> arrange_inbox(const std::vector<Envelope>& envelopes, const std::vector<Contact>& contacts)
{
    std::vector<InboxItem> family, others;
    for (size_t i = envelopes.size(); i-- > 0;) {
        auto* contact = contact_for(contacts, envelopes[i].from.address);
        (contact ? family : others).push_back({ InboxItem::Kind::Message, i, contact });
    }
    // Newest first by arrival (the server's UIDs grow as messages arrive), not by the Date header the sender's
    // computer wrote: what just came is at the top, where the voice announcing it says it is.
    auto newest_first = [&](const InboxItem& a, const InboxItem& b) { return envelopes[a.envelope].uid > envelopes[b.envelope].uid; };
    std::stable_sort(family.begin(), family.end(), newest_first);
    std::stable_sort(others.begin(), others.end(), newest_first);
    if (!others.empty()) {
        family.push_back({ InboxItem::Kind::OthersHeading, 0, nullptr });
        family.insert(family.end(), others.begin(), others.end());
    }
    return family;
}

std::string subject_text(const std::string& subject)
{
    return subject.empty() ? tr("(no subject)") : subject;
}

std::string as_sentence(const std::string& words)
{
    auto end = words.find_last_not_of(" \t\r\n\u00a0\"')»”");
    if (end == std::string::npos)
        return words;
    auto last = words.substr(0, end + 1);
    for (std::string_view stop : { ".", "!", "?", "…", ":" })
        if (last.ends_with(stop))
            return words;
    return words + ".";
}

std::string row_speech(const Envelope& envelope, const Contact* contact, const LocalDateTime& now)
{
    auto text = as_sentence(format(tr("From {name}, {when}: {subject}"),
        { { "name", sender_name(envelope.from, contact) }, { "when", when_spoken(envelope.date, now) }, { "subject", subject_text(envelope.subject) } }));
    if (!envelope.seen)
        text += " " + tr("Not read yet.");
    return text;
}

std::string scam_warning()
{
    return tr("Not from your family: never click a link, never send money or a code. When in doubt, call for help.");
}

std::string subject_from_text(const std::string& text, size_t photos, size_t documents, const std::string& senior_name)
{
    // The first line, cut at a word near 60 characters: what the family sees in their inbox.
    auto start = text.find_first_not_of(" \n\t");
    if (start != std::string::npos) {
        auto line = text.substr(start, text.find('\n', start) - start);
        // Counted in characters, not bytes: "é" is two bytes and one letter.
        size_t characters = 0, sixty = line.size();
        for (size_t i = 0; i < line.size(); ++i) {
            if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80)
                continue;
            if (characters == 60)
                sixty = i;
            ++characters;
        }
        if (characters > 60) {
            auto cut = line.rfind(' ', sixty);
            line = line.substr(0, cut == std::string::npos || cut < 20 ? sixty : cut) + "…";
        }
        return line;
    }
    FormatArgs args { { "name", senior_name } };
    if (photos > 0 && documents == 0)
        return format(photos == 1 ? tr("A photo from {name}") : tr("Photos from {name}"), args);
    if (documents > 0 && photos == 0)
        return format(documents == 1 ? tr("A document from {name}") : tr("Documents from {name}"), args);
    return format(tr("A message from {name}"), args);
}

}
