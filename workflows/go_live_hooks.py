"""The editor tells everyone who opens a publication in review when it is
planned to go online, so a reviewer knows the date before deciding.

The date sits in the page settings' „Veröffentlichung planen“ dialog, where a
reviewer would not look; and it is the submitted revision's date that counts,
not whatever a later draft says.

The same goes for the stage's due date, with a button to „Freigabe bis“ for
the editor (``deadlines/views.py``).
"""

import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import WorkflowState

from .deadlines.services import day_text
from .go_live import go_live_text, planned_go_live
from .models import ReleaseBy, StageDeadline
from .models.review_task import ReviewTaskMixin


@hooks.register("before_edit_page")
def show_planned_go_live(request, page):
    if request.method != "GET":
        return None
    state, task_state = _review_in_progress(page)
    if task_state is None:
        return None
    when = planned_go_live(revision=task_state.revision)
    if when is None:
        return None
    if when > timezone.now():
        consequence = "Mit der letzten Freigabe wird sie für diesen Zeitpunkt eingeplant, nicht sofort veröffentlicht."
    else:
        consequence = "Der Zeitpunkt ist verstrichen; mit der letzten Freigabe geht sie sofort online."
    messages.info(
        request, f"Geplante Veröffentlichung der eingereichten Fassung: {go_live_text(when=when)}. {consequence}"
    )
    return None


@hooks.register("before_edit_page")
def show_deadline(request, page):
    if request.method != "GET":
        return None
    state, task_state = _review_in_progress(page)
    if task_state is None:
        return None
    deadline = StageDeadline.objects.filter(task_state=task_state).first()
    if deadline is None:
        return None
    if deadline.due_on < timezone.localdate():
        overdue_since = day_text(deadline.due_on + datetime.timedelta(days=1))
        text = f"„{task_state.task.name}“ ist überfällig seit {overdue_since}."
    else:
        text = f"„{task_state.task.name}“ ist fällig am {day_text(deadline.due_on)}."
    release_by = ReleaseBy.objects.filter(workflow_state=state).first()
    if release_by:
        text += f" Freigabe bis: {day_text(release_by.due_on)}."
    buttons = []
    if page.permissions_for_user(request.user).can_edit():
        buttons.append(messages.button(reverse("workflows_admin:release_by", args=[page.pk]), "Freigabe bis setzen"))
    messages.info(request, text, buttons=buttons)
    return None


def _review_in_progress(page) -> tuple[WorkflowState | None, object | None]:
    """The page's workflow run in progress and its current stage, if that is a human review stage."""
    state = (
        WorkflowState.objects.active()
        .for_instance(page)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .select_related("current_task_state__revision", "current_task_state__task")
        .first()
    )
    task_state = state.current_task_state if state else None
    if task_state is None or not isinstance(task_state.task.specific, ReviewTaskMixin):
        return state, None
    return state, task_state
