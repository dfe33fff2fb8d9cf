"""``manage.py seed_demo``: the demo site, its reference data, users and PDFs.

Idempotent: run it as often as you like. Refused unless
``settings.IQ_ALLOW_DEMO_SEED`` is true (production sets it false), because it
resets the demo users' passwords to a published one.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils.module_loading import autodiscover_modules

from wagtail.models import Page

from cms.demo import DEMO_PASSWORD, DemoContext, demo_seeders
from pdfexport.progress import progress
from pdfexport.selectors import pdf_page_models
from pdfexport.services import PdfRenderError, pdf_render_revision

REFUSED = (
    "Demo-Inhalte sind in dieser Umgebung nicht erlaubt (IQ_ALLOW_DEMO_SEED ist nicht gesetzt). / "
    "Seeding demo content is not allowed in this environment (IQ_ALLOW_DEMO_SEED is not True)."
)


class Command(BaseCommand):
    help = "Legt Demo-Inhalte, Rollen und Benutzer an und erstellt die PDFs (nur Entwicklung und Test)."

    def handle(self, *args, **options) -> None:
        if not getattr(settings, "IQ_ALLOW_DEMO_SEED", False):
            raise CommandError(REFUSED)
        # Each app's demo.py registers its seeders on import; cms never imports them by name.
        autodiscover_modules("demo")
        context = DemoContext(write=self.stdout.write)
        with transaction.atomic():
            for seeder in demo_seeders():
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
        models = pdf_page_models()
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
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
        self.stdout.write(f"Redaktionssystem: {admin_url}")
