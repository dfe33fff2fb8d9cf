"""Admin hooks that keep the review path the only path, and tell editors and
reviewers where a publication stands and why."""

import datetime

from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.formats import date_format

from wagtail import hooks
from wagtail.admin import messages
from wagtail.log_actions import LogFormatter
from wagtail.models import Page, TaskState, WorkflowState

from . import admin_urls
from .checks import CheckReport
from .durations import since_label
from .models import AutomatedChecksTask, CheckRun, QuorumApprovalTask
from .models.quorum import VOTE_LOG_ACTION
from .models.review_task import SKIP_LOG_ACTION, ReviewTaskMixin
from .publish_guard import publish_refused_message
from .review_notes import review_notes_take
from .scheduled import SCHEDULE_REFUSED_LOG_ACTION

# Checks take seconds (bench/workflow_checks.py); this long means the worker is not running.
CHECKS_OVERDUE_MINUTES = 10


@hooks.register("register_admin_urls")
def register_workflow_admin_urls():
    return [path("pruefungen/", include(admin_urls, namespace="workflows_admin"))]


@hooks.register("register_log_actions")
def register_quorum_vote_action(actions):
    @actions.register_action(VOTE_LOG_ACTION)
    class QuorumVoteFormatter(LogFormatter):
        label = "Workflow: Zustimmung"

        def format_message(self, log_entry):
            data = log_entry.data
            group = f" für {data['group']}" if data.get("group") else ""
            missing = data.get("missing") or []
            waiting = "es fehlt noch: " + ", ".join(missing) if missing else "weitere Stimmen stehen aus"
            return (
                f"Zustimmung{group} bei „{data['task']['title']}“ ({data['approvals']} von {data['needed']}); {waiting}"
            )

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")


@hooks.register("register_log_actions")
def register_stage_skip_action(actions):
    @actions.register_action(SKIP_LOG_ACTION)
    class StageSkipFormatter(LogFormatter):
        label = "Workflow: Schritt übersprungen"

        def format_message(self, log_entry):
            # The comment says why: „Übersprungen: Gilt nur für englische Fassungen.“
            return f"Schritt „{log_entry.data['task']['title']}“ übersprungen"

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")


@hooks.register("register_log_actions")
def register_schedule_refused_action(actions):
    @actions.register_action(SCHEDULE_REFUSED_LOG_ACTION)
    class ScheduleRefusedFormatter(LogFormatter):
        label = "Geplante Veröffentlichung aufgehoben"

        def format_message(self, log_entry):
            return "Geplante Veröffentlichung aufgehoben: " + (log_entry.data or {}).get("reason", "")


def _workflow_of(page: Page | None):
    return page.get_workflow() if page is not None and page.pk else None


def _publish_becomes_save(request, *, target: Page | None, title: str) -> None:
    """A "publish" POST on a page under a workflow is saved as a draft instead:
    the edits are kept, nothing goes live, and the editor is told why."""
    if request.method != "POST" or "action-publish" not in request.POST:
        return
    workflow = _workflow_of(target)
    if workflow is None:
        return
    request.POST = request.POST.copy()
    del request.POST["action-publish"]
    # Told once the draft is saved (after_edit_page/after_create_page): a form
    # with errors, or a page locked by its review stage, saves nothing.
    request._iq_publish_refused = publish_refused_message(
        title=request.POST.get("title") or title, workflow_name=workflow.name
    )


def _tell_publish_refused(request) -> None:
    if refused := getattr(request, "_iq_publish_refused", None):
        messages.error(request, f"Als Entwurf gespeichert. {refused}")


@hooks.register("before_create_page")
def refuse_direct_publishing_on_create(request, parent_page, page_class):
    _publish_becomes_save(request, target=parent_page, title="Die Seite")


@hooks.register("construct_page_action_menu")
def hide_publish_where_a_workflow_decides(menu_items, request, context):
    page = context.get("page")
    target = page if page is not None and page.pk else context.get("parent_page")
    if _workflow_of(target) is not None:
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_copy_page")
def refuse_copy_and_publish(request, page):
    """Copying with "publish copies" (or as an alias, which is live at once)
    puts pages live without Wagtail's publish action, so the guard in
    ``publish_guard`` never sees it; it is refused here, before anything is copied."""
    if request.method != "POST" or not (request.POST.get("publish_copies") or request.POST.get("alias")):
        return None
    destination = Page.objects.filter(pk=request.POST.get("new_parent_page") or None).first() or page.get_parent()
    workflow = destination.get_workflow() if destination is not None else None
    if workflow is None:
        return None
    messages.error(request, publish_refused_message(title=page.get_admin_display_title(), workflow_name=workflow.name))
    return redirect(reverse("wagtailadmin_pages:copy", args=[page.pk]))


