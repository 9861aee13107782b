// Starting Dovecot and aiosmtpd with argv arrays; as root they run as "nobody" (Dovecot refuses root).
#include "mail_lab.hpp"

#include "apps/email/imap_session.hpp"

#include <arpa/inet.h>
#include <filesystem>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace Foyer::Testing {

namespace {

bool running_as_root()
{
    return ::geteuid() == 0;
}

// Who the servers run as: ourselves, or "nobody" when we are root.
std::pair<std::string, std::string> server_user()
{
    if (!running_as_root()) {
        passwd* me = getpwuid(::geteuid());
        return { me ? me->pw_name : "nobody", "" };
    }
    return { "nobody", "nogroup" };
}

std::vector<std::string> as_server_user(std::vector<std::string> argv)
{
    if (!running_as_root())
        return argv;
    std::vector<std::string> wrapped { "setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--" };
    wrapped.insert(wrapped.end(), argv.begin(), argv.end());
    return wrapped;
}

void give_to_server_user(const std::string& path)
{
    if (!running_as_root())
        return;
    passwd* nobody = getpwnam("nobody");
    if (!nobody)
        return;
    for (auto& entry : fs::recursive_directory_iterator(path))
        (void)::chown(entry.path().c_str(), nobody->pw_uid, nobody->pw_gid);
    (void)::chown(path.c_str(), nobody->pw_uid, nobody->pw_gid);
}

}

int free_loopback_port()
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

bool can_connect(int port)
{
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
    ::close(fd);
    return connected;
}

std::optional<std::string> MailLab::missing_tools()
{
    for (auto [program, package] : { std::pair { "dovecot", "dovecot-imapd" },
             std::pair { "openssl", "openssl" }, std::pair { "setpriv", "util-linux" } })
        if (!have_program(program))
            return std::string(program) + " is not installed (Debian package " + package + ")";
    // Debian's own Python, where the python3-aiosmtpd package installs (another python3 may come first in PATH).
    if (run({ "/usr/bin/python3", "-c", "import aiosmtpd" }).exit_code != 0)
        return std::string("the aiosmtpd Python module is missing (Debian package python3-aiosmtpd)");
    return std::nullopt;
}

MailLab::MailLab()
    : MailLab(Options {})
{
}

MailLab::MailLab(Options options)
    : m_options(options)
{
    // Its own folder in /tmp, not inside the tests' private one: the servers run as another user there.
    std::string pattern = (fs::temp_directory_path() / "foyer-mail-lab-XXXXXX").string();
    m_dir = ::mkdtemp(pattern.data()) ? pattern : std::string {};
    ::chmod(m_dir.c_str(), 0755);
    fs::create_directories(m_dir + "/etc");
    fs::create_directories(m_dir + "/run");
    fs::create_directories(m_dir + "/state");
    fs::create_directories(maildir() + "/new");
    fs::create_directories(maildir() + "/cur");
    fs::create_directories(maildir() + "/tmp");
    if (m_options.security != Security::Plain && !make_certificates()) {
        m_problem = "openssl could not make the test certificates";
        return;
    }
    if (!start_dovecot() || !start_smtp())
        return;
}

MailLab::~MailLab()
{
    if (m_smtp)
        m_smtp->stop();
    if (m_dovecot)
        m_dovecot->stop();
    std::error_code error;
    if (!m_dir.empty())
        fs::remove_all(m_dir, error);
}

