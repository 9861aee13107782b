// A gettext message catalog read from a compiled .mo file, independent of the system's locales.
#pragma once

#include "../error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Foyer::i18n {

// Reads .mo files ourselves instead of going through libintl: libintl ignores the catalogs when the
// process runs in the "C" locale, which is what a freshly installed Debian often gives a session.
class Catalog {
public:
    static ErrorOr<Catalog> parse(std::string_view mo_bytes);
    static ErrorOr<Catalog> load(const std::string& path);

    // The translation, or nullptr when the catalog has none. `context` may be empty.
    const std::string* find(std::string_view context, std::string_view msgid) const;
    // Plural lookup: `index` selects among the translated forms.
    std::optional<std::string_view> find_plural(std::string_view msgid, size_t index) const;

    size_t size() const { return m_entries.size(); }

private:
    // Key: msgid, or context + '\x04' + msgid (the gettext convention). Value: msgstr; plural forms are
    // separated by '\0'.
    std::unordered_map<std::string, std::string> m_entries;
};

}
