"""Proofs, every other PDF and the documents live in the private root, which
no URL reaches directly: they leave only through the app, which decides who
may have them (docs/deployment.md, docs/security.md)."""

import importlib
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages
from django.urls import clear_url_caches, reverse

from wagtail.models import Collection, CollectionViewRestriction

import pytest
import wagtail_factories

import cms.urls
from pdfexport.media_storage import PrivateStorage, media_is_public
from pdfexport.models import PdfKind, PublicationPDF
from tests.security.stored_files import PROOF_BYTES, document_create, pdf_store


@pytest.fixture
def proof(draft_fact_sheet):
    return pdf_store(page=draft_fact_sheet, kind=PdfKind.PROOF, content=PROOF_BYTES)


@pytest.fixture(params=[False, True], ids=["production", "debug"])
def urlconf(request, settings):
    """The URLconf as production builds it, or as DEBUG does (with its media serving)."""
    settings.DEBUG = request.param
    importlib.reload(cms.urls)
    clear_url_caches()
    yield request.param
    settings.DEBUG = False
    importlib.reload(cms.urls)
    clear_url_caches()


# --- where files live ---------------------------------------------------------------


@pytest.mark.django_db
def test_a_proof_is_stored_in_the_private_root_and_has_no_url(settings, proof):
    private_file = Path(settings.IQ_PRIVATE_MEDIA_ROOT) / proof.file.name

    assert private_file.read_bytes() == PROOF_BYTES
    assert not (Path(settings.MEDIA_ROOT) / proof.file.name).exists()
    with pytest.raises(NotImplementedError):
        _ = proof.file.url


@pytest.mark.django_db
def test_documents_are_private_and_images_public(settings):
    document = document_create(name="bericht.pdf", content=b"%PDF-1.7 Dokument")
    image = wagtail_factories.ImageFactory()

    assert (Path(settings.IQ_PRIVATE_MEDIA_ROOT) / document.file.name).exists()
    assert not (Path(settings.MEDIA_ROOT) / document.file.name).exists()
    assert (Path(settings.MEDIA_ROOT) / image.file.name).exists()
    assert image.file.url.startswith("/media/original_images/")
    # Wagtail's view, not the storage, is the document's address.
    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])


@pytest.mark.parametrize(
    ("name", "public"),
    [
        ("original_images/a.png", True),
        ("images/a.width-800.jpg", True),
        ("avatar_images/avatar_1.png", True),
        ("documents/a.pdf", False),
        ("publications/pdf/ab/ab.pdf", False),
        ("images/../documents/a.pdf", False),
        ("images", False),
        ("neu/a.txt", False),
    ],
)
def test_only_the_image_folders_are_public(name, public):
    assert media_is_public(name) is public


def test_a_private_root_inside_media_root_is_refused(settings):
    settings.IQ_PRIVATE_MEDIA_ROOT = Path(settings.MEDIA_ROOT) / "private"

    with pytest.raises(ImproperlyConfigured):
        PrivateStorage().path("documents/a.pdf")


# --- no direct URL reaches a private file -----------------------------------------------


@pytest.mark.django_db
def test_a_proof_is_not_reachable_at_any_media_url(client, settings, urlconf, proof):
    # A copy left at the old place (before migration 0005) must not be served either.
    leftover = Path(settings.MEDIA_ROOT) / proof.file.name
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(PROOF_BYTES)

    for url in (f"/media/{proof.file.name}", f"/media/publications/pdf/{proof.sha256}.pdf"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert PROOF_BYTES not in response.content


@pytest.mark.django_db
def test_a_document_is_not_reachable_at_its_media_url(client, settings, urlconf):
    secret = b"%PDF-1.7 Personalplanung 2025"
    document = document_create(name="vertraulich.pdf", content=secret)
    leftover = Path(settings.MEDIA_ROOT) / document.file.name
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(secret)

    response = client.get(f"/media/{document.file.name}")

    assert response.status_code == 404
    assert secret not in response.content


@pytest.mark.django_db
def test_the_public_images_are_served_directly_only_under_debug(client, urlconf):
    image = wagtail_factories.ImageFactory()

    assert client.get(image.file.url).status_code == (200 if urlconf else 404)


# --- what the app serves -----------------------------------------------------------------


@pytest.mark.django_db
def test_the_public_pdf_route_still_serves_the_pdf(client, published_fact_sheet):
    pdf = PublicationPDF.objects.get(page=published_fact_sheet, kind=PdfKind.PUBLICATION)

    response = client.get(published_fact_sheet.url + "pdf/")

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == storages["private"].open(pdf.file.name).read()


@pytest.mark.django_db
def test_behind_nginx_the_pdf_route_names_the_file_in_the_private_location(client, settings, published_fact_sheet):
    settings.IQ_PDF_X_ACCEL_REDIRECT_PREFIX = "/private-media/"
    pdf = PublicationPDF.objects.get(page=published_fact_sheet, kind=PdfKind.PUBLICATION)

    response = client.get(published_fact_sheet.url + "pdf/")

    assert response["X-Accel-Redirect"] == f"/private-media/{pdf.file.name}"
    assert (Path(settings.IQ_PRIVATE_MEDIA_ROOT) / pdf.file.name).is_file()


@pytest.mark.django_db
def test_a_reviewer_still_downloads_the_proof_and_a_stranger_does_not(client, team, proof):
    url = reverse("pdfexport_admin:proof_download", args=[proof.page_id, proof.revision_id])

    assert client.get(url).status_code == 302  # to the login
    client.force_login(team.redaktion)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PROOF_BYTES


@pytest.mark.django_db
def test_documents_are_served_by_wagtails_view(client):
    document = document_create(name="bericht.pdf", content=b"%PDF-1.7 oeffentlich")

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 oeffentlich"


@pytest.mark.django_db
def test_a_document_in_a_private_collection_needs_a_login(client, team):
    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document = document_create(name="intern.pdf", content=b"%PDF-1.7 intern", collection=private)

    anonymous = client.get(document.url)
    client.force_login(team.redaktion)
    logged_in = client.get(document.url)

    assert anonymous.status_code == 302 and "/login/?next=" in anonymous["Location"]
    assert b"".join(logged_in.streaming_content) == b"%PDF-1.7 intern"


@pytest.mark.django_db
def test_behind_nginx_documents_are_handed_to_the_private_location(client, settings):
    settings.IQ_PDF_X_ACCEL_REDIRECT_PREFIX = "/private-media/"
    document = document_create(name="bericht für alle.pdf", content=b"%PDF-1.7 oeffentlich")

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["X-Accel-Redirect"].startswith("/private-media/documents/bericht_f%C3%BCr_alle")
    assert response.content == b""
