// Reading database URLs and the values of result rows; the backends live in sqlite_database.cpp and
// postgres_database.cpp.
#include "database.hpp"

#include <charconv>

namespace Foyer::Helpdesk {

SqlValue nullable(const std::optional<int64_t>& value)
{
    if (value)
        return *value;
    return std::monostate {};
}

bool SqlRow::is_null(size_t column) const
{
    return std::holds_alternative<std::monostate>(m_values.at(column));
}

int64_t SqlRow::integer(size_t column) const
{
    return optional_integer(column).value_or(0);
}

std::optional<int64_t> SqlRow::optional_integer(size_t column) const
{
    auto& value = m_values.at(column);
    if (auto* number = std::get_if<int64_t>(&value))
        return *number;
    if (auto* text = std::get_if<std::string>(&value)) {
        int64_t number = 0;
        auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), number);
        if (error == std::errc())
            return number;
    }
    return std::nullopt;
}

std::string SqlRow::text(size_t column) const
{
    auto& value = m_values.at(column);
    if (auto* text = std::get_if<std::string>(&value))
        return *text;
    if (auto* blob = std::get_if<Blob>(&value))
        return blob->bytes;
    if (auto* number = std::get_if<int64_t>(&value))
        return std::to_string(*number);
    return {};
}

ErrorOr<DatabaseUrl> parse_database_url(std::string_view url)
{
    if (url.starts_with("sqlite:")) {
        auto path = url.substr(7);
        if (path.starts_with("//"))
            path.remove_prefix(2);
        if (path.empty())
            return Error::invalid("The SQLite database needs a file: --db sqlite:/var/lib/foyer/helpdesk.db");
        return DatabaseUrl { Dialect::Sqlite, std::string(path) };
    }
    if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
        return DatabaseUrl { Dialect::Postgres, std::string(url) };
    return Error::invalid("The database must be sqlite:PATH or postgresql://USER@HOST/NAME.");
}

ErrorOr<std::unique_ptr<Database>> Database::open(std::string_view url, size_t connections)
{
    auto parsed = TRY(parse_database_url(url));
    if (parsed.dialect == Dialect::Sqlite)
        return make_sqlite_database(parsed.location, connections);
    return make_postgres_database(parsed.location, connections);
}

}
