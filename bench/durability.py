#!/usr/bin/env python3
"""Load without loss: every reply the server acknowledges is stored and visible.

Seeds a fresh database (a SQLite file in a temporary folder, or a new PostgreSQL
database), starts `carecircle serve`, and lets many writers (one thread each, each a
different seeded member) sign in through the real login form and post replies through the
real reply form. A reply is *acknowledged* when the server answers 303 with
`Location: /p/{id}`. Every body carries a unique marker (`dur-RUN-wW-pK-end`).

With `--kill` the server is killed with SIGKILL once about 40% of the planned replies are
acknowledged and started again on the same database; writers see connection errors,
back off and go on with their (database-backed) sessions. A request that failed with a
connection error is not acknowledged; the writer's next try is a new reply with a new
marker.

Afterwards, with the server running, every acknowledged id is looked up in the database
directly (its body must hold its marker and its status must be `published`) and fetched
anonymously through `GET /p/{id}` (the redirect to the thread page is followed; the page
must contain the marker). Markers found in the database without an acknowledgement are
reported ("stored but not acknowledged"; allowed: the reply was committed but the answer
was lost in the kill).

Exit status: 0 when every acknowledged reply is stored and visible and the server never
answered 5xx; 1 otherwise (also when the server exited on its own, or nothing was
acknowledged); 2 for a setup problem.

Usage (Python 3.11, stdlib only; PostgreSQL needs `psql` on PATH):

    cargo build --release
    python3 bench/durability.py                                   # sqlite, 64 x 50
    python3 bench/durability.py --kill                            # ... killed at 40%
    python3 bench/durability.py --backend postgres --kill \\
        --pg-url postgres://postgres@127.0.0.1:5432
    # short form for CI (well under a minute each):
    python3 bench/durability.py --writers 64 --posts-per-writer 5
    python3 bench/durability.py --writers 64 --posts-per-writer 5 --kill

Options: --backend sqlite|postgres, --writers N (64), --posts-per-writer N (50),
--kill, --binary PATH (target/release/carecircle), --port N (a free one),
--pg-url URL, --json FILE (also write the figures), --keep (keep the temp dir),
--deadline SECONDS (give up writing after this long; 900).
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BINARY = os.path.join(ROOT, "target", "release", "carecircle")
PASSWORD = "seed-password"
HOST = "127.0.0.1"
KILL_AT = 0.40
REQUEST_TIMEOUT = 60
MARKER_RE = re.compile(r"dur-[a-z]+-w\d+-p\d+-end")
CSRF_INPUT_RE = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')
POST_LOCATION_RE = re.compile(r"^/p/(\d+)$")
# Rate limits raised out of the way: this run measures durability, not throttling.
RATE_LIMITS = {
    "POSTS_PER_MEMBER_MINUTE": "1000000",
    "LOGIN_ATTEMPTS_PER_ACCOUNT": "1000000",
    "LOGIN_ATTEMPTS_PER_IP": "1000000",
    "REGISTRATIONS_PER_IP": "1000000",
}


class SetupError(Exception):
    pass


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--writers", type=int, default=64, help="concurrent members posting (64)")
    p.add_argument("--posts-per-writer", type=int, default=50,
                   help="acknowledged replies each writer aims for (50)")
    p.add_argument("--kill", action="store_true",
                   help="SIGKILL the server after ~40%% of the planned replies, then restart it")
    p.add_argument("--binary", default=DEFAULT_BINARY)
    p.add_argument("--port", type=int, default=0, help="default: a free port")
    p.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432")
    p.add_argument("--json", help="also write the figures to this file")
    p.add_argument("--deadline", type=float, default=900,
                   help="seconds after which writers stop trying (900)")
    p.add_argument("--keep", action="store_true", help="keep the temp dir (server.log) for a look")
    args = p.parse_args()
    if args.writers < 1 or args.posts_per_writer < 1:
        p.error("--writers and --posts-per-writer must be at least 1")
    return args


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- database

class Database:
    """The run's own database, and the direct queries the check needs."""

    def __init__(self, args, workdir):
        self.backend = args.backend
        self.name = None
        if self.backend == "sqlite":
            self.url = os.path.join(workdir, "durability.db")
        else:
            if shutil.which("psql") is None:
                raise SetupError("psql is not installed")
            self.name = f"carecircle_durability_{os.getpid()}_{random.randrange(1 << 30)}"
            self.admin_url = args.pg_url.rstrip("/") + "/postgres"
            psql(self.admin_url, f"CREATE DATABASE {self.name}")
            self.url = f"{args.pg_url.rstrip('/')}/{self.name}"

    def drop(self):
        if self.name:
            psql(self.admin_url, f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
            self.name = None

    def rows(self, sql):
        if self.backend == "sqlite":
            import sqlite3
            c = sqlite3.connect(self.url, timeout=30)
            try:
                return [tuple(r) for r in c.execute(sql)]
            finally:
                c.close()
        sep = "\x1f"
        out = subprocess.run(["psql", "-X", "-At", "-F", sep, "-v", "ON_ERROR_STOP=1",
                              self.url, "-c", sql],
                             check=True, capture_output=True, text=True).stdout
        return [tuple(line.split(sep)) for line in out.splitlines() if line]

    def published_threads(self):
        sql = ("SELECT t.id FROM threads t JOIN posts p ON p.thread_id = t.id AND p.is_opening "
               "WHERE p.status = 'published' ORDER BY t.id")
        return [int(r[0]) for r in self.rows(sql)]

    def marked_posts(self, run):
        """(id, status, body_md) of every post whose body carries one of this run's markers."""
        sql = (f"SELECT p.id, p.status, r.body_md FROM posts p "
               f"JOIN post_revisions r ON r.post_id = p.id "
               f"WHERE r.body_md LIKE '%dur-{run}-%' ORDER BY p.id")
        return [(int(i), s, b) for i, s, b in self.rows(sql)]

    def integrity(self):
        """SQLite's own consistency check after the run ("ok"); None for PostgreSQL."""
        if self.backend != "sqlite":
            return None
        return "; ".join(str(r[0]) for r in self.rows("PRAGMA integrity_check"))[:500]

    def post_count(self):
        return int(self.rows("SELECT COUNT(*) FROM posts")[0][0])


def psql(url, sql):
    done = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SetupError(f"psql failed: {sql}: {done.stderr.strip()}")


# --------------------------------------------------------------------------- server

def server_env(args, db, workdir, port):
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": db.url,
        "BIND_ADDR": f"{HOST}:{port}",
        "BASE_URL": f"http://{HOST}:{port}",
        "SEED_DEMO_COMMUNITIES": "false",
        "MAIL_DIR": os.path.join(workdir, "mail"),
        "RUST_LOG": "warn",
        **RATE_LIMITS,
    })
    env.pop("SMTP_URL", None)
    return env


