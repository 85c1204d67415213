#!/usr/bin/env python3
"""Read and write load against the release binary on a seeded database.

Seeds a fresh database, starts `target/release/carecircle`, measures the time to the first
200 on /healthz, then drives each page with wrk (32 connections) from a second process on
loopback, and last a write load of members posting replies. Prints one Markdown table;
`--json FILE` also writes the figures. See bench/README.md.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")),
                      "release", "carecircle")
PASSWORD = "seed-password"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--posts", type=int, default=200_000)
    p.add_argument("--threads", type=int, help="default: posts / 20")
    p.add_argument("--duration", type=int, default=10, help="seconds per read page")
    p.add_argument("--write-duration", type=int, default=30, help="seconds of write load; 0 skips it")
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--writers", type=int, default=32, help="distinct members posting")
    p.add_argument("--port", type=int, default=18080)
    p.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432")
    p.add_argument("--startup-runs", type=int, default=5)
    p.add_argument("--json", help="also write the figures to this file")
    p.add_argument("--binary", default=BINARY, help="the server to measure (to compare two builds)")
    args = p.parse_args()
    globals()["BINARY"] = args.binary
    return args


def need(tool):
    if shutil.which(tool) is None:
        sys.exit(f"{tool} is not installed: apt-get install -y {tool}")


class Database:
    def __init__(self, args, workdir):
        self.backend = args.backend
        if args.backend == "sqlite":
            self.url = os.path.join(workdir, "bench.db")
        else:
            self.name = f"carecircle_bench_{os.getpid()}"
            self.admin_url = args.pg_url + "/postgres"
            psql(self.admin_url, f"CREATE DATABASE {self.name}")
            self.url = f"{args.pg_url}/{self.name}"

    def drop(self):
        if self.backend == "postgres":
            psql(self.admin_url, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")

    def published_threads(self, limit):
        sql = ("SELECT t.id FROM threads t JOIN posts p ON p.thread_id = t.id AND p.is_opening "
               f"WHERE p.status = 'published' ORDER BY t.id LIMIT {limit}")
        if self.backend == "sqlite":
            import sqlite3
            with sqlite3.connect(self.url) as c:
                return [row[0] for row in c.execute(sql)]
        out = subprocess.run(["psql", "-At", self.url, "-c", sql], check=True,
                             capture_output=True, text=True).stdout
        return [int(x) for x in out.split()]

    def count_posts(self):
        sql = "SELECT COUNT(*) FROM posts"
        if self.backend == "sqlite":
            import sqlite3
            with sqlite3.connect(self.url) as c:
                return c.execute(sql).fetchone()[0]
        return int(subprocess.run(["psql", "-At", self.url, "-c", sql], check=True,
                                  capture_output=True, text=True).stdout)


def psql(url, sql):
    subprocess.run(["psql", "-q", url, "-c", sql], check=True, capture_output=True)


def server_env(db, workdir, port):
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": db.url,
        "BIND_ADDR": f"127.0.0.1:{port}",
        "BASE_URL": f"http://127.0.0.1:{port}",
        "SEED_DEMO_COMMUNITIES": "false",
        "MAIL_DIR": os.path.join(workdir, "mail"),
        "RUST_LOG": os.environ.get("BENCH_RUST_LOG", "warn"),
        # The load runs many members from one address: keep the limits counting, not refusing.
        "LOGIN_ATTEMPTS_PER_IP": "100000000",
        "POSTS_PER_MEMBER_MINUTE": "100000000",
    })
    env.pop("SMTP_URL", None)
    return env


def seed(db, workdir, args):
    threads = args.threads or max(1, args.posts // 20)
    started = time.monotonic()
    out = subprocess.run([BINARY, "seed", "--posts", str(args.posts), "--threads", str(threads),
                          "--members", str(max(500, args.writers))],
                         env=server_env(db, workdir, args.port), check=True,
                         capture_output=True, text=True).stdout
    report = json.loads(out)
    report["wall_seconds"] = round(time.monotonic() - started, 1)
    return report


class Server:
    def __init__(self, db, workdir, port):
        self.port = port
        self.log = open(os.path.join(workdir, "server.log"), "ab")
        self.started = time.monotonic()
        self.proc = subprocess.Popen([BINARY, "serve"], env=server_env(db, workdir, port),
                                     stdout=self.log, stderr=self.log)

    def wait_ready(self, timeout=60):
        """Seconds from spawn to the first 200 on /healthz, polled every millisecond."""
        deadline = self.started + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                sys.exit(f"server exited with {self.proc.returncode}; see server.log")
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    return time.monotonic() - self.started
            except OSError:
                time.sleep(0.001)
        sys.exit("server did not answer /healthz in time")

    def peak_rss_mib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


CSRF_INPUT_RE = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')


def login(port, email):
    """Signs in through the real form; returns (Cookie header value, CSRF token)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request("GET", "/login")
    r = c.getresponse()
    r.read()
    csrf = cookie_value(r, "cc_csrf")
    body = urllib.parse.urlencode({"email": email, "password": PASSWORD, "csrf_token": csrf})
    c.request("POST", "/login", body=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"cc_csrf={csrf}"})
    r = c.getresponse()
    r.read()
    session = cookie_value(r, "cc_session")
    if r.status != 303 or not session:
        sys.exit(f"login as {email} failed with {r.status}")
    # A signed-in member's token is tied to the session: read it from a page, as a browser does.
    cookie = f"cc_session={session}"
    c.request("GET", "/account", headers={"Cookie": cookie})
    r = c.getresponse()
    token = CSRF_INPUT_RE.search(r.read().decode())
    if not token:
        sys.exit(f"no CSRF token on the account page of {email}")
    return cookie, token.group(1)


