"""What counts as a download, in one place for the page route and the fast path.

A reader's viewer may fetch a PDF in many requests: a first range, then the
pages it shows, a revalidation later. A download is counted once, for the
response that starts the file: a GET answered 200 with the whole file, or 206
with a range from byte 0. HEAD, 304, 416 and later ranges are not downloads.

Counting touches only the ``downloads`` cache, never the database, and keeps
nothing of the request but the page id and the day.
"""

import datetime
import logging
from zoneinfo import ZoneInfo

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from .counters import counter_increment

logger = logging.getLogger(__name__)

#: The programme reports days as they are in Germany, whatever the server's clock says.
REPORT_TIMEZONE = ZoneInfo("Europe/Berlin")
#: The reader routes of ``PdfRouteMixin``; admin downloads (proofs, the archive) have other URLs.
READER_ROUTES = frozenset({"pdf", "pdf_edition"})


def download_day() -> datetime.date:
    return timezone.now().astimezone(REPORT_TIMEZONE).date()


def download_is_reader_route(request: HttpRequest) -> bool:
    """Whether Wagtail routed the request to a page's public ``pdf/`` route."""
    match = getattr(request, "routable_resolver_match", None)
    return match is not None and match.url_name in READER_ROUTES


def download_is_counted(*, request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET":
        return False
    if response.status_code == 200:
        return True
    return response.status_code == 206 and response.get("Content-Range", "").startswith("bytes 0-")


def download_record(*, request: HttpRequest, response: HttpResponse, page_id: int) -> None:
    if not download_is_counted(request=request, response=response):
        return
    try:
        counter_increment(page_id=page_id, day=download_day())
    except Exception:
        # A statistic is not worth a failed download (e.g. Redis restarting).
        logger.warning("PDF download of page %s not counted: the downloads cache failed", page_id, exc_info=True)
