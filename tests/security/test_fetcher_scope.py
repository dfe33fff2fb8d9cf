"""A PDF render reads public images and print assets, nothing else.

Documents and private PDFs are never read, whatever URL names them, and no
file is ever embedded as an attachment (pdfexport/fetcher.py,
pdfexport/attachments.py). Renders are real WeasyPrint runs, inspected with pikepdf.
"""

import base64
import io
import socket
from pathlib import Path

from django.conf import settings as django_settings

import pikepdf
import pytest
import wagtail_factories

from pdfexport.fetcher import RENDER_BASE_URL, RefusedResource, SafeURLFetcher
from pdfexport.models import PdfKind
from pdfexport.rendering import html_render_pdf
from tests.pdf_bytes import pdf_all_bytes, pdf_embeds_files, pdf_link_uris
from tests.security.stored_files import PROOF_BYTES, document_create, pdf_store

SECRET = b"%PDF-1.7 Interne Stellungnahme, nicht veroeffentlichen"


def _html(body: str, head: str = "") -> str:
    return f'<html lang="de"><head><title>Umfang</title>{head}</head><body><h1>Test</h1>{body}</body></html>'


def _refused(url: str) -> RefusedResource:
    fetcher = SafeURLFetcher()
    with pytest.raises(RefusedResource) as refusal:
        fetcher.fetch(url)
    assert fetcher.refused == [url]
    return refusal.value


@pytest.fixture
def no_network(monkeypatch):
    attempts: list = []

    def refuse(address, *args, **kwargs):
        attempts.append(address)
        raise OSError("test forbids the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: refuse(address))
    return attempts


@pytest.fixture
def document(db, settings):
    document = document_create(name="stellungnahme.pdf", content=SECRET)
    # And a copy where it lay before the private root existed: refused all the same.
    leftover = Path(settings.MEDIA_ROOT) / document.file.name
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(SECRET)
    return document


# --- refused --------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_document_is_never_read_by_its_view_url_or_its_storage_path(document):
    for url in (RENDER_BASE_URL + document.url.lstrip("/"), f"{RENDER_BASE_URL}media/{document.file.name}"):
        _refused(url)


@pytest.mark.django_db
def test_a_private_pdf_is_never_read(settings, draft_fact_sheet):
    proof = pdf_store(page=draft_fact_sheet, kind=PdfKind.PROOF, content=PROOF_BYTES)
    leftover = Path(settings.MEDIA_ROOT) / proof.file.name
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(PROOF_BYTES)

    refusal = _refused(f"{RENDER_BASE_URL}media/{proof.file.name}")

    assert "not a public image" in str(refusal)


@pytest.mark.parametrize(
    "path",
    [
        "media/../pdfexport/fetcher.py",
        "media/images/../documents/stellungnahme.pdf",
        "media/%2e%2e/%2e%2e/etc/passwd",
        "media/images/%2e%2e/%2e%2e/private/documents/stellungnahme.pdf",
    ],
)
def test_traversal_out_of_the_image_folders_is_refused(path):
    _refused(RENDER_BASE_URL + path)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://" + str(Path(django_settings.BASE_DIR) / "cms" / "settings" / "base.py"),
        "http://example.org/logo.png",
        "https://example.org/logo.png",
        "//example.org/logo.png",
    ],
)
def test_file_and_external_urls_are_refused(no_network, url):
    _refused(url)
    assert no_network == []


# --- allowed ----------------------------------------------------------------------------


def test_data_urls_are_read():
    response = SafeURLFetcher().fetch("data:text/plain;base64," + base64.b64encode(b"Hallo").decode())

    assert response.read() == b"Hallo"


def test_the_print_fonts_are_read():
    response = SafeURLFetcher().fetch(RENDER_BASE_URL + "static/pdfexport/fonts/IQSans-Regular.ttf")

    assert response.read(4) in (b"\x00\x01\x00\x00", b"true", b"OTTO")


@pytest.mark.django_db
def test_an_image_rendition_is_read_and_embedded():
    rendition = wagtail_factories.ImageFactory().get_rendition("width-40")
    assert rendition.url.startswith("/media/images/")

    rendered = html_render_pdf(html=_html(f'<img src="{rendition.url}" alt="Foto">'))

    assert rendered.refused_urls == ()
    with pikepdf.open(io.BytesIO(rendered.content)) as pdf:
        assert any(obj.get("/Subtype") == pikepdf.Name.Image for obj in pdf.objects if isinstance(obj, pikepdf.Stream))


# --- attachments ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_attachment_link_to_a_document_is_not_embedded(document):
    storage_url = f"/media/{document.file.name}"
    html = _html(
        f'<p><a rel="attachment" href="{document.url}">Stellungnahme</a></p>'
        f'<p><a rel="attachment" href="{storage_url}">Stellungnahme (Datei)</a></p>',
        head=f'<link rel="attachment" href="{document.url}" title="Anlage">',
    )

    rendered = html_render_pdf(html=html)

    assert not pdf_embeds_files(rendered.content)
    assert SECRET not in pdf_all_bytes(rendered.content)
    # Not even fetched: the fetcher was never asked.
    assert rendered.refused_urls == ()
    # The links stay links.
    assert RENDER_BASE_URL + document.url.lstrip("/") in pdf_link_uris(rendered.content)


@pytest.mark.django_db
def test_an_attachment_of_an_allowed_image_is_not_embedded_either():
    rendition = wagtail_factories.ImageFactory().get_rendition("width-40")

    rendered = html_render_pdf(html=_html("", head=f'<link rel="attachment" href="{rendition.url}">'))

    assert not pdf_embeds_files(rendered.content)
