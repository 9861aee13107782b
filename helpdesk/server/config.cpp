// Parsing the listen address and reading the secret files `serve` is given.
#include "config.hpp"

#include "helpdesk/core/crypto.hpp"
#include "helpdesk/core/text.hpp"

#include <charconv>
#include <fstream>
#include <sys/stat.h>

namespace Foyer::Helpdesk {

ErrorOr<ListenAddress> parse_listen_address(std::string_view text)
{
    ListenAddress address;
    size_t colon;
    if (text.starts_with("[")) {
        auto close = text.find(']');
        if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != ':')
            return Error::invalid("--listen must be HOST:PORT, for example 127.0.0.1:8080 or [::1]:8080.");
        address.host = std::string(text.substr(1, close - 1));
        colon = close + 1;
    } else {
        colon = text.rfind(':');
        if (colon == std::string_view::npos || colon == 0)
            return Error::invalid("--listen must be HOST:PORT, for example 127.0.0.1:8080.");
        address.host = std::string(text.substr(0, colon));
    }
    auto port_text = text.substr(colon + 1);
    int port = -1;
    auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (error != std::errc() || end != port_text.data() + port_text.size() || port < 0 || port > 65535)
        return Error::invalid("The port in --listen must be a number from 0 to 65535.");
    address.port = port;
    return address;
}

ErrorOr<void> check_secret_file(const std::string& path, std::string_view what)
{
    struct stat info { };
    if (stat(path.c_str(), &info) != 0)
        return Error::invalid("The " + std::string(what) + " " + path + " cannot be read.");
    if (info.st_mode & (S_IRWXG | S_IRWXO))
        return Error::invalid(
            "The " + std::string(what) + " " + path + " can be read by other users; run: chmod 600 " + path);
    return {};
}

ErrorOr<std::vector<std::string>> read_enrollment_codes(const std::string& path)
{
    TRY(check_secret_file(path, "enrollment code file"));
    std::ifstream file(path);
    if (!file)
        return Error::invalid("The enrollment code file " + path + " cannot be read.");
    std::vector<std::string> hashes;
    std::string line;
    while (std::getline(file, line)) {
        auto code = trimmed(line.substr(0, line.find('#')));
        if (!code.empty())
            hashes.push_back(sha256_hex(code));
    }
    if (hashes.empty())
        return Error::invalid("The enrollment code file " + path + " has no code in it.");
    return hashes;
}

}
