"""The four-eyes principle: who may not approve a revision, and why.

Excluded are the person who submitted it, everyone who changed its content
since the last publication (a save that only adds or resolves comments makes
nobody an author, see ``revision_changes``), and, for the final sign-off of a
run, everyone who approved an earlier stage of that run. The final sign-off
is the last stage that applies to the edition's language: a stage „nur
englische Fassungen“ at the end leaves the German edition's sign-off where it
was. A workflow whose rules ask for distinct approvers applies the last rule to
every stage.

These rules close approval only. Requesting changes stays open to every
member of the stage (``models/review_task.py``).
"""

from collections import defaultdict

from django.apps import apps as django_apps
from django.conf import settings
from django.db.models import Q, QuerySet

from wagtail.models import Page, Revision, TaskState, WorkflowTask

from workflows.models.quorum_vote import QuorumVote
from workflows.models.stage_language import StageLanguage, stage_applies
from workflows.models.workflow_rules import WorkflowRules

NOT_A_REVIEWER = "Sie gehören keiner Gruppe an, die in diesem Schritt prüft."
SUBMITTED = "Sie haben diese Fassung zur Prüfung eingereicht. Nach dem Vier-Augen-Prinzip gibt jemand anderes frei."
EDITED = (
    "Sie haben den Inhalt dieser Publikation seit der letzten Veröffentlichung geändert. Nach dem "
    "Vier-Augen-Prinzip gibt ein anderes Mitglied frei; Änderungen anfordern können Sie weiterhin."
)


def _pages(page_ids: set[int]) -> dict[int, tuple]:
    """Each page's last publication and language (one query)."""
    rows = Page.objects.filter(pk__in=page_ids).values_list("pk", "last_published_at", "locale__language_code")
    return {pk: (last_published_at, language) for pk, last_published_at, language in rows}


def _authors_by_page(pages: dict[int, tuple]) -> dict[int, set[int]]:
    """Who changed the content of each page since its last publication (one query)."""
    if not pages:
        return defaultdict(set)  # an empty condition would match every revision
    condition = Q()
    for page_id, (since, _language) in pages.items():
        clause = Q(object_id=str(page_id))
        if since is not None:
            clause &= Q(created_at__gt=since)
        condition |= clause
    rows = (
        Revision.page_revisions.filter(condition, user__isnull=False)
        # Revisions recorded as comment-only make nobody an author; older ones without a record still do.
        .exclude(iq_change__content_changed=False)
        .values_list("object_id", "user_id")
        .distinct()
    )
    authors = defaultdict(set)
    for object_id, user_id in rows:
        authors[int(object_id)].add(user_id)
    return authors


def _approvals_by_run(workflow_state_ids: set[int]) -> dict[int, dict[int, dict[int, str]]]:
    """Per run: who approved which tasks (id -> name), by a stage decision or a
    quorum vote (two queries)."""
    approvals: dict[int, dict[int, dict[int, str]]] = defaultdict(lambda: defaultdict(dict))
    decided = TaskState.objects.filter(
        workflow_state_id__in=workflow_state_ids, status=TaskState.STATUS_APPROVED, finished_by__isnull=False
    ).values_list("workflow_state_id", "finished_by_id", "task_id", "task__name")
    voted = QuorumVote.objects.filter(
        task_state__workflow_state_id__in=workflow_state_ids, decision=QuorumVote.APPROVE
    ).values_list("task_state__workflow_state_id", "user_id", "task_state__task_id", "task_state__task__name")
    for run_id, user_id, task_id, task_name in [*decided, *voted]:
        approvals[run_id][user_id][task_id] = task_name
    return approvals


def _language_lookups() -> list[str]:
    """Lookups from a workflow task to the „Gilt für“ of each review task model
    that holds the field itself (a subclass's rows are in its parent's table)."""
    lookups = []
    for model in django_apps.get_models():
        if issubclass(model, StageLanguage) and model._meta.get_field("language").model is model:
            lookups.append(f"task__{model._meta.model_name}__language")
    return sorted(lookups)


