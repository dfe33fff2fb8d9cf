"""Signal receivers of the workflows app; each hands over to a service."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Revision, WorkflowPage

from .deadlines.receivers import receivers_connect as deadline_receivers_connect
from .defaults import LISTING_WORKFLOW, workflow_assign_default
from .notifications.receivers import receivers_connect as notification_receivers_connect
from .revision_changes import revision_saved
from .services import checks_enqueue
from .signals import checks_requested
from .workflow_removal import workflow_page_deleted


def listing_page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance._meta.label_lower in LISTING_WORKFLOW:
        workflow_assign_default(page_id=instance.pk, label=instance._meta.label_lower)


def checks_requested_received(sender, task_state, **kwargs) -> None:
    checks_enqueue(task_state=task_state)


def receivers_connect() -> None:
    checks_requested.connect(checks_requested_received, dispatch_uid="workflows_checks_requested")
    post_delete.connect(workflow_page_deleted, sender=WorkflowPage, dispatch_uid="workflows_workflow_removed")
    post_save.connect(revision_saved, sender=Revision, dispatch_uid="workflows_revision_change")
    for model in LISTING_WORKFLOW:
        post_save.connect(listing_page_created, sender=model, dispatch_uid=f"workflow_default_{model}")
    notification_receivers_connect()
    deadline_receivers_connect()
