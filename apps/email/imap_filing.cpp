// LIST, SEARCH HEADER Message-ID, APPEND and UID STORE over an ImapSession.
#include "imap_filing.hpp"

#include "mail_errors.hpp"

#include "../../shell/core/system/log.hpp"

#include <algorithm>
#include <cctype>

namespace Foyer {

namespace {

bool same_name(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

// The names providers give the Sent folder when they do not mark it, most common first; French ones in
// modified UTF-7 as LIST sends them ("Envoyés", "Éléments envoyés").
constexpr const char* usual_sent_names[] = { "Sent", "Sent Messages", "Sent Items", "Envoy&AOk-s", "&AMk-l&AOk-ments envoy&AOk-s", "INBOX.Sent",
    "INBOX/Sent", "INBOX.Sent Messages", "INBOX.Envoy&AOk-s" };

ErrorOr<std::vector<ListedFolder>> list_folders(ImapSession& session, std::string_view command)
{
    std::vector<ListedFolder> folders;
    auto listed = session.run(command, [&](const ImapResponse& r) {
        if (auto folder = read_list(r))
            folders.push_back(std::move(*folder));
    });
    if (listed.is_error())
        return listed.error();
    return folders;
}

ErrorOr<bool> supports(ImapSession& session, std::string_view capability)
{
    bool found = false;
    auto asked = session.run("CAPABILITY", [&](const ImapResponse& r) {
        if (r.values.empty() || !r.values[0].is_atom("CAPABILITY"))
            return;
        for (auto& value : r.values)
            found = found || value.is_atom(capability);
    });
    if (asked.is_error())
        return asked.error();
    return found;
}

ErrorOr<std::string> sent_folder(ImapSession& session)
{
    auto folders = list_folders(session, "LIST \"\" \"*\"");
    if (folders.is_error())
        return folders.error();
    auto chosen = choose_sent_folder(folders.value());
    bool marked = chosen && std::any_of(folders.value().begin(), folders.value().end(), [&](auto& f) { return f.name == *chosen && has_flag(f.attributes, "\\Sent"); });
    if (!marked) {
        // Some servers give the special-use attributes only when asked for them (RFC 6154 LIST-EXTENDED).
        auto special = supports(session, "SPECIAL-USE");
        auto extended = !special.is_error() && special.value() ? list_folders(session, "LIST (SPECIAL-USE) \"\" \"*\"") : std::vector<ListedFolder> {};
        if (!extended.is_error())
            for (auto& folder : extended.value())
                if (has_flag(folder.attributes, "\\Sent")) {
                    chosen = folder.name;
                    break;
                }
    }
    if (chosen)
        return *chosen;
    log_info("email: the account has no Sent folder; making one named Sent");
    if (auto made = session.run("CREATE \"Sent\""); made.is_error())
        return made.error();
    (void)session.run("SUBSCRIBE \"Sent\"");
    return std::string("Sent");
}

}

std::optional<ListedFolder> read_list(const ImapResponse& response)
{
    auto& v = response.values;
    if (response.tag != "*" || v.size() < 4 || !v[0].is_atom("LIST") || v[1].kind != ImapValue::Kind::List)
        return std::nullopt;
    ListedFolder folder;
    for (auto& attribute : v[1].items)
        folder.attributes.push_back(attribute.text);
    folder.name = v[3].text;
    if (folder.name.empty() || has_flag(folder.attributes, "\\Noselect") || has_flag(folder.attributes, "\\NonExistent"))
        return std::nullopt;
    return folder;
}

std::optional<std::string> choose_sent_folder(const std::vector<ListedFolder>& folders)
{
    for (auto& folder : folders)
        if (has_flag(folder.attributes, "\\Sent"))
            return folder.name;
    for (auto* name : usual_sent_names)
        for (auto& folder : folders)
            if (same_name(folder.name, name))
                return folder.name;
    return std::nullopt;
}

ErrorOr<std::vector<uint32_t>> search_message_id(ImapSession& session, std::string_view message_id)
{
    std::vector<uint32_t> uids;
    auto searched = session.run("UID SEARCH HEADER Message-ID " + imap_quote(message_id), [&](const ImapResponse& r) {
        if (r.values.empty() || !r.values[0].is_atom("SEARCH"))
            return;
        for (size_t i = 1; i < r.values.size(); ++i)
            if (auto uid = std::strtoul(r.values[i].text.c_str(), nullptr, 10); uid > 0)
                uids.push_back(uint32_t(uid));
    });
    if (searched.is_error())
        return searched.error();
    return uids;
}

ErrorOr<void> append_to_sent(ImapSession& session, std::string_view message, std::string_view message_id)
{
    auto folder = sent_folder(session);
    if (folder.is_error())
        return folder.error();
    if (!message_id.empty()) {
        if (auto selected = session.select(folder.value()); selected.is_error())
            return selected.error();
        auto found = search_message_id(session, message_id);
        if (found.is_error())
            return found.error();
        if (!found.value().empty()) {
            log_info("email: " + std::string(message_id) + " is already in " + folder.value());
            return {};
        }
    }
    return session.append(folder.value(), message, "\\Seen");
}

ErrorOr<void> mark_answered(ImapSession& session, const MailFiling& filing)
{
    auto status = session.select("INBOX");
    if (status.is_error())
        return status.error();
    std::vector<uint32_t> uids;
    if (filing.answering_uid != 0 && filing.answering_uidvalidity == status.value().uidvalidity) {
        uids.push_back(filing.answering_uid);
    } else if (!filing.answering.empty()) {
        auto found = search_message_id(session, filing.answering);
        if (found.is_error())
            return found.error();
        uids = std::move(found.value());
    }
    if (uids.empty()) {
        log_info("email: the message answered (" + filing.answering + ") is no longer in the inbox");
        return {};
    }
    std::string set;
    for (auto uid : uids)
        set += (set.empty() ? "" : ",") + std::to_string(uid);
    return session.run("UID STORE " + set + " +FLAGS.SILENT (\\Answered)");
}

}
