// What a failed VERIFY does: tell, then stop.
#include "verify.hpp"

#include "system/log.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace Foyer {

void verify_failed(const char* expression, const char* file, int line)
{
    std::string text = std::string("VERIFY failed: ") + expression + " (" + file + ":" + std::to_string(line) + ")";
    std::fprintf(stderr, "%s\n", text.c_str());
    std::fflush(stderr);
    log_error(text);
    std::abort();
}

}
