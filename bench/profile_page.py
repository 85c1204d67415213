#!/usr/bin/env python3
"""A flat `perf` profile of the server while wrk drives one page, signed in.

    python3 bench/profile_page.py --posts 200000 --page thread     # or home, community
    perf report -i /tmp/perf.data --no-children --sort dso,symbol --stdio

Seeds a fresh SQLite database and starts the release binary as bench/load.py does (its
helpers are reused), signs in as a seeded member, warms the page for 3 s, then records the
server with `perf record -F 999` for 6 s of wrk at 32 connections. Build with symbols for
readable names: CARGO_PROFILE_RELEASE_DEBUG=line-tables-only cargo build --release.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import load  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--posts", type=int, default=200000)
    p.add_argument("--page", choices=["thread", "home", "community"], default="thread")
    p.add_argument("--anonymous", action="store_true")
    p.add_argument("--out", default="/tmp/perf.data")
    p.add_argument("--port", type=int, default=18183)
    p.add_argument("--call-graph", action="store_true",
                   help="record call stacks (DWARF, 299 Hz) for `perf report --children`")
    p.add_argument("--binary", default=load.BINARY, help="the server to profile")
    a = p.parse_args()
    load.BINARY = a.binary
    load.need("wrk")
    load.need("perf")
    args = argparse.Namespace(backend="sqlite", posts=a.posts, threads=None, connections=32,
                              writers=50, port=a.port, pg_url=None)
    workdir = tempfile.mkdtemp(prefix="carecircle-profile-")
    db = load.Database(args, workdir)
    try:
        report = load.seed(db, workdir, args)
        server = load.Server(db, workdir, args.port)
        server.wait_ready()
        try:
            cookie, _ = load.login(args.port, "member1@seed.invalid")
            path = {"thread": f"/t/{report['bench_thread_id']}", "home": "/",
                    "community": f"/c/{report['bench_community_slug']}"}[a.page]
            extra = () if a.anonymous else ("-H", f"Cookie: {cookie}")
            print("warm:", load.wrk(args.port, path, args, 3, extra))
            sampling = (["-F", "299", "--call-graph", "dwarf,16384"] if a.call_graph
                        else ["-F", "999"])
            perf = subprocess.Popen(["perf", "record", *sampling, "-o", a.out, "-p",
                                     str(server.proc.pid)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)
            print("recorded:", load.wrk(args.port, path, args, 6, extra))
            perf.send_signal(signal.SIGINT)
            perf.wait()
        finally:
            server.stop()
    finally:
        db.drop()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"perf report -i {a.out} --no-children --sort dso,symbol --stdio")


if __name__ == "__main__":
    main()
