"""What a restore drill compares: the same function runs in the test against the
source site and, in a subprocess, against the restored one
(``manage.py shell -c "from tests.security.site_state import main; main()"``)."""

import hashlib
import json

from django.core.management import call_command
from django.test import Client

from wagtail.models import Page, Revision

from factsheets.models import FactSheetPage
from pdfexport.models import PublicationPDF


def site_state(*, client: Client) -> dict:
    stored = {}
    for pdf in PublicationPDF.objects.order_by("pk"):
        with pdf.file.open("rb") as handle:
            stored[str(pdf.pk)] = {"recorded": pdf.sha256, "file": hashlib.sha256(handle.read()).hexdigest()}
    served = {}
    for page in FactSheetPage.objects.live().order_by("path"):
        response = client.get(f"{page.url}pdf/")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        served[page.url] = {"status": response.status_code, "sha256": hashlib.sha256(body).hexdigest()}
    return {
        "counts": {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "publication_pdfs": PublicationPDF.objects.count(),
        },
        "stored": stored,
        "served": served,
    }


def main() -> None:
    # Exits non-zero when a migration is not applied: the restored site must be current.
    call_command("migrate", check_unapplied=True, verbosity=0)
    print(json.dumps(site_state(client=Client())))  # noqa: T201 - read by the test from stdout
