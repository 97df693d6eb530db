#!/usr/bin/env python3
"""Ingest throughput as the store grows: posts synthetic articles to a running Tarikh service.

For each target event count (GET /api/v1/events?size=1 -> total) the store is first grown to the
target with the same N clients, then a timed window of --measure articles (or --seconds, whichever
ends first) is posted and reported: articles/s, latency p50/p99, the HTTP statuses seen and the
events total before and after. A Markdown table summarises the phases at the end.

Exit status: 0 when no request got a 5xx (or a transport error), 1 otherwise, 2 when the run could
not be done (service unreachable, corpus exhausted before a target). Throughput is reported, never
asserted.

Standard library only (Python 3.11); one keep-alive http.client connection per client thread.

    scripts/load.py --base-url http://127.0.0.1:8080 --clients 4 --targets 1000,10000,100000
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the work tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402


STOP = threading.Event()  # set by SIGINT/SIGTERM: finish the requests in flight, print what was measured


def log(msg: str) -> None:
    print(f"[load {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class Client:
    """One keep-alive connection; reconnects after a transport error or a server close."""

    def __init__(self, base: str, api_key: str | None, timeout: float):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or (443 if u.scheme == "https" else 80)
        self.https = u.scheme == "https"
        self.prefix = u.path.rstrip("/")
        self.timeout = timeout
        self.headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if api_key:
            self.headers["X-API-Key"] = api_key
        self.conn = None

    def _connect(self):
        cls = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        self.conn = cls(self.host, self.port, timeout=self.timeout)

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        for attempt in (1, 2):
            if self.conn is None:
                self._connect()
            try:
                self.conn.request(method, self.prefix + path, body=body, headers=self.headers)
                resp = self.conn.getresponse()
                data = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    self.close()
                return resp.status, data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as e:
                # A keep-alive connection the server closed while idle: retry once on a new one,
                # but only when nothing was answered (a POST is idempotent by content anyway).
                self.close()
                if attempt == 2:
                    raise e
        raise AssertionError("unreachable")

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None


def events_total(client: Client) -> int:
    status, data = client.request("GET", "/api/v1/events?size=1")
    if status != 200:
        raise RuntimeError(f"GET /api/v1/events answered {status}: {data[:300]!r}")
    return int(json.loads(data)["total"])


def try_total(client: Client) -> int | None:
    try:
        return events_total(client)
    except (OSError, http.client.HTTPException, RuntimeError, ValueError, KeyError) as e:
        log(f"cannot read the events total: {type(e).__name__}: {e}")
        client.close()
        return None


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses: Counter = Counter()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.created = 0
        self.event_ids: set[str] = set()

    def add(self, status: int | str, seconds: float, detail: str | None = None):
        with self.lock:
            self.statuses[status] += 1
            self.latencies.append(seconds)
            if status == 201:
                self.created += 1
            if detail and len(self.errors) < 20:
                self.errors.append(detail)

    @property
    def count(self) -> int:
        return sum(self.statuses.values())

    def failures(self) -> int:
        return sum(n for s, n in self.statuses.items() if not isinstance(s, int) or s >= 500)

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs) + 0.5) - 1))]


class Corpus:
    """Thread-safe supply of request bodies, generated on demand (deterministic from the seed)."""

    def __init__(self, seed: int, limit: int, stories: float = 0.0):
        self.it = corpus.generate(limit, seed, stories)
        self.lock = threading.Lock()
        self.used = 0

    def next(self) -> bytes | None:
        with self.lock:
            try:
                body = next(self.it)
            except StopIteration:
                return None
            self.used += 1
        return json.dumps(body, ensure_ascii=False).encode("utf-8")


# Event ids named by the 201 answers so far: growth is tracked from them, not by asking the server
# for its total every second (GET /api/v1/events reads the store: a write benchmark must not be
# dominated by the read path). It may overcount by the events of the store before the run that
# new articles join; the windows' event totals are read from the server.
SEEN_EVENT_IDS: set[str] = set()
SEEN_LOCK = threading.Lock()


def run_phase(clients: list[Client], supply: Corpus, stop, stats: Stats, max_articles: int | None) -> None:
    """Each client posts until stop() is true or max_articles have been taken overall."""
    taken = [0]
    take_lock = threading.Lock()

    def worker(client: Client):
        while not STOP.is_set() and not stop():
            with take_lock:
                if max_articles is not None and taken[0] >= max_articles:
                    return
                taken[0] += 1
            body = supply.next()
            if body is None:
                return
            t0 = time.perf_counter()
            try:
                status, data = client.request("POST", "/api/v1/articles", body)
            except (OSError, http.client.HTTPException) as e:
                stats.add("error", time.perf_counter() - t0, f"transport: {type(e).__name__}: {e}")
                client.close()
                continue
            elapsed = time.perf_counter() - t0
            detail = None
            if status >= 500 or status not in (200, 201):
                detail = f"HTTP {status}: {data[:400].decode('utf-8', 'replace')}"
            stats.add(status, elapsed, detail)
            if status == 201:
                try:
                    ids = json.loads(data).get("eventIds") or []
                except ValueError:
                    ids = []
                with SEEN_LOCK:
                    SEEN_EVENT_IDS.update(ids)

    threads = [threading.Thread(target=worker, args=(c,), daemon=True) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base-url", default=os.environ.get("BASE_URL", "http://127.0.0.1:8080"))
    ap.add_argument("--clients", type=int, default=4, help="parallel clients (default 4)")
    ap.add_argument("--targets", default="1000,10000,100000", help="event totals to measure at (default 1000,10000,100000)")
    ap.add_argument("--measure", type=int, default=300, help="articles per timed window (default 300)")
    ap.add_argument("--seconds", type=float, default=60, help="longest timed window in seconds (default 60)")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--max-articles", type=int, default=200_000, help="corpus size limit (default 200000)")
    ap.add_argument("--stories", type=float, default=0.0, help="share of articles reporting widely reported events (corpus.py --stories; default 0)")
    ap.add_argument("--api-key", default=os.environ.get("TARIKH_API_KEY"), help="X-API-Key for writes (env TARIKH_API_KEY)")
    ap.add_argument("--timeout", type=float, default=120, help="per-request timeout in seconds (default 120)")
    ap.add_argument("--label", default="", help="a label for the table (e.g. H2, PostgreSQL)")
    ap.add_argument("--json", help="also write the results to this file as JSON")
    args = ap.parse_args()
    targets = sorted(int(t) for t in args.targets.split(",") if t.strip())
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: (STOP.set(), log("interrupted: finishing the requests in flight")))

    probe = Client(args.base_url, args.api_key, args.timeout)
    try:
        start_total = events_total(probe)
    except (OSError, RuntimeError, ValueError) as e:
        log(f"cannot read the events total at {args.base_url}: {e}")
        return 2
    log(f"{args.base_url}: {start_total} events stored; {args.clients} clients; targets {targets}; "
        f"windows of {args.measure} articles or {args.seconds:g} s")
    supply = Corpus(args.seed, args.max_articles, args.stories)
    clients = [Client(args.base_url, args.api_key, args.timeout) for _ in range(args.clients)]
    results = []
    all_stats = Stats()
    exhausted = False
    lost = False  # the service stopped answering GET /api/v1/events

    for target in targets:
        if STOP.is_set():
            break
        # ---- grow: post until the events named by the answers reach the target (or the service fails)
        total = try_total(probe)
        if total is None:
            lost = True
            break
        if total < target:
            grow = Stats()
            t0 = time.perf_counter()
            overcount = [0]  # estimate minus the server's total, corrected after each pass

            def reached() -> bool:
                if grow.failures() > 100:
                    return True  # the service is failing: stop and report
                with SEEN_LOCK:
                    return start_total + len(SEEN_EVENT_IDS) - overcount[0] >= target

            while True:
                used_before = supply.used
                run_phase(clients, supply, reached, grow, None)
                total = try_total(probe)
                if total is None or total >= target or STOP.is_set() or grow.failures() > 100 or supply.used == used_before:
                    break
                with SEEN_LOCK:
                    overcount[0] = start_total + len(SEEN_EVENT_IDS) - total
            if total is None:
                lost = True
                all_stats.statuses.update(grow.statuses)
                all_stats.errors.extend(grow.errors)
                break
            secs = time.perf_counter() - t0
            log(f"grew to {total} events with {grow.count} articles in {secs:.1f} s "
                f"({grow.count / secs:.1f} articles/s, {(total - start_total) / max(1, supply.used):.2f} events/article so far); "
                f"statuses {dict(grow.statuses)}")
            for e in grow.errors[:5]:
                log(f"  {e}")
            all_stats.statuses.update(grow.statuses)
            all_stats.errors.extend(grow.errors)
            if STOP.is_set():
                break
            if total < target:
                log(f"stopped growing ({supply.used} articles, {grow.failures()} failures) before {target} events")
                exhausted = True
                break
        # ---- measure
        before = total
        stats = Stats()
        deadline = time.perf_counter() + args.seconds
        t0 = time.perf_counter()
        run_phase(clients, supply, lambda: time.perf_counter() >= deadline, stats, args.measure)
        secs = time.perf_counter() - t0
        after = try_total(probe)
        if after is None:
            lost, after = True, -1
        row = {
            "target": target, "events_before": before, "events_after": after, "articles": stats.count,
            "created": stats.created, "seconds": round(secs, 2), "articles_per_s": round(stats.count / secs, 1),
            "p50_ms": round(stats.percentile(50) * 1000), "p99_ms": round(stats.percentile(99) * 1000),
            "statuses": {str(k): v for k, v in sorted(stats.statuses.items(), key=str)},
            "failures": stats.failures(),
        }
        results.append(row)
        all_stats.statuses.update(stats.statuses)
        all_stats.errors.extend(stats.errors)
        log(f"at {before} events: {row['articles']} articles in {secs:.1f} s = {row['articles_per_s']} articles/s, "
            f"p50 {row['p50_ms']} ms, p99 {row['p99_ms']} ms, statuses {row['statuses']}, events {before} -> {after}")
        for e in stats.errors[:5]:
            log(f"  {e}")

    for c in clients + [probe]:
        c.close()

    label = f" {args.label}" if args.label else ""
    print(f"\n### Ingest throughput{label}: {args.clients} clients, {supply.used} articles posted\n")
    print("| events at start | articles | articles/s | p50 ms | p99 ms | statuses | events after |")
    print("|---:|---:|---:|---:|---:|---|---:|")
    for r in results:
        statuses = ", ".join(f"{k}: {v}" for k, v in r["statuses"].items())
        print(f"| {r['events_before']} | {r['articles']} | {r['articles_per_s']} | {r['p50_ms']} | {r['p99_ms']} | {statuses} | {r['events_after']} |")
    if len(results) >= 2 and results[0]["articles_per_s"]:
        print(f"\nrate at {results[-1]['events_before']} events / rate at {results[0]['events_before']} events: "
              f"{100 * results[-1]['articles_per_s'] / results[0]['articles_per_s']:.0f} %")
    failures = all_stats.failures() + (1 if lost else 0)
    if lost:
        all_stats.errors.insert(0, "the service stopped answering GET /api/v1/events")
    print(f"\nall phases: statuses {dict(sorted(all_stats.statuses.items(), key=str))}")
    if args.json:
        Path(args.json).write_text(json.dumps({"label": args.label, "clients": args.clients, "phases": results,
                                               "statuses": {str(k): v for k, v in all_stats.statuses.items()}}, indent=2))
    if failures:
        print(f"\n!!! {failures} request(s) failed with a 5xx or a transport error !!!", flush=True)
        for e in all_stats.errors[:10]:
            print(f"!!!   {e}")
        return 1
    return 2 if exhausted or STOP.is_set() else 0


if __name__ == "__main__":
    sys.exit(main())
