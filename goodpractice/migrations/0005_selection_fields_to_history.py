"""Before the board voted in the system, editors typed the criteria
justifications, the board's decision date and the award year into the sheet.
Those fields go (0006): what the sheet shows as the board's judgement must come
from the board's votes. Nothing typed is lost: each sheet's values are copied
into its page history (``goodpractice.selection.legacy``).

The nomination stays, renamed: its date moves to ``nominated_at`` in every
stored revision too, and it names all four criteria, which is what the old
form asserted („Alle vier Kriterien sind erfüllt“)."""

from django.db import migrations
from django.utils import timezone

LEGACY_ACTION = "goodpractice.selection.legacy"
ALL_CRITERIA = ["transferfaehig", "innovativ", "nachhaltig", "effizient"]
CRITERION_FIELDS = (
    ("criterion_transferable", "Transferfähig"),
    ("criterion_innovative", "Innovativ"),
    ("criterion_sustainable", "Nachhaltig"),
    ("criterion_efficient", "Effizient"),
)


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GoodPracticePage = apps.get_model("goodpractice", "GoodPracticePage")
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    Revision = apps.get_model("wagtailcore", "Revision")
    sheet_type, _ = ContentType.objects.get_or_create(app_label="goodpractice", model="goodpracticepage")
    now = timezone.now()
    for sheet in GoodPracticePage.objects.all():
        justifications = {label: getattr(sheet, name) for name, label in CRITERION_FIELDS if getattr(sheet, name)}
        if justifications or sheet.board_decision_date or sheet.award_year:
            PageLogEntry.objects.create(
                page_id=sheet.pk,
                content_type=sheet_type,
                label=sheet.title,
                action=LEGACY_ACTION,
                timestamp=now,
                data={
                    "board_decision_date": sheet.board_decision_date.isoformat() if sheet.board_decision_date else "",
                    "award_year": sheet.award_year or "",
                    "justifications": justifications,
                },
            )
        if not sheet.nominated_for:
            sheet.nominated_for = ALL_CRITERIA
            sheet.save(update_fields=["nominated_for"])
    for revision in Revision.objects.filter(content_type=sheet_type).only("pk", "content"):
        content = revision.content
        if "nomination_date" in content:
            content["nominated_at"] = content.pop("nomination_date")
        content.setdefault("nominated_for", ALL_CRITERIA)
        content.setdefault("nominator", "")
        Revision.objects.filter(pk=revision.pk).update(content=content)


def backwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GoodPracticePage = apps.get_model("goodpractice", "GoodPracticePage")
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    Revision = apps.get_model("wagtailcore", "Revision")
    sheet_type = ContentType.objects.filter(app_label="goodpractice", model="goodpracticepage").first()
    labels = dict(CRITERION_FIELDS)
    for entry in PageLogEntry.objects.filter(action=LEGACY_ACTION).order_by("timestamp", "pk"):
        data = entry.data
        fields = {name: data["justifications"].get(label, "") for name, label in labels.items()}
        GoodPracticePage.objects.filter(pk=entry.page_id).update(
            board_decision_date=data["board_decision_date"] or None, award_year=data["award_year"] or None, **fields
        )
        entry.delete()
    for revision in Revision.objects.filter(content_type=sheet_type).only("pk", "content"):
        content = revision.content
        if "nominated_at" in content:
            content["nomination_date"] = content.pop("nominated_at")
            Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [("goodpractice", "0004_board_selection")]

    operations = [migrations.RunPython(forwards, backwards)]
