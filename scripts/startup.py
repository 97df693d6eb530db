#!/usr/bin/env python3
"""Start-up to ready of the packaged service, with a baseline measured in the same run.

Launches each variant in turn, ROUNDS times, interleaved (variant A, variant B, ..., the baseline,
then again), and times from launch to the first 200 of /q/health/ready, polled every 20 ms. The
baseline is `java <the same JVM options> -version`: what the JVM alone costs on this machine at
that moment, so a loaded machine shows as a slow baseline, not as a slow service. Prints one
Markdown table: median and every run in ms, the CPU time the process had used when it was ready
(all its threads, JIT compilers included: what a loaded machine stretches, not what it adds to),
and the 1-minute load average at each launch; then
the time of the first requests after ready (a resolve and a page of events), which would show
work a start left for later.

A variant is NAME=JAR[,extra JVM option...], started from the jar's directory (where an AppCDS
archive must be started from), e.g.
    scripts/startup.py --store /tmp/h2-5k before=/tmp/before/quarkus-run.jar after=target/quarkus-app/quarkus-run.jar,-XX:SharedArchiveFile=app-cds.jsa
    scripts/startup.py --fresh after=target/quarkus-app/quarkus-run.jar        # a new H2 file each run
    scripts/startup.py --postgres jdbc:postgresql://127.0.0.1:5432/tarikh_reads pg=/tmp/pg-app/quarkus-run.jar
The JVM options default to the Kubernetes pod's (docs/production.md, Memory). Standard library only.
"""
import argparse
import http.client
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

POD_OPTS = "-XX:MaxRAM=768m -XX:MaxRAMPercentage=50 -XX:+UseSerialGC"
H2_OPTIONS = "DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ready(port):
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        c.request("GET", "/q/health/ready")
        status = c.getresponse().status
        c.close()
        return status == 200
    except OSError:
        return False


def load1():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


FIRST_RESOLVE = '{"text": "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0623\u0645\u0633 \u0625\u0646 \u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639 \u0633\u064a\u0639\u0642\u062f \u0641\u064a 5 \u062d\u0632\u064a\u0631\u0627\u0646 2017"}'


def timed(port, method, path, body=None):
    """Milliseconds of one request on a new connection (the status must be 200)."""
    t0 = time.monotonic()
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
    r = c.getresponse()
    r.read()
    c.close()
    if r.status != 200:
        raise RuntimeError("%s %s answered %d" % (method, path, r.status))
    return (time.monotonic() - t0) * 1000


def process_cpu_ms(pid):
    """CPU time (user + system, every thread: JIT compilers too) the process has used, in ms."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def run_service(cmd, port, log, timeout):
    """Launch to ready in ms, CPU used by then, then the first POST /api/v1/resolve and first page of events, in ms."""
    t0 = time.monotonic()
    # From the jar's directory: an AppCDS archive (app-cds.jsa) names the jar relative to it.
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=os.path.dirname(cmd[-1]))
    try:
        while True:
            if ready(port):
                up = (time.monotonic() - t0) * 1000
                cpu = process_cpu_ms(proc.pid)
                # What a client that trusted the readiness probe gets first: nothing may still be loading.
                return up, cpu, timed(port, "POST", "/api/v1/resolve", FIRST_RESOLVE.encode()), timed(port, "GET", "/api/v1/events?size=20")
            if proc.poll() is not None:
                raise RuntimeError("the service exited with %s before it was ready (log: %s)" % (proc.returncode, log.name))
            if time.monotonic() - t0 > timeout:
                raise RuntimeError("not ready after %d s (log: %s)" % (timeout, log.name))
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--fresh", action="store_true", help="a new H2 file for every run (the seeds load in the background)")
    where.add_argument("--store", help="directory of an existing H2 store (tarikh.mv.db), used by every run")
    where.add_argument("--postgres", metavar="JDBC_URL", help="an existing PostgreSQL store (the variants must be PostgreSQL builds)")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--java-opts", default=POD_OPTS)
    p.add_argument("--timeout", type=int, default=120)
    p.add_argument("variants", nargs="+", metavar="NAME=JAR[,OPTION...]")
    a = p.parse_args()

    variants = []
    for v in a.variants:
        name, _, rest = v.partition("=")
        jar, *extra = rest.split(",")
        variants.append((name, os.path.abspath(jar), extra))
    opts = a.java_opts.split()
    work = tempfile.mkdtemp(prefix="tarikh-startup.")
    times = {name: [] for name, _, _ in variants}
    times["baseline: java -version"] = []
    firsts = {name: ([], []) for name, _, _ in variants}
    cpus = {name: [] for name, _, _ in variants}
    loads = []
    seeds = os.path.abspath("seeds")
    try:
        for r in range(a.rounds):
            for name, jar, extra in variants:
                port = free_port()
                if a.postgres:
                    db = ["-Dquarkus.profile=postgres", "-Dquarkus.datasource.jdbc.url=" + a.postgres,
                          "-Dquarkus.datasource.username=" + os.environ.get("PGUSER", "postgres"),
                          "-Dquarkus.datasource.password=" + os.environ.get("PGPASSWORD", "")]
                else:
                    store = a.store or os.path.join(work, "fresh-%d-%s" % (r, name))
                    db = ["-Dquarkus.datasource.jdbc.url=jdbc:h2:file:%s/tarikh;%s" % (os.path.abspath(store), H2_OPTIONS)]
                cmd = ["java", *opts, *extra, "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=%d" % port, *db,
                       "-Dtarikh.seeds.dir=" + seeds, "-jar", jar]
                loads.append(load1())
                with open(os.path.join(work, "%s-%d.log" % (name, r)), "w") as log:
                    up, cpu, resolve, page = run_service(cmd, port, log, a.timeout)
                times[name].append(up)
                cpus[name].append(cpu)
                firsts[name][0].append(resolve)
                firsts[name][1].append(page)
                if a.fresh:
                    shutil.rmtree(store, ignore_errors=True)
            t0 = time.monotonic()
            subprocess.run(["java", *opts, "-version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times["baseline: java -version"].append((time.monotonic() - t0) * 1000)
            print("round %d: %s" % (r + 1, ", ".join("%s %.0f ms" % (n, t[-1]) for n, t in times.items())), file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("| launch to ready | median ms | runs (ms) | CPU used by then, median ms |")
    print("|---|---:|---|---:|")
    for name, t in times.items():
        cpu = "%.0f" % statistics.median(cpus[name]) if name in cpus else ""
        print("| %s | %.0f | %s | %s |" % (name, statistics.median(t), ", ".join("%.0f" % x for x in t), cpu))
    print("\n| after ready, first request | `POST /api/v1/resolve` median ms | `GET /api/v1/events?size=20` median ms |")
    print("|---|---:|---:|")
    for name, (resolve, page) in firsts.items():
        print("| %s | %.0f | %.0f |" % (name, statistics.median(resolve), statistics.median(page)))
    print("\n%d rounds, JVM options `%s`, load average (1 min) at the launches: min %.1f, median %.1f, max %.1f"
          % (a.rounds, a.java_opts, min(loads), statistics.median(loads), max(loads)))


if __name__ == "__main__":
    main()
