// The case page's findings: a traffic-light list (what the person was doing, then the failures first, the
// checks that found nothing folded), and the raw details of each finding and of the whole report.
#include "case_page.hpp"

#include "helpdesk/protocol/finding_catalog.hpp"

#include <algorithm>

namespace Foyer::Helpdesk::detail {

namespace {

using Protocol::Finding;
using Protocol::Status;

std::string finding_title(const Finding& finding, Language language)
{
    if (auto* kind = Protocol::find_finding_kind(finding.id))
        return std::string(kind->title.in(language));
    return finding.id;
}

std::string_view sentence(const Finding& finding, Language language)
{
    auto& chosen = finding.text.in(language);
    return chosen.empty()
        ? finding.text.in(language == Language::French ? Language::English : Language::French)
        : chosen;
}

void render_finding(Html& main, Language language, const Finding& finding)
{
    main.raw("<li class=\"finding status-")
        .raw(Protocol::status_name(finding.status))
        .raw("\" data-finding=\"")
        .text(finding.id)
        .raw("\">");
    status_badge(main, language, finding.status);
    main.raw(" <strong>")
        .text(finding_title(finding, language))
        .raw("</strong>\n<span class=\"sentence\">")
        .text(sentence(finding, language))
        .raw("</span></li>\n");
}

}

// What the person was doing first (it tells the mediator where to start), then the problems, most serious
// first; the checks that found nothing wrong folded into one line, opened on demand.
void render_findings(Html& main, Language language, const std::optional<Protocol::Report>& report)
{
    main.raw("<section class=\"findings\" aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">")
        .text(language, Text::Findings)
        .raw("</h2>\n");
    if (!report || report->findings.empty()) {
        main.raw("<p>").text(language, Text::NoFindings).raw("</p>\n</section>\n");
        return;
    }
    auto ordered = Protocol::findings_by_severity(*report);
    std::stable_partition(ordered.begin(), ordered.end(),
        [](const Finding* finding) { return finding->id == Protocol::FindingId::system_activity; });
    std::vector<const Finding*> fine;
    main.raw("<ol class=\"traffic-light\">\n");
    for (auto* finding : ordered) {
        if (finding->status == Status::Ok && finding->id != Protocol::FindingId::system_activity) {
            fine.push_back(finding);
            continue;
        }
        render_finding(main, language, *finding);
    }
    main.raw("</ol>\n");
    if (!fine.empty()) {
        auto summary = fine.size() == 1
            ? std::string(tr(language, Text::ChecksFineOne))
            : fill(tr(language, Text::ChecksFineMany), { { "count", std::to_string(fine.size()) } });
        main.raw("<details id=\"checks-fine\" class=\"fine\">\n<summary>");
        status_badge(main, language, Status::Ok);
        main.raw(" ").text(summary).raw("</summary>\n<ol class=\"traffic-light\">\n");
        for (auto* finding : fine)
            render_finding(main, language, *finding);
        main.raw("</ol>\n</details>\n");
    }
    main.raw("</section>\n");
}

void render_raw_details(
    Html& main, Language language, const CaseDetail& detail, const std::optional<Protocol::Report>& report)
{
    main.raw("<section class=\"raw\" aria-labelledby=\"raw-title\">\n<h2 id=\"raw-title\">")
        .text(language, Text::RawDetails)
        .raw("</h2>\n");
    if (report) {
        // Folded, one per finding, so that the page stays short; each opens with the keyboard too.
        for (auto* finding : Protocol::findings_by_severity(*report)) {
            main.raw("<details class=\"raw-finding\">\n<summary>");
            status_badge(main, language, finding->status);
            main.raw(" ")
                .text(finding_title(*finding, language))
                .raw(" <code>")
                .text(finding->id)
                .raw("</code></summary>\n");
            if (finding->details.empty())
                main.raw("<p>").text(language, Text::NoDetails).raw("</p>\n");
            else
                main.raw("<pre>")
                    .text(finding->details.dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
                    .raw("</pre>\n");
            main.raw("</details>\n");
        }
    }
    std::string whole = detail.report_json;
    try {
        whole = nlohmann::json::parse(detail.report_json)
                    .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (...) {
    }
    main.raw("<details>\n<summary>")
        .text(language, Text::WholeReport)
        .raw("</summary>\n<pre>")
        .text(whole)
        .raw("</pre>\n</details>\n</section>\n");
}

}
