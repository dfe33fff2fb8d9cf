"""The default good-practice workflow's „Beratungsgremium“ becomes the board's
ballot, keeping its groups, required count, task states and votes.

A frozen copy of the conversion as it was when this migration was written:
``goodpractice.selection.stage`` may change later, and this migration has to do
on a fresh database what it always did. The quorum task becomes a
``BoardSelectionTask`` in place: a child row under the same task, and its
content type switched, so the workflow, its task states and any votes stay.
"""

from django.db import migrations

WORKFLOW_NAME = "IQ Good Practice"
STAGE_NAME = "Beratungsgremium"


def forwards(apps, schema_editor):
    """Does nothing when the workflow or the stage is gone (administrators own them)."""
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
        return
    if not BoardSelectionTask.objects.filter(pk=task.pk).exists():
        # A raw save writes only the child table; a normal save would also
        # write the parents' rows, with the child's empty defaults.
        BoardSelectionTask(quorumapprovaltask_ptr_id=task.pk).save_base(raw=True, force_insert=True)
    Task.objects.filter(pk=task.pk).update(content_type=board_type)


def backwards(apps, schema_editor):
    """Every board task becomes a plain quorum task again."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    BoardSelectionTask = apps.get_model("goodpractice", "BoardSelectionTask")
    quorum_type, _ = ContentType.objects.get_or_create(app_label="workflows", model="quorumapprovaltask")
    Task.objects.filter(pk__in=BoardSelectionTask.objects.values("pk")).update(content_type=quorum_type)
    # Only the child rows: deleting the model instances would delete the tasks with them.
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {connection.ops.quote_name(BoardSelectionTask._meta.db_table)}")


class Migration(migrations.Migration):
    dependencies = [
        ("goodpractice", "0006_remove_free_text_selection"),
        ("workflows", "0004_review_reminders"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
