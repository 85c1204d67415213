#!/usr/bin/env python3
"""Writes small seed corpora into fuzz/corpus/<target>/ (git-ignored).

scanner:  one post text per distinct set of identifier kinds from
          shared/privacy-corpus/dev.jsonl (60 files, ~16 KB of text).
markdown: ten hand-written Markdown samples (formatting, tables, links,
          raw HTML, script/javascript: payloads).

Usage: python3 fuzz/make_seeds.py [path/to/dev.jsonl]
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "..", "..", "shared", "privacy-corpus", "dev.jsonl")

MARKDOWN = [
    "**bold** _em_ ~~strike~~ `code`\n\n- a\n- b\n  1. c\n",
    "# H1\n## H2\n> quote\n> > nested\n\n---\n",
    "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
    "[link](https://example.org \"title\") ![img](http://x/y.png) <https://auto.link> [ref][r]\n\n[r]: mailto:a@b.c\n",
    "<script>alert(1)</script>\n\n<div onclick=x>hi</div> <img src=x onerror=alert(1)>",
    "[x](javascript:alert(1)) [y](data:text/html,<script>) [z](JaVaScRiPt&#58;alert(1))",
    "```rust\nfn main() {}\n```\n\n    indented code\n",
    "*a **b *c* b** a*\n\n&amp; &lt;script&gt; &#60;script&#62; \\<script>",
    "1. one\n2. two\n\n* [ ] task\n\nline  \nbreak\\\nhard",
    "<!-- comment --><![CDATA[x]]><?php ?>\n<svg><script>x</script></svg>",
]


def write(target, texts):
    out = os.path.join(HERE, "corpus", target)
    os.makedirs(out, exist_ok=True)
    for text in texts:
        name = hashlib.sha1(text.encode()).hexdigest()
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{target}: {len(texts)} seeds in {out}")


def scanner_seeds():
    if not os.path.exists(DEV):
        print(f"scanner: {DEV} not found, no seeds written", file=sys.stderr)
        return []
    seen, picked = set(), []
    with open(DEV, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            kinds = tuple(sorted({i["kind"] for i in row["identifiers"]}))
            if kinds not in seen and len(row["text"]) < 1500:
                seen.add(kinds)
                picked.append(row["text"])
    return picked[:60]


if __name__ == "__main__":
    write("scanner", scanner_seeds())
    write("markdown", MARKDOWN)
