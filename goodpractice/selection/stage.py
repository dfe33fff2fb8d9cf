"""Make the default good-practice workflow's board stage a ballot.

``workflows/defaults.py`` creates „Beratungsgremium“ as a plain quorum task,
and ``workflows`` imports no content app. This turns that task into a
``BoardSelectionTask`` in place: a child row under the same task, and its
content type switched. The task keeps its id, name, groups and required count,
so the workflow, its task states and any votes already cast stay as they are.

The data migration ``goodpractice.0007`` carries a frozen copy of this; the
live version runs wherever the default workflows are recreated after a flush
(the demo seed, the test baseline). Idempotent.
"""

from django.apps import apps as global_apps

WORKFLOW_NAME = "IQ Good Practice"
STAGE_NAME = "Beratungsgremium"


def board_stage_ensure(*, apps=global_apps) -> int | None:
    """Convert the board stage of the default workflow; returns its task id,
    or None when the workflow or the stage is gone (administrators own them)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    QuorumApprovalTask = apps.get_model("workflows", "QuorumApprovalTask")
    BoardSelectionTask = apps.get_model("goodpractice", "BoardSelectionTask")
    board_type, _ = ContentType.objects.get_or_create(app_label="goodpractice", model="boardselectiontask")
    task = (
        QuorumApprovalTask.objects.filter(
            name=STAGE_NAME, workflow_tasks__workflow__name=WORKFLOW_NAME, require_every_group=False
        )
        .order_by("pk")
        .first()
    )
    if task is None:
        return None
    if not BoardSelectionTask.objects.filter(pk=task.pk).exists():
        # A raw save writes only the child table; a normal save would also
        # write the parents' rows, with the child's empty defaults.
        BoardSelectionTask(quorumapprovaltask_ptr_id=task.pk).save_base(raw=True, force_insert=True)
    Task.objects.filter(pk=task.pk).update(content_type=board_type)
    return task.pk
