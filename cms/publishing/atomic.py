"""Every publish in one transaction.

Wagtail 8's ``PublishRevisionAction._publish_revision`` saves the object, then
sends ``published``/``page_published`` (``_after_publish``), and only then
writes the ``wagtail.publish`` log entry, without ``transaction.atomic``. A
receiver that raised left the revision live with no log entry, and the jobs
other receivers had queued ran anyway. Wrapped here, the save, the receivers'
writes, the log entry and the jobs they queue with ``transaction.on_commit``
are kept or rolled back together; a rolled-back publish queues nothing.

``execute()`` is the one method every publish path calls (the edit view,
workflow approval, scheduled publishing, the admin API, reverting); Wagtail
offers no hook around it. ``workflows/publish_guard.py`` wraps ``check()``
the same way.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.db import transaction

from wagtail.actions.publish_revision import PublishRevisionAction

logger = logging.getLogger(__name__)


class PublishFailed(Exception):
    """A publish that was rolled back; ``str()`` is for editors (German)."""

    def __init__(self, message: str, *, instance) -> None:
        super().__init__(message)
        self.instance = instance


def publish_failed_message(*, title: str, error: Exception) -> str:
    return (
        f"„{title}“ wurde nicht veröffentlicht: Beim Veröffentlichen trat ein Fehler auf "
        f"({error.__class__.__name__}). Es wurde nichts geändert – die online stehende Fassung, das Protokoll "
        "und die PDF-Aufträge sind wie vorher. Bitte erneut versuchen oder die Technik informieren."
    )


def publish_atomic_install() -> None:
    """Make every publish one transaction that a failing receiver rolls back. Idempotent."""
    if getattr(PublishRevisionAction.execute, "_iq_atomic", False):
        return
    wagtail_execute = PublishRevisionAction.execute

    def execute(self, skip_permission_checks: bool = False):
        try:
            with transaction.atomic():
                return wagtail_execute(self, skip_permission_checks=skip_permission_checks)
        except (PermissionDenied, PublishFailed):
            raise  # a refusal (nothing was written), or a nested publish already reported
        except Exception as exc:
            logger.exception("Publishing revision %s failed and was rolled back", self.revision.pk)
            title = getattr(self.object, "get_admin_display_title", lambda: str(self.object))()
            raise PublishFailed(publish_failed_message(title=title, error=exc), instance=self.object) from exc

    execute._iq_atomic = True
    PublishRevisionAction.execute = execute
