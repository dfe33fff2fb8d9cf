"""Admin hooks of publishing without the full review: the page header action,
the flag in the editor, and how the page history words these events."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import LogFormatter

from .force_publish import (
    FORCE_PUBLISH_ACTION,
    RETRO_APPROVE_ACTION,
    force_publish_allowed,
    retro_approval_refusal,
)
from .models import ForcedPublication
from .workflow_removal import WORKFLOW_REMOVED_ACTION


def _when(value: datetime.datetime | str | None) -> str:
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    return date_format(timezone.localtime(value), "j. F Y, H:i") + " Uhr" if value else ""


def _who(user) -> str:
    return get_user_display_name(user) if user else "unbekannt"


@hooks.register("register_log_actions")
def register_force_publish_actions(actions):
    @actions.register_action(FORCE_PUBLISH_ACTION)
    class ForcePublishFormatter(LogFormatter):
        label = "Ohne vollständige Prüfung veröffentlicht"

        def format_message(self, log_entry):
            workflow = log_entry.data.get("workflow")
            around = f" am Workflow „{workflow}“ vorbei" if workflow else ""
            return f"Ohne vollständige Prüfung veröffentlicht{around}; die Freigabe gibt nachträglich frei"

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")

    @actions.register_action(RETRO_APPROVE_ACTION)
    class RetroApproveFormatter(LogFormatter):
        label = "Nachträglich freigegeben"

        def format_message(self, log_entry):
            data = log_entry.data
            when = _when(data.get("acted_at"))
            if data.get("kind") == ForcedPublication.Kind.PUBLISHED:
                return (
                    f"Nachträglich freigegeben: ohne vollständige Prüfung veröffentlicht von {data.get('acted_by')} "
                    f"am {when}, Begründung: „{data.get('reason', '')}“"
                )
            how = "deaktiviert" if data.get("kind") == ForcedPublication.Kind.WORKFLOW_DISABLED else "entfernt"
            workflow, who = data.get("workflow"), data.get("acted_by")
            return f"Nachträglich freigegeben: Workflow „{workflow}“ {how} von {who} am {when}"

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")

    @actions.register_action(WORKFLOW_REMOVED_ACTION)
    class WorkflowRemovedFormatter(LogFormatter):
        label = "Workflow entfernt"

        def format_message(self, log_entry):
            workflow = log_entry.data.get("workflow", "")
            how = "deaktiviert" if log_entry.data.get("disabled") else "von dieser Seite entfernt"
            return (
                f"Workflow „{workflow}“ {how}: die Seiten darunter gehen ohne Prüfung online, bis die Freigabe "
                "das nachträglich freigibt und der Workflow wieder gilt"
            )


@hooks.register("register_page_header_buttons")
def force_publish_header_button(page, user, view_name, next_url=None):
    if not force_publish_allowed(user=user) or page.get_workflow() is None:
        return
    yield PageMenuItem(
        "Ohne vollständige Prüfung veröffentlichen",
        reverse("workflows_admin:force_publish", args=[page.pk]),
        icon_name="warning",
        priority=64,
        page=page,
    )


@hooks.register("before_edit_page")
def flag_published_without_full_review(request, page):
    """The flag „ohne vollständige Prüfung veröffentlicht“ on the live revision,
    and a warning on a page whose workflow was taken off. Only tells; never
    answers the request, so the other ``before_edit_page`` hooks still run."""
    if request.method != "GET":
        return None
    records = ForcedPublication.objects.filter(page_id=page.pk).select_related("acted_by", "retro_approved_by")
    if page.live_revision_id:
        forced = (
            records.filter(kind=ForcedPublication.Kind.PUBLISHED, revision_id=page.live_revision_id)
            .order_by("-acted_at")
            .first()
        )
        if forced:
            _flag_forced(request, record=forced)
    for removed in records.exclude(kind=ForcedPublication.Kind.PUBLISHED).filter(retro_approved_at__isnull=True):
        how = "deaktiviert" if removed.kind == ForcedPublication.Kind.WORKFLOW_DISABLED else "von dieser Seite entfernt"
        messages.warning(
            request,
            f"Der Workflow „{removed.workflow_name}“ wurde am {_when(removed.acted_at)} von {_who(removed.acted_by)} "
            f"{how}. Seiten darunter gehen ohne Prüfung online; die nachträgliche Freigabe steht aus.",
        )
    return None


def _flag_forced(request, *, record: ForcedPublication) -> None:
    said = (
        f"Die Live-Fassung wurde ohne vollständige Prüfung veröffentlicht – von {_who(record.acted_by)} am "
        f"{_when(record.acted_at)}. Begründung: „{record.reason}“."
    )
    if record.is_open:
        buttons = []
        if retro_approval_refusal(record=record, user=request.user) is None:
            url = reverse("workflows_admin:retro_approve", args=[record.pk])
            buttons.append(messages.button(url, "Nachträglich freigeben"))
        messages.warning(
            request,
            f"{said} Die nachträgliche Freigabe durch ein anderes Mitglied der Freigabe steht aus.",
            buttons=buttons,
        )
    else:
        messages.info(
            request,
            f"{said} Nachträglich freigegeben von {_who(record.retro_approved_by)} am "
            f"{_when(record.retro_approved_at)}.",
        )
