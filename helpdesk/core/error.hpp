// Errors as values inside the helpdesk: a kind that decides the HTTP status, a plain sentence, a detail.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace Foyer::Helpdesk {

enum class ErrorKind {
    // The request or input is wrong; the message says how (HTTP 400).
    Invalid,
    // Nothing with that name or code exists, or it is not the caller's (HTTP 404).
    NotFound,
    // The request cannot apply to the current state, e.g. a live session that has ended (HTTP 409).
    Conflict,
    // The database or another service is unreachable; trying again later may work (HTTP 503).
    Unavailable,
    // A bug or an unexpected state (HTTP 500).
    Internal,
};

class Error {
public:
    Error(ErrorKind kind, std::string message, std::string detail = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    {
    }

    static Error invalid(std::string message) { return Error(ErrorKind::Invalid, std::move(message)); }
    static Error not_found(std::string message) { return Error(ErrorKind::NotFound, std::move(message)); }
    static Error unavailable(std::string detail)
    {
        return Error(ErrorKind::Unavailable,
            "The helpdesk's database cannot be reached; please try again in a moment.", std::move(detail));
    }

    ErrorKind kind() const { return m_kind; }
    // A plain sentence that can be shown to whoever made the request.
    const std::string& message() const { return m_message; }
    // Technical detail for the server's log only.
    const std::string& detail() const { return m_detail; }

private:
    ErrorKind m_kind;
    std::string m_message;
    std::string m_detail;
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

template<>
class [[nodiscard]] ErrorOr<void> {
public:
    ErrorOr() = default;
    ErrorOr(Error error)
        : m_error(std::move(error))
    {
    }

    bool is_error() const { return m_error.has_value(); }
    const Error& error() const
    {
        assert(is_error());
        return *m_error;
    }
    // For TRY, which treats every ErrorOr alike.
    void release_value() { }

private:
    std::optional<Error> m_error;
};

// Evaluates an expression that yields an ErrorOr: returns its error from the calling function, or gives its
// value. A GNU statement expression, as SerenityOS's TRY; GCC and Clang both have them.
#define TRY(expression)                  \
    ({                                   \
        auto _try_result = (expression); \
        if (_try_result.is_error())      \
            return _try_result.error();  \
        _try_result.release_value();     \
    })

}
