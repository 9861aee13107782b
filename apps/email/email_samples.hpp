// The e-mail screens with sample contents, for --screenshot --screen email.… and docs/screenshots: a
// household with a family, an inbox, messages with photos and documents, a letter being written.
#pragma once

#include "../../shell/core/navigation/app_registry.hpp"
#include "email_step.hpp"

namespace Foyer {

// The sample screens: "email.inbox", "email.others" (where "Other messages" begins), "email.others.next"
// (the page after it), "email.message", "email.photo", "email.files", "email.message.stranger" and
// "email.reply.stranger" (the parcel scam and a reply to it), "email.contacts", "email.write",
// "email.sent", "email.waiting", "email.offline", "email.setup", each with its own
// private app (nothing read from or written to the senior's mail).
std::vector<std::pair<std::string, std::function<std::unique_ptr<Screen>(Services&)>>> email_sample_screens(std::shared_ptr<const EmailHooks>);

// A seaside picture as PNG bytes (variants 0 and 1), for sample photos.
std::string sample_photo(int width, int height, int variant);
// The sample household and inbox (tests use them too).
Settings sample_settings();
MailboxCache sample_inbox(std::time_t now);
std::map<uint32_t, std::string> sample_messages(std::time_t now);

}
