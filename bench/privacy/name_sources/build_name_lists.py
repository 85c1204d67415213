#!/usr/bin/env python3
"""Builds src/privacy/data/world_first_names.txt and world_surnames.txt from
the hand-written world_given.txt and world_surnames.txt beside this script.

Keys are written as the scanner looks names up (`names::norm`): lowercase,
apostrophes dropped, accents folded to ASCII; hyphenated names add their parts.
Entries already in the Census or extra lists, ordinary English words
(data/name_words.txt and a short block list) and one- or two-letter entries
are left out, so the lists only add what is missing.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "src", "privacy", "data")
SPECIAL = {"ł": "l", "đ": "d", "ı": "i", "ø": "o", "ß": "s", "æ": "a", "œ": "o", "ð": "d", "þ": "t"}
PARTICLES = {"al", "el", "abu", "ben", "bin", "de", "del", "della", "la", "le", "van", "von", "der", "den",
             "du", "da", "di", "dos", "das", "st", "ní", "ni", "ó", "o", "mac", "nic", "ap", "ter", "ten"}
# English words and forum words that must not become names.
BLOCK = set("""memory willow poppy clementine florence piers jasper teddy sunny harsh paras danish tapas mou
ama aba yaa ala nada uri said ping wan fang gang long son dong bong hung lan ting lei dat dung van yen chi
min floor bindi kiss pastor bravo urban frank sane pal panda islam gumbo champagne parent carrier couture
bonnet gentile lopes pinto fan pan song sun tang cha shin moon endo dang thai tong tonga lam lo do oh ha
ye mo ho ta vo ly su hu fu yu ng ma le lu wolf stein sommer stolz lange vitale basile serra testa sala
gil mora cano rey blanco calvo fiore leone costa conti monti bruno greco""".split())


def fold(w: str) -> str:
    out = []
    for ch in w.lower():
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base)
    return "".join(out).replace("'", "").replace("’", "")


def read(name: str) -> set:
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip()}


def keys(path: str) -> list:
    seen = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            for raw in line.split():
                parts = [raw] + (raw.split("-") if "-" in raw else [])
                for p in parts:
                    if "-" in p or p.lower() in PARTICLES:
                        continue
                    seen.append((p, fold(p)))
    return seen


def build(src: str, out: str, existing: set, words: set) -> None:
    result, nonascii = set(), set()
    for raw, k in keys(os.path.join(HERE, src)):
        nonascii |= {c for c in raw.lower() if ord(c) > 127}
        if len(k) < 3 or not k.isascii() or not k.isalpha() or k in existing or k in words or k in BLOCK:
            continue
        result.add(k)
    with open(os.path.join(DATA, out), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(result)) + "\n")
    print(f"{out}: {len(result)} names; accented letters folded: {''.join(sorted(nonascii))}")


def main() -> None:
    words = read("name_words.txt")
    build("world_given.txt", "world_first_names.txt", read("first_names.txt") | read("extra_first_names.txt"), words)
    build("world_surnames.txt", "world_surnames.txt", read("surnames.txt") | read("extra_surnames.txt"), words)


if __name__ == "__main__":
    main()
