#!/usr/bin/env python3
"""Runs the load benchmark after load.sh has published Release; writes benchmarks/results/load.md. See load.sh."""
import json
import resource
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from urllib.parse import quote

ROOT = sys.argv[1]
DOCS = int(os.environ.get("BENCH_DOCS", "10000"))
LARGE = os.environ.get("BENCH_LARGE") == "1"
DURATION = os.environ.get("BENCH_DURATION", "8s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "32")
PORT = int(os.environ.get("BENCH_PORT", "5081"))
RAW_PORT = PORT + 1
WORK = os.environ.get("BENCH_WORK") or tempfile.mkdtemp(prefix="xp-load-")
PASSWORD = "Bench-Admin-Pass-2026"
BASE = f"http://127.0.0.1:{PORT}"
UNCACHED = "bench=uncached"  # any cookie but the elder-mode one bypasses the page cache, as a signed-in reader's does

WEB_OUT = os.path.join(ROOT, "src/XinxingPortal.Web/bin/Release/net10.0/linux-x64/publish")
RAW_OUT = os.path.join(ROOT, "benchmarks/RawKestrel/bin/Release/net10.0")
WEB = os.path.join(WORK, "web")
APP_DATA = os.path.join(WORK, "App_Data")


def log(message):
    print(f"[load] {message}", file=sys.stderr, flush=True)


def env():
    e = dict(os.environ)
    e.update({
        "ASPNETCORE_ENVIRONMENT": "Production",
        "ASPNETCORE_URLS": BASE,
        "Urls": BASE,  # appsettings.json names port 5000; this wins over it
        "Portal__AppDataPath": APP_DATA,
        "Portal__BaseUrl": BASE,
        "Portal__AutoSetup__AdminPassword": PASSWORD,
        "Logging__LogLevel__Default": "Warning",
    })
    return e


def cli(*args, check=True):
    subprocess.run(["dotnet", os.path.join(WEB, "XinxingPortal.Web.dll"), "tenants", *args], cwd=WEB, env=env(), check=check,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if not check else None)


def get(path, cookie=None, timeout=60):
    request = urllib.request.Request(BASE + path, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, response.read()


def wait_ok(path, deadline_s=300):
    start = time.monotonic()
    while time.monotonic() - start < deadline_s:
        try:
            status, _ = get(path, timeout=30)
            if status == 200:
                return
        except Exception:  # noqa: BLE001 - not up yet
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{path} did not answer 200")


def start_host():
    process = subprocess.Popen(["dotnet", os.path.join(WEB, "XinxingPortal.Web.dll")], cwd=WEB, env=env(),
                               stdout=subprocess.DEVNULL, stderr=open(os.path.join(WORK, "host.log"), "ab"))
    return process


def stop(process):
    if process and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def wait_idle(pid, limit_s=600):
    """Waits until the host is quiet (background work such as the change feed catching up is done)."""
    hz = os.sysconf("SC_CLK_TCK")
    quiet = 0
    start = time.monotonic()
    last = cpu_ticks(pid)
    while time.monotonic() - start < limit_s:
        time.sleep(1)
        now = cpu_ticks(pid)
        quiet = quiet + 1 if (now - last) / hz < 0.05 else 0
        last = now
        if quiet >= 3:
            return time.monotonic() - start
    return time.monotonic() - start


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wrk(url, connections=CONNECTIONS, cookie=None, encoding=None):
    e = dict(os.environ)
    e["BENCH_COOKIE"] = cookie or ""
    e["BENCH_ENCODING"] = encoding or ""
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{DURATION}", "-s", os.path.join(ROOT, "benchmarks/load/report.lua"), url],
                         env=e, check=True, capture_output=True, text=True).stdout
    line = [l for l in out.splitlines() if l.startswith("{")][-1]
    result = json.loads(line)
    log(f"{url} c={connections} {'uncached' if cookie else ''} {encoding or ''}: {result}")
    return result


def import_tenant(name, n):
    recipe = f"bench-policies-{n}"
    subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks/load/gen_policies.py"), str(n),
                    os.path.join(WEB, "recipes", recipe + ".recipe.json")], check=True)
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cli("create", "--name", name, "--prefix", name, "--recipe", recipe, "--admin-password", PASSWORD)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": time.monotonic() - start, "cpu": cpu}


def main():
    log(f"work directory {WORK}")
    shutil.rmtree(WEB, ignore_errors=True)
    shutil.copytree(WEB_OUT, WEB)
    imports_file = os.path.join(WORK, "imports.json")
    if os.environ.get("BENCH_REUSE") == "1" and os.path.exists(os.path.join(APP_DATA, "tenants.json")):
        # Load again a site an earlier run imported (the imports cost minutes on a busy machine).
        imports = {int(k): v for k, v in json.load(open(imports_file)).items()} if os.path.exists(imports_file) else {}
    else:
        imports = prepare(imports_file)
    for n, seconds in sorted(imports.items()):
        log(f"import {n}: {seconds}")
    measure(imports)


