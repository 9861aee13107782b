// Building HTML with escaping as the default: text goes through text(), literal markup through raw().
#pragma once

#include "strings.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace Foyer::Helpdesk {

// Escapes & < > " ' so that any value is safe in element content and in quoted attributes.
std::string escape_html(std::string_view);

// Percent-encodes everything but unreserved characters, for a value in a URL's query.
std::string url_encode(std::string_view);

// Replaces "{name}" placeholders by values (plain text: escape the result where it goes into HTML).
std::string fill(
    std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> values);

class Html {
public:
    // Markup written in this program's source, never data.
    Html& raw(std::string_view markup)
    {
        m_out += markup;
        return *this;
    }
    // Anything else: report values, names, notes, translations.
    Html& text(std::string_view value)
    {
        m_out += escape_html(value);
        return *this;
    }
    Html& text(Language language, Text key) { return text(tr(language, key)); }

    const std::string& str() const { return m_out; }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

struct PageFrame {
    Language language { Language::English };
    // The logged-in mediator, or empty on the login page.
    std::string mediator_name;
    std::string csrf_token;
    // For the language links to come back to the same page.
    std::string path;
};

// The whole document around `main`: header with navigation and logout, skip link, language switch.
std::string render_page(const PageFrame&, std::string_view title, std::string_view main);

}
