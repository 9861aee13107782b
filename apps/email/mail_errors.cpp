// One sentence per failure; the failure is recognised by its sentence (msgid), which is unique.
#include "mail_errors.hpp"

#include "../../shell/core/i18n/translate.hpp"

#include <array>
#include <cstring>
#include <curl/curl.h>

namespace Foyer {

namespace {

struct Sentence {
    MailFailure failure;
    const char* msgid;
};

constexpr std::array sentences {
    Sentence { MailFailure::NoNetwork, N_("The internet is not working right now.") },
    Sentence { MailFailure::WrongPassword, N_("{provider} refused the e-mail password. Your family must check it in Foyer's settings; call for help if you need.") },
    Sentence { MailFailure::NoPassword, N_("The e-mail password has not been given to Foyer yet. Your family must set it up; call for help if you need.") },
    Sentence { MailFailure::PasswordFileOpen, N_("The file with the e-mail password can be read by others, so Foyer does not use it. Your family must make it private (chmod 600).") },
    Sentence { MailFailure::Certificate, N_("{provider} could not prove it is really {provider}, so Foyer stopped to keep your messages safe. Call for help.") },
    Sentence { MailFailure::TooBig, N_("{provider} refused this e-mail because it is too big. Remove a photo or a document and send it in another e-mail.") },
    Sentence { MailFailure::AddressRefused, N_("{provider} refused the address this e-mail was going to. Your family should check it.") },
    Sentence { MailFailure::ServerBusy, N_("{provider} is busy right now.") },
    Sentence { MailFailure::NotSetUp, N_("E-mail is not set up on this computer yet. Your family can set it up in Foyer's settings.") },
    Sentence { MailFailure::Stopped, N_("Foyer is stopping.") },
    Sentence { MailFailure::Other, N_("{provider} did not accept the request. Try again later, or call for help.") },
};

}

Error mail_error(MailFailure failure, std::string detail, const std::string& provider)
{
    for (auto& sentence : sentences) {
        if (sentence.failure == failure) {
            // The provider's name is filled in when the sentence is shown, in the language of that moment.
            return Error::plain(sentence.msgid, { { "provider", provider.empty() ? tr("Your e-mail provider") : provider } }, std::move(detail));
        }
    }
    return Error::plain(N_("{provider} did not accept the request. Try again later, or call for help."), { { "provider", provider } }, std::move(detail));
}

MailFailure mail_failure(const Error& error)
{
    for (auto& sentence : sentences)
        if (error.msgid() == sentence.msgid || std::strcmp(error.msgid(), sentence.msgid) == 0)
            return sentence.failure;
    return MailFailure::Other;
}

bool is_temporary(MailFailure failure)
{
    return failure == MailFailure::NoNetwork || failure == MailFailure::ServerBusy;
}

MailFailure failure_for_curl_code(int code)
{
    switch (CURLcode(code)) {
    case CURLE_LOGIN_DENIED:
        return MailFailure::WrongPassword;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return MailFailure::NoNetwork;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_USE_SSL_FAILED:
        return MailFailure::Certificate;
    case CURLE_ABORTED_BY_CALLBACK:
        return MailFailure::Stopped;
    default:
        return MailFailure::Other;
    }
}

}