def cookie_value(response, name):
    for header, value in response.getheaders():
        if header.lower() == "set-cookie" and value.startswith(name + "="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return None


def wrk(port, path, args, duration, extra=()):
    cmd = ["wrk", "-t2", f"-c{args.connections}", f"-d{duration}s", "--latency", *extra,
           f"http://127.0.0.1:{port}{path}"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return parse_wrk(out)


def parse_wrk(out):
    def latency_ms(label):
        m = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "rps": rps, "p50_ms": latency_ms("50"), "p99_ms": latency_ms("99"), "requests": total,
        "non_2xx_3xx": int(bad.group(1)) if bad else 0,
        "socket_errors": sum(map(int, errors.groups())) if errors else 0,
    }


def read_load(server, args, report, member_cookie):
    thread = f"/t/{report['bench_thread_id']}"
    pages = [
        ("bare route /healthz (ceiling)", "/healthz", ()),
        ("home page /", "/", ()),
        (f"community page /c/{report['bench_community_slug']}", f"/c/{report['bench_community_slug']}", ()),
        (f"thread page {thread} (50 replies)", thread, ()),
        (f"thread page {thread}, logged in", thread, ("-H", f"Cookie: {member_cookie}")),
        ("home page /, logged in", "/", ("-H", f"Cookie: {member_cookie}")),
        (f"community page /c/{report['bench_community_slug']}, logged in",
         f"/c/{report['bench_community_slug']}", ("-H", f"Cookie: {member_cookie}")),
    ]
    rows = []
    for label, path, extra in pages:
        rows.append({"page": label, **wrk(server.port, path, args, args.duration, extra)})
    ceiling = rows[0]["rps"]
    for row in rows:
        row["ratio"] = row["rps"] / ceiling
    return rows


def confirmation_latency(server, workdir, runs=5):
    """Seconds from a registration's answer to its confirmation email in MAIL_DIR, per run."""
    mail_dir = os.path.join(workdir, "mail")
    times = []
    for n in range(runs):
        before = set(os.listdir(mail_dir)) if os.path.isdir(mail_dir) else set()
        c = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        c.request("GET", "/register")
        r = c.getresponse()
        r.read()
        csrf = cookie_value(r, "cc_csrf")
        body = urllib.parse.urlencode({"email": f"newcomer{n}@bench.invalid", "handle": f"newcomer{n}",
                                       "password": PASSWORD, "csrf_token": csrf})
        c.request("POST", "/register", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"cc_csrf={csrf}"})
        r = c.getresponse()
        r.read()
        answered = time.monotonic()
        if r.status != 303:
            sys.exit(f"registration failed with {r.status}")
        while time.monotonic() - answered < 30:
            now = set(os.listdir(mail_dir)) if os.path.isdir(mail_dir) else set()
            if any(f.endswith(".eml") for f in now - before):
                break
            time.sleep(0.001)
        times.append(time.monotonic() - answered)
    return times


