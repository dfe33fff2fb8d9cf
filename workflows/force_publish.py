"""Publishing without the full review, and signing it off afterwards.

After GOV.UK Whitehall's "force publish": when a publication cannot wait for
its workflow (a correction of a wrong figure, a legal deadline), a member of
Administration publishes the newest revision with a written reason. The page
goes live at once; the record stays open on the dashboard until a member of
Freigabe other than the publisher approves it retrospectively. A workflow taken
off a page (``workflow_removal``) is signed off the same way.

Being a superuser is not enough: the house rule is that only a role makes a
person accountable, so a superuser outside Administration may not force
publish, and one outside Freigabe may not sign off.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from .models import ForcedPublication
from .notifications.jobs import send_forced_publication_mail
from .publish_guard import publishing_authorised

REASON_MIN_LENGTH = 20

FORCE_PUBLISH_ACTION = "workflows.force_publish"
RETRO_APPROVE_ACTION = "workflows.force_publish.retro_approve"

NOT_A_PUBLISHER = (
    "Ohne vollständige Prüfung veröffentlichen dürfen nur Mitglieder der Gruppe „Administration“ – "
    "auch Superuser nur als Mitglied, damit eine Rolle für die Entscheidung einsteht."
)
NOT_AN_APPROVER = (
    "Nachträglich freigeben dürfen nur Mitglieder der Gruppe „Freigabe“ – auch Superuser nur als Mitglied."
)
REASON_MISSING = "Bitte begründen Sie, warum die Publikation nicht auf die vollständige Prüfung warten kann."
REASON_TOO_SHORT = (
    f"Die Begründung ist zu kurz (mindestens {REASON_MIN_LENGTH} Zeichen). Schreiben Sie, warum die "
    "Publikation nicht auf die vollständige Prüfung warten kann; die Begründung steht im Verlauf der Seite."
)


class ForcePublishRefused(Exception):
    """A force publish or retrospective approval that may not happen; the
    message (German) says why."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _is_member(user, group_name: str) -> bool:
    return bool(user and user.is_authenticated and user.groups.filter(name=group_name).exists())


def force_publish_allowed(*, user) -> bool:
    return _is_member(user, ForcedPublication.PUBLISHER_GROUP)


def force_publish_refusal(*, page: Page, revision: Revision | None) -> str | None:
    """Why ``revision`` of ``page`` cannot be force published now (German), or
    None. The role is checked separately: a non-member gets 403, not a form."""
    workflow = page.get_workflow()
    if workflow is None:
        return (
            f"„{page.get_admin_display_title()}“ unterliegt keinem Prüf-Workflow und kann wie gewohnt "
            "veröffentlicht werden."
        )
    latest = page.get_latest_revision()
    if revision is None or latest is None:
        return "Die Seite hat keine gespeicherte Fassung, die veröffentlicht werden könnte."
    if revision.pk != latest.pk:
        return (
            "Seit Sie das Formular geöffnet haben, wurde eine neuere Fassung gespeichert. Sehen Sie sie an und "
            "veröffentlichen Sie dann erneut: veröffentlicht wird immer die neueste Fassung."
        )
    if page.live and page.live_revision_id == revision.pk:
        return "Die neueste Fassung ist bereits veröffentlicht."
    go_live_at = revision.as_object().go_live_at
    if go_live_at and go_live_at > timezone.now():
        # A scheduled publish later passes the guard only with a workflow's approval,
        # which a force publish does not have; so it is "now" or not at all.
        when = date_format(timezone.localtime(go_live_at), "j. F Y, H:i")
        return (
            f"Die Fassung ist für den {when} Uhr zur Veröffentlichung geplant. Ohne vollständige Prüfung wird nur "
            "sofort veröffentlicht: Entfernen Sie das geplante Veröffentlichungsdatum, speichern Sie und versuchen "
            "Sie es erneut."
        )
    return None


def reason_problem(reason: str) -> str | None:
    reason = (reason or "").strip()
    if not reason:
        return REASON_MISSING
    if len(reason) < REASON_MIN_LENGTH:
        return REASON_TOO_SHORT
    return None


