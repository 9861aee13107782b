// Secret files: 0600 in a 0700 directory, written atomically.
#include "secrets.hpp"

#include "../system/files.hpp"
#include "../system/paths.hpp"
#include "../verify.hpp"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Foyer {

SecretStore::SecretStore(std::string directory)
    : m_directory(std::move(directory))
{
}

SecretStore SecretStore::for_user()
{
    return SecretStore(config_dir() + "/secrets");
}

std::string SecretStore::path_of(const std::string& name) const
{
    // Names come from the code, never from a person: a slash would be a bug.
    VERIFY(!name.empty() && name.find('/') == std::string::npos && name[0] != '.');
    return m_directory + "/" + name;
}

std::optional<std::string> SecretStore::read(const std::string& name) const
{
    return read_file(path_of(name));
}

ErrorOr<void> SecretStore::write(const std::string& name, std::string_view value)
{
    auto made = make_directories(m_directory);
    if (made.is_error())
        return made;
    // An existing directory made by hand may be readable by others: the secrets' one never is.
    chmod(m_directory.c_str(), 0700);
    return write_file_atomically(path_of(name), value, 0600);
}

ErrorOr<void> SecretStore::remove(const std::string& name)
{
    if (unlink(path_of(name).c_str()) != 0 && errno != ENOENT)
        return Error::plain(N_("Foyer could not save its files. The disk may be full: ask your family or the helpline."), {},
            "unlink " + path_of(name) + ": " + std::strerror(errno));
    return {};
}

}
