"""The four-eyes principle: who may not review a revision, and why.

Excluded are the person who submitted it and everyone who saved a revision of
the page since its last publication (the people whose work is under review).
"""

from collections import defaultdict

from django.db.models import Q, QuerySet

from wagtail.models import Page, Revision, TaskState

NOT_A_REVIEWER = "Sie gehören keiner Gruppe an, die in diesem Schritt prüft."


def four_eyes_excluded_by_task_state(*, task_states: list[TaskState]) -> dict[int, set[int]]:
    """User ids excluded from each task state, in two queries whatever the count.

    ``task_states`` should come with ``workflow_state`` selected.
    """
    excluded: dict[int, set[int]] = {}
    if not task_states:
        return excluded
    page_ids = {int(state.workflow_state.object_id) for state in task_states}
    last_published = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "last_published_at"))
    # One query for every revision author of these pages; filtered per page below
    # because each page has its own last publication date.
    authors = defaultdict(list)
    condition = Q()
    for page_id in page_ids:
        since = last_published.get(page_id)
        clause = Q(object_id=str(page_id))
        if since is not None:
            clause &= Q(created_at__gt=since)
        condition |= clause
    rows = Revision.page_revisions.filter(condition, user__isnull=False).values_list("object_id", "user_id").distinct()
    for object_id, user_id in rows:
        authors[int(object_id)].append(user_id)
    for state in task_states:
        users = set(authors[int(state.workflow_state.object_id)])
        if state.workflow_state.requested_by_id:
            users.add(state.workflow_state.requested_by_id)
        excluded[state.pk] = users
    return excluded


def four_eyes_reviewable(*, task_states: QuerySet, user) -> QuerySet:
    """``task_states`` without those the four-eyes rule closes to ``user``."""
    states = list(task_states.select_related("workflow_state"))
    excluded = four_eyes_excluded_by_task_state(task_states=states)
    return task_states.filter(pk__in=[state.pk for state in states if user.pk not in excluded[state.pk]])


def four_eyes_excluded_user_ids(*, task_state: TaskState) -> set[int]:
    return four_eyes_excluded_by_task_state(task_states=[task_state])[task_state.pk]


def four_eyes_reason(*, task_state: TaskState, user) -> str | None:
    """Why ``user`` may not review ``task_state`` (German), or None."""
    workflow_state = task_state.workflow_state
    if workflow_state.requested_by_id == user.pk:
        return "Sie haben diese Fassung zur Prüfung eingereicht. Nach dem Vier-Augen-Prinzip prüft jemand anderes."
    if user.pk in four_eyes_excluded_user_ids(task_state=task_state):
        return (
            "Sie haben diese Publikation seit der letzten Veröffentlichung bearbeitet. "
            "Nach dem Vier-Augen-Prinzip prüft jemand anderes."
        )
    return None
