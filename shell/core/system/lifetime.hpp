// Callbacks that outlive their owner do nothing: a screen closed before a worker answered is not touched.
#pragma once

#include <memory>
#include <utility>

namespace Foyer {

// Screens hand callbacks through a Lifetime: once the screen is gone they do nothing.
class Lifetime {
public:
    template<typename F>
    auto guard(F function) const
    {
        return [alive = std::weak_ptr<int>(m_token), function = std::move(function)](auto&&... arguments) mutable {
            if (alive.lock())
                function(std::forward<decltype(arguments)>(arguments)...);
        };
    }

private:
    std::shared_ptr<int> m_token { std::make_shared<int>(0) };
};

}
