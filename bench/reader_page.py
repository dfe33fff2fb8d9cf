"""Throughput of a publication page from the page cache versus the same bytes as
a static file, on loopback, in one run; and the time of the page uncached.

    .venv/bin/python bench/reader_page.py [--seconds 5] [--rounds 3] [--connections 8]

Needs seeded demo content (``manage.py seed_demo``). Runs gunicorn (2 sync
workers) with the production settings on the development database: DEBUG off,
static files collected and served by WhiteNoise from STATIC_ROOT without
autorefresh, the page cache on Redis at 127.0.0.1:6379 (database 3) so both
workers share it, or on the file cache when Redis does not answer. Loads with
``wrk`` when installed (``apt-get install wrk``), else with a Python client.

1. Warms one publication page (the second request must be a cache hit).
2. Writes the bytes it served to STATIC_ROOT/bench/page.html and reloads the
   workers, so WhiteNoise knows the file: same server, same middleware in front,
   same bytes.
3. Alternates rounds of the cached page and the static file; prints requests/s
   (medians), their ratio (goal >= 0.8) and the p50 of the page with the cache
   bypassed (a CSRF cookie makes a request ineligible), measured one at a time.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from wagtail.models import Page  # noqa: E402

from pdfexport.publication import publication_models  # noqa: E402

REDIS_URL = "redis://127.0.0.1:6379/3"
BYPASS = {"Cookie": "csrftoken=bench-bypasses-the-page-cache"}


def _publication_path() -> str:
    page = Page.objects.live().public().type(*publication_models()).order_by("path").first()
    if page is None:
        raise SystemExit("No live publication: run `python manage.py seed_demo` first.")
    return page.url


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})  # noqa: S310 - loopback URL we built
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.status, dict(response.headers), response.read()


def _wait_until_up(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if _get(url)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"server did not answer at {url}")


def _measure_wrk(url: str, *, seconds: int, connections: int) -> float:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url], capture_output=True, text=True, check=True
    ).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def _measure_python(url: str, *, seconds: int, connections: int) -> float:
    count = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        nonlocal count
        while time.monotonic() < stop_at:
            _get(url)
            with lock:
                count += 1

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return count / seconds


def _p50_ms(url: str, *, headers: dict, requests: int) -> float:
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        status, _, _ = _get(url, headers)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise SystemExit(f"{url} answered {status}")
    return statistics.median(times)


def _server_env(static_root: Path, port: int, shared: bool) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-secret",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static_root),
        "IQ_PAGE_CACHE_ENABLED": "true",
    }
    # Production settings refuse to start without a shared cache (REDIS_URL).
    env["REDIS_URL"] = REDIS_URL
    if shared:
        env["IQ_PAGE_CACHE_REDIS_URL"] = REDIS_URL
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; medians are reported")
    parser.add_argument("--uncached", type=int, default=60, help="requests for the uncached p50")
    parser.add_argument("--cache", choices=("redis", "file"), default="redis", help="the page cache's store")
    args = parser.parse_args()

    path = _publication_path()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    shared = args.cache == "redis" and _redis_answers()
    static_root = Path(tempfile.mkdtemp(prefix="iq-bench-static-"))
    env = _server_env(static_root, port, shared)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    (static_root / "bench").mkdir()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(args.workers),
         "--access-logfile", "/dev/null", "--error-logfile", "-", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    measure = _measure_wrk if shutil.which("wrk") else _measure_python
    page_url, static_url = base + path, base + "/static/bench/page.html"
    try:
        _wait_until_up(page_url, time.monotonic() + 60)
        status, headers, body = _get(page_url)
        if headers.get("X-Cache") != "HIT":
            status, headers, body = _get(page_url)
        if (status, headers.get("X-Cache")) != (200, "HIT"):
            raise SystemExit(f"{page_url} is not served from the page cache: {status} {headers.get('X-Cache')}")
        (static_root / "bench" / "page.html").write_bytes(body)
        # WhiteNoise without autorefresh reads STATIC_ROOT when a worker starts.
        server.send_signal(signal.SIGHUP)
        _wait_until_up(static_url, time.monotonic() + 60)
        if _get(static_url)[2] != body:
            raise SystemExit("the static copy differs from the page")

        cached_runs, static_runs = [], []
        for _ in range(args.rounds):
            # Alternating, so a busy moment on the machine hits both sides alike.
            cached_runs.append(measure(page_url, seconds=args.seconds, connections=args.connections))
            static_runs.append(measure(static_url, seconds=args.seconds, connections=args.connections))
        cached_rps, static_rps = statistics.median(cached_runs), statistics.median(static_runs)
        hit_ms = _p50_ms(page_url, headers={}, requests=args.uncached)
        uncached_ms = _p50_ms(page_url, headers=BYPASS, requests=args.uncached)
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(static_root, ignore_errors=True)

    client = measure.__name__.removeprefix("_measure_")
    cache = f"Redis ({REDIS_URL})" if shared else "file cache (var/cache/pages/)"
    print(f"page: {path} ({len(body) / 1024:.1f} KiB), page cache: {cache}, {args.workers} gunicorn workers")
    print(f"client: {client}, {args.connections} connections, {args.rounds} rounds of {args.seconds} s, medians")
    print(f"{'cached page  (' + path + ')':60} {cached_rps:9.1f} req/s")
    print(f"{'static file  (/static/bench/page.html, WhiteNoise)':60} {static_rps:9.1f} req/s")
    print(f"ratio cached/static: {cached_rps / static_rps:.2f} (goal >= 0.8)")
    print(f"p50, one request at a time: cached {hit_ms:.1f} ms, uncached {uncached_ms:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
