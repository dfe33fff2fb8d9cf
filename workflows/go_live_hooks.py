"""The editor tells everyone who opens a publication in review when it is
planned to go online, so a reviewer knows the date before deciding.

The date sits in the page settings' „Veröffentlichung planen“ dialog, where a
reviewer would not look; and it is the submitted revision's date that counts,
not whatever a later draft says.
"""

from django.utils import timezone

from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import WorkflowState

from .go_live import go_live_text, planned_go_live
from .models.review_task import ReviewTaskMixin


@hooks.register("before_edit_page")
def show_planned_go_live(request, page):
    if request.method != "GET":
        return None
    state = (
        WorkflowState.objects.active()
        .for_instance(page)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .select_related("current_task_state__revision", "current_task_state__task")
        .first()
    )
    task_state = state.current_task_state if state else None
    if task_state is None or not isinstance(task_state.task.specific, ReviewTaskMixin):
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