def seed(args, db, workdir, port):
    cmd = [args.binary, "seed", "--communities", "2", "--threads", "200", "--posts", "4000",
           "--members", str(max(64, args.writers))]
    done = subprocess.run(cmd, env=server_env(args, db, workdir, port),
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SetupError(f"seed failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return {"raw": done.stdout.strip()[-500:]}


class Server:
    def __init__(self, args, db, workdir, port):
        self.cmd = [args.binary, "serve"]
        self.env = server_env(args, db, workdir, port)
        self.port = port
        self.log_path = os.path.join(workdir, "server.log")
        self.proc = None
        self.starts = 0
        self.planned_kills = 0
        self.unplanned_exits = []  # exit codes of server processes we did not kill

    def start(self, timeout=90):
        with open(self.log_path, "ab") as log:
            log.write(f"\n===== start {self.starts + 1} at {time.time():.3f} =====\n".encode())
            log.flush()
            self.proc = subprocess.Popen(self.cmd, env=self.env, stdout=log, stderr=log,
                                         start_new_session=True)
        self.starts += 1
        began = time.monotonic()
        while time.monotonic() - began < timeout:
            if self.proc.poll() is not None:
                raise SetupError(f"server exited with {self.proc.returncode} while starting; "
                                 f"log tail:\n{self.log_tail()}")
            try:
                c = http.client.HTTPConnection(HOST, self.port, timeout=2)
                c.request("GET", "/healthz")
                status = c.getresponse().status
                c.close()
                if status == 200:
                    return time.monotonic() - began
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.02)
        self.proc.kill()
        self.proc.wait()
        raise SetupError(f"server did not answer 200 on /healthz within {timeout} s")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.planned_kills += 1

    def check_alive(self):
        """Notes (and returns) an exit we did not cause."""
        if self.proc is not None and self.proc.poll() is not None:
            self.unplanned_exits.append(self.proc.returncode)
            return True
        return False

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def log_tail(self, lines=20):
        try:
            with open(self.log_path, errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return ""

    def log_findings(self):
        """Lines of the server log that speak of panics or errors."""
        found = []
        try:
            with open(self.log_path, errors="replace") as f:
                for line in f:
                    if re.search(r"panick|ERROR|error", line):
                        found.append(line.rstrip()[:300])
        except OSError:
            pass
        return found


# --------------------------------------------------------------------------- the run

class Tally:
    """Figures shared by the writer threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.attempted = 0
        self.acked = []  # (post_id, marker, writer)
        self.conn_errors = 0
        self.conn_errors_outside_kill = 0
        self.login_conn_errors = 0
        self.server_errors = []  # (what, status, snippet)
        self.unexpected = {}  # "what status" -> count
        self.unexpected_samples = []
        self.relogins = 0
        self.writers_done = 0
        self.writers_gave_up = 0
        self.in_kill_window = False
        self.kill_threshold = None  # acknowledged replies that trigger --kill
        self.kill_pid = None  # the server process the writer crossing the threshold kills
        self.kill_figures = None  # (acknowledged, attempted, monotonic time) at the kill
        self.threshold_reached = threading.Event()

    def count_unexpected(self, what, status, body):
        key = f"{what} {status}"
        with self.lock:
            self.unexpected[key] = self.unexpected.get(key, 0) + 1
            if len(self.unexpected_samples) < 10:
                self.unexpected_samples.append((key, snippet(body)))

    def count_5xx(self, what, status, body):
        with self.lock:
            self.server_errors.append((what, status, snippet(body)))

    def count_conn_error(self, login=False):
        with self.lock:
            self.conn_errors += 1
            if login:
                self.login_conn_errors += 1
            if not self.in_kill_window:
                self.conn_errors_outside_kill += 1


def snippet(body):
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    m = re.search(r"<main.*?</main>", text, re.S)
    text = re.sub(r"<[^>]+>", " ", m.group(0) if m else text)
    return re.sub(r"\s+", " ", text).strip()[:200]


class ConnectionLost(Exception):
    pass


class Writer:
    def __init__(self, index, run, port, threads, target, tally, stop_at):
        self.index = index
        self.email = f"member{index + 1}@seed.invalid"
        self.run = run
        self.port = port
        self.threads = threads
        self.target = target
        self.tally = tally
        self.stop_at = stop_at
        self.rng = random.Random(f"{run}-{index}")
        self.conn = None
        self.csrf = None
        self.session = None
        self.tries = 0  # every reply sent, with its own marker
        self.acked = 0
        self.failures_in_a_row = 0

    def request(self, method, path, body=None, headers=None):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            r = self.conn.getresponse()
            data = r.read()
            return r, data
        except (OSError, http.client.HTTPException) as e:
            self.conn.close()
            self.conn = None
            raise ConnectionLost(repr(e)) from e

    def backoff(self):
        self.failures_in_a_row += 1
        time.sleep(min(1.0, 0.05 * 2 ** min(self.failures_in_a_row, 5)) * (0.5 + self.rng.random()))

    def login(self):
        while time.monotonic() < self.stop_at:
            try:
                r, data = self.request("GET", "/login")
                if r.status != 200:
                    self.note_status("GET /login", r.status, data)
                    self.backoff()
                    continue
                csrf = cookie_value(r, "cc_csrf")
                form = urllib.parse.urlencode(
                    {"email": self.email, "password": PASSWORD, "csrf_token": csrf})
                r, data = self.request("POST", "/login", form, {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": f"cc_csrf={csrf}"})
                session = cookie_value(r, "cc_session")
                if r.status == 303 and session:
                    # The token of a signed-in member is tied to the session: read it from
                    # a page, as a browser does.
                    r, data = self.request("GET", "/account", None, {"Cookie": f"cc_session={session}"})
                    token = CSRF_INPUT_RE.search(data.decode(errors="replace"))
                    if r.status != 200 or not token:
                        self.note_status("GET /account", r.status, data)
                        self.backoff()
                        continue
                    self.csrf, self.session = token.group(1), session
                    self.failures_in_a_row = 0
                    return True
                self.note_status("POST /login", r.status, data)
                self.backoff()
            except ConnectionLost:
                self.tally.count_conn_error(login=True)
                self.backoff()
        return False

    def note_status(self, what, status, data):
        if status >= 500:
            self.tally.count_5xx(what, status, data)
        else:
            self.tally.count_unexpected(what, status, data)

    def post_once(self):
        thread_id = self.rng.choice(self.threads)
        marker = f"dur-{self.run}-w{self.index}-p{self.tries}-end"
        self.tries += 1
        body = (f"Load without loss check, marker {marker}. "
                f"Posting a short reply to see it stay put.")
        form = urllib.parse.urlencode({"body": body, "csrf_token": self.csrf})
        with self.tally.lock:
            self.tally.attempted += 1
        try:
            r, data = self.request("POST", f"/t/{thread_id}/reply", form, {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"cc_session={self.session}"})
        except ConnectionLost:
            self.tally.count_conn_error()
            self.backoff()
            return
        location = r.getheader("Location", "")
        m = POST_LOCATION_RE.match(location)
        if r.status == 303 and m:
            with self.tally.lock:
                self.tally.acked.append((int(m.group(1)), marker, self.index))
                if (self.tally.kill_threshold is not None and self.tally.kill_figures is None
                        and len(self.tally.acked) >= self.tally.kill_threshold):
                    # Killed right here, so the count at the kill is exact.
                    os.kill(self.tally.kill_pid, signal.SIGKILL)
                    self.tally.in_kill_window = True
                    self.tally.kill_figures = (len(self.tally.acked), self.tally.attempted,
                                               time.monotonic())
                    self.tally.threshold_reached.set()
            self.acked += 1
            self.failures_in_a_row = 0
            return
        if r.status == 303 and location.startswith("/login"):
            # The session was not recognised: count it, sign in again.
            self.tally.count_unexpected("reply (session lost)", r.status, location)
            with self.tally.lock:
                self.tally.relogins += 1
            self.login()
            return
        self.note_status("POST reply", r.status, data if r.status != 303 else location)
        self.backoff()

    def run_writer(self):
        try:
            if not self.login():
                with self.tally.lock:
                    self.tally.writers_gave_up += 1
                return
            # A writer stops after three times its share of tries; a stuck writer is reported.
            while self.acked < self.target and self.tries < 3 * self.target + 20:
                if time.monotonic() >= self.stop_at:
                    break
                self.post_once()
            with self.tally.lock:
                if self.acked >= self.target:
                    self.tally.writers_done += 1
                else:
                    self.tally.writers_gave_up += 1
        finally:
            if self.conn is not None:
                self.conn.close()


def cookie_value(response, name):
    for header, value in response.getheaders():
        if header.lower() == "set-cookie" and value.startswith(name + "="):
            found = value.split(";", 1)[0].split("=", 1)[1]
            if found:
                return found
    return None


def visible(port, post_id, marker):
    """GET /p/{id} anonymously, following redirects; (ok, detail)."""
    path, last = f"/p/{post_id}", None
    for _ in range(5):
        for attempt in range(3):
            c = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
            try:
                c.request("GET", path)
                r = c.getresponse()
                data = r.read()
                break
            except (OSError, http.client.HTTPException) as e:
                last = f"connection error {e!r}"
                time.sleep(0.2 * (attempt + 1))
            finally:
                c.close()
        else:
            return False, last, None
        if r.status in (301, 302, 303, 307, 308):
            location = r.getheader("Location", "")
            path = urllib.parse.urljoin(path, location).split("#", 1)[0]
            path = re.sub(r"^https?://[^/]+", "", path)
            continue
        if r.status == 200:
            ok = marker.encode() in data
            return ok, (f"200 at {path}" + ("" if ok else " without the marker")), r.status
        return False, f"{r.status} at {path}", r.status
    return False, f"too many redirects, last {path}", None


def run(args, workdir, db, port, result):
    started = time.monotonic()
    run_id = "".join(random.choice(string.ascii_lowercase) for _ in range(6))
    result["run_id"] = run_id
    result["seed"] = seed(args, db, workdir, port)
    threads = db.published_threads()
    if not threads:
        raise SetupError("the seeded database has no published thread")
    result["published_threads"] = len(threads)
    posts_before = db.post_count()

    server = Server(args, db, workdir, port)
    tally = Tally()
    planned = args.writers * args.posts_per_writer
    stop_at = time.monotonic() + args.deadline
    if args.kill:
        tally.kill_threshold = max(1, round(KILL_AT * planned))
    writers = [Writer(i, run_id, port, threads, args.posts_per_writer, tally, stop_at)
               for i in range(args.writers)]
    workers = [threading.Thread(target=w.run_writer, name=f"writer-{w.index}", daemon=True)
               for w in writers]
    kill_info = None
    try:
        result["startup_s"] = [round(server.start(), 2)]
        tally.kill_pid = server.proc.pid
        write_began = time.monotonic()
        for t in workers:
            t.start()
        while any(t.is_alive() for t in workers):
            tally.threshold_reached.wait(0.05)
            if args.kill and kill_info is None and tally.threshold_reached.is_set():
                acked_at_kill, attempted_at_kill, killed_at = tally.kill_figures
                server.kill()  # already SIGKILLed by the writer; this reaps it
                restart_s = server.start()
                result["startup_s"].append(round(restart_s, 2))
                # Writers may still be backing off from the kill: give them a moment
                # before connection errors count as "outside the kill window".
                time.sleep(2.5)
                with tally.lock:
                    tally.in_kill_window = False
                kill_info = {
                    "acked_at_kill": acked_at_kill, "attempted_at_kill": attempted_at_kill,
                    "seconds_into_writes": round(killed_at - write_began, 2),
                    "restart_to_healthz_s": round(restart_s, 2),
                }
            if (tally.kill_figures is None or kill_info is not None) and server.check_alive():
                # The server died without our kill: note it, and bring it back so the
                # check can still say what survived.
                print(f"!! server exited on its own with {server.unplanned_exits[-1]}",
                      file=sys.stderr)
                with tally.lock:
                    tally.in_kill_window = True
                result["startup_s"].append(round(server.start(), 2))
                with tally.lock:
                    tally.in_kill_window = False
        for t in workers:
            t.join()
        write_s = time.monotonic() - write_began

        # ---- the check, with the server running
        acked = list(tally.acked)
        stored, by_id = {}, {}
        for post_id, status, body in db.marked_posts(run_id):
            by_id[post_id] = (status, body)
            for marker in MARKER_RE.findall(body):
                if marker.startswith(f"dur-{run_id}-"):
                    stored.setdefault(marker, []).append(post_id)

        missing, wrong_body, held, invisible = [], [], [], []
        found_in_db = 0
        for post_id, marker, _ in acked:
            row = by_id.get(post_id)
            if row is None:
                missing.append((post_id, marker, "id not in posts (or its body lost the marker)"))
                continue
            status, body = row
            if marker not in body:
                wrong_body.append((post_id, marker, body[:120]))
                continue
            found_in_db += 1
            if status != "published":
                held.append((post_id, marker, status))

        def check(item):
            post_id, marker, _ = item
            ok, detail, _ = visible(port, post_id, marker)
            return post_id, marker, ok, detail

        visible_count = 0
        with ThreadPoolExecutor(max_workers=8) as pool:
            for post_id, marker, ok, detail in pool.map(check, acked):
                if ok:
                    visible_count += 1
                else:
                    invisible.append((post_id, marker, detail))

        acked_markers = {m for _, m, _ in acked}
        unacked_stored = sorted(m for m in stored if m not in acked_markers)
        unacked_statuses = {}
        for m in unacked_stored:
            for post_id in stored[m]:
                status = by_id[post_id][0]
                unacked_statuses[status] = unacked_statuses.get(status, 0) + 1
        duplicate_markers = sorted(m for m, rows in stored.items() if len(rows) > 1)
        ack_ids = [i for i, _, _ in acked]
        duplicate_ids = len(ack_ids) - len(set(ack_ids))
        posts_after = db.post_count()
        integrity = db.integrity()
        server.check_alive()
    finally:
        server.stop()

    result.update({
        "writers": args.writers,
        "posts_per_writer": args.posts_per_writer,
        "planned": planned,
        "kill": kill_info,
        "writers_reached_target": tally.writers_done,
        "writers_short_of_target": tally.writers_gave_up,
        "attempted": tally.attempted,
        "acknowledged": len(acked),
        "found_in_db": found_in_db,
        "published_in_db": found_in_db - len(held),
        "visible": visible_count,
        "missing_in_db": len(missing) + len(wrong_body),
        "not_published": len(held),
        "invisible": len(invisible),
        "stored_not_acknowledged": len(unacked_stored),
        "stored_not_acknowledged_by_status": unacked_statuses,
        "duplicate_markers_in_db": len(duplicate_markers),
        "duplicate_ack_ids": duplicate_ids,
        "connection_errors": tally.conn_errors,
        "connection_errors_during_login": tally.login_conn_errors,
        "connection_errors_outside_kill_window": tally.conn_errors_outside_kill,
        "http_5xx": len(tally.server_errors),
        "unexpected_status": dict(tally.unexpected),
        "relogins": tally.relogins,
        "server_starts": server.starts,
        "server_planned_kills": server.planned_kills,
        "server_unplanned_exits": server.unplanned_exits,
        "sqlite_integrity_check": integrity,
        "posts_in_db_before": posts_before,
        "posts_in_db_after": posts_after,
        "write_seconds": round(write_s, 1),
        "total_seconds": round(time.monotonic() - started, 1),
        "samples": {
            "missing": missing[:10] + wrong_body[:10],
            "not_published": held[:10],
            "invisible": invisible[:10],
            "stored_not_acknowledged": unacked_stored[:10],
            "duplicate_markers": duplicate_markers[:10],
            "http_5xx": tally.server_errors[:10],
            "unexpected": tally.unexpected_samples,
        },
        "server_log_errors": server.log_findings()[:20],
    })
    # Sanity: the rows the run added are its acknowledged replies plus the stored-unacked.
    result["posts_added"] = posts_after - posts_before
    return result


def verdict(r):
    problems = []
    if r["missing_in_db"]:
        problems.append(f"{r['missing_in_db']} acknowledged replies missing from the database")
    if r["invisible"]:
        problems.append(f"{r['invisible']} acknowledged replies not visible")
    if r["http_5xx"]:
        problems.append(f"{r['http_5xx']} responses with 5xx")
    if r["server_unplanned_exits"]:
        problems.append(f"the server exited on its own {len(r['server_unplanned_exits'])} time(s)")
    if r["acknowledged"] == 0:
        problems.append("no reply was acknowledged")
    if r["sqlite_integrity_check"] not in (None, "ok"):
        problems.append(f"SQLite integrity_check: {r['sqlite_integrity_check']}")
    if r["duplicate_ack_ids"]:
        problems.append(f"{r['duplicate_ack_ids']} post ids acknowledged twice")
    return problems


def print_summary(r, problems):
    k = r.get("kill")
    print(f"\ndurability, {r['backend']}, run {r['run_id']}: {r['writers']} writers x "
          f"{r['posts_per_writer']} replies = {r['planned']} planned"
          f"{', server SIGKILLed once' if k else ''}")
    if k:
        print(f"  killed {k['seconds_into_writes']} s into the writes, at {k['acked_at_kill']} "
              f"acknowledged / {k['attempted_at_kill']} attempted; back on /healthz in "
              f"{k['restart_to_healthz_s']} s")
    print(f"  attempted {r['attempted']}, acknowledged {r['acknowledged']}, found in DB "
          f"{r['found_in_db']} (published {r['published_in_db']}), visible {r['visible']}")
    print(f"  missing {r['missing_in_db']}, not published {r['not_published']}, invisible "
          f"{r['invisible']}, stored but not acknowledged {r['stored_not_acknowledged']} "
          f"{r['stored_not_acknowledged_by_status'] or ''}, "
          f"duplicate markers {r['duplicate_markers_in_db']}")
    print(f"  connection errors {r['connection_errors']} (during login "
          f"{r['connection_errors_during_login']}, outside the kill window "
          f"{r['connection_errors_outside_kill_window']}), 5xx {r['http_5xx']}, "
          f"other unexpected {sum(r['unexpected_status'].values())} {r['unexpected_status'] or ''}")
    print(f"  writers at target {r['writers_reached_target']}/{r['writers']}, server starts "
          f"{r['server_starts']}, unplanned exits {len(r['server_unplanned_exits'])}, posts "
          f"{r['posts_in_db_before']} -> {r['posts_in_db_after']} (+{r['posts_added']}), "
          f"{'' if r['sqlite_integrity_check'] is None else 'integrity_check ' + r['sqlite_integrity_check'] + ', '}"
          f"writes took {r['write_seconds']} s, all {r['total_seconds']} s")
    for name, items in r["samples"].items():
        if items:
            print(f"  e.g. {name}: {items[:3]}")
    if r["server_log_errors"]:
        print(f"  server log error lines (first {len(r['server_log_errors'])}):")
        for line in r["server_log_errors"][:5]:
            print(f"    {line}")
    print("PASS: every acknowledged reply is stored and visible" if not problems
          else "FAIL: " + "; ".join(problems))


def main():
    args = parse_args()
    args.binary = os.path.abspath(args.binary)
    if not os.access(args.binary, os.X_OK):
        print(f"no binary at {args.binary}: cargo build --release (or --binary PATH)",
              file=sys.stderr)
        return 2
    port = args.port or free_port()
    workdir = tempfile.mkdtemp(prefix="carecircle-durability-")
    result = {"backend": args.backend, "binary": args.binary, "port": port}
    db = None
    try:
        db = Database(args, workdir)
        run(args, workdir, db, port, result)
    except SetupError as e:
        print(f"setup failed: {e}", file=sys.stderr)
        return 2
    finally:
        if db is not None:
            try:
                db.drop()
            except SetupError as e:
                print(f"warning: {e}", file=sys.stderr)
        if args.keep:
            print(f"kept {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    problems = verdict(result)
    result["problems"] = problems
    result["pass"] = not problems
    print_summary(result, problems)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=2)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
