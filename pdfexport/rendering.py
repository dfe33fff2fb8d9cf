"""HTML to PDF with WeasyPrint: the only module that calls WeasyPrint.

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


def html_render_pdf(*, html: str, tagged: bool = True, epoch: int = _DEFAULT_EPOCH) -> RenderedPDF:
    """Render print HTML to a PDF/UA-1 document.

    The base URL is a placeholder host that cannot resolve; the fetcher maps our
    static and media URLs to storage and refuses everything else. No editor
    controlled stylesheets, attachments or presentational hints are passed in.
    """
    size = len(html.encode("utf-8"))
    if size > settings.IQ_PDF_MAX_HTML_BYTES:
        raise RenderInputTooLarge(
            f"Das Druck-HTML ist {size} Bytes groß; erlaubt sind {settings.IQ_PDF_MAX_HTML_BYTES} Bytes."
        )
    fetcher = SafeURLFetcher()
    variant = "pdf/ua-1" if tagged else None
    with _reproducible_timestamps(epoch):
        document = HTML(string=html, base_url=RENDER_BASE_URL, url_fetcher=fetcher).render(pdf_variant=variant)
        attachments_drop(document=document)
        # 150 dpi is print quality for our A4 layouts and halves the file (docs/pdf-engine.md).
        content = document.write_pdf(pdf_variant=variant, dpi=150)
    return RenderedPDF(
        content=content,
        page_count=len(document.pages),
        tagged=tagged,
        refused_urls=tuple(fetcher.refused),
    )
