"""Every PDF route answers with a PDF, for every publication type (dossier
PDFs were a 500 everywhere a file name carries a suffix).

Routes: the live ``pdf/``, an earlier edition at ``pdf/<sha256>/``, the
reviewer's PDF proof and the admin's PDF archive.
"""

import inspect

from django.urls import reverse

import pytest

from cms.factories import UserFactory
from pdfexport.models import PdfKind, PublicationPDF
from pdfexport.publication import publication_models
from pdfexport.routes import PdfRouteMixin
from tests.pdfexport.publication_types import PUBLICATION_DRAFTS
from tests.publishing import publish


@pytest.fixture
def reviewer(roles):
    return UserFactory(fachreview=True)


def _assert_pdf(response, *, filename_end: str = ".pdf") -> bytes:
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].endswith(f'{filename_end}"')
    content = b"".join(response.streaming_content)
    assert content.startswith(b"%PDF-")
    return content


@pytest.mark.django_db
@pytest.mark.parametrize("publication_type", sorted(PUBLICATION_DRAFTS))
def test_every_pdf_route_serves_the_pdf(
    publication_type, client, home_page, editor, reviewer, django_capture_on_commit_callbacks
):
    page = PUBLICATION_DRAFTS[publication_type](home_page)
    publish(page, capture=django_capture_on_commit_callbacks)
    first = PublicationPDF.objects.get(page_id=page.pk, kind=PdfKind.PUBLICATION)
    publish(page, capture=django_capture_on_commit_callbacks, title=f"{page.title} (zweite Fassung)")
    page = page.specific_class.objects.get(pk=page.pk)
    live = PublicationPDF.objects.get(page_id=page.pk, revision_id=page.live_revision_id)

    assert _assert_pdf(client.get(page.url + "pdf/")).startswith(b"%PDF-")
    edition_page = client.get(page.url).content.decode()
    edition_url = f"{page.url}pdf/{first.sha256}/"
    assert edition_url in edition_page
    date = first.revision.created_at.date().isoformat()
    _assert_pdf(client.get(edition_url), filename_end=f"_{date}.pdf")

    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.get(reverse("pdfexport_admin:proof", args=[page.pk])).status_code == 200
    proof = client.get(reverse("pdfexport_admin:proof_download", args=[page.pk, page.latest_revision_id]))
    _assert_pdf(proof, filename_end="_ENTWURF.pdf")

    client.force_login(editor)
    archive = client.get(reverse("pdfexport_admin:archive", args=[page.pk]))
    assert archive.status_code == 200
    for pdf in (first, live):
        assert reverse("pdfexport_admin:archive_download", args=[page.pk, pdf.pk]) in archive.content.decode()
        _assert_pdf(client.get(reverse("pdfexport_admin:archive_download", args=[page.pk, pdf.pk])))


@pytest.mark.django_db
@pytest.mark.parametrize("model", publication_models(), ids=lambda model: model.__name__)
def test_every_page_type_names_its_pdfs_with_the_base_signature(model):
    """The routes call ``pdf_filename(suffix=…)``; an override that drops the
    argument breaks them only at request time."""
    base = inspect.signature(PdfRouteMixin.pdf_filename)
    assert inspect.signature(model.pdf_filename) == base
    name = model(title="Titel – 2023–2025").pdf_filename(suffix="_2024-05-01")
    assert name.endswith("_2024-05-01.pdf")
    assert "2023-2025" in name
