// The e-mail app's model as the shell holds it: what its workers posted to the main thread does nothing
// once the app is gone, however long the queue keeps it.
#include "apps/email/email_app.hpp"
#include "tests/support/process.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <new>

using namespace Foyer;
using namespace Foyer::Testing;

TEST(EmailApp, WhatItPostedDoesNothingOnceItIsGone)
{
    std::mutex mutex;
    std::condition_variable posted_cv;
    bool posted = false;
    RunQueue queue([&] {
        std::lock_guard lock(mutex);
        posted = true;
        posted_cv.notify_all();
    });
    EmailOptions options;
    options.state_dir = temporary_directory("app-mail");
    options.config_dir = temporary_directory("app-config");
    options.home = temporary_directory("app-home");

    // The app in storage of the test's own, so that what a closure would write into it once it is gone is
    // seen (rather than landing in memory given to someone else).
    alignas(EmailApp) unsigned char storage[sizeof(EmailApp)];
    auto* app = new (storage) EmailApp(options);
    // Attaching reads the outbox on the disk worker, which posts what it found to the main thread.
    app->attach(queue, false);
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(posted_cv.wait_for(lock, std::chrono::seconds(20), [&] { return posted; })) << "the app never posted";
    }
    app->~EmailApp();
    std::memset(storage, 0, sizeof storage);
    queue.run_pending();
    EXPECT_TRUE(std::all_of(std::begin(storage), std::end(storage), [](unsigned char byte) { return byte == 0; }))
        << "a closure the app posted wrote into it after it was gone";
}
