"""Warm state for render children: built once in the worker, inherited by every fork.

A child forked from a worker that kept nothing paid most of a second before its
first page (``docs/pdf-engine.md``, "Warme Render-Kinder"): a new fontconfig
configuration; the six ``@font-face`` fonts fetched, written to a temporary
folder and registered; Pango and HarfBuzz loading every face; the print
stylesheets and fonts read from disk. The worker now keeps one
``FontConfiguration`` with the fonts registered and loaded and the bytes of the
print assets, built on its first render, before the first fork; a child starts
with all of it. The state is built again when a print asset changes on disk.
"""

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.contrib.staticfiles.storage import staticfiles_storage
from django.templatetags.static import static

from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

from .fetcher import RENDER_BASE_URL, SafeURLFetcher, StaticAssetCache
from .tagging import pdf_tags_repair

logger = logging.getLogger(__name__)

# Same convention as fingerprint.py: print styles and fonts live under static/pdfexport/.
_PRINT_STATIC_SUFFIXES = {".css", ".woff", ".woff2", ".ttf", ".otf"}
_FACES = [
    (style, weight) for style in ("normal", "italic") for weight in (400, 600, 700)
]  # every face fonts.css declares
_SAMPLE = "Qualifizierung 2024: Äußere Öffnung, „Zahlen“ – 61.400 Fälle (12 %) · …"

# Fact sheets carry SVG charts and tables: their text goes through other font paths.
_CHART_AND_TABLE = (
    '<svg width="200" height="60" viewBox="0 0 200 60"><title>Diagramm</title>'
    '<rect x="0" y="10" width="120" height="20" fill="#1a5fb4"/>'
    '<text x="125" y="25" font-size="10" font-weight="700">61.400 Fälle</text></svg>'
    "<table><thead><tr><th>Jahr</th><th>Beratungen</th></tr></thead>"
    "<tbody><tr><td>2023</td><td>61.400</td></tr></tbody></table><ul><li>Anerkennung</li></ul>"
    '<p><a href="https://www.netzwerk-iq.de/">Netzwerk IQ</a></p>'
    # English editions hyphenate with the British dictionary, loaded on first use like the German one.
    '<div style="width: 25mm"><p>Anerkennungsberatung Qualifizierungsmaßnahmen</p>'
    '<p lang="en-GB">Recognition of professional qualifications acquired internationally</p></div>'
)


def _warm_up_html() -> str:
    # Linked like the print templates link it, so that the fonts are registered under the same URLs.
    return (
        f'<html lang="de"><head><title>Vorwärmen</title><link rel="stylesheet" href="{static("pdfexport/print.css")}">'
        "</head><body><h1>Vorwärmen</h1>"
        + "".join(f'<p style="font-style: {style}; font-weight: {weight}">{_SAMPLE}</p>' for style, weight in _FACES)
        + _CHART_AND_TABLE
        + "</body></html>"
    )


# Pango's font map is not thread-safe: one render at a time uses the shared one.
_lock = threading.Lock()
_state: "WarmState | None" = None
#: How often this process built the warm state; a fork inherits the count.
builds = 0


@dataclass(frozen=True)
class WarmState:
    font_config: FontConfiguration
    static_cache: StaticAssetCache


def warm_state_prepare() -> None:
    """Build the warm state now if it is missing or stale; call before forking a render child."""
    with warm_state_borrow():
        pass


@contextmanager
def warm_state_borrow() -> Iterator[WarmState | None]:
    """The warm state for one render, built on first use; None while another
    thread of this process renders with it, or when it cannot be built (that
    render then starts cold)."""
    if not _lock.acquire(blocking=False):
        yield None
        return
    try:
        try:
            state = _current()
        except Exception:  # a render without the warm state is slower, not wrong
            logger.exception("Could not build the PDF render warm state")
            state = None
        yield state
    finally:
        _lock.release()


def _current() -> WarmState:
    global _state, builds
    if _state is None or not _state.static_cache.unchanged():
        started = time.perf_counter()
        _state = _build()
        builds += 1
        logger.info("PDF render warm state built in %.2f s", time.perf_counter() - started)
    return _state


def _build() -> WarmState:
    static_cache = StaticAssetCache()
    for name in _print_static_names():
        static_cache.load(name=name)
    font_config = FontConfiguration()
    # Registers the @font-face fonts and has Pango load every face. The document is thrown away.
    fetcher = SafeURLFetcher(static_cache=static_cache)
    document = HTML(string=_warm_up_html(), base_url=RENDER_BASE_URL, url_fetcher=fetcher).render(
        font_config=font_config, pdf_variant="pdf/ua-1"
    )
    # The tag repair's first run in a process is slower (pikepdf, its parsers): paid here once.
    pdf_tags_repair(content=document.write_pdf(pdf_variant="pdf/ua-1", dpi=150))
    if fetcher.refused:
        logger.warning("PDF warm-up could not load %s", ", ".join(fetcher.refused))
    return WarmState(font_config=font_config, static_cache=static_cache)


def _print_static_names() -> list[str]:
    """The names the fetcher will be asked for: hashed ones where the storage keeps a manifest."""
    root = Path(apps.get_app_config("pdfexport").path) / "static"
    names = [path.relative_to(root).as_posix() for path in (root / "pdfexport").rglob("*")]
    return sorted(_stored_name(name) for name in names if Path(name).suffix in _PRINT_STATIC_SUFFIXES)


def _stored_name(name: str) -> str:
    stored_name = getattr(staticfiles_storage, "stored_name", None)
    if stored_name is None:
        return name
    try:
        return stored_name(name)
    except ValueError:  # not collected yet: the fetcher falls back to the finders under this name
        return name
