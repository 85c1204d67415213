#!/usr/bin/env python3
"""Generate a labelled crisis-lane corpus in the dev.jsonl format, split into two parts.

usage: gen.py [--posts N] [--seed S] [--out DIR]

Writes DIR/tune.jsonl and DIR/heldout.jsonl. Every label-bearing template list in
templates.py is split by a fixed hash: about 30% of its templates are used only by held-out
posts, so the held-out part measures phrasings the detector was never tuned on. Posts are
wrapped in everyday condition talk from eight voices (US, UK, Australian, Indian, Canadian
English, teenagers, older people, carers), with casing, apostrophe, texting and typo noise,
run-on sentences and long posts where the signal is one sentence in the middle.

Content note: see templates.py. Standard library only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re

import templates as T
import voices as V

PEOPLE = [("my son", "m"), ("my daughter", "f"), ("my mum", "f"), ("my mom", "f"), ("my dad", "m"),
          ("my husband", "m"), ("my wife", "f"), ("my partner", "t"), ("my best friend", "f"),
          ("my flatmate", "m"), ("my brother", "m"), ("my sister", "f"), ("my girlfriend", "f"),
          ("my boyfriend", "m"), ("my nan", "f"), ("my grandson", "m"), ("my teenager", "t"),
          ("my mate", "m"), ("my roommate", "t"), ("my father-in-law", "m")]
PRONOUNS = {"m": ("he", "him", "his", "himself"), "f": ("she", "her", "her", "herself"),
            "t": ("they", "them", "their", "themselves")}
THEY_FIXES = [(r"\bthey is\b", "they are"), (r"\bthey has\b", "they have"), (r"\bthey was\b", "they were"),
              (r"\bthey doesn't\b", "they don't"), (r"\bthey isn't\b", "they aren't"),
              (r"\bthey hasn't\b", "they haven't"), (r"\bthey wasn't\b", "they weren't"),
              (r"\bthey (keep|say|want|think|wish|admit|tell|hope)s\b", r"they \1"),
              (r"\bThey is\b", "They are"), (r"\bThey has\b", "They have"),
              (r"\bThey (keep|say|want|think|wish)s\b", r"They \1")]
TEXTING = [(r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bare\b", "r"), (r"\btonight\b", "tonite"),
           (r"\btomorrow\b", "tmrw"), (r"\bbecause\b", "cuz"), (r"\bwant to\b", "wanna"),
           (r"\bgoing to\b", "gonna"), (r"\breally\b", "rly"), (r"\bpeople\b", "ppl"),
           (r"\bplease\b", "pls"), (r"\babout\b", "abt"), (r"\bsomething\b", "smth"),
           (r"\bokay\b", "ok"), (r"\bto be honest\b", "tbh"), (r"\bthough\b", "tho")]
NOISE = {  # lowercase, strip apostrophes, texting, run-on, typos, emoji
    "teen": (0.85, 0.7, 0.6, 0.45, 0.35, 0.4),
    "older": (0.05, 0.05, 0.0, 0.3, 0.3, 0.05),
    "default": (0.1, 0.12, 0.06, 0.12, 0.3, 0.2),
}
EMOJI = ["😔", "😩", "🙄", "😂", "💙", "🙏", "😞", "❤️", "🤞", "😅"]
LABEL_MIX = [("imminent", 0.12), ("ideation", 0.18), ("self_harm", 0.10), ("none", 0.60)]


def in_heldout(template: str) -> bool:
    return int(hashlib.md5(template.encode()).hexdigest(), 16) % 10 < 3


def split_lists(heldout: bool) -> dict[str, list[str]]:
    """Every upper-case list of templates.py, keeping this part's share of each."""
    out = {}
    for name in dir(T):
        items = getattr(T, name)
        if name.isupper() and isinstance(items, list) and items and isinstance(items[0], str):
            mine = [t for t in items if in_heldout(t) == heldout]
            out[name] = mine or items[:1]
    return out


class Builder:
    def __init__(self, rng: random.Random, lists: dict[str, list[str]]):
        self.rng, self.lists = rng, lists

    def pick(self, name: str) -> str:
        return self.rng.choice(self.lists[name])

    def fill(self, text: str, person=None) -> str:
        r = self.rng
        slots = {"time": r.choice(T.TIMES), "pills": r.choice(T.METHOD_PILLS),
                 "place": r.choice(T.METHOD_PLACES), "gun": r.choice(T.METHOD_GUN),
                 "stop": r.choice(T.METHOD_STOP), "drug": r.choice(V.DRUGS), "drug2": r.choice(V.DRUGS),
                 "clin": r.choice(V.CLINICIANS), "day": r.choice(V.DAYS), "weeks": r.choice(V.WEEKS),
                 "rel": r.choice(V.RELS_DRIVER)}
        if person:
            phrase, g = person
            he, him, his, himself = PRONOUNS[g]
            slots.update(rel=phrase, he=he, him=him, his=his, himself=himself,
                         rel_poss=phrase + "'s")
        for key in list(slots):
            slots[key.capitalize()] = slots[key][:1].upper() + slots[key][1:]
        out = text.format(**slots)
        if person and person[1] == "t":
            for pat, rep in THEY_FIXES:
                out = re.sub(pat, rep, out)
        return out

    def filler(self, voice: str) -> str:
        pool = V.COMMON_FILLER + V.VOICES[voice]["filler"] * 3
        return self.fill(self.rng.choice(pool))


