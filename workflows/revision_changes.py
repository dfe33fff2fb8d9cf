"""Telling a content edit from a save that only adds or resolves comments.

Wagtail stores review comments with the page, so every comment a reviewer
adds in the editor saves a new revision. Left alone, that revision makes the
reviewer an author (four eyes closes the stage to them) and, with reapproval
on edit, voids every approval given so far. A revision whose content equals
its predecessor's is therefore recorded as comment-only: it makes nobody an
author, and the run carries its approvals and its current stage over to it.
"""

import json
import re

from django.contrib.contenttypes.models import ContentType

from wagtail.models import COMMENTS_RELATION_NAME, Revision, TaskState, WorkflowState

from .models import RevisionChange

# Page fields Wagtail rewrites on every save or publish; none is content under review.
BOOKKEEPING_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "comments",
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "has_unpublished_changes",
        "live",
        "first_published_at",
        "last_published_at",
        "locked",
        "locked_at",
        "locked_by",
        "expired",
        "numchild",
        "draft_title",
    }
)


# Draftail gives paragraphs fresh keys on a save even when nothing was typed.
BLOCK_KEY = re.compile(r' data-block-key=\\*"[^"\\]*\\*"')
# An untouched empty rich-text field comes back from the editor as one empty
# paragraph where the stored revision has "" (also inside StreamField JSON, escaped).
EMPTY_RICH_TEXT = re.compile(r'(\\*")<p>\s*</p>(\\*")')


def _content(data: dict) -> str:
    content = {key: value for key, value in data.items() if key not in BOOKKEEPING_FIELDS}
    dumped = BLOCK_KEY.sub("", json.dumps(content, sort_keys=True, default=str))
    return EMPTY_RICH_TEXT.sub(r"\1\2", dumped)


def revision_previous(*, revision: Revision) -> Revision | None:
    return (
        Revision.objects.filter(
            base_content_type_id=revision.base_content_type_id, object_id=revision.object_id, pk__lt=revision.pk
        )
        .order_by("-pk")
        .first()
    )


def revision_change_record(*, revision: Revision) -> RevisionChange:
    """Classify a page revision just saved (or overwritten by autosave) and
    keep the run's approvals in step with it."""
    previous = revision_previous(revision=revision)
    changed = previous is None or _content(revision.content) != _content(previous.content)
    record = RevisionChange.objects.filter(revision=revision).first()
    was_comment_only = record is not None and not record.content_changed
    if record is None:
        record = RevisionChange.objects.create(revision=revision, content_changed=changed)
    elif record.content_changed != changed:
        record.content_changed = changed
        record.save(update_fields=["content_changed"])
    if previous is not None:
        if not changed and not was_comment_only:
            _run_carry_over(revision=revision, previous=previous)
        elif changed and was_comment_only:
            # Autosave turned a comment into an edit: what was carried over no longer applies.
            _run_carry_back(revision=revision, previous=previous)
    return record


def _active_run(revision: Revision) -> WorkflowState | None:
    return (
        WorkflowState.objects.active()
        .filter(base_content_type_id=revision.base_content_type_id, object_id=revision.object_id)
        .first()
    )


def _run_carry_over(*, revision: Revision, previous: Revision) -> None:
    state = _active_run(revision)
    if state is None:
        return
    for approved in TaskState.objects.filter(workflow_state=state, revision=previous, status=TaskState.STATUS_APPROVED):
        approved.copy(update_attrs={"revision": revision})
    # The stage under way reviews the same content; it moves along so that
    # its decision applies to the newest revision.
    TaskState.objects.filter(workflow_state=state, revision=previous, status=TaskState.STATUS_IN_PROGRESS).update(
        revision=revision
    )


def _run_carry_back(*, revision: Revision, previous: Revision) -> None:
    state = _active_run(revision)
    if state is None:
        return
    TaskState.objects.filter(workflow_state=state, revision=revision, status=TaskState.STATUS_APPROVED).update(
        revision=previous
    )


def revision_saved(sender, instance, raw=False, **kwargs):
    content_type = ContentType.objects.get_for_id(instance.base_content_type_id)
    if raw or (content_type.app_label, content_type.model) != ("wagtailcore", "page"):
        return
    revision_change_record(revision=instance)
