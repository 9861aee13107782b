// Reading foyer.toml's [[contacts]] (the family: name, photo, e-mail address, video call) and [video]
// (the browser those calls open in).
#include "parse_reader.hpp"

namespace Foyer::detail {

// The family's contacts: [[contacts]] sections with a name, a photo, an e-mail address and a video
// call (a room address, or a program to start).
void SettingsReader::read_contacts(const toml::node& node)
{
    auto* array = node.as_array();
    if (!array || !array->is_array_of_tables()) {
        problem(node, N_("Contacts should be written as [[contacts]] sections, one per person."), {});
        return;
    }
    static constexpr std::array<std::pair<std::string_view, VideoKind>, 2> providers { { { "jitsi", VideoKind::Jitsi }, { "web", VideoKind::WebPage } } };
    std::vector<Contact> contacts;
    for (auto&& item : *array) {
        auto& entry = *item.as_table();
        Contact contact;
        std::optional<VideoKind> provider;
        bool usable = true;
        for (auto&& [key, value] : entry) {
            auto name = std::string(key.str());
            if (name == "name" || name == "photo" || name == "email") {
                auto text = string(value, name);
                if (!text)
                    continue;
                if (name == "email" && !text->empty() && !is_mail_address(*text)) {
                    problem(value, N_("\"{value}\" is not an e-mail address, such as \"marie@orange.fr\"."), { { "value", *text } });
                    continue;
                }
                (name == "name" ? contact.name : name == "photo" ? contact.photo
                                                                 : contact.email)
                    = *text;
            } else if (name == "video") {
                if (auto address = web_address(value, name, false)) {
                    contact.video.url = *address;
                } else {
                    usable = false;
                }
            } else if (name == "video_provider") {
                provider = choice(value, name, providers);
                usable = usable && provider.has_value();
            } else if (name == "video_command") {
                auto* words = value.as_array();
                std::vector<std::string> command;
                if (words)
                    for (auto&& word : *words)
                        if (auto text = string(word, name))
                            command.push_back(*text);
                if (!words || command.empty() || command.size() != words->size() || command.front().empty()) {
                    problem(value, N_("\"{key}\" should be a list of words between brackets, the program first, "
                                      "such as [\"linphone\", \"--call\", \"sip:sophie@example.org\"]."),
                        { { "key", name } });
                    usable = false;
                } else {
                    contact.video.command = std::move(command);
                }
            } else {
                unknown(value, name);
            }
        }
        if (contact.name.empty()) {
            problem(entry, N_("Each contact needs a \"name\"."), {});
            continue;
        }
        if (!contact.video.url.empty() && !contact.video.command.empty()) {
            problem(entry, N_("A contact has either \"video\" (an address) or \"video_command\" (a program), not both."), {});
            usable = false;
        }
        if (!contact.video.command.empty())
            contact.video.kind = VideoKind::Command;
        else if (!contact.video.url.empty())
            contact.video.kind = provider.value_or(VideoKind::Jitsi);
        if (!usable)
            continue;
        contacts.push_back(std::move(contact));
    }
    settings().contacts = std::move(contacts);
}

void SettingsReader::read_video(const toml::table& table)
{
    for (auto&& [key, node] : table) {
        auto name = std::string(key.str());
        if (name == "browser") {
            if (auto value = string(node, name); value && !value->empty())
                settings().video.browser = *value;
        } else {
            unknown(node, name);
        }
    }
}

}