@hooks.register("after_edit_page")
def tell_what_the_review_task_said(request, page):
    _tell_publish_refused(request)
    for note in review_notes_take(user=request.user):
        messages.warning(request, note)


@hooks.register("after_create_page")
def tell_publish_refused_on_create(request, page):
    _tell_publish_refused(request)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    blocked = [obj for obj in objects if isinstance(obj, Page) and _workflow_of(obj) is not None]
    if not blocked:
        return None
    titles = ", ".join(f"„{page.get_admin_display_title()}“" for page in blocked[:5])
    messages.error(
        request, f"Nicht veröffentlicht: {titles} durchlaufen einen Prüf-Workflow. Bitte einzeln einreichen."
    )
    return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))


@hooks.register("before_edit_page")
def explain_review_state(request, page):
    if request.method == "POST":
        _publish_becomes_save(request, target=page, title=page.get_admin_display_title())
        return None
    state = (
        WorkflowState.objects.active()
        .for_instance(page)
        .select_related("workflow", "current_task_state__finished_by", "current_task_state__task")
        .first()
    )
    if state is None or state.current_task_state is None:
        return None
    task_state = state.current_task_state
    task = task_state.task.specific
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        _explain_rejection(request, page=page, task_state=task_state, task=task)
    elif isinstance(task, AutomatedChecksTask):
        _explain_running_checks(request, task_state=task_state)
    elif isinstance(task, ReviewTaskMixin) and task.is_reviewer(request.user):
        # Members of the stage's groups who get no buttons learn why; others are not reviewers here.
        _explain_refusal(request, task_state=task_state, task=task)
    return None


def _explain_running_checks(request, *, task_state: TaskState) -> None:
    now = timezone.now()
    if now - task_state.started_at < datetime.timedelta(minutes=CHECKS_OVERDUE_MINUTES):
        messages.info(request, "Die automatische Prüfung läuft. Das Ergebnis erscheint hier in wenigen Augenblicken.")
        return
    # The checks run in the worker; if it is down, the editor is the first to notice
    # (administrators hear from ``worker_watch``). Said as people say it: „seit 4 Tagen“.
    messages.warning(
        request,
        f"Die automatische Prüfung läuft {since_label(since=task_state.started_at, now=now)} ohne Ergebnis. "
        "Brechen Sie den Workflow ab und reichen Sie die Seite erneut ein. Bleibt es dabei, informieren Sie die "
        "Technik: vermutlich läuft der Hintergrunddienst (Worker) nicht.",
    )


def _explain_rejection(request, *, page, task_state: TaskState, task) -> None:
    when = date_format(timezone.localtime(task_state.finished_at), "j. F Y, H:i") if task_state.finished_at else ""
    if isinstance(task, AutomatedChecksTask):
        run = CheckRun.objects.filter(task_state=task_state).first()
        errors = CheckReport.from_dict(run.report).errors if run else []
        listing = " · ".join(f"{i}. {f.message} ({f.location})" for i, f in enumerate(errors[:5], start=1))
        more = f" · und {len(errors) - 5} weitere" if len(errors) > 5 else ""
        messages.error(
            request,
            f"Die automatische Prüfung vom {when} hat {len(errors)} Fehler gefunden: {listing}{more}. "
            "Beheben Sie sie und reichen Sie die Seite erneut ein.",
            buttons=[messages.button(reverse("workflows_admin:check_report", args=[page.pk]), "Prüfbericht öffnen")],
        )
        return
    reviewer = task_state.finished_by
    who = (reviewer.get_full_name() or reviewer.get_username()) if reviewer else "Jemand"
    comment = f": „{task_state.comment}“" if task_state.comment else " (ohne Kommentar)"
    messages.warning(
        request,
        f"{who} ({task.name}) hat am {when} Änderungen angefordert{comment}. Überarbeiten Sie die Seite und reichen "
        f"Sie sie erneut ein; die Prüfung geht dann bei „{task.name}“ weiter.",
    )


def _explain_refusal(request, *, task_state: TaskState, task) -> None:
    if reason := task.refusal(task_state=task_state, user=request.user):
        messages.info(request, f"Prüfschritt „{task.name}“: {reason}")
    if isinstance(task, QuorumApprovalTask) and (missing := task.open_groups(task_state)):
        messages.info(request, f"Prüfschritt „{task.name}“: Es fehlt noch die Zustimmung von {', '.join(missing)}.")
