// Translating a message into the current language: tr(), trc() and trn(), with N_() to mark msgids.
#pragma once

#include "../error.hpp"
#include "format.hpp"
#include "language.hpp"
#include "mark.hpp"

#include <string>

namespace Foyer {

// msgids are the English text: English needs no catalog, and French is read from foyer.mo.
std::string tr(const char* msgid);
// In a given language whatever the current one (a report carries its sentences in French and English).
std::string tr_in(Language, const char* msgid);
// With a context, for words that translate differently in different places ("May" the month).
std::string trc(const char* context, const char* msgid);
// Plural: chooses by `n` with the current language's rule.
std::string trn(const char* singular, const char* plural, long n);
// Plural in a given language whatever the current one (a report's findings carry both languages).
std::string trn_in(Language, const char* singular, const char* plural, long n);

namespace i18n {

// Loads the French catalog from `locale_dir`/fr/LC_MESSAGES/foyer.mo. Without it, Foyer runs in English
// and the error says why.
ErrorOr<void> load_catalogs(const std::string& locale_dir);
bool has_catalog(Language);

// The language every tr() uses. Switching is safe at any time from any thread.
void set_language(Language);
Language current_language();

}

}
