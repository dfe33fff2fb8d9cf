"""What happens when the last stage of a workflow approves.

Wagtail imports ``WAGTAIL_FINISH_WORKFLOW_ACTION`` while it defines its own
models, so this module imports Wagtail only inside the function.
"""

import logging

logger = logging.getLogger(__name__)


def workflow_publish_approved(workflow_state, user=None) -> None:
    """Publish the revision the workflow approved.

    No role publishes a publication directly (``editor_hooks``): the approval of
    the final stage is the authority, so Wagtail's check that the approving
    user holds the publish permission is skipped here.
    """
    revision = workflow_state.current_task_state.revision
    latest = workflow_state.content_object.get_latest_revision()
    if latest is not None and latest.pk != revision.pk:
        # Reapproval on edit restarts the workflow before it can finish, so this
        # should not happen; if it does, the approved revision is what goes live.
        logger.warning("Publishing approved revision %s although %s is newer", revision.pk, latest.pk)
    revision.publish(user=user, skip_permission_checks=True)
