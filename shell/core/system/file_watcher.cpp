// inotify watching one file's directory for writes and renames onto that file.
#include "file_watcher.hpp"

#include "files.hpp"
#include "log.hpp"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

namespace Foyer {

FileWatcher::FileWatcher(const std::string& path, std::function<void()> on_change)
    : m_on_change(std::move(on_change))
{
    auto slash = path.rfind('/');
    m_directory = slash == std::string::npos ? "." : path.substr(0, slash);
    m_name = slash == std::string::npos ? path : path.substr(slash + 1);
    // The directory may not exist yet on a first run; the family creates the file later.
    (void)make_directories(m_directory);
    m_inotify = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (m_inotify < 0) {
        log_warning(std::string("settings: cannot watch for changes: ") + std::strerror(errno));
        return;
    }
    if (inotify_add_watch(m_inotify, m_directory.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE) < 0) {
        log_warning("settings: cannot watch " + m_directory + ": " + std::strerror(errno));
        close(m_inotify);
        m_inotify = -1;
        return;
    }
    m_stop = eventfd(0, EFD_CLOEXEC);
    m_thread = std::thread([this] { run(); });
}

FileWatcher::~FileWatcher()
{
    if (m_thread.joinable()) {
        uint64_t one = 1;
        [[maybe_unused]] auto written = write(m_stop, &one, sizeof one);
        m_thread.join();
    }
    if (m_stop >= 0)
        close(m_stop);
    if (m_inotify >= 0)
        close(m_inotify);
}

void FileWatcher::run()
{
    alignas(inotify_event) char buffer[4096];
    for (;;) {
        pollfd fds[2] = { { m_inotify, POLLIN, 0 }, { m_stop, POLLIN, 0 } };
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[1].revents)
            return;
        bool ours = false;
        for (;;) {
            ssize_t length = read(m_inotify, buffer, sizeof buffer);
            if (length <= 0)
                break;
            for (char* p = buffer; p < buffer + length;) {
                auto* event = reinterpret_cast<inotify_event*>(p);
                if (event->len > 0 && m_name == event->name)
                    ours = true;
                p += sizeof(inotify_event) + event->len;
            }
        }
        // A half-written file is possible here (an editor that writes in place); the settings loader
        // keeps the current settings when the file does not parse, and the final write comes later.
        if (ours)
            m_on_change();
    }
}

}
