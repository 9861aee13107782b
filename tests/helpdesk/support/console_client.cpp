// Cookie handling and form posting for the console test client.
#include "console_client.hpp"

#include <regex>

namespace Foyer::Testing {

std::string form_encode(const std::map<std::string, std::string>& fields)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (auto& [key, value] : fields) {
        if (!out.empty())
            out += '&';
        for (auto* text : { &key, &value }) {
            for (char c : *text) {
                auto byte = static_cast<unsigned char>(c);
                if (std::isalnum(byte) || c == '-' || c == '_' || c == '.')
                    out += c;
                else {
                    out += '%';
                    out += hex[byte >> 4];
                    out += hex[byte & 15];
                }
            }
            if (text == &key)
                out += '=';
        }
    }
    return out;
}

std::optional<std::string> csrf_in(const std::string& html)
{
    static const std::regex field(R"re(name="csrf" value="([^"]+)")re");
    std::smatch match;
    if (std::regex_search(html, match, field))
        return match[1].str();
    return std::nullopt;
}

ConsoleClient::ConsoleClient(int port, std::string accept_language)
    : m_client("127.0.0.1", port)
    , m_accept_language(std::move(accept_language))
{
    m_client.set_read_timeout(60, 0);
}

httplib::Headers ConsoleClient::request_headers() const
{
    httplib::Headers headers { { "Accept-Language", m_accept_language } };
    std::string cookie;
    for (auto& [name, value] : m_cookies) {
        if (!cookie.empty())
            cookie += "; ";
        cookie += name + "=" + value;
    }
    if (!cookie.empty())
        headers.emplace("Cookie", cookie);
    return headers;
}

void ConsoleClient::remember(const HttpReply& reply)
{
    for (auto [it, end] = reply.headers.equal_range("Set-Cookie"); it != end; ++it) {
        auto& header = it->second;
        auto equals = header.find('=');
        auto semicolon = header.find(';');
        auto name = header.substr(0, equals);
        auto value = header.substr(equals + 1, semicolon - equals - 1);
        if (value.empty() || header.find("Max-Age=0") != std::string::npos)
            m_cookies.erase(name);
        else
            m_cookies[name] = value;
    }
    if (auto token = csrf_in(reply.body))
        m_csrf = *token;
}

HttpReply ConsoleClient::get(const std::string& path)
{
    auto reply = reply_from(m_client.Get(path, request_headers()));
    remember(reply);
    return reply;
}

HttpReply ConsoleClient::post_form(const std::string& path, std::map<std::string, std::string> fields)
{
    if (!fields.contains("csrf") && !m_csrf.empty())
        fields["csrf"] = m_csrf;
    auto reply = reply_from(
        m_client.Post(path, request_headers(), form_encode(fields), "application/x-www-form-urlencoded"));
    remember(reply);
    return reply;
}

bool ConsoleClient::log_in(const std::string& name, const std::string& password)
{
    if (get("/console/login").status != 200)
        return false;
    auto reply = post_form("/console/login", { { "name", name }, { "password", password } });
    return reply.status == 303 && reply.header("Location") == "/console";
}

HttpReply ConsoleClient::follow(const HttpReply& reply)
{
    return get(reply.header("Location"));
}

}
