// Logging in once to each server with libcurl (CONNECT_ONLY stops after the login: nothing is read or
// sent), and telling apart what a family can fix.
#include "account_test.hpp"

#include "../../shell/core/i18n/translate.hpp"

#include <curl/curl.h>

#include <mutex>
#include <netdb.h>

namespace Foyer {

namespace {

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::stop_token*>(user)->stop_requested() ? 1 : 0;
}

struct Login {
    CURLcode code { CURLE_OK };
    std::string detail;
};

Login log_in(const MailAccount& account, bool imap, std::stop_token stop)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    auto& server = imap ? account.imap : account.smtp;
    CURL* curl = curl_easy_init();
    if (!curl)
        return { CURLE_FAILED_INIT, "curl_easy_init failed" };
    auto url = server_url(server, imap);
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_USERNAME, account.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, account.password.c_str());
    apply_security(curl, server, account.ca_file);
    // Connect, secure, greet and log in, then stop: IMAP's LOGIN and SMTP's AUTH both happen before.
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 15000L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 30000L);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &stop);
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    curl_easy_cleanup(curl);
    return { code, url + ": " + curl_easy_strerror(code) + (error[0] ? std::string(" (") + error + ")" : "") + ", last reply " + std::to_string(reply) };
}

AccountVerdict verdict_for(CURLcode code, const InternetProbe& internet)
{
    switch (code) {
    case CURLE_OK:
        return AccountVerdict::Works;
    case CURLE_LOGIN_DENIED:
        return AccountVerdict::WrongPassword;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        // A name nobody knows, or nothing answering, is the server's address when the rest of the
        // internet answers; otherwise it is the internet.
        return internet && internet() ? AccountVerdict::ServerNotFound : AccountVerdict::NoInternet;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_USE_SSL_FAILED:
        return AccountVerdict::Certificate;
    default:
        return AccountVerdict::Other;
    }
}

}

bool internet_answers()
{
    for (const char* name : { "debian.org", "wikipedia.org" }) {
        addrinfo hints {};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        if (getaddrinfo(name, "443", &hints, &found) == 0) {
            freeaddrinfo(found);
            return true;
        }
    }
    return false;
}

AccountTestResult test_mail_server(const MailAccount& account, bool sending, std::stop_token stop, const InternetProbe& internet)
{
    AccountTestResult result;
    auto login = log_in(account, !sending, stop);
    auto& server = sending ? account.smtp : account.imap;
    result.about_sending = sending;
    result.host = server.host + ":" + std::to_string(server.port);
    result.detail = login.detail;
    result.verdict = verdict_for(login.code, internet);
    return result;
}

AccountTestResult test_mail_account(const MailAccount& account, std::stop_token stop, const InternetProbe& internet)
{
    auto receiving = test_mail_server(account, false, stop, internet);
    if (receiving.verdict != AccountVerdict::Works)
        return receiving;
    auto sending = test_mail_server(account, true, stop, internet);
    sending.detail = receiving.detail + "; " + sending.detail;
    return sending;
}

std::string account_test_text(const AccountTestResult& result, const std::string& provider)
{
    auto server = result.about_sending ? tr("the server for sending") : tr("the server for receiving");
    switch (result.verdict) {
    case AccountVerdict::Works:
        return format(tr("It works: {provider} accepted the address and the password, for receiving and for sending."),
            { { "provider", provider } });
    case AccountVerdict::WrongPassword:
        return format(tr("Wrong password: {provider} refused it. Check the address and type the password again, paying attention to "
                         "capital letters."),
            { { "provider", provider } });
    case AccountVerdict::ServerNotFound:
        return format(tr("Server not found: nothing answers at {host}, {server}. Check its name and port with the provider."),
            { { "host", result.host }, { "server", server } });
    case AccountVerdict::NoInternet:
        return tr("No internet: this computer cannot reach the e-mail provider. Check the internet connection (the box, the cable "
                  "or the Wi-Fi), then test again.");
    case AccountVerdict::Certificate:
        return format(tr("{provider} could not prove it is really {provider}, so Foyer stopped. Check the server names with the "
                         "provider."),
            { { "provider", provider } });
    case AccountVerdict::Other:
        break;
    }
    return format(tr("{provider} did not accept the test. Check the address, the provider and the password, then test again."),
        { { "provider", provider } });
}

}
