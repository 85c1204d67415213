#!/usr/bin/env python3
"""A second, broader labelled corpus for the privacy scanner.

usage: gen.py [--out-dir DIR] [--tune N] [--heldout N] [--seed S]

Writes DIR/tune.jsonl and DIR/heldout.jsonl in the format of
shared/privacy-corpus/dev.jsonl (so score.py scores them), from
gen_templates.py: identifier templates in seven voices (US, UK, Canadian,
Australian, Indian English, texting style, formal/older), national value
formats with valid checksums (gen_values.py), hand-written name pools
(gen_names.py), hard negatives, casing and typo noise (cue words included).

The split is by template, with a fixed seed: about 30% of the identifier
templates and of the hard negatives appear only in heldout.jsonl, so the
held-out slice measures sentences the scanner was never tuned on, not just new
values in known sentences. Never read heldout.jsonl while tuning.
With --fresh N it also writes fresh.jsonl from gen_fresh.py's templates
only: a second held-out slice, written after heldout.jsonl was first scored.
Standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re

import gen_clean
import gen_fresh
import gen_values as gv
from gen_templates import FILLER, GREETINGS, HARD_NEGATIVES, IDENT, RELATIONS, SIGNOFFS, VOICES

SPLIT_SEED = 1313
LABEL = {"PHONE_SPACED": "PHONE", "ACCOUNT_IBAN": "ACCOUNT", "ACCOUNT_SORT": "ACCOUNT", "ACCOUNT_BSB": "ACCOUNT",
         "PLAN": "HEALTH_PLAN_ID", "VIN": "VEHICLE", "PLATE": "VEHICLE", "NHS": "NATIONAL_ID", "SIN": "NATIONAL_ID",
         "DATE_NOYEAR": "DATE", "NPI": "LICENSE", "DEA": "LICENSE", "DL": "LICENSE", "AGE": "AGE_OVER_89", "NAME_INITIAL": "NAME", "NAME_LOWER": "NAME"}

VALUE = {
    "PHONE": gv.phone, "FAX": gv.fax, "SSN": gv.ssn, "CREDIT_CARD": gv.card, "EMAIL": gv.email, "URL": gv.url,
    "IP": lambda r, v: gv.ip(r), "ZIP": gv.zip_code, "ADDRESS": gv.street_address, "DATE": gv.date,
    "DATE_NOYEAR": lambda r, v: gv.date(r, v, with_year=False), "AGE": lambda r, v: gv.age(r), "NAME": gv.name,
    "NAME_INITIAL": lambda r, v: gv.name(r, v, "initial"), "NAME_LOWER": lambda r, v: gv.name(r, v).lower(),
    "MRN": gv.mrn, "DEVICE": gv.device, "NHS": lambda r, v: gv.nhs_formatted(r), "SIN": lambda r, v: gv.sin_formatted(r),
    "ACCOUNT": lambda r, v: gv.account(r, "us")[0], "ACCOUNT_IBAN": lambda r, v: gv.iban(r),
    "ACCOUNT_SORT": lambda r, v: gv.sort_code(r), "ACCOUNT_BSB": lambda r, v: gv.bsb(r),
    "PLAN": lambda r, v: gv.health_plan(r, v)[0], "LICENSE": lambda r, v: gv.licence(r, v)[0], "VIN": lambda r, v: gv.vin(r),
    "PLATE": gv.plate, "NPI": lambda r, v: gv.npi(r), "DEA": lambda r, v: gv.dea(r), "PHONE_SPACED": lambda r, v: gv.spaced_every_digit(r, gv.nanp_digits(r) if v not in ("uk", "au", "in") else gv.mobile_digits(r, v)),
}

TEXTING = {"you": "u", "your": "ur", "you're": "ur", "please": "pls", "thanks": "thx", "because": "cuz", "are": "r",
           "i'm": "im", "don't": "dont", "can't": "cant", "tonight": "tonite", "really": "rly", "with": "w", "people": "ppl"}


def split_templates(items: list, heldout_share: float, key=None) -> tuple[list, list]:
    """Deterministic split; every label kind keeps at least one held-out template."""
    rng = random.Random(SPLIT_SEED)
    tune, held = [], []
    for it in items:
        (held if rng.random() < heldout_share else tune).append(it)
    if key:
        for k in {key(i) for i in items}:
            if not any(key(i) == k for i in held):
                moved = next(i for i in tune if key(i) == k)
                tune.remove(moved)
                held.append(moved)
            if not any(key(i) == k for i in tune):
                moved = next(i for i in held if key(i) == k)
                held.remove(moved)
                tune.append(moved)
    return tune, held


def typo(rng: random.Random, w: str) -> str:
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.55:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiounrst") + w[i + 1:]


def noisy(rng: random.Random, text: str, voice: str, cue_p: float, word_p: float) -> str:
    """Misspells marked cue words (<word>) and some other words; texting voice shortens words."""
    def cue(m):
        return typo(rng, m.group(1)) if rng.random() < cue_p else m.group(1)
    text = re.sub(r"<([^<>]+)>", cue, text)

    def word(m):
        w = m.group(0)
        if voice == "text" and w.lower() in TEXTING and rng.random() < 0.7:
            return TEXTING[w.lower()]
        return typo(rng, w) if rng.random() < word_p else w
    return re.sub(r"[A-Za-z']+", word, text)


class Post:
    """Segments of text, some of them labelled identifier values."""

    def __init__(self):
        self.parts: list[tuple[str, str | None]] = []

    def add(self, text: str, kind: str | None = None):
        self.parts.append((text, kind))

    def render(self, lower: bool) -> tuple[str, list[dict]]:
        text, labels = "", []
        for seg, kind in self.parts:
            seg = seg.lower() if lower else seg
            if kind:
                labels.append({"kind": kind, "start": len(text), "end": len(text) + len(seg), "value": seg})
            text += seg
        return text, labels


def sentence(rng, post: Post, template: tuple, voice: str, noise: tuple[float, float]):
    key, text, _ = template
    rel = rng.choice(RELATIONS[voice])
    if text.startswith("{rel}"):
        rel = rel[0].upper() + rel[1:]
    text = text.replace("{rel}", rel)
    before, _, after = text.partition("{V}")
    post.add(noisy(rng, before, voice, *noise))
    post.add(VALUE[key](rng, voice), LABEL.get(key, key))
    post.add(noisy(rng, after, voice, *noise))


def fill_clean(rng, template: str) -> str:
    """An ordinary sentence from a slotted clean template."""
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(gen_clean.POOLS[m.group(1)]), template)


def plain(rng, post: Post, text: str, voice: str, noise: tuple[float, float]):
    post.add(noisy(rng, text, voice, noise[1], noise[1]))


def is_signoff(template: tuple) -> bool:
    text = template[1]
    return text.startswith(("Kind regards", "Love,", "Thanks again, everyone.")) or text.endswith("\n- {V}")


def make_post(rng, pid: str, ident: list, negatives: list, clean: list, with_ident: bool) -> dict:
    voice = rng.choice(VOICES)
    community = rng.choice(sorted(FILLER))
    noise = (0.2, 0.03 if voice != "text" else 0.06)
    items: list[tuple[str, object]] = [("f", s) for s in rng.sample(FILLER[community], rng.randint(0, 2))]
    items += [("f", fill_clean(rng, t)) for t in rng.sample(clean, rng.randint(0, 2))]
    if rng.random() < 0.5:
        items += [("f", s) for s in rng.sample(negatives, rng.randint(1, 2))]
    if with_ident:
        fits = [t for t in ident if not t[2] or voice in t[2].split()]
        count = rng.choices([1, 2, 3], [70, 22, 8])[0]
        items += [("i", t) for t in rng.sample(fits, count)]
    if not items:
        items.append(("f", rng.choice(FILLER[community])))
    rng.shuffle(items)
    # A sign-off closes the post: keep one there, as people write it.
    items.sort(key=lambda it: it[0] == "i" and is_signoff(it[1]))
    post = Post()
    sep = rng.choice([" ", " ", " ", "\n\n", "\n- "])
    if rng.random() < 0.4:
        plain(rng, post, rng.choice(GREETINGS[voice]) + (" " if sep == " " else "\n\n"), voice, noise)
    for n, (kind, item) in enumerate(items):
        if n:
            post.add(sep)
        if kind == "i":
            sentence(rng, post, item, voice, noise)
        else:
            plain(rng, post, item, voice, noise)
    if rng.random() < 0.3 and not (items[-1][0] == "i" and is_signoff(items[-1][1])):
        post.add(" " if sep == " " else "\n\n")
        plain(rng, post, rng.choice(SIGNOFFS[voice]), voice, noise)
    lower = rng.random() < (0.8 if voice == "text" else 0.1)
    text, labels = post.render(lower)
    return {"id": pid, "community": community, "voice": voice, "text": text, "expect_hold": bool(labels),
            "identifiers": labels}


def corpus(rng, prefix: str, n: int, ident: list, negatives: list, clean: list) -> list[dict]:
    return [make_post(rng, f"{prefix}-{i + 1:04d}", ident, negatives, clean, rng.random() < 0.45) for i in range(n)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default=".")
    ap.add_argument("--tune", type=int, default=2000)
    ap.add_argument("--heldout", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--fresh", type=int, default=0,
                    help="also write fresh.jsonl: N posts from gen_fresh.py's templates only (a second held-out slice)")
    args = ap.parse_args(argv)
    ident_t, ident_h = split_templates(IDENT, 0.3, key=lambda t: LABEL.get(t[0], t[0]))
    neg_t, neg_h = split_templates(HARD_NEGATIVES, 0.3)
    clean_t, clean_h = split_templates(gen_clean.TEMPLATES, 0.3)
    os.makedirs(args.out_dir, exist_ok=True)
    for name, prefix, n, ident, neg, clean, seed in [
            ("tune", "gen-t", args.tune, ident_t, neg_t, clean_t, args.seed),
            ("heldout", "gen-h", args.heldout, ident_h, neg_h, clean_h, args.seed + 1)]:
        posts = corpus(random.Random(seed), prefix, n, ident, neg, clean)
        write(args.out_dir, name, posts)
        report(name, posts, ident, neg, clean)
    if args.fresh:
        posts = corpus(random.Random(args.seed + 2), "gen-f", args.fresh, gen_fresh.IDENT_FRESH,
                       gen_fresh.NEGATIVE_FRESH + neg_h, clean_h)
        write(args.out_dir, "fresh", posts)
        report("fresh", posts, gen_fresh.IDENT_FRESH, gen_fresh.NEGATIVE_FRESH + neg_h, clean_h)
    return 0


def write(out_dir: str, name: str, posts: list) -> None:
    with open(os.path.join(out_dir, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for p in posts:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")


def report(name: str, posts: list, ident: list, neg: list, clean: list) -> None:
    print(f"{name}: {len(posts)} posts, {sum(p['expect_hold'] for p in posts)} with identifiers, "
          f"{len(ident)} identifier templates, {len(neg)} hard negatives, {len(clean)} slotted clean templates")


if __name__ == "__main__":
    raise SystemExit(main())
