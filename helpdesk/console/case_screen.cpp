// The case page's screen: the latest screenshot large (or a line saying there is none yet), the earlier
// ones folded below live help, and the URL that serves each picture to a logged-in mediator.
#include "case_page.hpp"

namespace Foyer::Helpdesk::detail {

void render_screen(Html& main, Language language, const CaseDetail& detail)
{
    auto base = "/console/cases/" + std::to_string(detail.summary.id) + "/screenshots/";
    main.raw("<section class=\"screen\" aria-labelledby=\"screen-title\">\n<div class=\"heading-row\"><h2 id=\"screen-title\">")
        .text(language, Text::Screen)
        .raw("</h2>");
    if (!detail.screenshots.empty())
        main.raw(" <a id=\"full-size\" href=\"")
            .text(base + std::to_string(detail.screenshots.back().id))
            .raw("\">")
            .text(language, Text::OpenFullSize)
            .raw("</a>");
    main.raw("</div>\n");
    if (detail.screenshots.empty()) {
        main.raw("<p id=\"no-screenshot\">").text(language, Text::NoScreenshot).raw("</p>\n");
        main.raw("<img id=\"screenshot\" hidden alt=\"\">\n");
    } else {
        auto& latest = detail.screenshots.back();
        auto url = base + std::to_string(latest.id);
        auto alt = fill(tr(language, Text::ScreenshotAlt), { { "date", local_date_time(latest.created_at) } });
        main.raw("<a id=\"screenshot-link\" href=\"")
            .text(url)
            .raw("\"><img id=\"screenshot\" src=\"")
            .text(url)
            .raw("\" alt=\"")
            .text(alt)
            .raw("\" width=\"")
            .raw(std::to_string(latest.width))
            .raw("\" height=\"")
            .raw(std::to_string(latest.height))
            .raw("\"></a>\n");
    }
    main.raw(
        "<p id=\"screenshot-news\" class=\"notice\" role=\"status\" aria-live=\"polite\"></p>\n</section>\n");
}

// Earlier pictures of the screen, below live help: the latest is the one that matters on the phone.
void render_earlier_screenshots(Html& main, Language language, const CaseDetail& detail)
{
    if (detail.screenshots.size() < 2)
        return;
    auto base = "/console/cases/" + std::to_string(detail.summary.id) + "/screenshots/";
    main.raw("<details class=\"earlier-screenshots\">\n<summary>")
        .text(language, Text::EarlierScreenshots)
        .raw("</summary>\n<ul>\n");
    for (size_t i = detail.screenshots.size() - 1; i-- > 0;) {
        auto& shot = detail.screenshots[i];
        main.raw("<li><a href=\"")
            .text(base + std::to_string(shot.id))
            .raw("\">")
            .text(local_date_time(shot.created_at))
            .raw("</a></li>\n");
    }
    main.raw("</ul>\n</details>\n");
}

void send_screenshot(ServerContext& context, const httplib::Request& request, httplib::Response& response)
{
    auto visitor = require_login(context, request, response);
    if (!visitor)
        return;
    auto case_id = path_number(request, 1);
    auto screenshot_id = path_number(request, 2);
    if (!case_id || !screenshot_id)
        return send_error_page(*visitor, response, 404, Text::NothingHere);
    auto png = context.store.screenshot_png(*case_id, *screenshot_id);
    if (png.is_error())
        return send_error_page(*visitor, response, 503, Text::ServiceUnavailable);
    if (!png.value())
        return send_error_page(*visitor, response, 404, Text::NothingHere);
    add_security_headers(response);
    response.set_header(
        "Content-Disposition", "inline; filename=\"screenshot-" + std::to_string(*screenshot_id) + ".png\"");
    response.set_content(std::move(*png.value()), "image/png");
}

}
