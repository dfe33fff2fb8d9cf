"""Withdrawing through the admin, as Freigabe and Administration do."""

from django.urls import reverse

from wagtail.models import PageLogEntry

from cms.models import Withdrawal
from pdfexport.models import PdfKind, PdfRender


def withdraw_url(page) -> str:
    return reverse("cms_withdrawal:withdraw", args=[page.pk])


def withdraw(client, user, page, *, reason: str, successor=None, follow: bool = True):
    """Fill in and send the form behind "Aktionen" → "Zurückziehen"."""
    client.force_login(user)
    data = {"reason": reason, "successor": successor.pk if successor else ""}
    return client.post(withdraw_url(page), data, follow=follow)


def nothing_withdrawn(page) -> bool:
    """No withdrawal row, no history entry, no stamped render: nothing changed."""
    return (
        not Withdrawal.objects.filter(page_id=page.pk).exists()
        and not PageLogEntry.objects.filter(page_id=page.pk, action="iq.withdraw").exists()
        and not PdfRender.objects.filter(page_id=page.pk, kind=PdfKind.WITHDRAWN).exists()
    )
