"""Mixed load, bounded: 50 readers and 2 editors at once against gunicorn and the
task worker on loopback, with the previous PDF served while a new one renders.

    .venv/bin/python bench/load_mixed.py [--seconds 40] [--readers 50] [--workers 4]

Builds a fresh temporary site (SQLite file, MEDIA_ROOT, IQ_PRIVATE_MEDIA_ROOT):
``migrate`` and ``seed_demo`` with the dev settings, then serves it with the
production settings (Redis at 127.0.0.1:6379, database 5) and runs
``manage.py db_worker``. Readers GET the home page, the catalogue, publication
pages and their ``pdf/``. Editor "administration" saves a draft of a magazine
article through the edit view and force-publishes it (workflows/force_publish_views.py),
which queues a PDF re-render; editor "redaktion" saves drafts of a dossier.
Python threads with http.client, not locust (docs/decisions.md, "Mixed load
bench"). Every ``pdf/`` answer must be 200 with a PDF; exits 1 on any 5xx or a
failed check. Load is capped at 60 s.
"""

import argparse
import hashlib
import http.client
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
TMP = Path(tempfile.mkdtemp(prefix="iq-bench-load-"))
SITE_ENV = {
    "DATABASE_URL": f"sqlite:///{TMP / 'db.sqlite3'}",
    "MEDIA_ROOT": str(TMP / "media"),
    "IQ_PRIVATE_MEDIA_ROOT": str(TMP / "private"),
}
os.environ.update(SITE_ENV)
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
sys.path.insert(0, str(ROOT))
PASSWORD = "demo"  # noqa: S105 - the documented demo login (demo/users.py)
REDIS_URL = "redis://127.0.0.1:6379/5"
MAX_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Client:
    """One browser: keeps its cookies (Secure ones too, the proxy header says HTTPS)."""

    def __init__(self, port: int, *, https: bool = False):
        self.port, self.https, self.cookies = port, https, {}

    def request(self, method: str, path: str, data: dict | None = None) -> tuple[int, dict, bytes]:
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.https:
            headers["X-Forwarded-Proto"] = "https"
            headers["Referer"] = f"https://127.0.0.1:{self.port}{path}"
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            content = response.read()
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key.strip()] = rest.split(";", 1)[0]
            return response.status, dict(response.getheaders()), content
        finally:
            conn.close()

    def csrf(self) -> str:
        return self.cookies.get("csrftoken", "")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = defaultdict(list)
        self.statuses = defaultdict(lambda: defaultdict(int))
        self.errors: list[str] = []
        self.pdf_hashes = defaultdict(set)
        self.pdf_problems: list[str] = []

    def add(self, kind: str, status: int, seconds: float) -> None:
        with self.lock:
            self.times[kind].append(seconds * 1000)
            self.statuses[kind][status] += 1


def _timed(stats: Stats, kind: str, client: Client, method: str, path: str, data=None):
    started = time.perf_counter()
    try:
        status, headers, body = client.request(method, path, data)
    except OSError as exc:
        with stats.lock:
            stats.errors.append(f"{kind} {path}: {exc!r}")
        stats.add(kind, 0, time.perf_counter() - started)
        return 0, {}, b""
    stats.add(kind, status, time.perf_counter() - started)
    return status, headers, body


def _reader(port: int, targets: list[tuple[str, str]], stop: threading.Event, stats: Stats) -> None:
    client = Client(port)
    rng = random.Random()  # noqa: S311 - a load mix, not security
    while not stop.is_set():
        kind, path = rng.choice(targets)
        status, headers, body = _timed(stats, kind, client, "GET", path)
        if kind == "pdf":
            if status == 200 and body.startswith(b"%PDF-"):
                with stats.lock:
                    stats.pdf_hashes[path].add(hashlib.sha256(body).hexdigest())
            else:
                with stats.lock:
                    stats.pdf_problems.append(f"{path}: {status} {headers.get('Content-Type')} {body[:80]!r}")


