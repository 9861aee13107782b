// Escaping and the page frame shared by every console page.
#include "html.hpp"

#include <cctype>

namespace Foyer::Helpdesk {

std::string escape_html(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string url_encode(std::string_view value)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : value) {
        auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

std::string fill(
    std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values)
{
    std::string out(pattern);
    for (auto& [name, value] : values) {
        std::string placeholder = "{" + std::string(name) + "}";
        for (auto at = out.find(placeholder); at != std::string::npos;
             at = out.find(placeholder, at + value.size()))
            out.replace(at, placeholder.size(), value);
    }
    return out;
}

std::string render_page(const PageFrame& frame, std::string_view title, std::string_view main)
{
    auto language = frame.language;
    Html page;
    page.raw("<!doctype html>\n<html lang=\"")
        .raw(language == Language::French ? "fr" : "en")
        .raw("\">\n<head>\n")
        .raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
             "initial-scale=1\">\n")
        .raw("<title>")
        .text(title)
        .raw(" — ")
        .text(language, Text::AppName)
        .raw("</title>\n")
        .raw("<link rel=\"stylesheet\" href=\"/console/assets/console.css\">\n")
        .raw("<script src=\"/console/assets/console.js\" defer></script>\n</head>\n<body>\n")
        .raw("<a class=\"skip\" href=\"#main\">")
        .text(language, Text::SkipToContent)
        .raw("</a>\n")
        .raw("<header class=\"top\">\n<p class=\"brand\"><a href=\"/console\">")
        .text(language, Text::AppName)
        .raw("</a></p>\n");
    if (!frame.mediator_name.empty()) {
        page.raw("<nav aria-label=\"")
            .text(language, Text::AppName)
            .raw("\"><ul>\n")
            .raw("<li><a href=\"/console\">")
            .text(language, Text::NavEnterCode)
            .raw("</a></li>\n")
            .raw("<li><a href=\"/console/offline\">")
            .text(language, Text::NavOffline)
            .raw("</a></li>\n")
            .raw("<li><a href=\"/console/export\">")
            .text(language, Text::NavExport)
            .raw("</a></li>\n")
            .raw("</ul></nav>\n");
    }
    page.raw("<p class=\"languages\">");
    auto back = escape_html(url_encode(frame.path.empty() ? "/console" : frame.path));
    if (language == Language::French)
        page.raw("<a href=\"/console/language?to=en&amp;back=").raw(back).raw("\" lang=\"en\">English</a>");
    else
        page.raw("<a href=\"/console/language?to=fr&amp;back=").raw(back).raw("\" lang=\"fr\">Français</a>");
    page.raw("</p>\n");
    if (!frame.mediator_name.empty()) {
        page.raw("<form class=\"logout\" method=\"post\" action=\"/console/logout\">")
            .raw("<input type=\"hidden\" name=\"csrf\" value=\"")
            .text(frame.csrf_token)
            .raw("\">")
            .raw("<span>")
            .text(fill(tr(language, Text::LoggedInAs), { { "name", frame.mediator_name } }))
            .raw("</span> ")
            .raw("<button type=\"submit\">")
            .text(language, Text::LogOut)
            .raw("</button></form>\n");
    }
    page.raw("</header>\n<main id=\"main\" tabindex=\"-1\">\n")
        .raw(main)
        .raw("\n</main>\n</body>\n</html>\n");
    return page.take();
}

}
