// Any bytes as a .mo catalog: read or refused, never a crash or a read past the end.
#include "shell/core/i18n/catalog.hpp"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto catalog = Foyer::i18n::Catalog::parse(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!catalog.is_error()) {
        (void)catalog.value().find("month", "May");
        (void)catalog.value().find_plural("one tile", 1);
    }
    return 0;
}
