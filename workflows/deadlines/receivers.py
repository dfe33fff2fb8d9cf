"""A human review stage that starts gets its due date, and the periodic check
is queued if it is not already."""

from django.db import transaction

from wagtail.models import TaskState
from wagtail.signals import task_submitted

from workflows.models.review_task import ReviewTaskMixin

from .jobs import deadlines_schedule_ensure
from .services import stage_deadline_start


def stage_started(sender, instance, user=None, **kwargs):
    # Only stages people decide: the automated checks announce themselves too.
    # A skipped stage is never announced, so it gets no deadline.
    task_class = instance.task.specific_class
    if task_class is None or not issubclass(task_class, ReviewTaskMixin):
        return
    if instance.status != TaskState.STATUS_IN_PROGRESS:
        return
    stage_deadline_start(task_state=instance)
    transaction.on_commit(deadlines_schedule_ensure)


def receivers_connect() -> None:
    task_submitted.connect(stage_started, dispatch_uid="workflows_deadline_stage_started")