def write_load(server, db, args, workdir):
    creds = [login(server.port, f"member{i}@seed.invalid") for i in range(1, args.writers + 1)]
    threads = db.published_threads(1000)[1:]  # not the read-load thread
    cred_file = os.path.join(workdir, "writers.txt")
    with open(cred_file, "w") as f:
        for cookie, csrf in creds:
            f.write(f"{cookie}\t{csrf}\n")
    with open(os.path.join(workdir, "threads.txt"), "w") as f:
        f.write("\n".join(map(str, threads)) + "\n")
    before = db.count_posts()
    env = dict(os.environ, CC_WRITERS=cred_file, CC_THREADS=os.path.join(workdir, "threads.txt"))
    cmd = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.write_duration}s", "--latency",
           "-s", os.path.join(ROOT, "bench", "reply.lua"), f"http://127.0.0.1:{server.port}"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    result = parse_wrk(out)
    result["posts_written"] = db.count_posts() - before
    result["posts_per_s"] = result["posts_written"] / args.write_duration
    return result


def startup_times(db, workdir, args):
    times = []
    for _ in range(args.startup_runs):
        server = Server(db, workdir, args.port)
        times.append(server.wait_ready())
        server.stop()
    return times


def main():
    args = parse_args()
    need("wrk")
    if not os.path.exists(BINARY):
        sys.exit("build first: cargo build --release")
    workdir = tempfile.mkdtemp(prefix="carecircle-bench-")
    db = Database(args, workdir)
    try:
        results = run(db, workdir, args)
    finally:
        db.drop()
        shutil.rmtree(workdir, ignore_errors=True)
    print_table(results)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)


def run(db, workdir, args):
    report = seed(db, workdir, args)
    starts = startup_times(db, workdir, args)
    server = Server(db, workdir, args.port)
    server.wait_ready()
    try:
        cookie, _ = login(server.port, "member1@seed.invalid")
        reads = read_load(server, args, report, cookie)
        rss_after_reads = server.peak_rss_mib()
        mail = confirmation_latency(server, workdir)
        writes = write_load(server, db, args, workdir) if args.write_duration else None
        rss_peak = server.peak_rss_mib()
    finally:
        server.stop()
    return {
        "backend": args.backend, "cores": os.cpu_count(), "connections": args.connections,
        "seed": report, "startup_ms": [round(t * 1000, 1) for t in starts],
        "reads": reads, "peak_rss_mib_reads": round(rss_after_reads, 1),
        "confirmation_mail_ms": [round(t * 1000, 1) for t in mail],
        "writes": writes, "peak_rss_mib": round(rss_peak, 1),
    }


def print_table(r):
    seed = r["seed"]
    print(f"\n{r['backend']}, {seed['posts']:,} posts ({seed['held_posts']:,} held), "
          f"{seed['threads']:,} threads, {seed['users']} users; seeded in {seed['wall_seconds']} s; "
          f"{r['cores']} cores, {r['connections']} connections")
    print(f"start to first 200 on /healthz: median {statistics.median(r['startup_ms'])} ms "
          f"(runs: {r['startup_ms']})\n")
    print("| page | req/s | ratio to /healthz | p50 ms | p99 ms | non-2xx/3xx | socket errors |")
    print("|---|---|---|---|---|---|---|")
    for row in r["reads"]:
        print(f"| {row['page']} | {row['rps']:,.0f} | {row['ratio']:.0%} | {row['p50_ms']:.2f} | "
              f"{row['p99_ms']:.2f} | {row['non_2xx_3xx']} | {row['socket_errors']} |")
    print(f"\nserver peak RSS after the read load: {r['peak_rss_mib_reads']} MiB")
    print(f"registration to confirmation email written: median "
          f"{statistics.median(r['confirmation_mail_ms'])} ms (runs: {r['confirmation_mail_ms']})")
    w = r["writes"]
    if w:
        print(f"write load: {w['posts_written']:,} replies in the database, {w['posts_per_s']:,.0f} posts/s "
              f"(wrk: {w['rps']:,.0f} req/s, p50 {w['p50_ms']:.2f} ms, p99 {w['p99_ms']:.2f} ms, "
              f"non-2xx/3xx {w['non_2xx_3xx']}, socket errors {w['socket_errors']})")
    print(f"server peak RSS overall: {r['peak_rss_mib']} MiB")


if __name__ == "__main__":
    main()
