#!/usr/bin/env python3
"""The OpenLab booking benchmark; run by benchmarks/openlab.sh after a Release build. Writes benchmarks/results/openlab.md."""
import concurrent.futures
import datetime
import email
import glob
import http.cookiejar
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = sys.argv[1]
PORT = int(os.environ.get("BENCH_PORT", "5091"))
INSTRUMENTS = int(os.environ.get("BENCH_INSTRUMENTS", "200"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))
USERS = int(os.environ.get("BENCH_USERS", "16"))
SLOTS = int(os.environ.get("BENCH_SLOTS", "20"))
BASE = f"http://127.0.0.1:{PORT}"
PASSWORD = "Bench-Admin-Pass-2026"
WORK = tempfile.mkdtemp(prefix="xp-openlab-bench-")
APP_DATA = os.path.join(WORK, "App_Data")
WEB = os.path.join(ROOT, "src/XinxingPortal.Web/bin/Release/net10.0")
TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')
BEIJING = datetime.timezone(datetime.timedelta(hours=8))


def log(message):
    print(f"[openlab] {message}", file=sys.stderr, flush=True)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """One person's cookies; redirects are not followed, so a POST's answer (302 booked, 422 refused) is what is timed."""

    def __init__(self, cookie=None):
        if cookie:
            # A fixed cookie and no jar: an anonymous reader the page cache does not answer (as in the load benchmark).
            self.opener = urllib.request.build_opener(NoRedirect())
            self.opener.addheaders = [("Cookie", cookie)]
        else:
            self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())

    def request(self, path, form=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(BASE + path, data=data, timeout=60) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def token(self, path):
        status, body = self.request(path)
        match = TOKEN.search(body)
        if not match:
            raise RuntimeError(f"no form token on {path} ({status})")
        return match.group(1)

    def login(self, user, password):
        token = self.token("/account/login")
        status, _ = self.request("/account/login", {"UserName": user, "Password": password, "__RequestVerificationToken": token})
        if status != 302:
            raise RuntimeError(f"login of {user} answered {status}")


def start_host():
    env = dict(os.environ)
    env.update({
        "ASPNETCORE_ENVIRONMENT": "Production", "ASPNETCORE_URLS": BASE, "Urls": BASE, "Portal__AppDataPath": APP_DATA,
        "Portal__BaseUrl": BASE, "Portal__AutoSetup__AdminPassword": PASSWORD, "Logging__LogLevel__Default": "Warning",
        "Portal__RateLimits__PublicFormsPerMinute": "1000000", "DOTNET_gcServer": "0",
    })
    host = subprocess.Popen(["dotnet", os.path.join(WEB, "XinxingPortal.Web.dll")], cwd=WEB, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(BASE + "/", timeout=120) as response:
                if response.status == 200:
                    return host
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.5)
    host.kill()
    raise RuntimeError("the host did not serve / in time")


def utc(dt):
    return dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def seed(db_path, today):
    """200 copies of the seeded ICP-MS (published, bookable by anyone) and a year of bookings each: two a day, half a year back and ahead."""
    db = sqlite3.connect(db_path, timeout=60)
    columns = [c[1] for c in db.execute('PRAGMA table_info("OpenLab_Instruments")') if c[1] != "Id"]
    override = {"ContentItemId": "?", "ContentItemVersionId": "?", "LocalizationSet": "?", "Slug": "?", "DisplayText": "?"}
    select = ", ".join(override.get(c, f'"{c}"') for c in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    rule_columns = [c[1] for c in db.execute('PRAGMA table_info("OpenLab_InstrumentRules")')]
    rule_override = {"InstrumentId": "?", "Hours": "'[]'", "QualificationRequired": "0", "WeeklyQuotaHours": "0", "MonthlyQuotaHours": "0",
                     "MinNoticeHours": "0", "MaxNoticeDays": "366", "ApprovalRequired": "1"}
    rule_select = ", ".join(rule_override.get(c, f'"{c}"') for c in rule_columns)
    rows = []
    for n in range(INSTRUMENTS):
        iid = f"bench-i{n:03}"
        db.execute(f'INSERT INTO "OpenLab_Instruments" ({names}) SELECT {select} FROM "OpenLab_Instruments" WHERE "ContentItemId" = \'inst-icp-ms\' AND "Published" = 1',
                   (iid, f"bench-v{n:03}", iid, f"bench-{n:03}", f"基准仪器 {n:03}"))
        db.execute(f'INSERT INTO "OpenLab_InstrumentRules" ({", ".join(rule_columns)}) SELECT {rule_select} FROM "OpenLab_InstrumentRules" WHERE "InstrumentId" = \'inst-icp-ms\'', (iid,))
        for day in range(-182, 183):
            date = today + datetime.timedelta(days=day)
            for hour in (10, 14):
                start = datetime.datetime(date.year, date.month, date.day, hour, 0, tzinfo=BEIJING)
                end = start + datetime.timedelta(hours=2)
                past = day < 0
                rows.append((f"b{n:03}{day + 200:03}{hour}", iid, "admin", "", "zh-CN", "基准单位", utc(start), utc(end), utc(start), utc(end + datetime.timedelta(minutes=30)),
                             "Completed" if past else "Approved", 0 if past else 1, "基准测试", 1, "", utc(start) if past else None, utc(end) if past else None, utc(start), utc(start)))
    db.executemany('INSERT INTO "OpenLab_Bookings" ("Id", "InstrumentId", "UserName", "Email", "Culture", "Organisation", "StartUtc", "EndUtc", "BlockStartUtc", '
                   '"BlockEndUtc", "Status", "Holds", "Purpose", "SampleCount", "Project", "ActualStartUtc", "ActualEndUtc", "CreatedUtc", "ModifiedUtc") '
                   'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', rows)
    db.commit()
    db.close()
    return len(rows)


def timed(browser, paths):
    times = []
    for path in paths:
        clock = time.perf_counter()
        status, _ = browser.request(path)
        times.append((time.perf_counter() - clock) * 1000)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
    return times


def p(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def register(n):
    address = f"bench{n:02}@lab.example"
    browser = Browser()
    token = browser.token("/account/register")
    status, _ = browser.request("/account/register", {"Name": f"基准用户{n}", "Email": address, "Mobile": "13900000000", "Password": PASSWORD,
                                                      "ConfirmPassword": PASSWORD, "Consent": "true", "__RequestVerificationToken": token})
    if status != 302:
        raise RuntimeError(f"registering {address} answered {status}")
    for _ in range(600):
        for file in glob.glob(os.path.join(APP_DATA, "Sites", "Default", "mail", "*.eml")):
            with open(file, "rb") as f:
                message = email.message_from_binary_file(f)
            if message["To"] and address in message["To"]:
                body = next((part.get_payload(decode=True).decode("utf-8") for part in message.walk() if part.get_content_type() == "text/plain"), "")
                link = re.search(r"https?://\S+/account/confirm\S*", body)
                if link:
                    browser.request(urllib.parse.urlsplit(link.group(0))._replace(scheme="", netloc="").geturl())
                    browser.login(address, PASSWORD)
                    return browser
        time.sleep(0.05)
    raise RuntimeError(f"no confirmation mail to {address}")


def contention(browsers, today):
    """Every person posts every slot at once (USERS × SLOTS requests, USERS at a time); exactly one booking per slot may win."""
    tokens = [b.token("/openlab/instruments/bench-000/book") for b in browsers]
    jobs = []
    for s in range(SLOTS):
        date = today + datetime.timedelta(days=3 + s)
        start = datetime.datetime(date.year, date.month, date.day, 17, 0)
        for u, browser in enumerate(browsers):
            jobs.append((browser, tokens[u], f"bench-{s % 5:03}", start))

    def post(job):
        browser, token, slug, start = job
        clock = time.perf_counter()
        status, _ = browser.request(f"/openlab/instruments/{slug}/book", {
            "__RequestVerificationToken": token, "Start": start.strftime("%Y-%m-%dT%H:%M"), "End": (start + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "Purpose": "并发基准", "SampleCount": "1", "Project": "基准", "Organisation": "基准单位"})
        return status, (time.perf_counter() - clock) * 1000

    clock = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=USERS) as pool:
        results = list(pool.map(post, jobs))
    return results, time.perf_counter() - clock


def main():
    log(f"work folder {WORK}")
    load = " ".join(open("/proc/loadavg").read().split()[:3]) if os.path.exists("/proc/loadavg") else "?"
    host = start_host()
    try:
        today = datetime.datetime.now(BEIJING).date()
        clock = time.perf_counter()
        bookings = seed(os.path.join(APP_DATA, "Sites", "Default", "portal.db"), today)
        seeded = time.perf_counter() - clock
        log(f"seeded {INSTRUMENTS} instruments and {bookings} bookings in {seeded:.1f} s")

        admin = Browser()
        admin.login("admin", PASSWORD)
        monday = today - datetime.timedelta(days=today.weekday())
        weeks = [monday + datetime.timedelta(weeks=w) for w in range(-26, 26)]
        calendar = [f"/openlab/instruments/bench-{(i * 37) % INSTRUMENTS:03}/book?week={weeks[(i * 11) % len(weeks)]:%Y-%m-%d}" for i in range(REQUESTS)]
        reader = Browser(cookie="bench=uncached")
        timed(admin, calendar[:30])  # JIT and caches first
        timed(reader, ["/account/login"] * 30 + ["/health/live"] * 30)
        week = timed(admin, calendar)
        trivial = timed(reader, ["/account/login"] * REQUESTS)
        live = timed(reader, ["/health/live"] * REQUESTS)
        log(f"calendar p95 {p(week, 0.95):.1f} ms, trivial page p95 {p(trivial, 0.95):.1f} ms")

        browsers = [register(n) for n in range(USERS)]
        results, elapsed = contention(browsers, today)
        db = sqlite3.connect(os.path.join(APP_DATA, "Sites", "Default", "portal.db"), timeout=60)
        won = db.execute('SELECT COUNT(*) FROM "OpenLab_Bookings" WHERE "Purpose" = \'并发基准\'').fetchone()[0]
        db.close()
    finally:
        host.terminate()
        host.wait(timeout=30)

    booked = sum(1 for s, _ in results if s == 302)
    refused = sum(1 for s, _ in results if s == 422)
    other = len(results) - booked - refused
    post_times = [t for _, t in results]
    lines = [
        "# OpenLab booking benchmark", "",
        f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d}, the real host (Release, Production, SQLite) on {os.cpu_count()} cores, load average {load} at the start "
        "(the machine is shared with other builds; read the ratios more than the absolute times). Run with `benchmarks/openlab.sh`.", "",
        f"The seeded portal plus {INSTRUMENTS} instruments with a year of bookings each ({bookings:,} bookings, two a day, half a year back and half ahead); seeding took {seeded:.1f} s. "
        "The copies are open around the clock, so each week page draws its largest grid: 48 half-hour rows × 7 days (the seeded ICP-MS, open 10:00–19:30, draws 19 rows).", "",
        "## Week calendar page", "",
        f"{REQUESTS} sequential signed-in requests of `/openlab/instruments/{{slug}}/book?week=…`, spread over the instruments and 52 weeks; the same client and "
        f"count for a trivial page (the sign-in form: layout, antiforgery, no data; anonymous with a cookie that keeps the page cache out) and for `/health/live`. The calendar's client is signed in, so its figure also holds the per-request sign-in check (the security stamp is validated on every request).", "",
        "| Page | p50 | p95 | p95 ÷ trivial page p95 |", "|---|---:|---:|---:|",
        f"| Week calendar (200 instruments × a year) | {p(week, 0.5):.1f} ms | {p(week, 0.95):.1f} ms | {p(week, 0.95) / p(trivial, 0.95):.2f} |",
        f"| Trivial page (`/account/login`) | {p(trivial, 0.5):.1f} ms | {p(trivial, 0.95):.1f} ms | 1.00 |",
        f"| `/health/live` | {p(live, 0.5):.1f} ms | {p(live, 0.95):.1f} ms | {p(live, 0.95) / p(trivial, 0.95):.2f} |", "",
        f"Target: the week calendar under 20 ms p95: **{'met' if p(week, 0.95) < 20 else 'not met'}** on this run.", "",
        "## Booking under contention", "",
        f"{USERS} signed-in people each post the same {SLOTS} one-hour slots (on 5 instruments), {USERS} requests at a time: {len(results)} requests.", "",
        "| What | Figure |", "|---|---:|",
        f"| Requests per second | {len(results) / elapsed:.0f} |",
        f"| Booking request p50 / p95 | {p(post_times, 0.5):.1f} ms / {p(post_times, 0.95):.1f} ms |",
        f"| Answered 302 (booked) | {booked} |",
        f"| Answered 422 (refused with the field message) | {refused} |",
        f"| Other answers | {other} |",
        f"| Bookings in the database | {won} (expected {SLOTS}: one per slot) |", "",
    ]
    report = "\n".join(lines)
    print(report)
    with open(os.path.join(ROOT, "benchmarks", "results", "openlab.md"), "w", encoding="utf-8") as f:
        f.write(report)


if __name__ == "__main__":
    main()
