#!/bin/sh
# Logs the senior in automatically, into the Foyer session, with LightDM or GDM (whichever this computer
# uses); --off puts things back. Run as root: sudo foyer-autologin USER   (or: sudo foyer-autologin --off)
# --root DIR works on a copy of the system's files under DIR (for tests, or to prepare an image).
set -eu

# Messages in the family's language: French when the terminal speaks French, else English.
say() {
    case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
    fr*) printf '%s\n' "$2" ;;
    *) printf '%s\n' "$1" ;;
    esac
}

usage() {
    say "Usage: foyer-autologin [--root DIR] USER | --off" "Utilisation : foyer-autologin [--root DOSSIER] UTILISATEUR | --off" >&2
    say "Logs USER in automatically into the Foyer session (LightDM or GDM); --off stops it." \
        "Connecte UTILISATEUR automatiquement à la session Foyer (LightDM ou GDM) ; --off l’arrête." >&2
    exit 2
}

root=
user=
off=no
while [ $# -gt 0 ]; do
    case "$1" in
    --root) [ $# -ge 2 ] || usage; root=$2; shift 2 ;;
    --off) off=yes; shift ;;
    -h | --help) usage ;;
    -*) usage ;;
    *) [ -z "$user" ] || usage; user=$1; shift ;;
    esac
done
[ "$off" = yes ] || [ -n "$user" ] || usage
if [ -z "$root" ] && [ "$(id -u)" -ne 0 ]; then
    say "foyer-autologin: run it as root (sudo foyer-autologin $*)." "foyer-autologin : lancez-le en administrateur (sudo foyer-autologin $*)." >&2
    exit 1
fi
if [ "$off" = no ]; then
    case "$user" in
    *[!a-z0-9_.-]* | -* | "") say "foyer-autologin: \"$user\" is not a user name." "foyer-autologin : « $user » n’est pas un nom d’utilisateur." >&2; exit 2 ;;
    esac
    if [ -z "$root" ] && ! getent passwd "$user" >/dev/null; then
        say "foyer-autologin: there is no user \"$user\" on this computer." "foyer-autologin : il n’y a pas d’utilisateur « $user » sur cet ordinateur." >&2
        exit 1
    fi
fi

done_something=no

# LightDM reads every file of lightdm.conf.d; ours is the only one we write, so --off just removes it.
lightdm_conf="$root/etc/lightdm/lightdm.conf.d/50-foyer-autologin.conf"
if [ -d "$root/etc/lightdm" ]; then
    if [ "$off" = yes ]; then
        rm -f "$lightdm_conf"
    else
        mkdir -p "$(dirname "$lightdm_conf")"
        cat >"$lightdm_conf" <<CONF
# Written by foyer-autologin: $user is logged in into the Foyer session. Remove with foyer-autologin --off.
[Seat:*]
autologin-user=$user
autologin-user-timeout=0
autologin-session=foyer
CONF
    fi
    done_something=yes
fi

# GDM: automatic login in daemon.conf, and the session chosen for the user through AccountsService.
gdm_conf="$root/etc/gdm3/daemon.conf"
if [ -f "$gdm_conf" ]; then
    tmp=$(mktemp)
    # Drop what an earlier run wrote, then add it back under [daemon] unless turning it off.
    awk -v user="$user" -v off="$off" '
        /^# foyer-autologin$/ { skip = 2; next }
        skip > 0 { skip--; next }
        { print }
        /^\[daemon\]/ && off == "no" { print "# foyer-autologin"; print "AutomaticLoginEnable=true"; print "AutomaticLogin=" user }
    ' "$gdm_conf" >"$tmp"
    if [ "$off" = no ] && ! grep -q '^\[daemon\]' "$tmp"; then
        printf '[daemon]\n# foyer-autologin\nAutomaticLoginEnable=true\nAutomaticLogin=%s\n' "$user" >>"$tmp"
    fi
    cat "$tmp" >"$gdm_conf"
    rm -f "$tmp"
    if [ "$off" = no ]; then
        account="$root/var/lib/AccountsService/users/$user"
        mkdir -p "$(dirname "$account")"
        if [ -f "$account" ]; then
            sed -i '/^XSession=/d; /^Session=/d' "$account"
            grep -q '^\[User\]' "$account" || printf '[User]\n' >>"$account"
            sed -i 's/^\[User\]$/[User]\nSession=foyer\nXSession=foyer/' "$account"
        else
            printf '[User]\nSession=foyer\nXSession=foyer\n' >"$account"
        fi
    fi
    done_something=yes
fi

if [ "$done_something" = no ]; then
    say "foyer-autologin: neither LightDM nor GDM is installed here. Install one (apt install lightdm), or choose the Foyer session on the login screen by hand." \
        "foyer-autologin : ni LightDM ni GDM n’est installé ici. Installez-en un (apt install lightdm), ou choisissez la session Foyer à la main sur l’écran de connexion." >&2
    exit 1
fi
if [ "$off" = yes ]; then
    say "foyer-autologin: automatic login is off from the next start of the computer." \
        "foyer-autologin : la connexion automatique est arrêtée à partir du prochain démarrage de l’ordinateur."
else
    say "foyer-autologin: $user will be logged in into Foyer at the next start of the computer." \
        "foyer-autologin : $user sera connecté à Foyer au prochain démarrage de l’ordinateur."
fi
