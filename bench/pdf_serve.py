"""Throughput of downloading a stored publication PDF through the app versus the
same bytes as a static file (whitenoise), on loopback, in one run.

    .venv/bin/python bench/pdf_serve.py [--seconds 5] [--rounds 3] [--connections 8]

Needs seeded demo content (``manage.py seed_demo``). Starts gunicorn on a free
loopback port with the development database, measures with ``wrk`` when it is
installed (``apt-get install wrk``), else with a bounded Python client, and
stops the server. Prints requests/s and MiB/s for both and their ratio.
"""

import argparse
import os
import re
import shutil
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

from pdfexport.models import PdfKind, PublicationPDF  # noqa: E402


def _largest_live_pdf() -> tuple[Page, PublicationPDF]:
    for pdf in PublicationPDF.objects.filter(kind=PdfKind.PUBLICATION).order_by("-byte_size"):
        page = Page.objects.get(pk=pdf.page_id).specific
        if page.live and page.live_revision_id == pdf.revision_id:
            return page, pdf
    raise SystemExit("No live publication PDF: run `python manage.py seed_demo` first.")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()  # noqa: S310 - loopback URL we built
            return
        except OSError:
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
            urllib.request.urlopen(url, timeout=10).read()  # noqa: S310 - loopback URL we built
            with lock:
                count += 1

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return count / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; medians are reported")
    args = parser.parse_args()

    page, pdf = _largest_live_pdf()
    static_root = Path(tempfile.mkdtemp(prefix="iq-bench-static-"))
    (static_root / "bench").mkdir()
    with pdf.file.open("rb") as source, open(static_root / "bench" / "publication.pdf", "wb") as target:
        shutil.copyfileobj(source, target)

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DJANGO_DEBUG": "false", "STATIC_ROOT": str(static_root)}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "cms.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(args.workers),
         "--access-logfile", "/dev/null", "--error-logfile", "-", "--log-level", "warning"],
        cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"},
    )  # fmt: skip
    measure = _measure_wrk if shutil.which("wrk") else _measure_python
    try:
        app_url = f"{base}{page.url}pdf/"
        static_url = f"{base}/static/bench/publication.pdf"
        _wait_until_up(app_url, time.monotonic() + 30)
        _wait_until_up(static_url, time.monotonic() + 30)
        app_runs, static_runs = [], []
        for _ in range(args.rounds):
            # Alternating, so a busy moment on the machine hits both sides alike.
            app_runs.append(measure(app_url, seconds=args.seconds, connections=args.connections))
            static_runs.append(measure(static_url, seconds=args.seconds, connections=args.connections))
        app_rps, static_rps = statistics.median(app_runs), statistics.median(static_runs)
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(static_root, ignore_errors=True)

    mib = pdf.byte_size / 1024 / 1024
    print(f"file: {page.title} ({pdf.byte_size / 1024:.0f} KiB, {pdf.page_count} pages)")
    client = measure.__name__.removeprefix("_measure_")
    print(f"client: {client}, {args.connections} connections, {args.rounds} rounds of {args.seconds} s, medians")
    print(f"{'via app  (' + page.url + 'pdf/)':60} {app_rps:9.1f} req/s {app_rps * mib:8.1f} MiB/s")
    print(f"{'static   (/static/bench/publication.pdf)':60} {static_rps:9.1f} req/s {static_rps * mib:8.1f} MiB/s")
    print(f"ratio app/static: {app_rps / static_rps:.2f} (goal >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
