"""Render children start warm (pdfexport/warmup.py): the worker registers the
fonts and reads the print assets once, before it forks, and a child uses them.

Checked by what happens, not by the clock: an audit hook in a forked child
reports every file it opens; the warm state counts how often it was built; a
warm render is compared byte for byte with a cold one.
"""

import gc
import multiprocessing
import os
import sys
from pathlib import Path

from django.apps import apps

import pytest

from factsheets.factories import FactSheetIndexPageFactory, FactSheetPageFactory
from pdfexport import warmup
from pdfexport.fetcher import SafeURLFetcher, StaticAssetCache
from pdfexport.isolation import render_isolated
from pdfexport.rendering import html_render_pdf
from pdfexport.revision_render import pdf_print_html
from tests.publishing import publish

HTML = (
    '<html lang="de"><head><title>Kennzahlen</title><link rel="stylesheet" href="/static/pdfexport/print.css">'
    "</head><body><h1>Kennzahlen 2024</h1><p>61.400 <em>Beratungen</em>, davon <strong>12 %</strong> "
    "<strong><em>online</em></strong>.</p></body></html>"
)
STATIC_ROOT = Path(apps.get_app_config("pdfexport").path) / "static"
FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")


@pytest.fixture
def cold_process(monkeypatch):
    """This process as a worker that has not rendered yet."""
    monkeypatch.setattr(warmup, "_state", None)


def _is_font_or_print_asset(path: str) -> bool:
    # "weasyprint-": the temporary folder a new FontConfiguration writes each @font-face font
    # to. The folder itself is opened when a finalizer removes an old one: not a font read.
    in_font_folder = "/weasyprint-" in path and not Path(path).name.startswith("weasyprint-")
    return path.endswith(FONT_SUFFIXES) or path.startswith(str(STATIC_ROOT)) or in_font_folder


def _assets_opened_in_child(*, warm: bool) -> list[str]:
    """The fonts and print assets a forked child opens while it renders ``HTML``."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    # Earlier tests of this process leave garbage, font configurations among them, whose
    # finalizer removes their temporary font folder: collected in the child, that looked
    # like a font opened by the render.
    gc.collect()

    def child() -> None:
        gc.freeze()  # as the production child does first (pdfexport/isolation.py)
        opened: list[str] = []

        def hook(event: str, args: tuple) -> None:
            if event == "open" and isinstance(args[0], str | bytes | os.PathLike):
                opened.append(os.fsdecode(args[0]))

        # Only in the child: an audit hook cannot be removed, and the test process lives on.
        sys.addaudithook(hook)
        try:
            html_render_pdf(html=HTML, warm=warm)
        except Exception as exc:
            sender.send(exc)
        else:
            sender.send([path for path in opened if _is_font_or_print_asset(path)])

    process = context.Process(target=child)
    process.start()
    try:
        assert receiver.poll(120), "the render child did not report"
        outcome = receiver.recv()
    finally:
        process.join(10)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def test_a_child_of_a_warm_worker_opens_no_font_and_no_print_asset(cold_process):
    warmup.warm_state_prepare()
    assert _assets_opened_in_child(warm=True) == []


def test_a_cold_child_reads_fonts_and_stylesheets_from_disk(cold_process):
    # The control for the test above: the hook sees what a child without the warm state opens.
    opened = _assets_opened_in_child(warm=False)
    assert any(path.endswith("print.css") for path in opened)
    assert any(path.endswith(FONT_SUFFIXES) for path in opened)


def test_the_worker_builds_the_warm_state_once_before_its_first_fork(cold_process):
    builds = warmup.builds
    for _ in range(2):
        render_isolated(html=HTML, epoch=0, timeout_seconds=120, memory_mb=1024)
        # Built in the worker itself, where the next child inherits it.
        assert warmup._state is not None
    html_render_pdf(html=HTML)
    assert warmup.builds == builds + 1


def test_a_print_asset_changed_on_disk_rebuilds_the_warm_state(cold_process, settings, tmp_path, monkeypatch):
    (tmp_path / "deploy").mkdir()
    probe = tmp_path / "deploy" / "probe.css"
    probe.write_text("p { color: black; }")
    settings.STATICFILES_DIRS = [tmp_path]
    real_names = warmup._print_static_names()
    monkeypatch.setattr(warmup, "_print_static_names", lambda: [*real_names, "deploy/probe.css"])
    warmup.warm_state_prepare()
    builds = warmup.builds
    warmup.warm_state_prepare()
    assert warmup.builds == builds

    probe.write_text("p { color: navy; }")
    os.utime(probe, ns=(probe.stat().st_atime_ns, probe.stat().st_mtime_ns + 10**9))
    warmup.warm_state_prepare()
    assert warmup.builds == builds + 1


def test_the_asset_cache_serves_a_changed_file_from_disk(settings, tmp_path):
    (tmp_path / "deploy").mkdir()
    probe = tmp_path / "deploy" / "probe.css"
    probe.write_text("p { color: black; }")
    settings.STATICFILES_DIRS = [tmp_path]
    cache = StaticAssetCache()
    cache.load(name="deploy/probe.css")
    url = "https://render.iq-publisher.invalid/static/deploy/probe.css"
    assert SafeURLFetcher(static_cache=cache).fetch(url).read() == b"p { color: black; }"

    probe.write_text("p { color: navy; }")
    os.utime(probe, ns=(probe.stat().st_atime_ns, probe.stat().st_mtime_ns + 10**9))
    assert not cache.unchanged()
    assert SafeURLFetcher(static_cache=cache).fetch(url).read() == b"p { color: navy; }"


def test_the_asset_cache_keeps_the_size_limit(settings, tmp_path):
    (tmp_path / "deploy").mkdir()
    (tmp_path / "deploy" / "big.css").write_bytes(b"p{}" * 400)
    settings.STATICFILES_DIRS = [tmp_path]
    cache = StaticAssetCache()
    cache.load(name="deploy/big.css")
    fetcher = SafeURLFetcher(max_resource_bytes=1000, static_cache=cache)
    with pytest.raises(Exception, match="larger than 1000 bytes"):
        fetcher.fetch("https://render.iq-publisher.invalid/static/deploy/big.css")
    assert fetcher.refused


@pytest.mark.django_db
def test_a_warm_render_of_a_fact_sheet_has_the_bytes_of_a_cold_one(
    cold_process, home_page, django_capture_on_commit_callbacks
):
    sheet = FactSheetPageFactory(parent=FactSheetIndexPageFactory(parent=home_page), live=False)
    sheet = publish(sheet, capture=django_capture_on_commit_callbacks, execute=False)
    html = pdf_print_html(page=sheet, revision=sheet.live_revision)
    # The warm state has served another document before, as it has in a worker.
    html_render_pdf(html=HTML, epoch=0)
    warm = html_render_pdf(html=html, epoch=0)
    assert warmup._state is not None
    assert warm.content == html_render_pdf(html=html, epoch=0, warm=False).content