def crisis_sentences(b: Builder, level: str, other: bool, method: bool) -> list[str]:
    r = b.rng
    person = r.choice(PEOPLE) if other else None
    if other:
        table = {("imminent", False): "OTHER_IMMINENT", ("imminent", True): "OTHER_IMMINENT_METHOD",
                 ("ideation", False): "OTHER_IDEATION", ("ideation", True): "OTHER_IDEATION_METHOD",
                 ("self_harm", False): "OTHER_SELF_HARM"}
        return [b.fill(b.pick(table[(level, method)]), person)]
    if level == "self_harm":
        return [b.fill(b.pick("SELF_HARM")) for _ in range(r.choice([1, 1, 2]))]
    if level == "ideation":
        first = "IDEATION_METHOD" if method else "IDEATION"
        out = [b.fill(b.pick(first))]
        if r.random() < 0.35:
            out.append(b.fill(b.pick("IDEATION")))
        return out
    if method:
        out = [b.fill(b.pick("IMMINENT_METHOD"))]
    else:
        recipe = r.choices(["IMMINENT_INTENT_TIME", "IMMINENT_FINALITY", "IMMINENT_DECISION",
                            "IMMINENT_UNDERWAY"], [0.4, 0.3, 0.2, 0.1])[0]
        out = [b.fill(b.pick(recipe))]
        if recipe == "IMMINENT_FINALITY" and r.random() < 0.4:
            out.append(b.fill(b.pick("IMMINENT_FINALITY")))
    if r.random() < 0.3:
        out.insert(r.randrange(len(out) + 1), b.fill(b.pick("IDEATION")))
    return out


def negative_sentences(b: Builder) -> list[str]:
    kinds = list(T.HARD_NEGATIVE_KINDS)
    names = {k: "NEG_" + k.upper() for k in kinds}
    picked = [b.rng.choice(kinds) for _ in range(b.rng.choice([1, 1, 2]))]
    return [b.fill(b.pick(names[k])) for k in picked]


def typo(word: str, r: random.Random) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = r.randrange(1, len(word) - 1)
    op = r.randrange(4)
    if op == 0:
        return word[:i] + word[i] + word[i:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + r.choice("aeiounrst") + word[i + 1:]


def add_noise(text: str, voice: str, r: random.Random) -> str:
    low, apos, txt, runon, typos, emoji = NOISE.get(voice, NOISE["default"])
    if r.random() < txt:
        for pat, rep in TEXTING:
            if r.random() < 0.6:
                text = re.sub(pat, rep, text, flags=re.I)
    if r.random() < typos:
        words = text.split(" ")
        text = " ".join(typo(w, r) if r.random() < 0.05 else w for w in words)
    if r.random() < runon:
        text = re.sub(r"[.!]\s+(?=\w)", lambda _: r.choice([" ", ", ", " and ", " "]), text)
    if r.random() < apos:
        text = text.replace("'", "").replace("\u2019", "")
    if r.random() < low:
        text = text.lower()
    if r.random() < emoji:
        text = text + " " + r.choice(EMOJI)
    return text


def layout(parts: list[str], r: random.Random) -> str:
    style = r.random()
    if style < 0.5:
        return " ".join(parts)
    if style < 0.8:
        return "\n\n".join(parts)
    bullet = r.choice(["- ", "* ", "• "])
    head, rest = parts[:1], parts[1:]
    return "\n".join(head + [bullet + p for p in rest])


def make_post(b: Builder, pid: str) -> dict:
    r = b.rng
    voice = r.choice(list(V.VOICES))
    level = r.choices([l for l, _ in LABEL_MIX], [w for _, w in LABEL_MIX])[0]
    other = level != "none" and r.random() < 0.25
    method = level in ("imminent", "ideation") and r.random() < (0.35 if level == "imminent" else 0.15)
    if level == "none":
        signal = negative_sentences(b) if r.random() < 0.6 else []
    else:
        signal = crisis_sentences(b, level, other, method)
        if r.random() < 0.2:
            signal.append(b.fill(b.pick("NEG_IDIOM")))
    n_fill = r.choice([1, 2, 2, 3, 3, 4, 5]) if r.random() > 0.2 else r.randrange(7, 15)
    parts: list[str] = []
    for _ in range(n_fill * 3):
        line = b.filler(voice)
        if line not in parts:
            parts.append(line)
        if len(parts) == n_fill:
            break
    for s in signal:
        lo = len(parts) // 3 if len(parts) > 6 else 0
        parts.insert(r.randrange(lo, len(parts) + 1 - lo), s)
    if r.random() < 0.6:
        parts.insert(0, r.choice(V.VOICES[voice]["open"]))
    if r.random() < 0.6:
        parts.append(r.choice(V.VOICES[voice]["close"]))
    text = add_noise(layout(parts, r), voice, r)
    return {"id": pid, "community": r.choice(V.COMMUNITIES), "text": text, "level": level,
            "method_detail": method, "subject": "none" if level == "none" else ("other" if other else "self")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "out"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    parts = {"tune": Builder(rng, split_lists(False)), "heldout": Builder(rng, split_lists(True))}
    files = {k: open(os.path.join(args.out, k + ".jsonl"), "w", encoding="utf-8") for k in parts}
    for n in range(1, args.posts + 1):
        part = "heldout" if rng.random() < 0.3 else "tune"
        post = make_post(parts[part], f"{'ho' if part == 'heldout' else 'tu'}-{n:05d}")
        files[part].write(json.dumps(post, ensure_ascii=False) + "\n")
    for f in files.values():
        f.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
