"""The sheet's edit form: an archived proposal goes back to the board only
with a new nomination."""

import datetime

from django.utils.formats import date_format
from django.utils.timezone import localdate

from cms.i18n.choices_in_language import PageFormInLanguage

from .selection.selectors import board_decision_latest

# The edit view's buttons that start a workflow (submit, resubmit, restart).
SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


def renomination_refusal(
    *, decided_on: datetime.date, archived_nomination: datetime.date | None, nominated_at: datetime.date | None
) -> str | None:
    """Why a proposal the board did not select on ``decided_on`` (nominated on
    ``archived_nomination``) may not be submitted with the nomination date
    ``nominated_at`` (German), or None. A new nomination is one dated after
    the one the board decided on."""
    if nominated_at and (archived_nomination is None or nominated_at > archived_nomination):
        return None
    after = f" (Datum nach dem {date_format(archived_nomination, 'j. F Y')})" if archived_nomination else ""
    return (
        f"Das Beratungsgremium hat diesen Vorschlag am {date_format(decided_on, 'j. F Y')} nicht ausgewählt; er ist "
        "archiviert und wird nicht erneut beraten. Einreichen lässt er sich nur mit einem neuen Vorschlag: Tragen "
        f"Sie unter „Vorschlag“ ein, wer ihn wann erneut vorgeschlagen hat{after}."
    )


class GoodPracticePageForm(PageFormInLanguage):
    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and any(action in self.data for action in SUBMIT_ACTIONS):
            decision = board_decision_latest(page_id=self.instance.pk)
            if decision is not None and not decision.selected:
                refusal = renomination_refusal(
                    decided_on=localdate(decision.decided_at),
                    archived_nomination=decision.revision.as_object().nominated_at,
                    nominated_at=cleaned.get("nominated_at"),
                )
                if refusal:
                    self.add_error("nominated_at", refusal)
        return cleaned
