// The finding catalog's words. Sentences are short and jargon-free: a mediator may read them aloud.
#include "finding_catalog.hpp"

namespace Foyer::Protocol {

namespace {

// Order matters: a kind's position is its number in offline codes already read over the phone. Append only.
// One kind per block, its four sentences in status order (ok, warn, fail, unknown), French then English.
// clang-format off
constexpr std::array catalog {
    FindingKind { FindingId::network_connectivity,
        { "Connexion à internet", "Internet connection" },
        { { { "L’ordinateur est connecté à internet.", "The computer is connected to the internet." },
            { "La connexion à internet ne fonctionne qu’en partie.", "The internet connection only partly works." },
            { "L’ordinateur n’est pas connecté à internet.", "The computer is not connected to the internet." },
            { "Foyer ne peut pas savoir si l’ordinateur est connecté à internet.", "Foyer cannot tell whether the computer is connected to the internet." } } } },
    FindingKind { FindingId::network_link,
        { "Câble réseau et Wi-Fi", "Network cable and Wi-Fi" },
        { { { "L’ordinateur a une liaison réseau active (câble ou Wi-Fi).", "The computer has a working network link (cable or Wi-Fi)." },
            { "La liaison réseau est instable.", "The network link is unstable." },
            { "Aucun câble réseau n’est branché et aucun Wi-Fi n’est connecté.", "No network cable is plugged in and no Wi-Fi is connected." },
            { "Foyer ne peut pas savoir si l’ordinateur a une liaison réseau.", "Foyer cannot tell whether the computer has a network link." } } } },
    FindingKind { FindingId::network_wifi,
        { "Wi-Fi", "Wi-Fi" },
        { { { "Le Wi-Fi est allumé et le signal est bon.", "The Wi-Fi is on and the signal is good." },
            { "Le signal Wi-Fi est faible.", "The Wi-Fi signal is weak." },
            { "Le Wi-Fi est éteint.", "The Wi-Fi is switched off." },
            { "Foyer ne peut pas connaître l’état du Wi-Fi.", "Foyer cannot tell the state of the Wi-Fi." } } } },
    FindingKind { FindingId::network_gateway,
        { "Box internet", "Internet box" },
        { { { "La box internet répond.", "The internet box answers." },
            { "La box internet répond lentement.", "The internet box answers slowly." },
            { "La box internet ne répond pas.", "The internet box does not answer." },
            { "Foyer ne peut pas savoir si la box internet répond.", "Foyer cannot tell whether the internet box answers." } } } },
    FindingKind { FindingId::network_dns,
        { "Recherche des sites (DNS)", "Finding websites (DNS)" },
        { { { "Les adresses des sites sont trouvées.", "Website addresses are found." },
            { "Les adresses des sites sont trouvées lentement.", "Website addresses are found slowly." },
            { "Les adresses des sites ne sont pas trouvées (le DNS ne répond pas).", "Website addresses are not found (DNS does not answer)." },
            { "Foyer ne peut pas savoir si les adresses des sites sont trouvées.", "Foyer cannot tell whether website addresses are found." } } } },
    FindingKind { FindingId::network_captive_portal,
        { "Page de connexion du réseau", "Network login page" },
        { { { "Aucune page de connexion ne bloque internet.", "No login page blocks the internet." },
            { "Une page de connexion bloque peut-être internet.", "A login page may be blocking the internet." },
            { "Une page de connexion bloque internet (Wi-Fi d’hôtel, de gare ou de magasin).", "A login page blocks the internet (hotel, station or shop Wi-Fi)." },
            { "Foyer ne peut pas savoir si une page de connexion bloque internet.", "Foyer cannot tell whether a login page blocks the internet." } } } },
    FindingKind { FindingId::network_helpdesk,
        { "Serveur de l’assistance", "Helpline server" },
        { { { "Le serveur de l’assistance est joignable.", "The helpline server can be reached." },
            { "Le serveur de l’assistance répond lentement.", "The helpline server answers slowly." },
            { "Le serveur de l’assistance est injoignable.", "The helpline server cannot be reached." },
            { "Foyer ne peut pas savoir si le serveur de l’assistance est joignable.", "Foyer cannot tell whether the helpline server can be reached." } } } },
    FindingKind { FindingId::network_sites,
        { "Sites courants", "Common websites" },
        { { { "Les sites courants (impôts, assurance maladie, CAF) s’ouvrent.", "Common websites (taxes, health insurance, family allowance) open." },
            { "Certains sites courants s’ouvrent lentement ou pas du tout.", "Some common websites open slowly or not at all." },
            { "Les sites courants ne s’ouvrent pas.", "Common websites do not open." },
            { "Foyer ne peut pas savoir si les sites courants s’ouvrent.", "Foyer cannot tell whether common websites open." } } } },
    FindingKind { FindingId::printer_default,
        { "Imprimante", "Printer" },
        { { { "Une imprimante est installée.", "A printer is set up." },
            { "L’imprimante habituelle n’est pas choisie par défaut.", "The usual printer is not the default one." },
            { "Aucune imprimante n’est installée.", "No printer is set up." },
            { "Foyer ne peut pas savoir si une imprimante est installée.", "Foyer cannot tell whether a printer is set up." } } } },
    FindingKind { FindingId::printer_state,
        { "État de l’imprimante", "Printer state" },
        { { { "L’imprimante est prête.", "The printer is ready." },
            { "L’imprimante demande de l’attention (papier, pause ou avertissement).", "The printer needs attention (paper, paused or a warning)." },
            { "L’imprimante ne peut pas imprimer (éteinte, sans papier ou bourrage).", "The printer cannot print (switched off, out of paper or jammed)." },
            { "L’imprimante ne dit pas dans quel état elle est.", "The printer does not say what state it is in." } } } },
    FindingKind { FindingId::printer_ink,
        { "Encre et toner", "Ink and toner" },
        { { { "L’imprimante a assez d’encre ou de toner.", "The printer has enough ink or toner." },
            { "L’imprimante n’a bientôt plus d’encre ou de toner.", "The printer is low on ink or toner." },
            { "L’imprimante n’a plus d’encre ou de toner.", "The printer has run out of ink or toner." },
            { "L’imprimante ne dit pas combien d’encre il reste.", "The printer does not say how much ink is left." } } } },
    FindingKind { FindingId::printer_jobs,
        { "Documents en attente", "Documents waiting to print" },
        { { { "Aucun document n’est bloqué en attente d’impression.", "No document is stuck waiting to print." },
            { "Un document attend d’être imprimé depuis un moment.", "A document has been waiting to print for a while." },
            { "Des documents sont bloqués et ne s’impriment pas.", "Documents are stuck and do not print." },
            { "Foyer ne peut pas savoir si des documents attendent d’être imprimés.", "Foyer cannot tell whether documents are waiting to print." } } } },
    FindingKind { FindingId::sound_output,
        { "Son (haut-parleurs)", "Sound (speakers)" },
        { { { "Le son est allumé.", "The sound is on." },
            { "Le son est très bas.", "The sound is very low." },
            { "Le son est coupé ou il n’y a pas de haut-parleur.", "The sound is muted or there is no speaker." },
            { "Foyer ne peut pas connaître l’état du son.", "Foyer cannot tell the state of the sound." } } } },
    FindingKind { FindingId::sound_input,
        { "Micro", "Microphone" },
        { { { "Le micro est allumé.", "The microphone is on." },
            { "Le micro est très bas.", "The microphone is very low." },
            { "Le micro est coupé ou absent.", "The microphone is muted or missing." },
            { "Foyer ne peut pas connaître l’état du micro.", "Foyer cannot tell the state of the microphone." } } } },
    FindingKind { FindingId::camera_present,
        { "Caméra", "Camera" },
        { { { "Une caméra est branchée.", "A camera is connected." },
            { "La caméra est là mais un autre programme l’utilise peut-être.", "The camera is there but another program may be using it." },
            { "Aucune caméra n’est branchée.", "No camera is connected." },
            { "Foyer ne peut pas savoir si une caméra est branchée.", "Foyer cannot tell whether a camera is connected." } } } },
    FindingKind { FindingId::system_os,
        { "Système", "Operating system" },
        { { { "Le système de l’ordinateur est pris en charge.", "The computer’s system is supported." },
            { "Le système de l’ordinateur est ancien.", "The computer’s system is old." },
            { "Le système de l’ordinateur n’est plus pris en charge.", "The computer’s system is no longer supported." },
            { "Foyer ne peut pas savoir quel système est installé.", "Foyer cannot tell which system is installed." } } } },
    FindingKind { FindingId::system_foyer,
        { "Foyer", "Foyer" },
        { { { "Foyer fonctionne normalement.", "Foyer is working normally." },
            { "Foyer est dans une ancienne version.", "Foyer is an old version." },
            { "Foyer a un problème avec ses propres fichiers.", "Foyer has a problem with its own files." },
            { "Foyer ne peut pas connaître sa propre version.", "Foyer cannot tell its own version." } } } },
    FindingKind { FindingId::system_uptime,
        { "Temps depuis le démarrage", "Time since start" },
        { { { "L’ordinateur a été démarré récemment.", "The computer was started recently." },
            { "L’ordinateur n’a pas été redémarré depuis longtemps.", "The computer has not been restarted for a long time." },
            { "L’ordinateur n’a pas été redémarré depuis des semaines.", "The computer has not been restarted for weeks." },
            { "Foyer ne peut pas savoir depuis quand l’ordinateur est allumé.", "Foyer cannot tell how long the computer has been on." } } } },
    FindingKind { FindingId::system_disk,
        { "Espace de stockage", "Storage space" },
        { { { "Il reste assez de place.", "There is enough free space." },
            { "Il reste peu de place.", "Free space is running low." },
            { "Le disque est plein.", "The disk is full." },
            { "Foyer ne peut pas savoir combien de place il reste.", "Foyer cannot tell how much free space is left." } } } },
    FindingKind { FindingId::system_memory,
        { "Mémoire", "Memory" },
        { { { "Il y a assez de mémoire.", "There is enough memory." },
            { "La mémoire est presque pleine ; l’ordinateur peut être lent.", "Memory is nearly full; the computer may be slow." },
            { "La mémoire est pleine ; des programmes peuvent se fermer tout seuls.", "Memory is full; programs may close by themselves." },
            { "Foyer ne peut pas savoir combien de mémoire il reste.", "Foyer cannot tell how much memory is left." } } } },
    FindingKind { FindingId::system_power,
        { "Batterie et alimentation", "Battery and power" },
        { { { "L’alimentation est correcte.", "The power supply is fine." },
            { "La batterie est faible.", "The battery is low." },
            { "La batterie est presque vide et le chargeur n’est pas branché.", "The battery is almost empty and the charger is not plugged in." },
            { "Foyer ne peut pas connaître l’état de la batterie.", "Foyer cannot tell the state of the battery." } } } },
    FindingKind { FindingId::system_screen,
        { "Écran", "Screen" },
        { { { "La taille de l’écran est normale.", "The screen size is normal." },
            { "La résolution de l’écran est inhabituelle ; le texte peut paraître trop petit ou trop grand.", "The screen resolution is unusual; text may look too small or too big." },
            { "L’écran n’a pas pu être lu.", "The screen could not be read." },
            { "Foyer ne peut pas connaître la taille de l’écran.", "Foyer cannot tell the size of the screen." } } } },
    FindingKind { FindingId::system_errors,
        { "Erreurs récentes", "Recent errors" },
        { { { "Foyer n’a noté aucune erreur récente.", "Foyer has logged no recent error." },
            { "Foyer a noté quelques erreurs récentes.", "Foyer has logged a few recent errors." },
            { "Foyer a noté des erreurs récentes graves.", "Foyer has logged serious recent errors." },
            { "Foyer ne peut pas lire son journal d’erreurs.", "Foyer cannot read its error log." } } } },
    FindingKind { FindingId::system_activity,
        { "Ce que faisait la personne", "What the person was doing" },
        { { { "Les dernières actions se sont bien passées.", "The last actions went well." },
            { "La dernière action ne s’est pas terminée.", "The last action did not finish." },
            { "La dernière action s’est terminée par une erreur.", "The last action ended with an error." },
            { "Foyer ne sait pas ce que faisait la personne.", "Foyer does not know what the person was doing." } } } },
};
// clang-format on

// An offline code gives each kind 3 values (warn, fail, unknown) in a base-97 digit: at most 32 kinds.
static_assert(catalog.size() <= 32);

}

int FindingKind::index() const
{
    return int(this - catalog.data());
}

std::span<const FindingKind> finding_kinds()
{
    return catalog;
}

const FindingKind* find_finding_kind(std::string_view id)
{
    for (auto& kind : catalog)
        if (kind.id == id)
            return &kind;
    return nullptr;
}

}
