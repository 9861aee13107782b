// The console's words. "{…}" marks a value the page fills in (always escaped).
#include "strings.hpp"

#include <array>
#include <cassert>

namespace Foyer::Helpdesk {

namespace {

// One entry per line (or two when long): key, French, English.
// clang-format off
constexpr std::array<TextEntry, size_t(Text::Count)> table { {
    { Text::AppName, "Assistance Foyer", "Foyer helpdesk" },
    { Text::SkipToContent, "Aller au contenu", "Skip to content" },
    { Text::NavEnterCode, "Saisir un code", "Enter a code" },
    { Text::NavOffline, "Code hors ligne", "Offline code" },
    { Text::NavExport, "Export mensuel", "Monthly export" },
    { Text::LogOut, "Se déconnecter", "Log out" },
    { Text::LoggedInAs, "Connecté : {name}", "Logged in: {name}" },
    { Text::LoginTitle, "Connexion des médiateurs", "Mediator login" },
    { Text::Name, "Nom", "Name" },
    { Text::Password, "Mot de passe", "Password" },
    { Text::LogInButton, "Se connecter", "Log in" },
    { Text::LoginFailed, "Le nom ou le mot de passe est faux.", "The name or the password is wrong." },
    { Text::LoginTooMany, "Trop d’essais manqués. Attendez 15 minutes, puis réessayez.", "Too many failed attempts. Wait 15 minutes, then try again." },
    { Text::LoginAgain, "Veuillez vous connecter.", "Please log in." },
    { Text::FormExpired, "Ce formulaire a expiré ; rechargez la page et recommencez.", "This form has expired; reload the page and try again." },
    { Text::FormTooLarge, "Ce texte est trop long.", "This text is too long." },
    { Text::EnterCodeTitle, "Saisir le code", "Enter the code" },
    { Text::EnterCodeHint, "Les 9 chiffres que la personne lit sur son écran, par exemple 123 456 789.",
        "The 9 digits the person reads from their screen, for example 123 456 789." },
    { Text::CaseCodeLabel, "Code du dossier", "Case code" },
    { Text::OpenCase, "Ouvrir le dossier", "Open the case" },
    { Text::CodeWrongLength, "Un code de dossier a 9 chiffres, par exemple 123 456 789.", "A case code has 9 digits, for example 123 456 789." },
    { Text::CodeDoesNotExist, "Ce code n’existe pas — vérifiez les chiffres.", "This code does not exist — check the digits." },
    { Text::CodeExpired, "Ce code a plus de 72 heures. Demandez à la personne d’appuyer de nouveau sur « Appeler l’assistance » pour obtenir un nouveau code.",
        "This code is more than 72 hours old. Ask the person to press “Call for help” again to get a new code." },
    { Text::TooManyLookups, "Trop de codes faux en peu de temps. Attendez 10 minutes, puis réessayez.",
        "Too many wrong codes in a short time. Wait 10 minutes, then try again." },
    { Text::CasesInProgress, "Dossiers en cours", "Cases in progress" },
    { Text::NoCasesInProgress, "Aucun dossier en cours.", "No case in progress." },
    { Text::CaseTitle, "Dossier {code}", "Case {code}" },
    { Text::StateNew, "Nouveau", "New" },
    { Text::StateClaimed, "En cours", "In progress" },
    { Text::StateClosed, "Clos", "Closed" },
    { Text::Computer, "Ordinateur", "Computer" },
    { Text::NoNickname, "(sans nom)", "(no name)" },
    { Text::ReceivedAt, "Reçu le", "Received" },
    { Text::CodeValidUntil, "Code valable jusqu’au", "Code valid until" },
    { Text::Screen, "L’écran de la personne", "The person’s screen" },
    { Text::ScreenshotAlt, "L’écran de la personne, reçu le {date}", "The person’s screen, received {date}" },
    { Text::NoScreenshot, "Aucune capture d’écran n’a été envoyée.", "No screenshot was sent." },
    { Text::OpenFullSize, "Voir en taille réelle", "Open at full size" },
    { Text::EarlierScreenshots, "Captures précédentes", "Earlier screenshots" },
    { Text::Findings, "Ce que Foyer a trouvé", "What Foyer found" },
    { Text::NoFindings, "Le rapport ne contient aucune vérification.", "The report holds no findings." },
    { Text::StatusFail, "Problème", "Problem" },
    { Text::StatusWarn, "Attention", "Warning" },
    { Text::StatusUnknown, "Inconnu", "Unknown" },
    { Text::StatusOk, "Bon", "OK" },
    { Text::RawDetails, "Détails bruts", "Raw details" },
    { Text::WholeReport, "Le rapport complet, tel qu’il a été envoyé", "The whole report, as sent" },
    { Text::NoDetails, "Aucun détail.", "No details." },
    { Text::EarlierCases, "Les dossiers précédents de cet ordinateur", "This computer’s earlier cases" },
    { Text::NoEarlierCases, "Aucun dossier précédent.", "No earlier case." },
    { Text::LiveHelp, "Aide en direct", "Live help" },
    { Text::LiveOnUntil, "L’aide en direct est active jusqu’à {time}.", "Live help is on until {time}." },
    { Text::LiveOff, "L’aide en direct n’est pas active. Le message et la nouvelle capture fonctionnent dès que la personne accepte l’aide en direct sur son ordinateur.",
        "Live help is off. The message box and the new screenshot button work once the person accepts live help on their computer." },
    { Text::LiveEnded, "L’aide en direct est terminée : {reason}.", "Live help has ended: {reason}." },
    { Text::EndedByDevice, "la personne l’a arrêtée", "the person stopped it" },
    { Text::EndedByMediator, "un médiateur l’a arrêtée", "a mediator ended it" },
    { Text::EndedByTimeout, "ses 30 minutes étaient écoulées", "its 30 minutes were over" },
    { Text::EndedByClose, "le dossier a été clos", "the case was closed" },
    { Text::MessageLabel, "Message à afficher et à lire à voix haute sur l’écran de la personne",
        "Message to show and read aloud on the person’s screen" },
    { Text::MessageHint, "Des phrases courtes et simples, 500 caractères au plus.", "Short, simple sentences; 500 characters at most." },
    { Text::SendMessage, "Envoyer le message", "Send the message" },
    { Text::AskScreenshot, "Demander une nouvelle capture d’écran", "Ask for a new screenshot" },
    { Text::EndLive, "Arrêter l’aide en direct", "End live help" },
    { Text::CloseTitle, "Clore le dossier", "Close the case" },
    { Text::ActivityNote, "Note d’activité pour le bilan mensuel", "Activity note for the monthly report" },
    { Text::ActivityNoteHint, "Ce qui a été fait, en quelques mots ; 2000 caractères au plus.", "What was done, in a few words; 2000 characters at most." },
    { Text::CloseButton, "Clore le dossier", "Close the case" },
    { Text::ClosedBy, "Clos par {name} le {date}.", "Closed by {name} on {date}." },
    { Text::MessageSent, "Le message a été envoyé.", "The message was sent." },
    { Text::ScreenshotRequested, "Une nouvelle capture a été demandée ; elle s’affichera ici dès son arrivée.",
        "A new screenshot was requested; it appears here as soon as it arrives." },
    { Text::LiveEndedDone, "L’aide en direct a été arrêtée.", "Live help was ended." },
    { Text::CaseClosedDone, "Le dossier est clos.", "The case is closed." },
    { Text::MessageEmpty, "Écrivez d’abord un message (500 caractères au plus).", "Write a message first (500 characters at most)." },
    { Text::NoteEmpty, "Écrivez d’abord une note d’activité (2000 caractères au plus).", "Write an activity note first (2000 characters at most)." },
    { Text::LiveNotOn, "L’aide en direct n’est pas active : rien n’a été envoyé.", "Live help is not on, so nothing was sent." },
    { Text::AlreadyClosed, "Ce dossier était déjà clos.", "This case was already closed." },
    { Text::NewScreenshotArrived, "Une nouvelle capture d’écran est arrivée.", "A new screenshot arrived." },
    { Text::CaseNotFound, "Ce dossier n’existe pas (il a peut-être été supprimé à la fin de sa durée de conservation).",
        "This case does not exist (it may have been deleted at the end of its retention period)." },
    { Text::OfflineTitle, "Lire un code hors ligne", "Read an offline code" },
    { Text::OfflineHint, "Les 8 chiffres que la personne lit quand son ordinateur n’a pas pu joindre l’assistance, par exemple 1234 5678.",
        "The 8 digits the person reads when their computer could not reach the helpdesk, for example 1234 5678." },
    { Text::OfflineCodeLabel, "Code hors ligne", "Offline code" },
    { Text::OfflineButton, "Lire le code", "Read the code" },
    { Text::OfflineResult, "Ce que l’ordinateur a trouvé (code {code})", "What the computer found (code {code})" },
    { Text::OfflineNothingWrong, "L’ordinateur n’a trouvé aucun problème.", "The computer found nothing wrong." },
    { Text::OfflineMore, "Un code hors ligne contient au plus les trois problèmes les plus graves ; le rapport complet arrivera quand l’ordinateur sera de nouveau en ligne.",
        "An offline code holds at most the three most serious problems; the full report arrives when the computer is back online." },
    { Text::OfflineWrongLength, "Un code hors ligne a 8 chiffres, par exemple 1234 5678.", "An offline code has 8 digits, for example 1234 5678." },
    { Text::OfflineNewer, "Ce code vient d’une version de Foyer plus récente que cette assistance ; il faut mettre l’assistance à jour.",
        "This code comes from a newer version of Foyer than this helpdesk; the helpdesk needs updating." },
    { Text::ExportTitle, "Exporter les dossiers clos", "Export closed cases" },
    { Text::ExportHint, "Un fichier CSV des dossiers clos pendant le mois choisi, pour le bilan d’activité mensuel.",
        "A CSV file of the cases closed in the chosen month, for the monthly activity report." },
    { Text::Month, "Mois", "Month" },
    { Text::ExportButton, "Télécharger le fichier CSV", "Download the CSV file" },
    { Text::MonthInvalid, "Choisissez un mois, par exemple 2025-03.", "Choose a month, for example 2025-03." },
    { Text::ServiceUnavailable, "La base de données de l’assistance ne répond pas. Réessayez dans un instant.",
        "The helpdesk’s database does not answer. Try again in a moment." },
    { Text::NothingHere, "Il n’y a rien à cette adresse.", "There is nothing at this address." },
    { Text::AskedArrivedLate, "Demande d’aide à {asked} (arrivée à {arrived})", "Asked for help at {asked} (arrived at {arrived})" },
    { Text::AnswersOfflineCode, "Répond au code hors ligne {code}", "Answers offline code {code}" },
    { Text::ChecksFineOne, "1 vérification correcte", "1 check fine" },
    { Text::ChecksFineMany, "{count} vérifications correctes", "{count} checks fine" },
    { Text::MessagesSent, "Messages envoyés", "Messages sent" },
    { Text::MessageShownAt, "affiché à {time}", "shown at {time}" },
    { Text::MessageNotShownYet, "pas encore affiché", "not shown yet" },
    { Text::OfflineCaseArrived, "Ce rapport est arrivé depuis : dossier {code}.", "This report has since arrived: case {code}." },
    { Text::OpenThisCase, "Ouvrir ce dossier", "Open this case" },
} };
// clang-format on

}

const TextEntry& text_entry(Text key)
{
    assert(size_t(key) < table.size());
    return table[size_t(key)];
}

std::string_view tr(Language language, Text key)
{
    auto& entry = text_entry(key);
    return language == Language::French ? entry.fr : entry.en;
}

}
