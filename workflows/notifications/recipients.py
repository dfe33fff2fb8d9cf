"""Who receives a workflow e-mail.

Only active users with an address, never the person whose action caused the
mail, and nobody who switched that kind of notification off in their Wagtail
account settings (a user without a profile keeps the defaults: on).
"""

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from wagtail.models import TaskState, WorkflowState

from workflows.four_eyes_rule import four_eyes_excluded_user_ids

# Wagtail's per-user switches (UserProfile.<kind>_notifications).
SUBMITTED = "submitted"
APPROVED = "approved"
REJECTED = "rejected"


def _reachable(*, users: QuerySet, kind: str, actor_id: int | None) -> QuerySet:
    users = (
        users.filter(is_active=True).exclude(email="").exclude(**{f"wagtail_userprofile__{kind}_notifications": False})
    )
    if actor_id is not None:
        users = users.exclude(pk=actor_id)
    return users


def reviewers_select(*, task_state: TaskState, actor_id: int | None) -> list:
    """Members of the task's groups who may still act on it: the four-eyes rule
    leaves out the submitter and everyone who edited since the last publication,
    and in a quorum stage those who have voted are done."""
    users = get_user_model().objects.filter(groups__in=task_state.task.specific.groups.all())
    users = users.exclude(pk__in=four_eyes_excluded_user_ids(task_state=task_state))
    users = users.exclude(pk__in=task_state.quorum_votes.values("user_id"))
    return list(_reachable(users=users, kind=SUBMITTED, actor_id=actor_id).distinct().order_by("pk"))


def submitter_select(*, workflow_state: WorkflowState, kind: str, actor_id: int | None) -> list:
    if workflow_state.requested_by_id is None:
        return []
    users = get_user_model().objects.filter(pk=workflow_state.requested_by_id)
    return list(_reachable(users=users, kind=kind, actor_id=actor_id))
