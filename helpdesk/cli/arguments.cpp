// Parsing argv by consuming what each command knows and complaining about the rest.
#include "arguments.hpp"

#include <charconv>

namespace Foyer::Helpdesk {

Arguments::Arguments(int argc, char** argv)
{
    for (int i = 0; i < argc; ++i)
        m_words.emplace_back(argv[i]);
    m_used.assign(m_words.size(), false);
}

std::optional<std::string> Arguments::option(const std::string& name)
{
    for (size_t i = 0; i < m_words.size(); ++i) {
        if (m_used[i])
            continue;
        if (m_words[i] == name && i + 1 < m_words.size()) {
            m_used[i] = m_used[i + 1] = true;
            return m_words[i + 1];
        }
        if (m_words[i].starts_with(name + "=")) {
            m_used[i] = true;
            return m_words[i].substr(name.size() + 1);
        }
    }
    return std::nullopt;
}

bool Arguments::flag(const std::string& name)
{
    for (size_t i = 0; i < m_words.size(); ++i) {
        if (!m_used[i] && m_words[i] == name) {
            m_used[i] = true;
            return true;
        }
    }
    return false;
}

ErrorOr<std::optional<long long>> Arguments::number(
    const std::string& name, long long minimum, long long maximum)
{
    auto text = option(name);
    if (!text)
        return std::optional<long long> {};
    long long value = 0;
    auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || value < minimum || value > maximum)
        return Error::invalid(name + " must be a whole number from " + std::to_string(minimum) + " to "
            + std::to_string(maximum) + ".");
    return std::optional<long long> { value };
}

std::vector<std::string> Arguments::positional()
{
    std::vector<std::string> out;
    for (size_t i = 0; i < m_words.size(); ++i) {
        if (!m_used[i] && !m_words[i].starts_with("--")) {
            m_used[i] = true;
            out.push_back(m_words[i]);
        }
    }
    return out;
}

ErrorOr<void> Arguments::check_all_used() const
{
    for (size_t i = 0; i < m_words.size(); ++i)
        if (!m_used[i])
            return Error::invalid("Unknown argument: " + m_words[i] + " (see foyer-helpdesk --help).");
    return {};
}

}
