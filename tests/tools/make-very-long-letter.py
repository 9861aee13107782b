#!/usr/bin/env python3
# Writes tests/apps/email/corpus/very-long-letter.eml: a grandchild's family chronicle of 5,000 lines, as a
# real mail program sends it (UTF-8, quoted-printable, lines wrapped at 72), for the long-letter tests.
# Run it again only to change the letter; the tests read the file it wrote.
import quopri
import sys
import textwrap

SENTENCES = [
    "Ce matin, nous sommes allés au marché de Quimper avec les enfants.",
    "Il faisait beau, mais le vent venait de la mer et il fallait garder son écharpe !",
    "Tu te souviens de la boulangère de la rue Kéréon ? Elle m’a demandé de tes nouvelles.",
    "Léa a appris à faire du vélo sans les petites roues, elle est très fière.",
    "Papa a repeint le volet bleu de la cuisine ; il dit que la couleur est « presque la même ».",
    "Le soir, nous avons mangé des crêpes au froment, avec du beurre salé, comme chez toi…",
    "Je t’envoie bientôt les photos du jardin : les hortensias ont fleuri plus tôt cette année.",
    "Le médecin a dit que le genou de Papi allait mieux ; il marche déjà jusqu’au port.",
]


def letter(lines_wanted=5000):
    paragraphs, lines, n = [], 0, 0
    while lines < lines_wanted - 6:
        n += 1
        body = f"Souvenir numéro {n}. " + " ".join(SENTENCES[(n + i) % len(SENTENCES)] for i in range(5))
        wrapped = textwrap.wrap(body, 72)
        paragraphs.append("\n".join(wrapped))
        lines += len(wrapped) + 1
    text = "Ma chère Mamie,\n\n" + "\n\n".join(paragraphs)
    text += "\n\nC’est la fin de ma très longue lettre.\nJe t’embrasse très fort,\nMathilde\n"
    return text


def main():
    text = letter()
    assert text.count("\n") >= 5000, text.count("\n")
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    headers = (
        "Return-Path: <mathilde@example.fr>\r\n"
        "From: =?UTF-8?Q?Mathilde_B=C3=A9rard?= <mathilde@example.fr>\r\n"
        "To: Marie-Martine <marie@test.local>\r\n"
        "Subject: =?UTF-8?Q?Toute_la_famille_en_Bretagne?=\r\n"
        "Date: Sun, 29 Nov 2026 17:40:00 +0100\r\n"
        "Message-ID: <chronique-bretagne-20261129@example.fr>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8; format=flowed\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "User-Agent: Mozilla Thunderbird\r\n"
        "\r\n"
    )
    out = sys.argv[1] if len(sys.argv) > 1 else "tests/apps/email/corpus/very-long-letter.eml"
    with open(out, "w", newline="") as f:
        f.write(headers + body.replace("\n", "\r\n"))


if __name__ == "__main__":
    main()