bool MailLab::make_certificates()
{
    write_text(m_dir + "/ext.cnf", "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    auto ok = [](const RunResult& result) { return result.exit_code == 0; };
    return ok(run({ "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", m_dir + "/ca.key", "-out", m_dir + "/ca.pem", "-days",
               "30", "-subj", "/CN=Foyer Test CA" }))
        && ok(run({ "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", m_dir + "/server.key", "-out", m_dir + "/server.csr", "-subj",
            "/CN=127.0.0.1" }))
        && ok(run({ "openssl", "x509", "-req", "-in", m_dir + "/server.csr", "-CA", m_dir + "/ca.pem", "-CAkey", m_dir + "/ca.key",
            "-CAcreateserial", "-out", m_dir + "/server.pem", "-days", "30", "-extfile", m_dir + "/ext.cnf" }));
}

bool MailLab::start_dovecot()
{
    m_imap_port = free_loopback_port();
    auto [login_user, login_group] = server_user();
    passwd* account = getpwnam(login_user.c_str());
    std::string uid = std::to_string(account ? account->pw_uid : ::geteuid());
    std::string gid = std::to_string(account ? account->pw_gid : ::getegid());
    bool tls = m_options.security == Security::Tls;
    std::string config = "protocols = imap\n"
                         "listen = 127.0.0.1\n"
                         "base_dir = "
        + m_dir + "/run\nstate_dir = " + m_dir + "/state\nlog_path = " + m_dir + "/dovecot.log\n"
        + (m_options.security == Security::Plain ? "ssl = no\n" : "ssl = yes\nssl_cert = <" + m_dir + "/server.pem\nssl_key = <" + m_dir + "/server.key\n")
        + "disable_plaintext_auth = no\nauth_mechanisms = plain login\nauth_failure_delay = 0\n"
          "default_internal_user = "
        + login_user + "\ndefault_login_user = " + login_user + "\n" + (login_group.empty() ? "" : "default_internal_group = " + login_group + "\n")
        + "first_valid_uid = 1\n"
          "mail_location = maildir:"
        + m_dir + "/users/%u/Maildir\n"
        + "namespace inbox {\n  inbox = yes\n  separator = .\n  mailbox \"" + m_options.sent_folder + "\" {\n    auto = create\n"
        + (m_options.sent_special_use ? "    special_use = \\Sent\n" : "") + "  }\n}\n"
        + "passdb {\n  driver = passwd-file\n  args = "
        + m_dir + "/etc/passwd\n}\nuserdb {\n  driver = static\n  args = uid=" + uid + " gid=" + gid + " home=" + m_dir + "/users/%u\n}\n"
        + "service imap-login {\n  chroot =\n  inet_listener imap {\n    port = " + (tls ? "0" : std::to_string(m_imap_port))
        + "\n  }\n  inet_listener imaps {\n    port = " + (tls ? std::to_string(m_imap_port) : "0") + "\n  }\n}\n"
        + "service anvil {\n  chroot =\n}\n"
          "service stats {\n  unix_listener stats-reader {\n    mode = 0600\n  }\n  unix_listener stats-writer {\n    mode = 0600\n  }\n}\n";
    write_text(m_dir + "/etc/dovecot.conf", config);
    write_text(m_dir + "/etc/passwd", std::string(user) + ":{PLAIN}" + password + "\n");
    give_to_server_user(m_dir);
    m_dovecot = std::make_unique<Process>(as_server_user({ "dovecot", "-F", "-c", m_dir + "/etc/dovecot.conf" }), std::map<std::string, std::string> {},
        m_dir + "/dovecot.out");
    if (!eventually([&] { return can_connect(m_imap_port); }, std::chrono::seconds(10))) {
        m_problem = "Dovecot did not start: " + read_text(m_dir + "/dovecot.out") + read_text(m_dir + "/dovecot.log");
        return false;
    }
    return true;
}

bool MailLab::start_smtp()
{
    if (m_smtp_port == 0)
        m_smtp_port = free_loopback_port();
    const char* mode = m_options.security == Security::Plain ? "plain" : m_options.security == Security::StartTls ? "starttls"
                                                                                                                  : "tls";
    // The server runs as "nobody" when we are root, and a clone under /root (0700) is closed to it: it runs
    // a copy of the script in the lab's own folder, which it owns.
    std::error_code copied;
    fs::copy_file(std::string(FOYER_SOURCE_DIR) + "/tests/apps/email/smtp_server.py", m_dir + "/smtp_server.py",
        fs::copy_options::overwrite_existing, copied);
    if (copied) {
        m_problem = "the SMTP server's script could not be copied: " + copied.message();
        return false;
    }
    std::vector<std::string> argv { "/usr/bin/python3", m_dir + "/smtp_server.py", std::to_string(m_smtp_port),
        maildir(), m_dir + "/smtp.log", mode, user, password, std::to_string(m_options.smtp_size_limit) };
    if (m_options.security != Security::Plain)
        argv.insert(argv.end(), { m_dir + "/server.pem", m_dir + "/server.key" });
    give_to_server_user(m_dir);
    m_smtp = std::make_unique<Process>(as_server_user(argv), std::map<std::string, std::string> {}, m_dir + "/smtp.out");
    if (!eventually([&] { return can_connect(m_smtp_port); }, std::chrono::seconds(15))) {
        m_problem = "the SMTP server did not start: " + read_text(m_dir + "/smtp.out");
        return false;
    }
    return true;
}

void MailLab::stop_smtp()
{
    if (m_smtp)
        m_smtp->stop();
    m_smtp.reset();
}

std::string MailLab::email_settings(const std::string& password_file, const std::string&) const
{
    const char* security = m_options.security == Security::Plain ? "none" : m_options.security == Security::StartTls ? "starttls"
                                                                                                                     : "tls";
    std::string text = "[email]\naddress = \"" + std::string(user) + "\"\nname = \"Marie-Martine\"\nimap_server = \"127.0.0.1\"\nimap_port = "
        + std::to_string(m_imap_port) + "\nimap_security = \"" + security + "\"\nsmtp_server = \"127.0.0.1\"\nsmtp_port = " + std::to_string(m_smtp_port)
        + "\nsmtp_security = \"" + security + "\"\npassword_file = \"" + password_file + "\"\nkeyring = false\n";
    if (m_options.security != Security::Plain)
        text += "ca_file = \"" + ca_file() + "\"\n";
    return text;
}

Settings MailLab::settings(const std::string& config_dir, const std::string& wrong_password) const
{
    Settings settings;
    settings.senior_name = "Marie-Martine";
    auto security = m_options.security == Security::Plain ? MailSecurity::None
        : m_options.security == Security::StartTls        ? MailSecurity::StartTls
                                                          : MailSecurity::Tls;
    settings.email.address = user;
    settings.email.imap = { "127.0.0.1", m_imap_port, security };
    settings.email.smtp = { "127.0.0.1", m_smtp_port, security };
    settings.email.keyring = false;
    if (m_options.security != Security::Plain)
        settings.email.ca_file = ca_file();
    fs::create_directories(config_dir);
    write_text(config_dir + "/email-password", wrong_password.empty() ? password : wrong_password);
    ::chmod((config_dir + "/email-password").c_str(), 0600);
    return settings;
}

bool MailLab::deliver(const std::string& raw)
{
    MailAccount account;
    account.imap = { "127.0.0.1", m_imap_port, m_options.security == Security::Plain ? MailSecurity::None : m_options.security == Security::StartTls ? MailSecurity::StartTls
                                                                                                                                                     : MailSecurity::Tls };
    account.user = user;
    account.password = password;
    if (m_options.security != Security::Plain)
        account.ca_file = ca_file();
    auto session = ImapSession::open(account, {});
    if (session.is_error())
        return false;
    return !session.value()->append("INBOX", raw).is_error();
}

bool MailLab::fill_inbox(size_t count, const std::function<std::string(size_t)>& message)
{
    // Written in tmp/ then renamed into new/, so that Dovecot never sees half a message.
    for (size_t i = 0; i < count; ++i) {
        auto name = "1764000000.M" + std::to_string(i) + "P1.foyer-lab";
        write_text(maildir() + "/tmp/" + name, message(i));
        std::error_code error;
        fs::rename(maildir() + "/tmp/" + name, maildir() + "/new/" + name, error);
        if (error)
            return false;
    }
    return true;
}

std::vector<std::string> MailLab::smtp_log() const
{
    std::vector<std::string> lines;
    auto text = read_text(m_dir + "/smtp.log");
    size_t start = 0;
    for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

std::vector<MailLab::StoredMessage> MailLab::messages(const std::string& folder) const
{
    std::vector<StoredMessage> messages;
    auto directory = folder == "INBOX" ? maildir() : maildir() + "/." + folder;
    std::error_code error;
    for (auto sub : { "/new", "/cur" })
        for (auto& entry : fs::directory_iterator(directory + sub, error)) {
            auto name = entry.path().filename().string();
            auto info = name.find(":2,");
            messages.push_back({ read_text(entry.path().string()), info == std::string::npos ? std::string {} : name.substr(info + 3) });
        }
    return messages;
}

std::vector<std::string> MailLab::mailbox() const
{
    std::vector<std::string> messages;
    for (auto folder : { "/new", "/cur" })
        for (auto& entry : fs::directory_iterator(maildir() + folder))
            messages.push_back(read_text(entry.path().string()));
    return messages;
}

}
