#include "shared_library.hpp"

#include <cstdlib>
#include <dlfcn.h>
#include <utility>

namespace Foyer {

ErrorOr<SharedLibrary> SharedLibrary::open(const std::string& name)
{
    std::string path = name;
    if (auto* dir = std::getenv("FOYER_VOICE_LIBRARY_DIR"); dir && *dir && name.find('/') == std::string::npos)
        path = std::string(dir) + "/" + name;
    // Local: two voices' libraries never see each other's symbols.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = dlerror();
        return Error::plain(N_("This voice is not installed on this computer."), {}, path + ": " + (why ? why : "dlopen failed"));
    }
    return SharedLibrary(handle, name);
}

SharedLibrary::SharedLibrary(SharedLibrary&& other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_name(std::move(other.m_name))
{
}

SharedLibrary& SharedLibrary::operator=(SharedLibrary&& other) noexcept
{
    if (this != &other) {
        if (m_handle)
            dlclose(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_name = std::move(other.m_name);
    }
    return *this;
}

SharedLibrary::~SharedLibrary()
{
    if (m_handle)
        dlclose(m_handle);
}

void* SharedLibrary::symbol(const char* name) const
{
    return m_handle ? dlsym(m_handle, name) : nullptr;
}

}
