// Secrets the family enters (the family code's hash, later an e-mail password): never in foyer.toml, each in
// its own file readable by the senior's account only.
#pragma once

#include "../error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace Foyer {

// One file per secret in `directory` (by default $XDG_CONFIG_HOME/foyer/secrets, mode 0700), each 0600,
// written atomically. Names are short words ("family-code", "email-password").
class SecretStore {
public:
    explicit SecretStore(std::string directory);
    // $XDG_CONFIG_HOME/foyer/secrets.
    static SecretStore for_user();

    std::optional<std::string> read(const std::string& name) const;
    ErrorOr<void> write(const std::string& name, std::string_view value);
    ErrorOr<void> remove(const std::string& name);

    const std::string& directory() const { return m_directory; }

private:
    std::string path_of(const std::string& name) const;

    std::string m_directory;
};

}
