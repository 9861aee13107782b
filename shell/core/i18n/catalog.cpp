// Reads the GNU .mo format: a header, then two tables of (length, offset) pairs for originals and
// translations.
#include "catalog.hpp"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

namespace Foyer::i18n {

namespace {

constexpr uint32_t mo_magic = 0x950412de;
constexpr uint32_t mo_magic_swapped = 0xde120495;

uint32_t read_u32(std::string_view bytes, size_t offset, bool swapped)
{
    uint32_t value;
    std::memcpy(&value, bytes.data() + offset, 4);
    return swapped ? __builtin_bswap32(value) : value;
}

}

ErrorOr<Catalog> Catalog::parse(std::string_view bytes)
{
    auto broken = [](std::string detail) {
        return Error::plain(N_("The translations are damaged. Reinstalling Foyer will repair them."), {},
            std::move(detail));
    };
    if (bytes.size() < 28)
        return broken("catalog shorter than its header");
    uint32_t magic;
    std::memcpy(&magic, bytes.data(), 4);
    if (magic != mo_magic && magic != mo_magic_swapped)
        return broken("not a .mo file (bad magic number)");
    bool swapped = magic == mo_magic_swapped;
    uint32_t count = read_u32(bytes, 8, swapped);
    uint32_t originals = read_u32(bytes, 12, swapped);
    uint32_t translations = read_u32(bytes, 16, swapped);
    auto table_fits = [&](uint64_t table) { return table + uint64_t(count) * 8 <= bytes.size(); };
    if (!table_fits(originals) || !table_fits(translations))
        return broken("string tables run past the end of the file");

    Catalog catalog;
    catalog.m_entries.reserve(count);
    for (uint32_t i = 0; i < count; ++i) {
        auto string_at = [&](uint32_t table) -> std::optional<std::string_view> {
            uint64_t length = read_u32(bytes, table + i * 8, swapped);
            uint64_t offset = read_u32(bytes, table + i * 8 + 4, swapped);
            if (offset + length > bytes.size())
                return std::nullopt;
            return bytes.substr(offset, length);
        };
        auto original = string_at(originals);
        auto translation = string_at(translations);
        if (!original || !translation)
            return broken("string " + std::to_string(i) + " runs past the end of the file");
        // For plurals the key is the singular form only: the original is "singular\0plural".
        std::string_view key = *original;
        if (auto nul = key.find('\0'); nul != std::string_view::npos)
            key = key.substr(0, nul);
        if (key.empty())
            continue; // The header entry.
        catalog.m_entries.emplace(std::string(key), std::string(*translation));
    }
    return catalog;
}

ErrorOr<Catalog> Catalog::load(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return Error::plain(N_("The translations are missing. Reinstalling Foyer will repair them."), {},
            "cannot open " + path);
    std::ostringstream contents;
    contents << file.rdbuf();
    return parse(contents.str());
}

const std::string* Catalog::find(std::string_view context, std::string_view msgid) const
{
    std::string key;
    if (!context.empty()) {
        key.reserve(context.size() + 1 + msgid.size());
        key.append(context).push_back('\x04');
    }
    key.append(msgid);
    auto it = m_entries.find(key);
    if (it == m_entries.end() || it->second.empty())
        return nullptr;
    return &it->second;
}

std::optional<std::string_view> Catalog::find_plural(std::string_view msgid, size_t index) const
{
    auto it = m_entries.find(std::string(msgid));
    if (it == m_entries.end())
        return std::nullopt;
    std::string_view forms = it->second;
    for (size_t i = 0; i < index; ++i) {
        auto nul = forms.find('\0');
        if (nul == std::string_view::npos)
            return std::nullopt;
        forms.remove_prefix(nul + 1);
    }
    auto form = forms.substr(0, forms.find('\0'));
    if (form.empty())
        return std::nullopt;
    return form;
}

}
