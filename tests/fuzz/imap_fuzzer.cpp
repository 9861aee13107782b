// Any bytes as what an IMAP server says: cut into answers as they arrive, each read, every FETCH read into
// an inbox row. Never a crash or a hang, and every malformed answer an error that says what is wrong.
#include "apps/email/imap_parser.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void check(const Foyer::ErrorOr<Foyer::ImapResponse>& response)
{
    if (response.is_error()) {
        if (response.error().detail().empty())
            std::abort();
        return;
    }
    auto& answer = response.value();
    if (!Foyer::is_fetch(answer))
        return;
    auto fetched = Foyer::read_fetch(answer);
    if (fetched.is_error() && fetched.error().detail().empty())
        std::abort();
}

}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // In two pieces, as a network read may cut it anywhere: the stream must find the same answers.
    Foyer::ImapStream stream;
    stream.feed(bytes.substr(0, size / 2));
    size_t answers = 0;
    while (auto response = stream.next()) {
        check(*response);
        if (++answers > size)
            std::abort(); // more answers than bytes: the stream does not move on
    }
    stream.feed(bytes.substr(size / 2));
    while (auto response = stream.next()) {
        check(*response);
        if (++answers > size)
            std::abort();
    }
    check(Foyer::parse_imap_response(bytes));
    return 0;
}