def _distinct_rule_tasks(workflow_ids: set[int]) -> dict[int, list[tuple[int, str]] | None]:
    """Per workflow, its active tasks in order with the language each applies to
    („“: every edition), or None where the rules ask for distinct approvers at
    every stage (two queries)."""
    strict = set(
        WorkflowRules.objects.filter(workflow_id__in=workflow_ids, distinct_approvers=True).values_list(
            "workflow_id", flat=True
        )
    )
    lookups = _language_lookups()
    stages: dict[int, list[tuple[int, str]] | None] = {}
    rows = (
        WorkflowTask.objects.filter(workflow_id__in=workflow_ids, task__active=True)
        .order_by("workflow_id", "sort_order")
        .values_list("workflow_id", "task_id", *lookups)
    )
    for workflow_id, task_id, *languages in rows:
        if workflow_id in strict:
            stages[workflow_id] = None
        else:
            stages.setdefault(workflow_id, []).append((task_id, next((code for code in languages if code), "")))
    return stages


def _final_stage(stages: list[tuple[int, str]], *, edition: str) -> int | None:
    """The final sign-off for an edition in ``edition``: the last stage that
    applies to it (a later stage for another language is skipped)."""
    applying = [task_id for task_id, language in stages if stage_applies(language=language, edition=edition)]
    return applying[-1] if applying else None


def four_eyes_exclusions(*, task_states: list[TaskState]) -> dict[int, dict[int, str]]:
    """For each task state: the users who may not approve it, with the reason.

    Six queries whatever the count; ``task_states`` should come with
    ``workflow_state`` and ``task`` selected.
    """
    if not task_states:
        return {}
    runs = {state.workflow_state_id for state in task_states}
    pages = _pages({int(state.workflow_state.object_id) for state in task_states})
    authors = _authors_by_page(pages)
    approvals = _approvals_by_run(runs)
    rule_tasks = _distinct_rule_tasks({state.workflow_state.workflow_id for state in task_states})
    excluded: dict[int, dict[int, str]] = {}
    for state in task_states:
        reasons: dict[int, str] = {}
        page_id = int(state.workflow_state.object_id)
        stages = rule_tasks.get(state.workflow_state.workflow_id, [])
        edition = pages[page_id][1] if page_id in pages else settings.LANGUAGE_CODE
        if stages is None or state.task_id == _final_stage(stages, edition=edition):
            for user_id, tasks in approvals[state.workflow_state_id].items():
                earlier = sorted(name for task_id, name in tasks.items() if task_id != state.task_id)
                if earlier:
                    reasons[user_id] = _earlier_stage_reason(earlier=earlier, every_stage=stages is None)
        for user_id in authors[page_id]:
            reasons[user_id] = EDITED
        if state.workflow_state.requested_by_id:
            reasons[state.workflow_state.requested_by_id] = SUBMITTED
        excluded[state.pk] = reasons
    return excluded


def _earlier_stage_reason(*, earlier: list[str], every_stage: bool) -> str:
    stages = " und ".join(f"„{name}“" for name in earlier)
    if every_stage:
        rule = "In diesem Workflow gibt jeden Schritt eine andere Person frei."
    else:
        rule = "Die abschließende Freigabe gibt jemand, der in diesem Durchlauf noch nichts freigegeben hat."
    return f"Sie haben in diesem Durchlauf bereits {stages} freigegeben. {rule}"


def four_eyes_excluded_by_task_state(*, task_states: list[TaskState]) -> dict[int, set[int]]:
    """User ids who may not approve each task state."""
    return {pk: set(reasons) for pk, reasons in four_eyes_exclusions(task_states=task_states).items()}


def four_eyes_reviewable(*, task_states: QuerySet, user) -> QuerySet:
    """``task_states`` without those the four-eyes rule closes to ``user``."""
    states = list(task_states.select_related("workflow_state", "task"))
    excluded = four_eyes_excluded_by_task_state(task_states=states)
    return task_states.filter(pk__in=[state.pk for state in states if user.pk not in excluded[state.pk]])


def four_eyes_excluded_user_ids(*, task_state: TaskState) -> set[int]:
    return four_eyes_excluded_by_task_state(task_states=[task_state])[task_state.pk]


def four_eyes_reason(*, task_state: TaskState, user) -> str | None:
    """Why ``user`` may not approve ``task_state`` (German), or None."""
    return four_eyes_exclusions(task_states=[task_state])[task_state.pk].get(user.pk)
