// One libcurl easy handle per message: MAIL FROM, RCPT TO for each recipient, DATA from memory.
#include "smtp_client.hpp"

#include "mail_errors.hpp"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace Foyer {

namespace {

struct Upload {
    std::string_view remaining;
};

size_t on_read(char* buffer, size_t size, size_t count, void* user)
{
    auto& upload = *static_cast<Upload*>(user);
    size_t n = std::min(size * count, upload.remaining.size());
    std::memcpy(buffer, upload.remaining.data(), n);
    upload.remaining.remove_prefix(n);
    return n;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::stop_token*>(user)->stop_requested() ? 1 : 0;
}

}

ErrorOr<void> send_mail(const MailAccount& account, const std::vector<std::string>& recipients, std::string_view message, std::stop_token stop)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (recipients.empty())
        return mail_error(MailFailure::AddressRefused, "no recipient", account.provider_name);
    CURL* curl = curl_easy_init();
    if (!curl)
        return mail_error(MailFailure::Other, "curl_easy_init failed", account.provider_name);
    auto url = server_url(account.smtp, false);
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_USERNAME, account.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, account.password.c_str());
    apply_security(curl, account.smtp, account.ca_file);
    auto from = "<" + account.self.address + ">";
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.c_str());
    curl_slist* rcpt = nullptr;
    for (auto& recipient : recipients)
        rcpt = curl_slist_append(rcpt, ("<" + recipient + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    Upload upload { message };
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, on_read);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 20000L);
    // A large photo on a slow line takes time; a connection that moves nothing for a minute is dead.
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 60L);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &stop);
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK)
        return {};
    std::string why = url + ": " + curl_easy_strerror(code) + (detail[0] ? std::string(" (") + detail + ")" : "") + ", last reply " + std::to_string(reply);
    auto failure = failure_for_curl_code(code);
    if (failure == MailFailure::Other || code == CURLE_SEND_ERROR) {
        // The server answered, and said no: its reply code says why.
        if (reply == 552 || reply == 523)
            failure = MailFailure::TooBig;
        else if (reply >= 500 && std::strstr(detail, "RCPT"))
            failure = MailFailure::AddressRefused;
        else if (reply == 535 || reply == 534)
            failure = MailFailure::WrongPassword;
        else if (reply >= 400 && reply < 500)
            failure = MailFailure::ServerBusy;
        else if (reply >= 500)
            failure = MailFailure::Other;
    }
    return mail_error(failure, why, account.provider_name);
}

}
