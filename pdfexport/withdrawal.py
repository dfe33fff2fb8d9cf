"""Withdrawn publications in print.

A withdrawn page keeps its URL, and its ``pdf/`` serves the live revision
rendered again with the withdrawal notice (``PdfKind.WITHDRAWN``): rendered
from the same content through the same pipeline, so it stays tagged PDF/UA
with ``/Lang``, which stamping the stored bytes would not. The original stays
in the archive and at its edition URL.

``pdfexport`` does not know why or by whom a page was withdrawn: page types
that can be withdrawn answer ``pdf_withdrawal_notice()`` (``cms`` does).
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from wagtail.models import Page

from .fast_path import fast_path_forget
from .models import PdfKind, PdfRender
from .services import pdf_enqueue_render


@dataclass(frozen=True)
class PdfWithdrawalNotice:
    withdrawn_at: datetime.datetime
    reason: str
    successor_title: str = ""
    successor_url: str = ""

    @property
    def withdrawn_on(self) -> str:
        """ "3. Mai 2026" ("3 May 2026" in an English edition's PDF), in the site's time zone."""
        return date_format(timezone.localtime(self.withdrawn_at), gettext("j. F Y"))

    @property
    def running_text(self) -> str:
        """The line on every page of the stamped PDF, in the active language (the reason as the editors wrote it)."""
        return gettext("Zurückgezogen am %(date)s – %(reason)s") % {"date": self.withdrawn_on, "reason": self.reason}


def pdf_withdrawn_enqueue(*, page: Page) -> PdfRender | None:
    """Queue the stamped PDF of ``page``'s live revision once the withdrawal
    commits. Until it exists, ``pdf/`` answers "wird erstellt": a reader never
    gets the unstamped original at the live URL of a withdrawn publication."""
    # After the commit: a download answered meanwhile still saw the page as it was.
    transaction.on_commit(lambda: fast_path_forget(page_id=page.pk))
    if page.live_revision_id is None:
        return None
    return pdf_enqueue_render(revision=page.live_revision, kind=PdfKind.WITHDRAWN)
