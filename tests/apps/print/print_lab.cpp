// Starting dbus-daemon, a private cupsd and ippeveprinter printers on loopback, each with an argv array.
#include "print_lab.hpp"

#include <arpa/inet.h>
#include <cctype>
#include <filesystem>
#include <grp.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace Foyer::Testing {

namespace {

bool can_connect(int port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    ::close(fd);
    return connected;
}

std::string group_name()
{
    group* found = getgrgid(getgid());
    return found ? found->gr_name : "root";
}

}

int free_port()
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

int http_get(int port, const std::string& path)
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return 0;
    }
    std::string request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + std::to_string(port) + "\r\nConnection: close\r\n\r\n";
    if (::write(fd, request.data(), request.size()) != ssize_t(request.size())) {
        ::close(fd);
        return 0;
    }
    // The printer keeps the connection open after answering: read exactly the answer, by its length or
    // its last chunk, instead of waiting for the connection to close.
    std::string answer;
    char buffer[4096];
    ssize_t got;
    auto complete = [&] {
        auto end = answer.find("\r\n\r\n");
        if (end == std::string::npos)
            return false;
        auto headers = answer.substr(0, end);
        for (auto& c : headers)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (auto length = headers.find("content-length:"); length != std::string::npos)
            return answer.size() >= end + 4 + size_t(std::atol(headers.c_str() + length + 15));
        if (headers.find("chunked") != std::string::npos)
            return answer.size() >= 5 && answer.compare(answer.size() - 5, 5, "0\r\n\r\n") == 0;
        return true;
    };
    while (!complete() && (got = ::read(fd, buffer, sizeof(buffer))) > 0)
        answer.append(buffer, size_t(got));
    ::close(fd);
    // "HTTP/1.1 200 OK"
    auto space = answer.find(' ');
    return space == std::string::npos ? 0 : std::atoi(answer.c_str() + space + 1);
}

std::optional<std::string> PrintLab::missing_tools()
{
    for (auto [program, package] : std::initializer_list<std::pair<const char*, const char*>> {
             { "cupsd", "cups-daemon" }, { "lpadmin", "cups-client" }, { "ippeveprinter", "cups-ipp-utils" },
             { "dbus-daemon", "dbus-daemon" } }) {
        // cupsd and ippeveprinter live in /usr/sbin, which is not always in a test's PATH.
        bool found = have_program(program) || ::access((std::string("/usr/sbin/") + program).c_str(), X_OK) == 0;
        if (!found)
            return std::string(program) + " is not installed (Debian package " + package + "; `make test` installs it)";
    }
    if (!fs::exists("/usr/lib/cups/backend/ipp") || !fs::exists("/usr/share/cups/mime/mime.convs"))
        return std::string("CUPS' backends and filters are not installed (Debian packages cups, cups-filters; `make test` installs them)");
    return std::nullopt;
}

PrintLab::PrintLab()
{
    if (auto missing = missing_tools()) {
        m_problem = *missing;
        return;
    }
    // Its own folder, readable by the "lp" user that cupsd (started as root) runs its filters as.
    std::string pattern = (fs::temp_directory_path() / "foyer-print-lab-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        m_problem = "cannot create a folder for the print lab";
        return;
    }
    m_dir = pattern;
    ::chmod(m_dir.c_str(), 0755);

    // ippeveprinter and cupsd want a D-Bus bus to talk to (RECIPES.md): a private one.
    m_bus = "unix:path=" + m_dir + "/bus";
    m_dbus = std::make_unique<Process>(std::vector<std::string> { "dbus-daemon", "--session", "--nofork", "--nopidfile", "--address=" + m_bus },
        std::map<std::string, std::string> {}, m_dir + "/dbus.log");
    if (!eventually([&] { return fs::exists(m_dir + "/bus"); }, std::chrono::seconds(5))) {
        m_problem = "dbus-daemon did not start: " + read_text(m_dir + "/dbus.log");
        return;
    }

    for (auto sub : { "root", "cache", "log", "spool", "spool/tmp", "state", "bin/backend" })
        fs::create_directories(m_dir + "/cups/" + sub);
    // CUPS' own programs, except the backends: only IPP and a discovery backend that lists the lab's
    // printers, so device discovery answers at once and finds exactly what the test put on the "network".
    for (auto& entry : fs::directory_iterator("/usr/lib/cups")) {
        auto name = entry.path().filename().string();
        if (name != "backend")
            fs::create_symlink(entry.path(), m_dir + "/cups/bin/" + name);
    }
    for (auto backend : { "ipp", "ipps" })
        fs::create_symlink(std::string("/usr/lib/cups/backend/") + backend, m_dir + "/cups/bin/backend/" + backend);
    write_text(m_dir + "/discoverable", "");
    std::string backend = m_dir + "/cups/bin/backend/foyerlab";
    write_text(backend, "#!/bin/sh\n# Discovery for tests: the lab's printers, as the dnssd backend lists network printers.\n"
                        "[ $# -eq 0 ] && cat '"
            + m_dir + "/discoverable'\nexit 0\n");
    // Mode 0700: cupsd runs it as root, so it can read the lab's folder whoever owns it.
    ::chmod(backend.c_str(), 0700);

    m_cups_port = free_port();
    std::string cups = m_dir + "/cups";
    write_text(cups + "/root/cupsd.conf",
        "Listen 127.0.0.1:" + std::to_string(m_cups_port) + "\n"
                                                            "LogLevel info\nBrowsing Off\nWebInterface No\nDefaultAuthType None\nErrorPolicy retry-job\n"
                                                            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                                            "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n  </Limit>\n</Policy>\n");
    write_text(cups + "/root/cups-files.conf",
        "ServerRoot " + cups + "/root\nCacheDir " + cups + "/cache\nStateDir " + cups + "/state\nRequestRoot " + cups
            + "/spool\nTempDir " + cups + "/spool/tmp\nServerBin " + cups + "/bin\nDataDir /usr/share/cups\n"
            + "DocumentRoot /usr/share/cups/doc-root\nAccessLog " + cups + "/log/access_log\nErrorLog " + cups
            + "/log/error_log\nPageLog " + cups + "/log/page_log\nPrintcap " + cups + "/printcap\nFileDevice No\nSystemGroup "
            + group_name() + "\n");
    auto cupsd = have_program("cupsd") ? "cupsd" : "/usr/sbin/cupsd";
    m_cupsd = std::make_unique<Process>(
        std::vector<std::string> { cupsd, "-f", "-c", cups + "/root/cupsd.conf", "-s", cups + "/root/cups-files.conf" },
        std::map<std::string, std::string> { { "DBUS_SYSTEM_BUS_ADDRESS", m_bus } }, m_dir + "/cupsd.out");
    if (!wait_for_port(m_cups_port))
        m_problem = "cupsd did not start: " + read_text(m_dir + "/cupsd.out") + read_text(cups + "/log/error_log");
}

