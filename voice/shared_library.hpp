// A library opened at run time (dlopen), for the natural voices: Foyer's package stays in Debian main and
// only suggests them, so they may be missing, and a missing one must cost nothing but the choice.
#pragma once

#include "../shell/core/error.hpp"

#include <string>

namespace Foyer {

class SharedLibrary {
public:
    // `name` is a soname ("libttspico.so.0") or a path. FOYER_VOICE_LIBRARY_DIR, when set, is the only
    // place looked in: tests hide a library, or show some of them, with a folder of links.
    static ErrorOr<SharedLibrary> open(const std::string& name);

    SharedLibrary(SharedLibrary&&) noexcept;
    SharedLibrary& operator=(SharedLibrary&&) noexcept;
    SharedLibrary(const SharedLibrary&) = delete;
    SharedLibrary& operator=(const SharedLibrary&) = delete;
    ~SharedLibrary();

    // Null when the library has no such function.
    void* symbol(const char* name) const;
    template<typename Function>
    bool bind(Function*& function, const char* name) const
    {
        function = reinterpret_cast<Function*>(symbol(name));
        return function != nullptr;
    }
    const std::string& name() const { return m_name; }

private:
    SharedLibrary(void* handle, std::string name)
        : m_handle(handle)
        , m_name(std::move(name))
    {
    }

    void* m_handle { nullptr };
    std::string m_name;
};

}
