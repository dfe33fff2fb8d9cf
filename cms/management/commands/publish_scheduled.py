"""Wagtail's ``publish_scheduled``, refusing revisions no workflow approved.

Lives in ``cms`` because Django takes a command from the first app in
``INSTALLED_APPS`` that has it, and ``workflows`` comes after Wagtail.
"""

from wagtail.management.commands.publish_scheduled import Command as WagtailCommand

from workflows.scheduled import schedules_unapproved_withdraw


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            for page, reason in schedules_unapproved_withdraw():
                self.stderr.write(f"Nicht veröffentlicht (Planung aufgehoben): {reason} [Seite {page.pk}]")
        super().handle(*args, **options)
