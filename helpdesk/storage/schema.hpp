// Creating and upgrading the helpdesk's tables in SQLite or PostgreSQL.
#pragma once

#include "database.hpp"

namespace Foyer::Helpdesk {

constexpr int64_t current_schema_version = 2;

// Brings the database to the current schema; safe to run at every start and from several servers at once.
ErrorOr<void> migrate(Database&);

}