PrintLab::~PrintLab()
{
    for (auto& printer : m_printers)
        if (printer->process)
            printer->process->stop();
    if (m_cupsd)
        m_cupsd->stop();
    if (m_dbus)
        m_dbus->stop();
    if (!m_dir.empty() && !std::getenv("FOYER_KEEP_PRINT_LAB")) {
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
    }
}

bool PrintLab::wait_for_port(int port) const
{
    return eventually([&] { return can_connect(port); }, std::chrono::seconds(10));
}

PrintLab::Printer& PrintLab::start_printer(const std::string& name, PrinterOptions options)
{
    auto printer = std::make_unique<Printer>();
    printer->name = name;
    printer->port = free_port();
    printer->spool = m_dir + "/spool-" + name;
    printer->log = m_dir + "/" + name + ".log";
    fs::create_directories(printer->spool);
    auto program = have_program("ippeveprinter") ? "ippeveprinter" : "/usr/sbin/ippeveprinter";
    // It takes PDF as many real printers do, so CUPS hands the job over without rasterising it, and it
    // "prints" a thousand pages a minute, so a test does not wait for paper to come out.
    std::vector<std::string> argv { program, "-v", "-k", "-r", "off", "-p", std::to_string(printer->port), "-n", "localhost",
        "-d", printer->spool, "-f", "application/pdf,image/jpeg,image/pwg-raster", "-s", "1000,1000", "-M", "Test", "-m", "ColorJet" };
    // Without a command ippeveprinter pretends to print for several seconds; /bin/true finishes at once.
    argv.insert(argv.end(), { "-c", options.job_command.empty() ? "/bin/true" : options.job_command });
    argv.push_back(name);
    printer->process = std::make_unique<Process>(argv, std::map<std::string, std::string> { { "DBUS_SYSTEM_BUS_ADDRESS", m_bus } }, printer->log);
    if (!wait_for_port(printer->port))
        m_problem = "ippeveprinter did not start: " + read_text(printer->log);
    m_printers.push_back(std::move(printer));
    return *m_printers.back();
}

bool PrintLab::add_queue(const Printer& printer, const std::string& queue)
{
    std::map<std::string, std::string> environment { { "CUPS_SERVER", cups_server() } };
    auto added = run({ "lpadmin", "-p", queue, "-E", "-v", printer.uri(), "-m", "everywhere" }, environment);
    if (added.exit_code != 0) {
        m_problem = "lpadmin could not add " + queue + ": " + added.output;
        return false;
    }
    return run({ "lpadmin", "-d", queue }, environment).exit_code == 0;
}

void PrintLab::make_discoverable(const Printer& printer)
{
    auto line = "network " + printer.uri() + " \"Test " + printer.name + "\" \"" + printer.name
        + " (test lab)\" \"MFG:Test;MDL:ColorJet;CMD:PDF,PWG;\" \"\"\n";
    write_text(m_dir + "/discoverable", read_text(m_dir + "/discoverable") + line);
}

bool PrintLab::set_supplies(const Printer& printer, const std::vector<int>& levels)
{
    std::string path = "/supplies";
    for (size_t i = 0; i < levels.size(); ++i)
        path += (i == 0 ? "?" : "&") + std::string("supply") + std::to_string(i) + "=" + std::to_string(levels[i]);
    return http_get(printer.port, path) == 200;
}

void PrintLab::switch_off(Printer& printer)
{
    if (printer.process)
        printer.process->stop();
}

std::vector<std::string> PrintLab::spooled_files(const Printer& printer) const
{
    std::vector<std::string> files;
    std::error_code error;
    // The documents as received; the .prn files are what the job command wrote (nothing).
    for (auto& entry : fs::directory_iterator(printer.spool, error))
        if (entry.is_regular_file() && entry.path().extension() != ".prn")
            files.push_back(entry.path().string());
    return files;
}

std::string PrintLab::lpstat(const std::vector<std::string>& arguments) const
{
    std::vector<std::string> argv { "lpstat" };
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    return run(argv, { { "CUPS_SERVER", cups_server() } }).output;
}

}
