"""``manage.py seed_demo``: the demo site, its reference data, users and PDFs.

Idempotent: run it as often as you like. It exists only where the ``demo``
app is installed (the development and test settings); production settings do
not install it, so there the command is unknown, because it resets the demo
users' passwords to a published one.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse

from wagtail.models import Page

from demo.context import DemoContext
from demo.english.seed import ENGLISH_HOME_PATH
from demo.seeders import SEEDERS
from demo.users import DEMO_PASSWORD
from pdfexport.progress import progress
from pdfexport.publication import publication_models
from pdfexport.revision_render import PdfRenderError, pdf_render_revision


class Command(BaseCommand):
    help = "Legt Demo-Inhalte, Rollen und Benutzer an und erstellt die PDFs (nur Entwicklung und Test)."

    def handle(self, *args, **options) -> None:
        context = DemoContext(write=self.stdout.write)
        with transaction.atomic():
            for seeder in SEEDERS:
                seeder(context=context)
        # After the commit: a failing template must not roll back the content.
        failures = self._render_pdfs()
        self._print_logins(context)
        if failures:
            raise CommandError(
                "Demo-Inhalte angelegt, aber diese PDFs fehlen / demo content seeded, but these PDFs failed:\n"
                + "\n".join(failures)
            )

    def _render_pdfs(self) -> list[str]:
        models = publication_models()
        pages = Page.objects.live().type(*models).order_by("path") if models else []
        failures = []
        for page in progress(pages, stream=self.stderr, desc="PDFs", unit="PDF"):
            try:
                pdf_render_revision(revision_id=page.live_revision_id)
            except PdfRenderError as exc:
                failures.append(f"– {page.title}: {exc}")
        return failures

    def _print_logins(self, context: DemoContext) -> None:
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Anmeldungen (Passwort für alle: „{DEMO_PASSWORD}“):"))
        self.stdout.write(f"  {'Benutzer':<12} Rolle")
        for username, role in context.logins:
            self.stdout.write(f"  {username:<12} {role}")
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(f"Redaktionssystem: {base_url}{reverse('wagtailadmin_home')}")
        self.stdout.write(f"Englische Startseite: {base_url}{ENGLISH_HOME_PATH}")
