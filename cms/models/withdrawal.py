"""Withdrawal: a live publication that is no longer current, kept at its URL.

Unlike unpublishing, a withdrawn publication stays readable, with a notice
(date, reason, successor) on the web page and a stamped PDF at ``pdf/``;
the original PDF stays in the archive. One withdrawal per page; it is a
state of the page, not of a revision, so a later republication is withdrawn
too. See docs/decisions.md, "Withdrawal".
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from pdfexport.withdrawal import PdfWithdrawalNotice

#: What fits the running notice in the PDF footer at every page (about four lines).
WITHDRAWAL_REASON_MAX_LENGTH = 300


class Withdrawal(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name="Seite", on_delete=models.CASCADE, related_name="withdrawal"
    )
    reason = models.CharField("Grund", max_length=WITHDRAWAL_REASON_MAX_LENGTH)
    withdrawn_at = models.DateTimeField("Zurückgezogen am", default=timezone.now)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="Zurückgezogen von",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    successor = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="Nachfolgende Publikation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "Rückzug"
        verbose_name_plural = "Rückzüge"

    def __str__(self) -> str:
        return f"Zurückgezogen: {self.page} ({self.withdrawn_at:%d.%m.%Y})"

    def live_successor(self):
        """The successor while it is live: a link to an unpublished page would be a dead end."""
        return self.successor if self.successor is not None and self.successor.live else None


class WithdrawableMixin:
    """For page types that can be withdrawn: the notice on the web page
    (``withdrawal`` in the context) and the stamped PDF (``pdfexport``).
    Put it before ``PdfRouteMixin`` in the bases."""

    def withdrawal_record(self) -> Withdrawal | None:
        if self.pk is None:
            return None
        # The reverse one-to-one caches a hit and a miss on the instance: one query per page.
        try:
            return self.withdrawal
        except Withdrawal.DoesNotExist:
            return None

    def pdf_withdrawal_notice(self) -> PdfWithdrawalNotice | None:
        withdrawal = self.withdrawal_record()
        if withdrawal is None:
            return None
        successor = withdrawal.live_successor()
        return PdfWithdrawalNotice(
            withdrawn_at=withdrawal.withdrawn_at,
            reason=withdrawal.reason,
            successor_title=successor.title if successor else "",
            successor_url=successor.get_full_url() if successor else "",
        )

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["withdrawal"] = self.withdrawal_record()
        return context
