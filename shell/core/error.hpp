// Errors as values: a plain-language message (a gettext msgid with named arguments) and a technical detail.
#pragma once

#include "i18n/format.hpp"
#include "i18n/mark.hpp"
#include "verify.hpp"

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace Foyer {

// An error a person may meet. The message is kept untranslated and is translated when it is shown, so an
// error created before the language is known (while reading the settings) is still shown in the right one.
class Error {
public:
    // `msgid` must be marked for translation with N_() where it is written.
    static Error plain(const char* msgid, FormatArgs args = {}, std::string detail = {})
    {
        return Error(msgid, std::move(args), std::move(detail));
    }

    // The message in the current language, arguments filled in.
    std::string message() const;
    const char* msgid() const { return m_msgid; }
    const FormatArgs& args() const { return m_args; }
    // Technical detail for the log; never shown to a senior.
    const std::string& detail() const { return m_detail; }

private:
    Error(const char* msgid, FormatArgs args, std::string detail)
        : m_msgid(msgid)
        , m_args(std::move(args))
        , m_detail(std::move(detail))
    {
    }

    const char* m_msgid;
    FormatArgs m_args;
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
        VERIFY(is_error());
        return std::get<Error>(m_value);
    }
    T& value()
    {
        VERIFY(!is_error());
        return std::get<T>(m_value);
    }
    const T& value() const
    {
        VERIFY(!is_error());
        return std::get<T>(m_value);
    }
    T release_value() { return std::move(value()); }

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
        VERIFY(is_error());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

}
