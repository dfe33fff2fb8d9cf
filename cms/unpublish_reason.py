"""Unpublishing takes a publication offline entirely, so it needs a reason.

Wagtail's unpublish view only asks "are you sure?". Its confirmation here
has a required reason (``templates/wagtailadmin/pages/confirm_unpublish.html``);
``before_unpublish_page`` refuses a POST without one before anything changes,
and ``after_unpublish_page`` records the reason in the page history next to
Wagtail's own "Veröffentlichung aufgehoben" entry. Bulk unpublishing has no place for a
reason and is refused; the admin API's ``action/unpublish/`` takes one
(``unpublish_api.py``). To keep a publication readable but mark it as no longer
current, withdraw it instead (``cms.withdrawal``).
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page

UNPUBLISH_REASON_LOG_ACTION = "iq.unpublish.reason"
REASON_MAX_LENGTH = 1000

REASON_MISSING = (
    "Nicht depubliziert: Bitte geben Sie einen Grund an. Er steht mit Ihrem Namen im Verlauf der Seite, damit "
    "nachvollziehbar bleibt, warum die Publikation nicht mehr online ist."
)
REASON_TOO_LONG = f"Nicht depubliziert: Der Grund darf höchstens {REASON_MAX_LENGTH} Zeichen lang sein."


def unpublish_reason_clean(reason: str) -> str:
    return " ".join(reason.split())


def unpublish_reason_problem(reason: str) -> str | None:
    """What is wrong with a (cleaned) reason, in German, or None."""
    if not reason:
        return REASON_MISSING
    if len(reason) > REASON_MAX_LENGTH:
        return REASON_TOO_LONG
    return None


def unpublish_reason_record(*, page: Page, user, reason: str) -> None:
    log(instance=page, action=UNPUBLISH_REASON_LOG_ACTION, user=user, data={"reason": reason})


def _reason(request) -> str:
    return unpublish_reason_clean(request.POST.get("reason", ""))


@hooks.register("before_unpublish_page")
def require_unpublish_reason(request, page):
    if (problem := unpublish_reason_problem(_reason(request))) is None:
        return None
    messages.error(request, problem)
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    if next_url := request.POST.get("next"):
        # The unpublish view validates "next" itself before following it.
        url += "?" + urlencode({"next": next_url})
    return redirect(url)


@hooks.register("after_unpublish_page")
def record_unpublish_reason(request, page):
    unpublish_reason_record(page=page, user=request.user, reason=_reason(request))
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_unpublishing(request, action_type, objects, action_class_instance):
    if action_type != "unpublish" or not any(isinstance(obj, Page) for obj in objects):
        return None
    messages.error(
        request,
        "Nicht depubliziert: Depublizieren braucht einen Grund für jede Seite. Bitte depublizieren Sie die Seiten "
        "einzeln über „Aktionen“ → „Veröffentlichung aufheben“.",
    )
    return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))


@hooks.register("register_log_actions")
def register_unpublish_reason_log_action(actions):
    @actions.register_action(UNPUBLISH_REASON_LOG_ACTION)
    class UnpublishReasonFormatter(LogFormatter):
        label = "Depublizieren: Grund"
        message = "Grund der Depublizierung"

        def format_comment(self, log_entry):
            return (log_entry.data or {}).get("reason", "")
