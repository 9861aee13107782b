// The e-mail app's long-lived part: it sends the outbox in the background for as long as Foyer runs, and
// tells the senior, on whatever screen they are, when an e-mail that waited has left (or came back).
#pragma once

#include "../../shell/core/navigation/app_registry.hpp"
#include "../../shell/core/theme/theme.hpp"
#include "email_app.hpp"

#include <deque>
#include <memory>
#include <string>

namespace Foyer {

// The banner's sentence for a report, or nothing when there is nothing to tell (a retry that failed
// again: the senior was already told the e-mail waits).
struct EmailNews {
    std::string text;
    SwatchRole role { SwatchRole::StatusGood };
};
std::optional<EmailNews> news_for(const SendReport&);

class EmailService final : public AppService {
public:
    EmailService(Services&, std::shared_ptr<EmailApp>);
    ~EmailService() override;

    float draw_banner(Ui&, const Rect& screen) override;

private:
    Services& m_services;
    std::shared_ptr<EmailApp> m_app;
    std::deque<EmailNews> m_news;
};

}
