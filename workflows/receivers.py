"""Signal receivers of the workflows app; each hands over to a service."""

from django.db.models.signals import post_save

from .defaults import LISTING_WORKFLOW, workflow_assign_default


def listing_page_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance._meta.label_lower in LISTING_WORKFLOW:
        workflow_assign_default(page_id=instance.pk, label=instance._meta.label_lower)


def receivers_connect() -> None:
    for model in LISTING_WORKFLOW:
        post_save.connect(listing_page_created, sender=model, dispatch_uid=f"workflow_default_{model}")