def _login(client: Client, username: str) -> None:
    client.request("GET", "/admin/login/")
    status, headers, _ = client.request(
        "POST", "/admin/login/", {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": client.csrf()}
    )
    if status != 302 or "sessionid" not in client.cookies:
        raise SystemExit(f"login of {username} failed: {status}")


def _editor(port: int, username: str, page_ids: list[int], force: bool, stop: threading.Event, stats: Stats):
    from django.contrib.auth import get_user_model
    from django.db import close_old_connections

    from wagtail.models import Page

    from tests.workflows.form_state import page_form_data

    user = get_user_model().objects.get(username=username)
    client = Client(port, https=True)
    _login(client, username)
    n = 0
    while not stop.is_set():
        page_id = page_ids[n % len(page_ids)]
        n += 1
        close_old_connections()
        page = Page.objects.get(pk=page_id).specific
        data = page_form_data(page, user=user)
        data["title"] = re.sub(r" \(\d+\)$", "", data["title"]) + f" ({n})"
        data["csrfmiddlewaretoken"] = client.csrf()
        status, _, body = _timed(stats, "edit_save", client, "POST", f"/admin/pages/{page_id}/edit/", data)
        if status != 302:
            with stats.lock:
                stats.errors.append(f"{username} save {page_id}: {status} {body[:200]!r}")
            continue
        if not force:
            continue
        revision = Page.objects.get(pk=page_id).get_latest_revision()
        path = f"/admin/pruefungen/{page_id}/ohne-vollstaendige-pruefung-veroeffentlichen/"
        form = {
            "reason": "Lasttest: die korrigierte Fassung muss sofort online, Prüfung folgt nachträglich.",
            "revision": revision.pk,
            "csrfmiddlewaretoken": client.csrf(),
        }
        status, _, body = _timed(stats, "force_publish", client, "POST", path, form)
        if status != 302:
            with stats.lock:
                stats.errors.append(f"{username} force publish {page_id}: {status} {body[:300]!r}")


def _p50_home(port: int, n: int) -> float:
    client, times = Client(port), []
    for _ in range(n):
        started = time.perf_counter()
        client.request("GET", "/")
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=40, help=f"load duration, at most {MAX_SECONDS}")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    args = parser.parse_args()
    seconds = min(args.seconds, MAX_SECONDS)

    dev = {**os.environ, **SITE_ENV, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"}
    subprocess.run([PY, "manage.py", "migrate", "-v0"], cwd=ROOT, env=dev, check=True)
    subprocess.run([PY, "manage.py", "seed_demo"], cwd=ROOT, env=dev, check=True, stdout=subprocess.DEVNULL)

    import django

    django.setup()
    from django.utils import timezone

    from wagtail.models import Page

    from pdfexport.models import PdfRender
    from pdfexport.publication import publication_models

    pubs = list(Page.objects.live().public().type(*publication_models()).specific().order_by("path"))
    if not pubs:
        raise SystemExit("seed_demo left no live publication")
    targets = [("home", "/"), ("catalogue", "/publikationen/")]
    targets += [("publication", p.url) for p in pubs] + [("pdf", p.url + "pdf/") for p in pubs]
    # Articles sit in a review workflow, which is what a forced publication bypasses.
    forced = [p.pk for p in pubs if type(p).__name__ == "MagazineArticlePage" and p.get_workflow()][:3]
    drafts = [p.pk for p in pubs if type(p).__name__ == "DossierPage"][:1]

    port = _free_port()
    static_root = TMP / "static"
    prod = {
        **os.environ,
        **SITE_ENV,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-secret",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(static_root),
        "REDIS_URL": REDIS_URL,
    }
    subprocess.run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=prod, check=True)
    log = open(TMP / "server.log", "w")  # noqa: SIM115 - closed in finally
    server = subprocess.Popen(
        [PY, "-m", "gunicorn", "cms.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(args.workers), "--timeout", "90",
         "--access-logfile", "/dev/null", "--error-logfile", "-", "--log-level", "warning"],
        cwd=ROOT, env=prod, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    worker = subprocess.Popen(
        [PY, "manage.py", "db_worker", "--queue-name", "*", "--no-reload", "--interval", "0.5"],
        cwd=ROOT, env=prod, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    stats, stop = Stats(), threading.Event()
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if Client(port).request("GET", "/")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("server did not come up")
            time.sleep(0.3)
        for _, path in targets:  # warm the page cache once, like a site that has been up
            Client(port).request("GET", path)
        idle_ms = _p50_home(port, 40)

        started_at = timezone.now()
        threads = [threading.Thread(target=_reader, args=(port, targets, stop, stats)) for _ in range(args.readers)]
        threads.append(threading.Thread(target=_editor, args=(port, "administration", forced, True, stop, stats)))
        threads.append(threading.Thread(target=_editor, args=(port, "redaktion", drafts, False, stop, stats)))
        for thread in threads:
            thread.start()
        time.sleep(seconds)
        stop.set()
        for thread in threads:
            thread.join(90)
        ready = PdfRender.objects.filter(status=PdfRender.Status.READY, updated_at__gte=started_at).count()
        queued = PdfRender.objects.filter(created_at__gte=started_at).count()
        failed_renders = PdfRender.objects.filter(status=PdfRender.Status.FAILED, updated_at__gte=started_at).count()
    finally:
        stop.set()
        for process in (server, worker):
            process.terminate()
            process.wait(15)
        log.close()

    total = sum(len(v) for v in stats.times.values())
    five = sum(n for kind in stats.statuses.values() for status, n in kind.items() if status >= 500)
    print(f"{args.readers} readers + 2 editors, {seconds} s, gunicorn {args.workers} sync workers + db_worker")
    lost = sum(codes.get(0, 0) for codes in stats.statuses.values())
    print(f"requests total: {total}, 5xx: {five}, connection errors: {lost}")
    print(f"{'type':15}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}  statuses")
    for kind in ("home", "catalogue", "publication", "pdf", "edit_save", "force_publish"):
        values = stats.times.get(kind, [])
        codes = dict(sorted(stats.statuses[kind].items()))
        print(f"{kind:15}{len(values):8}{_pct(values, 0.5):10.1f}{_pct(values, 0.95):10.1f}  {codes}")
    changed = sum(1 for hashes in stats.pdf_hashes.values() if len(hashes) > 1)
    print(f"PDF renders queued during the run: {queued}, completed: {ready}, failed: {failed_renders}")
    print(f"pdf/ URLs whose bytes changed during the run (new PDF swapped in): {changed}")
    load_ms = _pct(stats.times.get("home", []), 0.5)
    print(f"home p50: idle {idle_ms:.1f} ms, under load {load_ms:.1f} ms, ratio {load_ms / idle_ms:.1f}")
    for problem in (stats.pdf_problems + stats.errors)[:10]:
        print("problem:", problem)
    failed = five > 0 or stats.pdf_problems or stats.errors
    if failed:
        print(f"FAILED; server and worker log: {TMP / 'server.log'}")
    else:
        shutil.rmtree(TMP, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
