// foyer-hang-up: the red bar above a video call (shell/ui/call_bar.hpp). Started by Foyer, never by hand.
#include "core/system/log.hpp"
#include "ui/call_bar.hpp"

#include <cstdio>

int main(int argc, char** argv)
{
    using namespace Foyer;
    auto options = CallBarOptions::parse({ argv + 1, argv + argc });
    if (!options) {
        std::fputs("usage: foyer-hang-up --place X,Y,W,H --label TEXT [--caption TEXT] [--screen WxH] [--theme light|dark] "
                   "[--text-size normal|large|largest]\n",
            stderr);
        return int(CallBarExit::Usage);
    }
    set_log_to_stderr(true);
    return run_call_bar(*options);
}
