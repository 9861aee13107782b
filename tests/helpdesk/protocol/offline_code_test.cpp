// Offline codes: findings go in and the same findings come out, the most serious three; misreadings are
// refused, including the ones a check digit alone would let through.
#include "helpdesk/protocol/case_code.hpp"
#include "helpdesk/protocol/offline_code.hpp"

#include <gtest/gtest.h>

using namespace Foyer::Protocol;

namespace {

OfflineFinding of(std::string_view id, Status status)
{
    return { find_finding_kind(id), status };
}

}

TEST(OfflineCode, EveryKindAndStatusRoundTrips)
{
    for (auto& kind : finding_kinds()) {
        for (auto status : { Status::Warn, Status::Fail, Status::Unknown }) {
            std::vector<OfflineFinding> findings { { &kind, status } };
            auto code = encode_offline_code(findings);
            ASSERT_EQ(code.size(), offline_code_length);
            ASSERT_EQ(classify_code(code), CodeShape::OfflineCode);
            auto decoded = decode_offline_code(format_code(code));
            ASSERT_FALSE(decoded.problem) << code;
            ASSERT_EQ(decoded.findings.size(), 1u);
            EXPECT_EQ(decoded.findings[0], findings[0]);
        }
    }
}

TEST(OfflineCode, KeepsTheThreeMostSeriousProblemsOnceEach)
{
    std::vector<OfflineFinding> findings {
        of(FindingId::system_disk, Status::Warn),
        of(FindingId::printer_ink, Status::Warn),
        of(FindingId::printer_ink, Status::Fail),
        of(FindingId::network_wifi, Status::Unknown),
        of(FindingId::sound_input, Status::Fail),
        of(FindingId::network_connectivity, Status::Ok),
        of(FindingId::network_dns, Status::Warn),
    };
    auto decoded = decode_offline_code(encode_offline_code(findings));
    ASSERT_FALSE(decoded.problem);
    ASSERT_EQ(decoded.findings.size(), 3u);
    EXPECT_EQ(decoded.findings[0], of(FindingId::printer_ink, Status::Fail));
    EXPECT_EQ(decoded.findings[1], of(FindingId::sound_input, Status::Fail));
    EXPECT_EQ(decoded.findings[2], of(FindingId::network_dns, Status::Warn));
}

TEST(OfflineCode, NothingWrongIsACodeToo)
{
    std::vector<OfflineFinding> findings { of(FindingId::network_connectivity, Status::Ok) };
    auto code = encode_offline_code(findings);
    auto decoded = decode_offline_code(code);
    EXPECT_FALSE(decoded.problem);
    EXPECT_TRUE(decoded.findings.empty());
}

TEST(OfflineCode, ReportFindingsOfUnknownKindsAreLeftOut)
{
    std::vector<Finding> findings { { "printer.ink", Status::Fail, { "a", "b" }, {}, {} },
        { "future.thing", Status::Fail, { "a", "b" }, {}, {} } };
    auto decoded = decode_offline_code(encode_offline_code(findings));
    ASSERT_EQ(decoded.findings.size(), 1u);
    EXPECT_EQ(decoded.findings[0].kind->id, "printer.ink");
}

TEST(OfflineCode, RefusesEverySingleDigitMisreading)
{
    std::vector<OfflineFinding> findings {
        of(FindingId::network_connectivity, Status::Fail), of(FindingId::network_wifi, Status::Warn)
    };
    auto code = encode_offline_code(findings);
    for (size_t position = 0; position < code.size(); ++position) {
        for (char digit = '0'; digit <= '9'; ++digit) {
            if (digit == code[position])
                continue;
            auto typo = code;
            typo[position] = digit;
            auto decoded = decode_offline_code(typo);
            EXPECT_TRUE(decoded.problem) << typo;
            EXPECT_TRUE(decoded.findings.empty());
        }
    }
}

TEST(OfflineCode, RefusesCodesNoDeviceMakes)
{
    auto with_check = [](std::string seven) { return seven + char('0' + damm_check_digit(seven)); };
    EXPECT_EQ(decode_offline_code("1234").problem, OfflineCodeProblem::WrongLength);
    EXPECT_EQ(decode_offline_code("1234 567x").problem, OfflineCodeProblem::NotDigits);
    EXPECT_EQ(decode_offline_code(with_check("9000000")).problem, OfflineCodeProblem::NewerVersion);
    EXPECT_EQ(decode_offline_code(with_check("0000000")).problem, OfflineCodeProblem::DoesNotExist);
    // 97³ and above is past the last possible payload.
    EXPECT_EQ(decode_offline_code(with_check("1999999")).problem, OfflineCodeProblem::DoesNotExist);
    // An empty first slot followed by a filled one: slot values 0, 0, 1.
    EXPECT_EQ(decode_offline_code(with_check("1000001")).problem, OfflineCodeProblem::DoesNotExist);
    // Slots in the wrong order: a warning before a failure.
    int warn_wifi = 1 + 3 * find_finding_kind(FindingId::network_wifi)->index() + 1;
    int fail_dns = 1 + 3 * find_finding_kind(FindingId::network_dns)->index() + 0;
    auto payload = std::to_string(warn_wifi * 97 * 97 + fail_dns * 97);
    EXPECT_EQ(decode_offline_code(with_check("1" + std::string(6 - payload.size(), '0') + payload)).problem,
        OfflineCodeProblem::DoesNotExist);
}
