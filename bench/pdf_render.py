"""Render figures for every live publication: pages, seconds, peak MiB, and the
ratio to bare WeasyPrint rendering the same print HTML in the same run.

    make bench            (or: .venv/bin/python bench/pdf_render.py [--runs N])

Each measurement runs in a forked child so peak memory is per render. Medians
over ``--runs`` (default 3).
"""

import argparse
import multiprocessing
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django

django.setup()

from django.conf import settings  # noqa: E402

from wagtail.models import Page  # noqa: E402

from weasyprint import HTML  # noqa: E402

from pdfexport.isolation import render_isolated  # noqa: E402
from pdfexport.publication import publication_models  # noqa: E402
from pdfexport.revision_render import pdf_print_html  # noqa: E402


def _in_child(function, html: str, pipe) -> None:
    started = time.perf_counter()
    pages, size = function(html)
    elapsed = time.perf_counter() - started
    # Our path renders in a grandchild (pdfexport/isolation.py): count it too.
    peak_mib = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    pipe.send((elapsed, peak_mib, pages, size))
    pipe.close()


def _measure(function, html: str) -> tuple[float, float, int, int]:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_in_child, args=(function, html, sender))
    child.start()
    result = receiver.recv()
    child.join()
    return result


def ours(html: str) -> tuple[int, int]:
    """The production path: a bounded child process with the safe fetcher."""
    result = render_isolated(
        html=html,
        epoch=0,
        timeout_seconds=settings.IQ_PDF_RENDER_TIMEOUT_SECONDS,
        memory_mb=settings.IQ_PDF_RENDER_MEMORY_MB,
    )
    return result.rendered.page_count, len(result.rendered.content)


def bare(html: str) -> tuple[int, int]:
    # Bare WeasyPrint gets the same fetcher: without it, it could not load our assets.
    from pdfexport.fetcher import RENDER_BASE_URL, SafeURLFetcher

    document = HTML(string=html, base_url=RENDER_BASE_URL, url_fetcher=SafeURLFetcher()).render(pdf_variant="pdf/ua-1")
    return len(document.pages), len(document.write_pdf(pdf_variant="pdf/ua-1", dpi=150))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    publications = list(Page.objects.live().type(*publication_models()).specific().order_by("path"))
    if not publications:
        print("No live publications: run `python manage.py seed_demo` first.")
        return 1
    # Warm imports and fonts in the parent so every child starts from the same state.
    ours(pdf_print_html(page=publications[0], revision=publications[0].live_revision))

    columns = ("pages", "KiB", "ours s", "bare s", "ratio", "s/page", "peak MiB")
    print(f"{'publication':48} " + " ".join(f"{column:>8}" for column in columns))
    for page in publications:
        html = pdf_print_html(page=page, revision=page.live_revision)
        our_runs = [_measure(ours, html) for _ in range(args.runs)]
        bare_runs = [_measure(bare, html) for _ in range(args.runs)]
        our_s = statistics.median(run[0] for run in our_runs)
        bare_s = statistics.median(run[0] for run in bare_runs)
        peak = max(run[1] for run in our_runs)
        pages, size = our_runs[0][2], our_runs[0][3]
        title = f"{page.publication_type_label}: {page.title}"[:48]
        print(
            f"{title:48} {pages:8d} {size / 1024:8.0f} {our_s:8.2f} {bare_s:8.2f} {our_s / bare_s:8.2f} "
            f"{our_s / pages:8.3f} {peak:8.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
