"""The free-text selection fields; their values are in the page history (0005).

The justifications get an empty default first, so that reversing this
migration can add them back to existing rows (0005 then refills them)."""

from django.db import migrations, models

CRITERION_FIELDS = (
    ("criterion_transferable", "Transferfähig"),
    ("criterion_innovative", "Innovativ"),
    ("criterion_sustainable", "Nachhaltig"),
    ("criterion_efficient", "Effizient"),
)


class Migration(migrations.Migration):
    dependencies = [("goodpractice", "0005_selection_fields_to_history")]

    operations = [
        *(
            migrations.AlterField(
                model_name="goodpracticepage",
                name=name,
                field=models.TextField(default="", verbose_name=label),
            )
            for name, label in CRITERION_FIELDS
        ),
        *(
            migrations.RemoveField(model_name="goodpracticepage", name=name)
            for name in (
                "award_year",
                "board_decision_date",
                "criterion_efficient",
                "criterion_innovative",
                "criterion_sustainable",
                "criterion_transferable",
            )
        ),
    ]
