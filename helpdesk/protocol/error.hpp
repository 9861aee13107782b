// Errors as values for the shared report format: a plain English sentence that says what to fix.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace Foyer::Protocol {

// Why some bytes are not a valid report, code or upload. The message is written for the person who reads
// the device's log or the API response, so it names the field and says what was expected.
class Error {
public:
    explicit Error(std::string message)
        : m_message(std::move(message))
    {
    }

    const std::string& message() const { return m_message; }

private:
    std::string m_message;
};

template<typename T>
class [[nodiscard]] ErrorOr {
public:
    ErrorOr(T value)
        : m_value(std::move(value))
    {
    }
    ErrorOr(Error error)
        : m_value(std::move(error))
    {
    }

    bool is_error() const { return std::holds_alternative<Error>(m_value); }
    const Error& error() const
    {
        assert(is_error());
        return std::get<Error>(m_value);
    }
    T& value() &
    {
        assert(!is_error());
        return std::get<T>(m_value);
    }
    const T& value() const&
    {
        assert(!is_error());
        return std::get<T>(m_value);
    }
    // From a temporary, the value itself: `for (auto& x : store.cases().value())` then stays valid,
    // where a reference into the temporary would dangle.
    T value() &&
    {
        assert(!is_error());
        return std::get<T>(std::move(m_value));
    }
    T release_value() { return std::get<T>(std::move(m_value)); }

private:
    std::variant<T, Error> m_value;
};

}