def force_publish(*, page: Page, revision: Revision | None, user, reason: str) -> ForcedPublication:
    """Publish ``revision`` although its workflow has not approved it, and
    record who did it and why, in one transaction with the publish.

    Wagtail cancels the page's running workflow on publish
    (``WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH``). That is what we want: the review
    of this revision is replaced by the retrospective approval, and a later
    edit is submitted afresh. The history reads: force publish with the reason,
    workflow cancelled, published – all by the same person.
    """
    if not force_publish_allowed(user=user):
        raise ForcePublishRefused(NOT_A_PUBLISHER)
    if problem := reason_problem(reason):
        raise ForcePublishRefused(problem)
    reason = reason.strip()
    with transaction.atomic():
        # Two administrators pressing at once publish once; the second sees "bereits veröffentlicht".
        page = Page.objects.select_for_update().get(pk=page.pk).specific
        # Only a revision of this page, read afresh under the lock.
        revision = Revision.page_revisions.filter(pk=revision.pk if revision else None, object_id=str(page.pk)).first()
        if refusal := force_publish_refusal(page=page, revision=revision):
            raise ForcePublishRefused(refusal)
        workflow_name = page.get_workflow().name
        record = ForcedPublication.objects.create(
            kind=ForcedPublication.Kind.PUBLISHED,
            page=page,
            revision=revision,
            workflow_name=workflow_name,
            reason=reason,
            acted_by=user,
        )
        log(
            instance=page,
            action=FORCE_PUBLISH_ACTION,
            user=user,
            revision=revision,
            data={"comment": reason, "workflow": workflow_name, "record_id": record.pk},
        )
        with publishing_authorised():
            revision.publish(user=user, skip_permission_checks=True)
        transaction.on_commit(lambda: send_forced_publication_mail.enqueue(record_id=record.pk))
    return record


def retro_approval_refusal(*, record: ForcedPublication, user) -> str | None:
    """Why ``user`` may not sign ``record`` off (German), or None."""
    return _retro_refusal(record=record, user=user, approver=_is_member(user, ForcedPublication.APPROVER_GROUP))


def retro_approval_refusals(*, records: list[ForcedPublication], user) -> dict[int, str | None]:
    """``retro_approval_refusal`` for many records with one membership query (the dashboard)."""
    approver = _is_member(user, ForcedPublication.APPROVER_GROUP)
    return {record.pk: _retro_refusal(record=record, user=user, approver=approver) for record in records}


def _retro_refusal(*, record: ForcedPublication, user, approver: bool) -> str | None:
    if not record.is_open:
        when = date_format(timezone.localtime(record.retro_approved_at), "j. F Y, H:i")
        who = get_user_display_name(record.retro_approved_by) if record.retro_approved_by else "jemand"
        return f"Bereits am {when} Uhr von {who} nachträglich freigegeben."
    if not approver:
        return NOT_AN_APPROVER
    if record.acted_by_id == user.pk:
        what = (
            "diese Publikation selbst ohne vollständige Prüfung veröffentlicht"
            if record.kind == ForcedPublication.Kind.PUBLISHED
            else "den Workflow selbst entfernt"
        )
        return (
            f"Sie haben {what}. Nach dem Vier-Augen-Prinzip gibt ein anderes Mitglied der Gruppe „Freigabe“ "
            "nachträglich frei."
        )
    return None


def forced_publication_retro_approve(*, record_id: int, user, comment: str = "") -> ForcedPublication:
    """Sign off a force publish or a removed workflow; logged on the page with
    both people and the original reason, so the history tells it whole."""
    with transaction.atomic():
        record = (
            # Lock the record only: PostgreSQL refuses FOR UPDATE on the nullable side of the joins.
            ForcedPublication.objects.select_for_update(of=("self",))
            .select_related("page", "acted_by", "retro_approved_by")
            .get(pk=record_id)
        )
        if refusal := retro_approval_refusal(record=record, user=user):
            raise ForcePublishRefused(refusal)
        record.retro_approved_by = user
        record.retro_approved_at = timezone.now()
        record.retro_comment = (comment or "").strip()
        record.save(update_fields=["retro_approved_by", "retro_approved_at", "retro_comment"])
        log(
            instance=record.page.specific,
            action=RETRO_APPROVE_ACTION,
            user=user,
            revision=record.revision,
            data={
                "comment": record.retro_comment,
                "kind": record.kind,
                "workflow": record.workflow_name,
                "acted_by": get_user_display_name(record.acted_by) if record.acted_by else "unbekannt",
                "acted_at": record.acted_at.isoformat(),
                "reason": record.reason,
                "record_id": record.pk,
            },
        )
    return record
