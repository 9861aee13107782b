// libcurl easy interface, one handle per request; progress callback for the stop token.
#include "http.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

namespace Foyer {

namespace {

void global_init()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t on_body(char* data, size_t size, size_t count, void* user)
{
    static_cast<std::string*>(user)->append(data, size * count);
    return size * count;
}

size_t on_header(char* data, size_t size, size_t count, void* user)
{
    std::string line(data, size * count);
    auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        std::string value = line.substr(colon + 1);
        auto first = value.find_first_not_of(" \t");
        auto last = value.find_last_not_of(" \t\r\n");
        value = first == std::string::npos ? "" : value.substr(first, last - first + 1);
        (*static_cast<std::map<std::string, std::string>*>(user))[name] = value;
    }
    return size * count;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::stop_token*>(user)->stop_requested() ? 1 : 0;
}

std::string host_of(const std::string& url)
{
    auto scheme = url.find("://");
    if (scheme == std::string::npos)
        return {};
    auto rest = url.substr(scheme + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (auto at = rest.rfind('@'); at != std::string::npos)
        rest = rest.substr(at + 1);
    if (!rest.empty() && rest[0] == '[')
        return rest.substr(1, rest.find(']') - 1);
    return rest.substr(0, rest.find(':'));
}

}

bool is_loopback_url(const std::string& url)
{
    auto host = host_of(url);
    return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

std::variant<HttpResponse, HttpError> http_request(const HttpRequest& request, std::stop_token stop)
{
    global_init();
    auto started = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    };
    bool https = request.url.rfind("https://", 0) == 0;
    if (!https && !(request.url.rfind("http://", 0) == 0 && is_loopback_url(request.url)))
        return HttpError { HttpFailure::Other, "refused: only https:// leaves this computer (" + request.url + ")", {} };

    CURL* curl = curl_easy_init();
    if (!curl)
        return HttpError { HttpFailure::Other, "curl_easy_init failed", {} };
    HttpResponse response;
    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!request.ca_path.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, request.ca_path.c_str());
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(request.timeout.count()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(request.connect_timeout.count()));
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, request.follow_redirects ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Foyer");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &stop);

    curl_slist* headers = nullptr;
    for (auto& header : request.headers)
        headers = curl_slist_append(headers, header.c_str());
    if (headers)
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    curl_mime* mime = nullptr;
    if (!request.parts.empty()) {
        mime = curl_mime_init(curl);
        for (auto& part : request.parts) {
            auto* field = curl_mime_addpart(mime);
            curl_mime_name(field, part.name.c_str());
            curl_mime_data(field, part.content.data(), part.content.size());
            if (!part.content_type.empty())
                curl_mime_type(field, part.content_type.c_str());
            if (!part.filename.empty())
                curl_mime_filename(field, part.filename.c_str());
        }
        curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);
    } else if (request.method == "POST" || request.method == "PUT") {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    }
    if (request.method == "HEAD")
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    else if (request.method != "GET" && request.method != "POST")
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());

    CURLcode code = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    if (mime)
        curl_mime_free(mime);
    if (headers)
        curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    response.elapsed = elapsed();

    if (code == CURLE_OK)
        return response;
    HttpFailure failure = HttpFailure::Other;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        failure = HttpFailure::Resolve;
        break;
    case CURLE_COULDNT_CONNECT:
        failure = HttpFailure::Connect;
        break;
    case CURLE_OPERATION_TIMEDOUT:
        failure = HttpFailure::Timeout;
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        failure = HttpFailure::Certificate;
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        failure = HttpFailure::Stopped;
        break;
    default:
        break;
    }
    return HttpError { failure, curl_easy_strerror(code), response.elapsed };
}

}
