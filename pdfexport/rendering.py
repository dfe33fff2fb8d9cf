"""HTML to PDF with WeasyPrint: the only module that calls WeasyPrint for a PDF
anyone reads (``warmup.py`` renders a throwaway document to load the fonts).

It knows nothing about pages or revisions; ``services.py`` feeds it HTML.
"""

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings

from weasyprint import HTML

from .attachments import attachments_drop
from .fetcher import RENDER_BASE_URL, SafeURLFetcher
from .page_end_hyphens import document_without_page_end_hyphens
from .tagging import pdf_tags_repair
from .warmup import WarmState, warm_state_borrow

logger = logging.getLogger(__name__)


class RenderInputTooLarge(ValueError):
    pass


@dataclass(frozen=True)
class RenderedPDF:
    content: bytes
    page_count: int
    tagged: bool
    refused_urls: tuple[str, ...]


# fontTools stamps every font subset with "now" unless SOURCE_DATE_EPOCH is set,
# which made two renders of one revision differ by their head-table timestamps.
_DEFAULT_EPOCH = 946684800  # 2000-01-01


@contextmanager
def _reproducible_timestamps(epoch: int) -> Iterator[None]:
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


@contextmanager
def _warm_state(*, warm: bool) -> Iterator[WarmState | None]:
    if not warm:
        yield None
        return
    with warm_state_borrow() as state:
        yield state


def html_render_pdf(*, html: str, tagged: bool = True, epoch: int = _DEFAULT_EPOCH, warm: bool = True) -> RenderedPDF:
    """Render print HTML to a PDF/UA-1 document.

    The base URL is a placeholder host that cannot resolve; the fetcher maps our
    static and media URLs to storage and refuses everything else. No editor
    controlled stylesheets, attachments or presentational hints are passed in.
    ``warm=False`` renders without the process's warm fonts and assets
    (``warmup.py``); the bytes are the same.
    """
    size = len(html.encode("utf-8"))
    if size > settings.IQ_PDF_MAX_HTML_BYTES:
        raise RenderInputTooLarge(
            f"Das Druck-HTML ist {size} Bytes groß; erlaubt sind {settings.IQ_PDF_MAX_HTML_BYTES} Bytes."
        )
    variant = "pdf/ua-1" if tagged else None
    with _reproducible_timestamps(epoch), _warm_state(warm=warm) as state:
        # Without a warm state WeasyPrint builds a font configuration of its own, as before.
        fetcher = SafeURLFetcher(static_cache=state.static_cache if state else None)
        font_config = state.font_config if state else None
        source = HTML(string=html, base_url=RENDER_BASE_URL, url_fetcher=fetcher)
        document = document_without_page_end_hyphens(
            source=source, render=lambda: source.render(pdf_variant=variant, font_config=font_config)
        )
        attachments_drop(document=document)
        # 150 dpi is print quality for our A4 layouts and halves the file (docs/pdf-engine.md).
        content = document.write_pdf(pdf_variant=variant, dpi=150)
    if tagged:
        # What WeasyPrint cannot tag as PDF/UA-1 asks (lists, links, notes, artifacts): tagging/.
        content = pdf_tags_repair(content=content)
    return RenderedPDF(
        content=content,
        page_count=len(document.pages),
        tagged=tagged,
        refused_urls=tuple(fetcher.refused),
    )
