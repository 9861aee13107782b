// Verdict names and the translated sentence of a finding.
#include "finding.hpp"

#include "../../../shell/core/i18n/translate.hpp"

#include <algorithm>

namespace Foyer {

std::string_view verdict_name(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return "ok";
    case Verdict::Warn:
        return "warn";
    case Verdict::Fail:
        return "fail";
    case Verdict::Unknown:
        return "unknown";
    }
    return "unknown";
}

int verdict_severity(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Fail:
        return 3;
    case Verdict::Warn:
        return 2;
    case Verdict::Unknown:
        return 1;
    case Verdict::Ok:
        return 0;
    }
    return 0;
}

std::string Finding::text() const
{
    return text_in(i18n::current_language());
}

Finding make_finding(std::string_view id, Verdict status, const char* msgid, FormatArgs args, nlohmann::json details)
{
    return Finding { std::string(id), status, format(tr_in(Language::French, msgid), args),
        format(tr_in(Language::English, msgid), args), std::move(details) };
}

Finding make_plural_finding(std::string_view id, Verdict status, const char* singular, const char* plural, long n, FormatArgs args,
    nlohmann::json details)
{
    return Finding { std::string(id), status, format(trn_in(Language::French, singular, plural, n), args),
        format(trn_in(Language::English, singular, plural, n), args), std::move(details) };
}

std::vector<Finding> by_severity(std::vector<Finding> findings)
{
    std::stable_sort(findings.begin(), findings.end(),
        [](auto& a, auto& b) { return verdict_severity(a.status) > verdict_severity(b.status); });
    return findings;
}

}
