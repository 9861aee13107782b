// Any bytes as an upload body: the multipart reader, the PNG check and bounded inflation never crash and
// never hand out more than they were given or allowed.
#include "helpdesk/core/gzip.hpp"
#include "helpdesk/core/multipart.hpp"
#include "helpdesk/core/png.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Foyer::Helpdesk;
    std::string_view body(reinterpret_cast<const char*>(data), size);
    auto parts = parse_multipart(body, "B");
    if (!parts.is_error()) {
        if (parts.value().size() > max_multipart_parts)
            std::abort();
        for (auto& part : parts.value()) {
            if (part.content.data() < body.data()
                || part.content.data() + part.content.size() > body.data() + body.size())
                std::abort();
            (void)inspect_png(part.content);
        }
    }
    (void)inspect_png(body);
    auto inflated = inflate_limited(body, 1 << 20);
    if (inflated.data.size() > (1 << 20) || (inflated.status != InflateStatus::Ok && !inflated.data.empty()))
        std::abort();
    return 0;
}
