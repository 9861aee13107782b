// Every sentence the console shows, in French and English. Report texts come with their own translations.
#pragma once

#include "helpdesk/protocol/report.hpp"

#include <string_view>

namespace Foyer::Helpdesk {

using Protocol::Language;

enum class Text {
    AppName,
    SkipToContent,
    NavEnterCode,
    NavOffline,
    NavExport,
    LogOut,
    LoggedInAs,
    LoginTitle,
    Name,
    Password,
    LogInButton,
    LoginFailed,
    LoginTooMany,
    LoginAgain,
    FormExpired,
    FormTooLarge,
    EnterCodeTitle,
    EnterCodeHint,
    CaseCodeLabel,
    OpenCase,
    CodeWrongLength,
    CodeDoesNotExist,
    CodeExpired,
    TooManyLookups,
    CasesInProgress,
    NoCasesInProgress,
    CaseTitle,
    StateNew,
    StateClaimed,
    StateClosed,
    Computer,
    NoNickname,
    ReceivedAt,
    CodeValidUntil,
    Screen,
    ScreenshotAlt,
    NoScreenshot,
    OpenFullSize,
    EarlierScreenshots,
    Findings,
    NoFindings,
    StatusFail,
    StatusWarn,
    StatusUnknown,
    StatusOk,
    RawDetails,
    WholeReport,
    NoDetails,
    EarlierCases,
    NoEarlierCases,
    LiveHelp,
    LiveOnUntil,
    LiveOff,
    LiveEnded,
    EndedByDevice,
    EndedByMediator,
    EndedByTimeout,
    EndedByClose,
    MessageLabel,
    MessageHint,
    SendMessage,
    AskScreenshot,
    EndLive,
    CloseTitle,
    ActivityNote,
    ActivityNoteHint,
    CloseButton,
    ClosedBy,
    MessageSent,
    ScreenshotRequested,
    LiveEndedDone,
    CaseClosedDone,
    MessageEmpty,
    NoteEmpty,
    LiveNotOn,
    AlreadyClosed,
    NewScreenshotArrived,
    CaseNotFound,
    OfflineTitle,
    OfflineHint,
    OfflineCodeLabel,
    OfflineButton,
    OfflineResult,
    OfflineNothingWrong,
    OfflineMore,
    OfflineWrongLength,
    OfflineNewer,
    ExportTitle,
    ExportHint,
    Month,
    ExportButton,
    MonthInvalid,
    ServiceUnavailable,
    NothingHere,
    AskedArrivedLate,
    AnswersOfflineCode,
    ChecksFineOne,
    ChecksFineMany,
    MessagesSent,
    MessageShownAt,
    MessageNotShownYet,
    OfflineCaseArrived,
    OpenThisCase,
    Count,
};

std::string_view tr(Language, Text);

// The table itself, for the test that every entry is in its place and has both languages.
struct TextEntry {
    Text key;
    std::string_view fr;
    std::string_view en;
};
const TextEntry& text_entry(Text);

}
