"""Render figures for every live publication: pages, seconds, CPU seconds, peak
MiB, and the ratio to a warm, bare WeasyPrint rendering the same print HTML.

    make bench            (or: .venv/bin/python bench/pdf_render.py [--runs N] [--limit N])

"ours" is the production path: ``render_isolated`` from a worker that has
rendered before, so its warm state (``pdfexport/warmup.py``) is built. "bare"
is WeasyPrint with only our fetcher (it could not load our assets without it),
measured on its second render of the same HTML in the same process, so that
neither side pays for imports or a first use of the fonts. "repair" is the tag
repair (``pdfexport/tagging``) that ours runs after WeasyPrint and bare does
not, timed on bare's output. "in-proc" is ``html_render_pdf`` (ours without
the child), on its second call in one process: ours/in-proc is what the child
costs, in-proc/bare what our render adds to WeasyPrint (tag repair, the extra
layouts against page-end hyphens). "cold" is ours as it was before the warm
state (each child with a font configuration of its own, its collector walking
everything it inherited). It still forks from this process, which has built the
warm state and so has, e.g., the hyphenation dictionary loaded: it understates
what a child of a worker that never rendered itself cost.

"s" is wall-clock, "cpu" the user and system CPU seconds of the render and its
child: steadier than wall-clock when other work shares the CPUs.

Each measurement runs in a forked child so peak memory is per render. Medians
over ``--runs`` (default 3). The fit is seconds = fixed + per_page x pages by
least squares over all publications: "fixed" is what a render costs before its
first page.
"""

import argparse
import contextlib
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

from pdfexport import isolation, rendering  # noqa: E402
from pdfexport.fetcher import RENDER_BASE_URL, SafeURLFetcher  # noqa: E402
from pdfexport.isolation import render_isolated  # noqa: E402
from pdfexport.publication import publication_models  # noqa: E402
from pdfexport.rendering import html_render_pdf  # noqa: E402
from pdfexport.revision_render import pdf_print_html  # noqa: E402
from pdfexport.tagging import pdf_tags_repair  # noqa: E402


def _cpu_seconds() -> float:
    # Our path renders in a grandchild (pdfexport/isolation.py): count it too.
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _in_child(function, html: str, pipe) -> None:
    pipe.send(function(html))
    pipe.close()


def _measure(function, html: str) -> dict:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_in_child, args=(function, html, sender))
    child.start()
    result = receiver.recv()
    child.join()
    return result


def _timed(render) -> dict:
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    pages, content = render()
    elapsed = time.perf_counter() - started
    # The production path answers before its render child has exited (isolation.py); wait for
    # it here, after the clock, so that its CPU seconds, its exit included, are counted.
    for child in multiprocessing.active_children():
        child.join()
    cpu = _cpu_seconds() - cpu_started
    peak_mib = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    return {"s": elapsed, "cpu": cpu, "peak": peak_mib, "pages": pages, "content": content}


def _ours_render(html: str) -> tuple[int, bytes]:
    result = render_isolated(
        html=html,
        epoch=0,
        timeout_seconds=settings.IQ_PDF_RENDER_TIMEOUT_SECONDS,
        memory_mb=settings.IQ_PDF_RENDER_MEMORY_MB,
    )
    return result.rendered.page_count, result.rendered.content


def _bare_render(html: str) -> tuple[int, bytes]:
    document = HTML(string=html, base_url=RENDER_BASE_URL, url_fetcher=SafeURLFetcher()).render(pdf_variant="pdf/ua-1")
    return len(document.pages), document.write_pdf(pdf_variant="pdf/ua-1", dpi=150)


def ours(html: str) -> dict:
    """The production path: a bounded child process with the safe fetcher."""
    run = _timed(lambda: _ours_render(html))
    return {**run, "content": len(run["content"])}


def cold(html: str) -> dict:
    # Only in this measuring child, which ends after the measurement.
    isolation.warm_state_prepare = lambda: None
    isolation.gc.freeze = lambda: None
    rendering._warm_state = lambda *, warm: contextlib.nullcontext(None)
    return ours(html)


def bare(html: str) -> dict:
    _bare_render(html)  # warm: this process has now rendered this very HTML once
    run = _timed(lambda: _bare_render(html))
    started = time.perf_counter()
    pdf_tags_repair(content=run["content"])
    return {**run, "content": len(run["content"]), "repair": time.perf_counter() - started}


def in_process(html: str) -> dict:
    html_render_pdf(html=html, epoch=0)
    run = _timed(lambda: _in_process_render(html))
    return {**run, "content": len(run["content"])}


