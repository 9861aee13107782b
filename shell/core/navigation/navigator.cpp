// The screen stack.
#include "navigator.hpp"

namespace Foyer {

Navigator::Navigator(std::unique_ptr<Screen> home)
{
    m_stack.push_back(std::move(home));
}

void Navigator::open(std::unique_ptr<Screen> screen)
{
    m_pending.push_back({ Kind::Open, std::move(screen) });
}

void Navigator::back()
{
    m_pending.push_back({ Kind::Back, nullptr });
}

void Navigator::go_home()
{
    m_pending.push_back({ Kind::Home, nullptr });
}

void Navigator::show_only(std::unique_ptr<Screen> screen)
{
    m_pending.push_back({ Kind::Home, nullptr });
    if (screen)
        m_pending.push_back({ Kind::Open, std::move(screen) });
}

bool Navigator::apply_pending()
{
    if (m_pending.empty())
        return false;
    bool changed = false;
    auto requests = std::move(m_pending);
    m_pending.clear();
    for (auto& request : requests) {
        switch (request.kind) {
        case Kind::Open:
            m_stack.push_back(std::move(request.screen));
            changed = true;
            break;
        case Kind::Back:
            if (m_stack.size() > 1) {
                m_stack.pop_back();
                changed = true;
            }
            break;
        case Kind::Home:
            if (m_stack.size() > 1) {
                m_stack.resize(1);
                changed = true;
            }
            break;
        }
    }
    if (!changed)
        return false;
    announce();
    return true;
}

}
