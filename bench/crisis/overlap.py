#!/usr/bin/env python3
"""Report posts of a JSON Lines set that share a run of N words (default 8) with other files.

    python3 bench/crisis/overlap.py bench/crisis/handwritten5.jsonl [--n 8] [FILE ...]

Without FILE arguments it compares against the generators, templates, probes and every earlier
hand-written set in bench/crisis/ and the shared dev corpus. Words are lowercase letters, digits
and apostrophes (apostrophes dropped), so punctuation and case do not hide a shared run. A post
is listed with the first shared run and the file it came from; exit status 1 when any is found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = [
    "gen_model.py", "gen.py", "templates.py", "voices.py", "probes.jsonl", "probes2.py",
    "handwritten.py", "handwritten2.py", "handwritten3.py", "handwritten4.py",
    os.path.join("..", "..", "..", "shared", "crisis-corpus", "dev.jsonl"),
]


def words(text: str) -> list:
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("\u2019", ""))


def runs(ws: list, n: int) -> set:
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def file_text(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith(".jsonl"):
        parts = []
        for line in raw.splitlines():
            try:
                parts.append(json.loads(line).get("text", ""))
            except ValueError:
                continue
        return "\n".join(parts)
    return raw


def main() -> int:
    args = sys.argv[1:]
    n = 8
    if "--n" in args:
        i = args.index("--n")
        n = int(args[i + 1])
        del args[i:i + 2]
    target, others = args[0], args[1:]
    if not others:
        others = [os.path.normpath(os.path.join(HERE, p)) for p in DEFAULT]
    seen = {}
    for path in others:
        if not os.path.exists(path):
            print(f"missing, skipped: {path}", file=sys.stderr)
            continue
        # Each line (or post) separately, so runs do not cross from one string to the next.
        for chunk in file_text(path).splitlines():
            for r in runs(words(chunk), n):
                seen.setdefault(r, os.path.basename(path))
    hits = 0
    with open(target, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            shared = [r for r in runs(words(row["text"]), n) if r in seen]
            if shared:
                hits += 1
                print(f"{row['id']}: '{shared[0]}' ({seen[shared[0]]}), {len(shared)} runs")
    print(f"{hits} posts share a {n}-word run", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
