// Tells when a file is written or replaced (inotify on its directory), so the family's edits apply live.
#pragma once

#include <functional>
#include <string>
#include <thread>

namespace Foyer {

// A thread blocked in poll() on inotify: it costs nothing while nothing changes. `on_change` runs on that
// thread; post to the main thread from it.
class FileWatcher {
public:
    FileWatcher(const std::string& path, std::function<void()> on_change);
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    bool active() const { return m_inotify >= 0; }

private:
    void run();

    std::string m_directory;
    std::string m_name;
    std::function<void()> m_on_change;
    int m_inotify { -1 };
    int m_stop { -1 };
    std::thread m_thread;
};

}
