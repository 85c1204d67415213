#!/usr/bin/env python3
"""Search under load: seeds a fresh database, starts the release binary and drives `/search`
with wrk (32 connections) for each query, anonymously. Prints req/s, p50 and p99 per query,
how many discussions each finds, and the size of the search index on disk. See bench/README.md.

    python3 bench/search.py --backend sqlite --posts 200000
"""

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import load  # noqa: E402  (the seeding, server and wrk helpers of the read/write load run)

# A treatment (about 1 % of seeded posts), three words of one topic sentence, and a word of a
# sentence in about a fifth of all posts (the worst case: many matches to rank).
QUERIES = [
    ("one word", "montelukast"),
    ("three words", "montelukast nausea eased"),
    ("common word", "appointments"),
]


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--posts", type=int, default=200_000)
    p.add_argument("--threads", type=int, help="default: posts / 20")
    p.add_argument("--duration", type=int, default=10, help="seconds per query")
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--port", type=int, default=18090)
    p.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432")
    args = p.parse_args()
    args.writers = 32
    return args


def found(port, path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", path)
    res = c.getresponse()
    body = res.read().decode()
    if res.status != 200:
        sys.exit(f"{path} answered {res.status}")
    m = re.search(r'result-count">(More than )?(\d+) discussion', body)
    return (m.group(1) or "") + m.group(2) if m else "0"


def index_bytes(db):
    if db.backend == "postgres":
        sql = "SELECT pg_total_relation_size('post_search') + pg_total_relation_size('tip_search')"
        out = subprocess.run(["psql", "-At", db.url, "-c", sql], check=True,
                             capture_output=True, text=True).stdout
        return int(out)
    import sqlite3
    with sqlite3.connect(db.url) as c:
        try:
            rows = c.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'post_search%' "
                             "OR name LIKE 'tip_search%'").fetchone()
            return rows[0]
        except sqlite3.OperationalError:
            return None


def run(db, workdir, args):
    report = load.seed(db, workdir, args)
    server = load.Server(db, workdir, args.port)
    server.wait_ready()
    rows = []
    try:
        for label, query in QUERIES:
            path = "/search?q=" + urllib.parse.quote(query)
            hits = found(args.port, path)
            figures = load.wrk(args.port, path, args, args.duration)
            rows.append({"query": f"{label}: `{query}`", "found": hits, **figures})
        rss = server.peak_rss_mib()
    finally:
        server.stop()
    return report, rows, index_bytes(db), rss


def main():
    args = parse_args()
    load.need("wrk")
    if not os.path.exists(load.BINARY):
        sys.exit("build first: cargo build --release")
    workdir = tempfile.mkdtemp(prefix="carecircle-search-")
    db = load.Database(args, workdir)
    try:
        report, rows, size, rss = run(db, workdir, args)
    finally:
        db.drop()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"{args.backend}, {report['posts']:,} posts, {report['threads']:,} threads; "
          f"{os.cpu_count()} cores, {args.connections} connections, {args.duration} s per query  ")
    size_text = f"{size / 1048576:.1f} MiB" if size else "unknown (no dbstat)"
    print(f"search index on disk: {size_text}; server peak RSS {rss:.1f} MiB\n")
    print("| query | discussions found | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['query']} | {r['found']} | {r['rps']:,.0f} | {r['p50_ms']:.2f} | "
              f"{r['p99_ms']:.2f} | {r['non_2xx_3xx']} | {r['socket_errors']} |")


if __name__ == "__main__":
    main()
