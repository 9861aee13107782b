// The current language and its catalog, shared by every thread.
#include "translate.hpp"

#include "catalog.hpp"

#include <atomic>
#include <memory>

namespace Foyer {

namespace {

// Catalogs are loaded once at start and never freed, so a pointer read by another thread stays valid.
std::atomic<const i18n::Catalog*> g_french_catalog { nullptr };
std::atomic<Language> g_language { Language::French };

const i18n::Catalog* catalog_for(Language language)
{
    if (language == Language::English)
        return nullptr;
    return g_french_catalog.load(std::memory_order_acquire);
}

const i18n::Catalog* active_catalog()
{
    return catalog_for(g_language.load(std::memory_order_relaxed));
}

// Plural rules of the languages we ship: French uses the singular for 0 and 1, English only for 1.
size_t plural_index(Language language, long n)
{
    if (language == Language::French)
        return n > 1 ? 1 : 0;
    return n != 1 ? 1 : 0;
}

}

std::string tr(const char* msgid)
{
    if (auto* catalog = active_catalog())
        if (auto* translated = catalog->find({}, msgid))
            return *translated;
    return msgid;
}

std::string tr_in(Language language, const char* msgid)
{
    if (auto* catalog = catalog_for(language))
        if (auto* translated = catalog->find({}, msgid))
            return *translated;
    return msgid;
}

std::string trc(const char* context, const char* msgid)
{
    if (auto* catalog = active_catalog())
        if (auto* translated = catalog->find(context, msgid))
            return *translated;
    return msgid;
}

std::string trn_in(Language language, const char* singular, const char* plural, long n)
{
    auto index = plural_index(language, n);
    if (auto* catalog = catalog_for(language))
        if (auto translated = catalog->find_plural(singular, index))
            return std::string(*translated);
    return index == 0 ? singular : plural;
}

std::string trn(const char* singular, const char* plural, long n)
{
    auto language = g_language.load(std::memory_order_relaxed);
    auto index = plural_index(language, n);
    if (auto* catalog = active_catalog())
        if (auto translated = catalog->find_plural(singular, index))
            return std::string(*translated);
    return index == 0 ? singular : plural;
}

std::string Error::message() const
{
    return format(tr(m_msgid), m_args);
}

namespace i18n {

ErrorOr<void> load_catalogs(const std::string& locale_dir)
{
    auto french = Catalog::load(locale_dir + "/fr/LC_MESSAGES/foyer.mo");
    if (french.is_error())
        return french.error();
    // Leaked on purpose: see g_french_catalog. Loading twice (tests) replaces the pointer only.
    g_french_catalog.store(new Catalog(french.release_value()), std::memory_order_release);
    return {};
}

bool has_catalog(Language language)
{
    return language == Language::English || g_french_catalog.load() != nullptr;
}

void set_language(Language language)
{
    g_language.store(language);
}

Language current_language()
{
    return g_language.load();
}

}

}