def _in_process_render(html: str) -> tuple[int, bytes]:
    rendered = html_render_pdf(html=html, epoch=0)
    return rendered.page_count, rendered.content


def _fit(pages: list[int], seconds: list[float]) -> tuple[float, float]:
    """(fixed, per_page) of the least-squares line seconds = fixed + per_page * pages."""
    mean_pages, mean_seconds = statistics.fmean(pages), statistics.fmean(seconds)
    spread = sum((p - mean_pages) ** 2 for p in pages)
    per_page = sum((p - mean_pages) * (s - mean_seconds) for p, s in zip(pages, seconds, strict=True)) / spread
    return mean_seconds - per_page * mean_pages, per_page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None, help="only the first N publications")
    args = parser.parse_args()

    publications = list(Page.objects.live().type(*publication_models()).specific().order_by("path"))[: args.limit]
    if not publications:
        print("No live publications: run `python manage.py seed_demo` first.")
        return 1
    # A worker that has rendered before: imports, fonts and (where built) the warm state.
    ours(pdf_print_html(page=publications[0], revision=publications[0].live_revision))

    columns = (
        "pages",
        "KiB",
        "ours s",
        "bare s",
        "ratio",
        "ours cpu",
        "bare cpu",
        "cpu rt",
        "cold s",
        "cold cpu",
        "in-proc",
        "inp cpu",
        "repair",
        "peak MiB",
    )
    print(f"{'publication':44} " + " ".join(f"{column:>8}" for column in columns))
    rows = []
    for page in publications:
        html = pdf_print_html(page=page, revision=page.live_revision)
        # Interleaved, so that other work on the machine weighs on every variant alike.
        runs = [[_measure(variant, html) for variant in (ours, bare, in_process, cold)] for _ in range(args.runs)]
        our_runs, bare_runs, in_process_runs, cold_runs = (
            list(variant_runs) for variant_runs in zip(*runs, strict=True)
        )
        row = {"pages": our_runs[0]["pages"], "KiB": our_runs[0]["content"] / 1024}
        for key in ("s", "cpu"):
            row[f"ours {key}"] = statistics.median(run[key] for run in our_runs)
            row[f"bare {key}"] = statistics.median(run[key] for run in bare_runs)
        row["cold s"] = statistics.median(run["s"] for run in cold_runs)
        row["cold cpu"] = statistics.median(run["cpu"] for run in cold_runs)
        row["in-proc s"] = statistics.median(run["s"] for run in in_process_runs)
        row["in-proc cpu"] = statistics.median(run["cpu"] for run in in_process_runs)
        row["repair"] = statistics.median(run["repair"] for run in bare_runs)
        row["peak"] = max(run["peak"] for run in our_runs)
        rows.append(row)
        title = f"{page.publication_type_label}: {page.title}"[:44]
        print(
            f"{title:44} {row['pages']:8d} {row['KiB']:8.0f} {row['ours s']:8.2f} {row['bare s']:8.2f} "
            f"{row['ours s'] / row['bare s']:8.2f} {row['ours cpu']:8.2f} {row['bare cpu']:8.2f} "
            f"{row['ours cpu'] / row['bare cpu']:8.2f} {row['cold s']:8.2f} {row['cold cpu']:8.2f} "
            f"{row['in-proc s']:8.2f} {row['in-proc cpu']:8.2f} {row['repair']:8.2f} {row['peak']:8.0f}",
            flush=True,
        )

    pages = [row["pages"] for row in rows]
    print()
    for key in ("cold s", "ours s", "in-proc s", "bare s", "cold cpu", "ours cpu", "in-proc cpu", "bare cpu"):
        fixed, per_page = _fit(pages, [row[key] for row in rows])
        print(f"fit {key:9}: fixed {fixed:6.3f} s + {per_page:6.3f} s/page")
    for unit in ("s", "cpu"):
        total_ours, total_bare = sum(row[f"ours {unit}"] for row in rows), sum(row[f"bare {unit}"] for row in rows)
        ratios = [row[f"ours {unit}"] / row[f"bare {unit}"] for row in rows]
        print(
            f"overall ours/bare ({unit:3}): {total_ours / total_bare:5.2f} (sum {total_ours:.1f} / {total_bare:.1f}),"
            f" median per publication {statistics.median(ratios):5.2f}"
        )
        total_in_process = sum(row[f"in-proc {unit}"] for row in rows)
        total_cold = sum(row[f"cold {unit}"] for row in rows)
        print(f"overall ours/in-proc ({unit:3}): {total_ours / total_in_process:5.2f}")
        print(f"overall ours/cold ({unit:3}): {total_ours / total_cold:5.2f} (sum {total_cold:.1f} cold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
