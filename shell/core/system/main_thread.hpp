// Which thread owns the screen: the only one that may touch ImGui, the pictures and the screens.
#pragma once

#include "../verify.hpp"

namespace Foyer {

// The shell claims the thread it starts on. Until a thread claims it, the first thread that asks
// becomes the main thread (a test drawing screens without a shell), so a worker is still caught.
void claim_main_thread();
bool on_main_thread();

}

#define VERIFY_MAIN_THREAD() VERIFY(::Foyer::on_main_thread())
