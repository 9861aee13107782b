// What `serve` can be told: enrollment codes, rate limits (429 with Retry-After), TLS, and refusals of
// unsafe or wrong settings with a plain message.
#include "tests/helpdesk/support/device_client.hpp"
#include "tests/helpdesk/support/helpdesk_fixture.hpp"

#include <sys/stat.h>
#include <thread>

using namespace Foyer::Testing;

namespace {

class ServerOptionsTest : public BackendTest { };

FOYER_BACKENDS(ServerOptionsTest);

std::string secret_file(
    const std::string& directory, const std::string& name, const std::string& contents, mode_t mode)
{
    auto path = directory + "/" + name;
    write_text(path, contents);
    chmod(path.c_str(), mode);
    return path;
}

TEST_P(ServerOptionsTest, EnrollmentCanRequireAnAssociationsCode)
{
    auto codes
        = secret_file(temporary(), "codes", "# one per association\nSOLIDARITE-2025\nmairie-lyon-7\n", 0600);
    auto server = start_server({ "--enrollment-codes", codes });
    ASSERT_TRUE(server->ready());
    DeviceClient device(server->port());
    auto missing = device.enroll({ { "nickname", "Mamie" } });
    EXPECT_EQ(missing.status, 403);
    EXPECT_EQ(missing.json["message"], "This helpdesk needs the enrollment code your association gave you.");
    EXPECT_EQ(device.enroll({ { "enrollment_code", "SOLIDARITE-2024" } }).status, 403);
    EXPECT_EQ(device.enroll({ { "enrollment_code", "mairie-lyon-7" } }).status, 201);
    EXPECT_EQ(device.enroll({ { "enrollment_code", " SOLIDARITE-2025 " } }).status, 201);
}

TEST_P(ServerOptionsTest, SecretFilesReadableByOthersAreRefused)
{
    auto codes = secret_file(temporary(), "codes", "CODE\n", 0644);
    auto result = run_helpdesk(
        { "serve", "--listen", "127.0.0.1:0", "--db", database_url(), "--enrollment-codes", codes });
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.output.find("can be read by other users; run: chmod 600 " + codes), std::string::npos)
        << result.output;
}

TEST_P(ServerOptionsTest, TooManyReportsGet429WithRetryAfter)
{
    auto server = start_server({ "--reports-per-hour", "2" });
    ASSERT_TRUE(server->ready());
    DeviceClient device(server->port());
    ASSERT_EQ(device.enroll().status, 201);
    EXPECT_EQ(device.send_report(example_report_with_id(fresh_report_id())).status, 201);
    EXPECT_EQ(device.send_report(example_report_with_id(fresh_report_id()), make_png(100, 100)).status, 201);
    auto limited = device.send_report(example_report_with_id(fresh_report_id()), make_png(100, 100));
    EXPECT_EQ(limited.status, 429) << limited.body;
    EXPECT_EQ(limited.header("Retry-After"), "1800");
    EXPECT_EQ(limited.json["retry_after"], 1800);
    EXPECT_EQ(store().all_cases().value().size(), 2u);
    // Another device has its own allowance.
    DeviceClient other(server->port());
    ASSERT_EQ(other.enroll().status, 201);
    EXPECT_EQ(other.send_report(example_report()).status, 201);
}

TEST_P(ServerOptionsTest, TooManyEnrollmentsFromOneAddressGet429)
{
    auto server = start_server({ "--enrollments-per-hour", "3" });
    ASSERT_TRUE(server->ready());
    DeviceClient device(server->port());
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(device.enroll().status, 201);
    auto limited = device.enroll();
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("Retry-After"), "1200");
}

TEST_P(ServerOptionsTest, ServesHttpsWithAVerifiedCertificate)
{
    if (!have_program("openssl"))
        GTEST_SKIP() << "openssl is not installed (apt-get install openssl)";
    auto key = temporary() + "/key.pem";
    auto certificate = temporary() + "/cert.pem";
    auto made = run(
        { "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate,
            "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost" });
    ASSERT_EQ(made.exit_code, 0) << made.output;
    chmod(key.c_str(), 0644);
    auto refused = run_helpdesk({ "serve", "--listen", "127.0.0.1:0", "--db", database_url(), "--tls-cert",
        certificate, "--tls-key", key });
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.output.find("TLS key file"), std::string::npos) << refused.output;
    chmod(key.c_str(), 0600);

    auto server = start_server({ "--tls-cert", certificate, "--tls-key", key });
    ASSERT_TRUE(server->ready());
    EXPECT_NE(server->log().find("listening on https://"), std::string::npos);
    httplib::SSLClient verified("127.0.0.1", server->port());
    verified.set_ca_cert_path(certificate.c_str());
    verified.enable_server_certificate_verification(true);
    auto health = verified.Get("/healthz");
    ASSERT_TRUE(health) << httplib::to_string(health.error());
    EXPECT_EQ(health->status, 200);
    // A client that does not trust the certificate does not get through: verification is on.
    httplib::SSLClient untrusting("127.0.0.1", server->port());
    untrusting.set_ca_cert_path("/nonexistent.pem");
    untrusting.enable_server_certificate_verification(true);
    EXPECT_FALSE(untrusting.Get("/healthz"));
    // Plain HTTP to the HTTPS port gets no answer.
    httplib::Client plain("127.0.0.1", server->port());
    plain.set_read_timeout(5, 0);
    auto nothing = plain.Get("/healthz");
    EXPECT_TRUE(!nothing || nothing->status != 200);
    // Cookies are Secure under TLS.
    verified.set_follow_location(false);
    auto login = verified.Get("/console/login");
    ASSERT_TRUE(login);
    EXPECT_NE(login->get_header_value("Set-Cookie").find("; Secure"), std::string::npos);
}

TEST_P(ServerOptionsTest, WrongArgumentsAreExplained)
{
    auto no_listen = run_helpdesk({ "serve", "--db", database_url() });
    EXPECT_EQ(no_listen.exit_code, 2);
    EXPECT_NE(no_listen.output.find("--listen HOST:PORT is required"), std::string::npos);
    auto bad_db = run_helpdesk({ "serve", "--listen", "127.0.0.1:0", "--db", "oracle://x" });
    EXPECT_EQ(bad_db.exit_code, 2);
    EXPECT_NE(bad_db.output.find("The database must be sqlite:PATH or postgresql://"), std::string::npos);
    auto unknown
        = run_helpdesk({ "serve", "--listen", "127.0.0.1:0", "--db", database_url(), "--colour", "blue" });
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.output.find("Unknown argument: --colour"), std::string::npos);
    auto half_tls
        = run_helpdesk({ "serve", "--listen", "127.0.0.1:0", "--db", database_url(), "--tls-cert", "/x.pem" });
    EXPECT_EQ(half_tls.exit_code, 2);
    EXPECT_NE(half_tls.output.find("TLS needs both --tls-cert and --tls-key."), std::string::npos);
}

TEST_P(ServerOptionsTest, StopsCleanlyOnSigtermEvenDuringALongPoll)
{
    auto server = start_server();
    ASSERT_TRUE(server->ready());
    DeviceClient device(server->port());
    ASSERT_EQ(device.enroll().status, 201);
    auto code = device.send_report(example_report()).json["code"].get<std::string>();
    ASSERT_EQ(device.start_live(code).status, 201);
    std::thread poller([&] { device.poll(code, 0, 25); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(server->stop(), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
    poller.join();
    EXPECT_NE(server->log().find("foyer-helpdesk: stopped"), std::string::npos);
}

}