def prepare(imports_file):
    shutil.rmtree(APP_DATA, ignore_errors=True)
    os.makedirs(APP_DATA, exist_ok=True)

    # The shipped tenants (Default: the portal with its market; kepu: the microsite with events) set up on first request.
    host = start_host()
    try:
        wait_ok("/")
        wait_ok("/kepu/")
    finally:
        stop(host)

    # Import time per N: a tenant's creation with N documents, less the same creation with none.
    imports = {}
    for n in sorted({0, 1000, DOCS} | ({100_000} if LARGE else set())):
        imports[n] = import_tenant("bench" if n == DOCS else "bench100k" if n == 100_000 else f"bench{n}", n)
        log(f"import {n}: {imports[n]}")
        with open(imports_file, "w") as f:
            json.dump(imports, f)

    # A first start after the import builds the new tenants' search indexes (minutes at 100,000); the start-up measured
    # below is then a restart of a node whose indexes are current, as after a deployment.
    host = start_host()
    try:
        wait_ok("/bench/policies")
        log(f"indexes built; host idle after {wait_idle(host.pid, limit_s=1800):.0f} s")
    finally:
        stop(host)
    return imports


def measure(imports):
    # Three warm tenants: Default, kepu and the benchmark's (and the 100,000 one when asked for).
    for n in (0, 1000):
        if n != DOCS and os.path.exists(os.path.join(APP_DATA, "Sites", f"bench{n}")):
            cli("disable", f"bench{n}", check=False)  # already disabled when BENCH_REUSE loads an earlier run's site

    # Start-up: from starting the process to the first page of an existing tenant; three starts, the median reported
    # (one start alone moves by a few tenths with what else the machine does). The last host stays up for the load.
    startups = []
    raw = host = None
    for attempt in range(3):
        started = time.monotonic()
        host = start_host()
        wait_ok("/bench/policies")
        startups.append(time.monotonic() - started)
        log(f"first page after start: {startups[-1]:.2f} s")
        if attempt < 2:
            stop(host)
    startup = sorted(startups)[1]
    try:
        for path in ("/", "/kepu/", "/kepu/events", "/techtransfer/outcomes", "/bench/policies/bench-005000", "/bench/search?q=" + quote("科技")):
            wait_ok(path)
        settled = wait_idle(host.pid)
        log(f"host idle after {settled:.0f} s")
        rss_start = rss_mb(host.pid)

        status, page = get("/bench/policies")
        page_path = os.path.join(WORK, "list.html")
        with open(page_path, "wb") as f:
            f.write(page)
        raw_env = dict(os.environ, ASPNETCORE_URLS=f"http://127.0.0.1:{RAW_PORT}", DOTNET_gcServer="0")
        raw = subprocess.Popen(["dotnet", os.path.join(RAW_OUT, "RawKestrel.dll"), page_path], env=raw_env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        raw_url = f"http://127.0.0.1:{RAW_PORT}/policies"
        for _ in range(200):
            try:
                urllib.request.urlopen(raw_url, timeout=5).read()
                break
            except Exception:  # noqa: BLE001
                time.sleep(0.05)

        detail = "/bench/policies/bench-005000"
        results = {}
        # Warm both, then alternate raw and cached so both see the same machine.
        wrk(raw_url, 8)
        wrk(BASE + "/bench/policies", 8)
        rounds = []
        for _ in range(3):
            rounds.append((wrk(raw_url), wrk(BASE + "/bench/policies")))
        results["raw"] = [r for r, _ in rounds]
        results["cached list"] = [c for _, c in rounds]
        # As browsers ask for it: the copy compressed when the page was kept (brotli over HTTPS, gzip over HTTP).
        results["cached list, brotli"] = [wrk(BASE + "/bench/policies", encoding="gzip, deflate, br")]
        results["cached list, gzip"] = [wrk(BASE + "/bench/policies", encoding="gzip, deflate")]
        results["uncached list, one at a time"] = [wrk(BASE + "/bench/policies", 1, UNCACHED)]
        results["uncached list"] = [wrk(BASE + "/bench/policies", cookie=UNCACHED)]
        results["uncached list, page 250"] = [wrk(BASE + "/bench/policies?page=250", cookie=UNCACHED)]
        results["uncached list, topic filter"] = [wrk(BASE + "/bench/policies?topic=nongye-keji&type=notice", cookie=UNCACHED)]
        results["uncached detail, one at a time"] = [wrk(BASE + detail, 1, UNCACHED)]
        results["uncached detail"] = [wrk(BASE + detail, cookie=UNCACHED)]
        results["cached detail"] = [wrk(BASE + detail)]
        results["uncached events list (kepu)"] = [wrk(BASE + "/kepu/events", cookie=UNCACHED)]
        results["cached events list (kepu)"] = [wrk(BASE + "/kepu/events")]
        results["uncached market list (outcomes)"] = [wrk(BASE + "/techtransfer/outcomes", cookie=UNCACHED)]
        results["cached market list (outcomes)"] = [wrk(BASE + "/techtransfer/outcomes")]
        # Site search over the 10,000 documents: a common word (thousands of matches) and two words.
        results["uncached search, one word"] = [wrk(BASE + "/bench/search?q=" + quote("科技创新"), cookie=UNCACHED)]
        results["uncached search, two words"] = [wrk(BASE + "/bench/search?q=" + quote("节水灌溉 红枣"), cookie=UNCACHED)]
        results["cached search, one word"] = [wrk(BASE + "/bench/search?q=" + quote("科技创新"))]
        # The target is for three warm tenants (Default, kepu, bench), so that is measured before the 100,000 one warms.
        memory = {3: settle(host.pid)}
        if LARGE:
            wait_ok("/bench100k/policies")
            results["100k: uncached list, one at a time"] = [wrk(BASE + "/bench100k/policies", 1, UNCACHED)]
            results["100k: uncached list"] = [wrk(BASE + "/bench100k/policies", cookie=UNCACHED)]
            results["100k: uncached detail, one at a time"] = [wrk(BASE + "/bench100k/policies/bench-050000", 1, UNCACHED)]
            memory[4] = settle(host.pid)
    finally:
        stop(raw)
        stop(host)

    write_report(results, imports, startup, startups, rss_start, memory, len(page))


def settle(pid):
    """Resident memory as the last request is answered, and once the readers have stopped: the host gives memory back
    on its first quiet round (every 2 s, see IdleMemoryTrim)."""
    peak = rss_mb(pid)
    wait_idle(pid)
    time.sleep(5)
    quiet = rss_mb(pid)
    log(f"resident memory: {peak:.0f} MB at the last request, {quiet:.0f} MB once quiet")
    return peak, quiet



def mean(rows, key):
    return sum(r[key] for r in rows) / len(rows)


def write_report(results, imports, startup, startups, rss_start, memory, page_bytes):
    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
    load = open("/proc/loadavg").read().split()[:3]
    ratio = mean(results["cached list"], "rps") / mean(results["raw"], "rps")
    lines = [
        "# Load benchmark",
        "",
        f"Written by `benchmarks/load.sh` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: Release publish (ReadyToRun), Production, SQLite,",
        f"`wrk -t1 -c{CONNECTIONS} -d{DURATION}` on loopback (\"one at a time\": `-c1`). {os.cpu_count()} cores ({cpu}); load average",
        f"before the run {' '.join(load)} (the machine is shared: figures move with what else runs).",
        f"The list page is {page_bytes:,} bytes; the raw Kestrel app returns exactly those bytes from memory.",
        f"\"Uncached\" requests carry a cookie, which keeps them out of the page cache as a signed-in reader is.",
        "",
        "| page | requests/s | p50 ms | p95 ms | p99 ms | non-2xx | bytes/response (with headers) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, rows in results.items():
        for i, r in enumerate(rows):
            label = name if len(rows) == 1 else f"{name} (round {i + 1})"
            lines.append(f"| {label} | {r['rps']:,.0f} | {r['p50']:.2f} | {r['p95']:.2f} | {r['p99']:.2f} | {r['non2xx']} | {r['bytes_per_request']:,.0f} |")
    lines += [
        "",
        f"**Cached list / raw Kestrel, same run: {ratio:.2f}** (mean of the alternating rounds).",
        "",
        "| import (`tenants create` with a recipe of N documents) | wall s | CPU s | CPU s less an empty tenant |",
        "|---|---:|---:|---:|",
    ]
    for n, t in sorted(imports.items()):
        lines.append(f"| {n:,} policy documents | {t['wall']:.1f} | {t['cpu']:.1f} | {t['cpu'] - imports[0]['cpu']:.1f} |")
    if not imports:
        lines.append("| (not measured in this run: `BENCH_REUSE=1` loaded an earlier run's site) | | | |")
    lines += [
        "",
        f"First page of an existing tenant after starting the process: **{startup:.2f} s** (median of three starts: {', '.join(f'{s:.2f}' for s in startups)} s).",
        f"Resident memory with 3 warm tenants: {rss_start:.0f} MB before the load; {memory[3][0]:.0f} MB as its last request",
        f"is answered, **{memory[3][1]:.0f} MB after it** (once the site is quiet and has given back what the burst took).",
    ]
    if 4 in memory:
        lines.append(f"With the 100,000-document tenant warm as well (4 tenants): {memory[4][0]:.0f} MB at its last request, "
                     f"{memory[4][1]:.0f} MB once quiet.")
    lines.append("")
    out = os.path.join(ROOT, "benchmarks/results/load.md")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    log(f"wrote {out}")


if __name__ == "__main__":
    main()
