// VERIFY: an invariant checked in every build, release included (NDEBUG removes assert, never this).
#pragma once

namespace Foyer {

// Says which check failed and where, on standard error and in Foyer's log, then aborts: a broken
// invariant is a bug, and going on would hide it (the supervisor restarts Foyer).
[[noreturn]] void verify_failed(const char* expression, const char* file, int line);

}

#define VERIFY(expression)                                           \
    do {                                                             \
        if (!static_cast<bool>(expression)) [[unlikely]]             \
            ::Foyer::verify_failed(#expression, __FILE__, __LINE__); \
    } while (0)

#define VERIFY_NOT_REACHED() ::Foyer::verify_failed("not reached", __FILE__, __LINE__)
