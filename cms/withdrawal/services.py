"""Withdrawing a live publication, recorded in the page history."""

from django.db import IntegrityError, transaction

from wagtail.log_actions import log
from wagtail.models import Page

from cms.models import WithdrawableMixin, Withdrawal
from cms.models.withdrawal import WITHDRAWAL_REASON_MAX_LENGTH
from pdfexport.withdrawal import pdf_withdrawn_enqueue

WITHDRAW_LOG_ACTION = "iq.withdraw"

REASON_MISSING = (
    "Bitte geben Sie einen Grund an: Er steht im Hinweis auf der Seite, auf jeder Seite des PDFs und im Verlauf."
)
REASON_TOO_LONG = (
    f"Der Grund darf höchstens {WITHDRAWAL_REASON_MAX_LENGTH} Zeichen lang sein, damit er im PDF auf jeder Seite "
    "Platz hat. Einzelheiten gehören in die nachfolgende Publikation."
)


class WithdrawalRefused(Exception):
    """``str()`` says in German why nothing was withdrawn."""


def withdrawal_refusal(*, page: Page) -> str | None:
    """Why ``page`` cannot be withdrawn now (German), or None."""
    title = page.get_admin_display_title()
    if not isinstance(page, WithdrawableMixin):
        return f"„{title}“ ist keine Publikation und kann nicht zurückgezogen werden."
    if not page.live:
        return (
            f"„{title}“ ist nicht veröffentlicht und kann daher nicht zurückgezogen werden. Zurückziehen gilt "
            "für Publikationen, die online sind; ein Entwurf wird einfach nicht eingereicht."
        )
    if (withdrawal := page.withdrawal_record()) is not None:
        return f"„{title}“ wurde bereits am {withdrawal.withdrawn_at:%d.%m.%Y} zurückgezogen."
    return None


def page_withdraw(*, page: Page, user, reason: str, successor: Page | None = None) -> Withdrawal:
    """Withdraw the live ``page``: record who, when and why, log it in the page
    history and queue the stamped PDF. Raises ``WithdrawalRefused`` and changes
    nothing when the reason is missing or the page cannot be withdrawn."""
    reason = " ".join(reason.split())
    if not reason:
        raise WithdrawalRefused(REASON_MISSING)
    if len(reason) > WITHDRAWAL_REASON_MAX_LENGTH:
        raise WithdrawalRefused(REASON_TOO_LONG)
    if refusal := withdrawal_refusal(page=page):
        raise WithdrawalRefused(refusal)
    try:
        with transaction.atomic():
            withdrawal = Withdrawal.objects.create(page=page, reason=reason, withdrawn_by=user, successor=successor)
            log(
                instance=page,
                action=WITHDRAW_LOG_ACTION,
                user=user,
                data={
                    "reason": reason,
                    "successor": {"id": successor.pk, "title": successor.title} if successor else None,
                },
            )
            pdf_withdrawn_enqueue(page=page)
    except IntegrityError:
        # Someone else withdrew it a moment ago; theirs stands.
        raise WithdrawalRefused(f"„{page.get_admin_display_title()}“ wurde soeben bereits zurückgezogen.") from None
    return withdrawal
