"""Which task types administrators may put into a workflow.

Wagtail offers every concrete ``Task`` subclass, its own plain group approval
among them, which knows no four-eyes rule. Only the automated checks and the
review stages of this project may be stages; Wagtail reads the offer from the
module list ``wagtail.workflows.TASK_TYPES``, filled here once the apps are
ready, and its "add task" URL is wrapped because it accepts any task model.
"""

from django.http import Http404

from wagtail import workflows as wagtail_workflows
from wagtail.admin.views.workflows import CreateTask
from wagtail.models import Task


def task_type_allowed(model) -> bool:
    from .models import AutomatedChecksTask
    from .models.review_task import ReviewTaskMixin

    return issubclass(model, AutomatedChecksTask | ReviewTaskMixin)


def task_types_restrict() -> None:
    every = wagtail_workflows.get_concrete_descendants(Task, inclusive=False)
    wagtail_workflows.TASK_TYPES[:] = [model for model in every if task_type_allowed(model)]


_wagtail_task_add = CreateTask.as_view()


def task_add(request, app_label: str, model_name: str):
    """Wagtail's task creation, for the allowed types only."""
    allowed = {(model._meta.app_label, model._meta.model_name) for model in wagtail_workflows.get_task_types()}
    if (app_label.lower(), model_name.lower()) not in allowed:
        raise Http404("Diese Art von Prüfschritt ist nicht vorgesehen.")
    return _wagtail_task_add(request, app_label=app_label, model_name=model_name)
